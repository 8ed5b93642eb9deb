# Sourced by scripts/serve, scripts/test and scripts/bench. Installs only what
# is missing or at the wrong version, so a second run does nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# The CLI must match the wasm-bindgen that Cargo.lock resolved (and that
# Cargo.toml pins with "=").
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$ROOT/node_modules/.bin:$CARGO_BIN:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing trunk $TRUNK_VERSION (about 13 minutes, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
    || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    # Without --locked: the CLI's own lock file does not resolve here.
    cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

ensure_npm_packages() {
  local stamp="$ROOT/node_modules/.kapacitetsradar-stamp"
  if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    say "Installing npm packages from package-lock.json"
    # puppeteer-core drives Debian's Firefox; it must never fetch a browser.
    (cd "$ROOT" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund)
    touch "$stamp"
  fi
}

# poppler-utils turns the printed report into text and pictures, and
# zbar-tools scans the share QR code, in the end-to-end tests.
ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
    || ! command -v pdftoppm >/dev/null || ! command -v zbarimg >/dev/null; then
    say "Installing Debian's chromium, chromium-driver, poppler-utils and zbar-tools"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      chromium chromium-driver poppler-utils zbar-tools
  fi
}

# Layer 4: Debian's Firefox ESR, and WebKitGTK's WebDriver with a virtual
# display to run it in (its --headless does not work here).
ensure_engines() {
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null \
    || ! command -v xvfb-run >/dev/null; then
    say "Installing Debian's firefox-esr, webkit2gtk-driver and xvfb"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      firefox-esr webkit2gtk-driver xvfb
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_npm_packages
  ensure_trunk
  ensure_wasm_bindgen
}

build_release() {
  say "Building the release bundle into dist/"
  (cd "$ROOT" && trunk build --release --offline)
}
