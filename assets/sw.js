// Kapacitetsradar's service worker: it keeps this build's own files, so
// the app opens and works without a network after one visit.
//
// It caches exactly the files scripts/post-build.mjs listed below when the
// build was made, and nothing else: never a request it did not list, so
// nothing a user typed (which lives in localStorage, and in share links'
// fragments, which never reach a server) can end up in its cache.
//
// A new build has a new VERSION, so the browser installs it beside the old
// one. It waits until the page asks it to take over ("activate-update"),
// which the page does only when the user clicks "Genindlæs".
const VERSION = "{{VERSION}}";
const FILES = {{FILES}};
const PREFIX = "kapacitetsradar-";
const CACHE = PREFIX + VERSION;

// Relative to this file, so the app works under any folder.
const base = new URL("./", self.location.href);
const urls = new Set(FILES.map((file) => new URL(file, base).href));
const page = new URL("index.html", base).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // "reload": straight from the server, not from the HTTP cache, so a
      // half-updated host can't mix two builds.
      cache.addAll([...urls].map((url) => new Request(url, { cache: "reload" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "activate-update") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const path = url.origin + url.pathname;
  let key = null;
  // The page itself, whatever query an e-mail client added to its link.
  if (request.mode === "navigate" && (path === base.href || path === page)) key = page;
  else if (urls.has(path) && url.search === "") key = path;
  // Anything else goes to the network as if there were no worker.
  if (key === null) return;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key)).then((hit) => hit ?? fetch(request)),
  );
});
