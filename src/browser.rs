//! Small browser edges: clock, ids, the URL fragment, focus and downloads.
//! Every call tolerates a missing window or document.

use wasm_bindgen::JsCast;

use crate::core::domain::assessment::Millis;
use crate::core::route::Route;

#[cfg(target_arch = "wasm32")]
pub fn now() -> Millis {
    js_sys::Date::now() as Millis
}

/// The system clock when rendered outside a browser (the native tests and
/// the build's prerendering of the start page).
#[cfg(not(target_arch = "wasm32"))]
pub fn now() -> Millis {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as Millis)
}

/// A random id such as `r-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed`. Respondent
/// ids are the keys merging across devices relies on, so they come from the
/// browser's cryptographic generator (`crypto.randomUUID`, or
/// `getRandomValues` where a page served over plain HTTP lacks the former).
pub fn new_id(prefix: &str) -> String {
    format!(
        "{prefix}-{}",
        uuid().unwrap_or_else(|| format!("{:x}", now()))
    )
}

fn uuid() -> Option<String> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let has_random_uuid = js_sys::Reflect::has(&crypto, &"randomUUID".into()).unwrap_or(false);
    if has_random_uuid {
        return Some(crypto.random_uuid());
    }
    let mut bytes = [0u8; 16];
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    // RFC 9562: version 4, variant 10.
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Some(format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    ))
}

/// Today's local date as `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The local date (`YYYY-MM-DD`), hour and minute of a timestamp (UTC when
/// rendered outside a browser, as in the native tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn local_parts(at: Millis) -> (String, u32, u32) {
    crate::core::time::utc_parts(at)
}

#[cfg(target_arch = "wasm32")]
pub fn local_parts(at: Millis) -> (String, u32, u32) {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    (
        format!(
            "{:04}-{:02}-{:02}",
            d.get_full_year(),
            d.get_month() + 1,
            d.get_date()
        ),
        d.get_hours(),
        d.get_minutes(),
    )
}

/// A moment as "3. december 2026 kl. 12.40", in the user's time zone.
pub fn format_moment(lang: crate::i18n::Lang, at: Millis) -> String {
    let (date, hour, minute) = local_parts(at);
    format!(
        "{} {}",
        crate::i18n::format_date(lang, &date),
        crate::i18n::format_time(lang, hour, minute)
    )
}

#[cfg(target_arch = "wasm32")]
fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// No window outside a browser (the native tests and the build's
/// prerendering), so every edge here does nothing there.
#[cfg(not(target_arch = "wasm32"))]
fn window() -> Option<web_sys::Window> {
    None
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Makes the page usable once the app has replaced the prerendered start
/// page, which `index.html` keeps inert so its buttons never look alive
/// before they are.
pub fn wake_page() {
    if let Some(body) = document().and_then(|d| d.body()) {
        let _ = body.remove_attribute("inert");
    }
}

/// Runs `mount` once the prerendered start page has been painted. The
/// browser then counts that paint as the page's first and largest, and the
/// app's identical page replacing it changes nothing on screen; mounting
/// before the paint is presented would make the browser drop the early text
/// from its measures. At once when the paint has happened or can't be
/// observed, and after at most 250 ms anyway: the paint's report can lag on
/// a busy slow machine, and being usable matters more than a measure (a tab
/// opened in the background paints only when shown).
pub fn after_first_paint(mount: impl FnOnce() + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;

    const FIRST_PAINT: &str = "first-contentful-paint";
    let once = Rc::new(RefCell::new(Some(mount)));
    let run = move || {
        let next = once.borrow_mut().take();
        if let Some(mount) = next {
            mount();
        }
    };
    let painted = window()
        .and_then(|w| w.performance())
        .is_some_and(|p| p.get_entries_by_name(FIRST_PAINT).length() > 0);
    if painted {
        run();
        return;
    }
    let on_paint = {
        let run = run.clone();
        Closure::<dyn FnMut(web_sys::PerformanceObserverEntryList, web_sys::PerformanceObserver)>::new(
            move |list: web_sys::PerformanceObserverEntryList, observer: web_sys::PerformanceObserver| {
                if list.get_entries_by_name(FIRST_PAINT).length() > 0 {
                    observer.disconnect();
                    run();
                }
            },
        )
    };
    let observing = web_sys::PerformanceObserver::new(on_paint.as_ref().unchecked_ref()).is_ok_and(
        |observer| {
            // A paint before this point was seen above; this sees any later.
            let kinds = js_sys::Array::of1(&"paint".into());
            observer.observe(&web_sys::PerformanceObserverInit::new(&kinds));
            true
        },
    );
    on_paint.forget();
    if observing {
        gloo::timers::callback::Timeout::new(250, run).forget();
    } else {
        run();
    }
}

/// Whether the page runs on WebKit (Safari, and every browser on an iPad or
/// iPhone), whose storage may be deleted after 7 days without a visit.
pub fn is_webkit() -> bool {
    window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|ua| {
            ua.contains("AppleWebKit")
                && !["Chrome/", "Chromium/", "Edg/", "OPR/"]
                    .iter()
                    .any(|other| ua.contains(other))
        })
}

pub fn current_fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Puts the route in the address bar as a new history entry, so the back
/// button goes back a page; does nothing if it is there already.
pub fn show_route(route: &Route) {
    let fragment = route.to_fragment();
    if current_fragment() == fragment || (current_fragment().is_empty() && *route == Route::Home) {
        return;
    }
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fragment));
    }
}

/// Moves focus to the page's heading, so a screen reader announces the new
/// page and Tab continues from the top.
pub fn focus_heading() {
    let Some(document) = document() else { return };
    if let Some(heading) = document
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Offers `text` as a file download. Nothing leaves the device: the file is
/// made in the page from a Blob.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let document = document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "could not make the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "no object URL")?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "no link")?
        .dyn_into()
        .map_err(|_| "no link")?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// A file name that is safe on every system: `kapacitetsradar-nordskolen-2026-11-24.json`.
pub fn file_name(parts: &[&str], extension: &str) -> String {
    let mut name = String::from("kapacitetsradar");
    for part in parts {
        // ASCII only: full Unicode lowercasing would add its tables to the
        // bundle for a file name.
        let slug: String = part
            .chars()
            .map(|c| match c {
                'æ' | 'Æ' | 'å' | 'Å' => 'a',
                'ø' | 'Ø' => 'o',
                c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
                _ => '-',
            })
            .collect();
        let slug = slug
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        if !slug.is_empty() {
            name.push('-');
            name.push_str(&slug);
        }
    }
    format!("{name}.{extension}")
}

/// After a refused form, takes the user to the first field to fix.
/// Moves the focus to the element with `id` (a field just added).
pub fn focus_element(id: &str) {
    if let Some(element) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

pub fn focus_first_invalid() {
    // The error state renders on the next frame; wait for it.
    gloo::timers::callback::Timeout::new(0, || {
        if let Some(field) = document()
            .and_then(|d| d.query_selector("[aria-invalid=\"true\"]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = field.focus();
        }
    })
    .forget();
}

/// Indents JSON for people who open an exported file. The browser does it,
/// so the bundle needs no second, pretty-printing JSON writer.
pub fn pretty_json(compact: &str) -> String {
    js_sys::JSON::parse(compact)
        .ok()
        .and_then(|value| {
            js_sys::JSON::stringify_with_replacer_and_space(
                &value,
                &wasm_bindgen::JsValue::NULL,
                &wasm_bindgen::JsValue::from_f64(2.0),
            )
            .ok()
        })
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| compact.to_owned())
}

/// Offers a `data:` URL (a canvas's PNG) as a file download.
pub fn download_url(file_name: &str, url: &str) -> Result<(), String> {
    let link: web_sys::HtmlAnchorElement = document()
        .ok_or("no document")?
        .create_element("a")
        .map_err(|_| "no link")?
        .dyn_into()
        .map_err(|_| "no link")?;
    link.set_href(url);
    link.set_download(file_name);
    link.click();
    Ok(())
}

pub fn pixel_ratio() -> f64 {
    window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .clamp(1.0, 4.0)
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// The app's address without its fragment: the start of a share link.
pub fn app_base() -> String {
    window()
        .map(|w| {
            let location = w.location();
            format!(
                "{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// Replaces the address without a new history entry (a share link, once
/// its answers are waiting on the import page, is not somewhere to go
/// back to).
pub fn replace_route(route: &Route) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&route.to_fragment()),
        );
    }
}

/// Reads a picked or dropped file as text. Files over `limit` bytes are
/// refused before they are read.
pub async fn read_file(
    file: &web_sys::File,
    limit: usize,
) -> Result<String, crate::core::error::ImportError> {
    let size = file.size() as usize;
    if size > limit {
        return Err(crate::core::error::ImportError::TooLarge {
            actual: size,
            limit,
        });
    }
    // Bytes, not the browser's text: a UTF-16 or binary file is named as
    // such instead of being read as garbled text.
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| crate::core::error::ImportError::Unreadable)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    crate::core::formats::sniff::decode_text(&bytes)
}

/// Puts `text` on the clipboard; false when the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = window() else { return false };
    // No clipboard on plain http, in some engines and embedded views: the
    // page then says to select and copy by hand.
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The browser's own yes/no question; false when it can't ask.
pub fn confirm(question: &str) -> bool {
    window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}

/// Whether the page may show an element on the whole screen (not on an
/// iPhone, for one, nor inside a frame that forbids it).
pub fn can_fullscreen() -> bool {
    document().is_some_and(|d| d.fullscreen_enabled())
}

/// Whether `element` is what the screen shows in full.
pub fn shows_fullscreen(element: Option<&web_sys::Element>) -> bool {
    let shown = document().and_then(|d| d.fullscreen_element());
    shown.is_some() && shown.as_ref() == element
}

/// Asks for the whole page to fill the screen (the presenter view). A
/// browser that refuses leaves the page as it is, which works too.
pub fn enter_fullscreen() {
    let Some(document) = document() else { return };
    if document.fullscreen_enabled()
        && document.fullscreen_element().is_none()
        && let Some(root) = document.document_element()
    {
        let _ = root.request_fullscreen();
    }
}

/// Leaves full screen, if the page is in it.
pub fn leave_fullscreen() {
    if let Some(d) = document().filter(|d| d.fullscreen_element().is_some()) {
        d.exit_fullscreen();
    }
}

/// Leaves full screen if anything is shown so, else shows `element` on the
/// whole screen.
pub fn toggle_fullscreen(element: &web_sys::Element) {
    match document() {
        Some(d) if d.fullscreen_element().is_some() => d.exit_fullscreen(),
        _ => {
            let _ = element.request_fullscreen();
        }
    }
}
