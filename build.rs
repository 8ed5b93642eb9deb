//! Turns the built-in model (`model/kapacitetsmodel.json`) into a Rust
//! constant, so the app carries the model as plain static data and not the
//! code to parse it. The JSON stays the one source; `tests/model.rs` checks
//! that parsing it gives the same model.

use std::fmt::Write;
use std::path::Path;

use serde_json::Value;

fn main() {
    let source = "model/kapacitetsmodel.json";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).expect("model/kapacitetsmodel.json is readable");
    let model: Value = serde_json::from_str(&text).expect("model/kapacitetsmodel.json is JSON");
    let mut out = String::new();
    write_model(&mut out, &model);
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("builtin_model.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

fn text(v: &Value) -> String {
    format!("Cow::Borrowed({:?})", v.as_str().expect("a string"))
}

fn number(v: &Value) -> String {
    v.as_u64().expect("a number").to_string()
}

fn localized(v: &Value) -> String {
    format!(
        "Localized {{ da: {}, nb: {}, en: {} }}",
        text(&v["da"]),
        text(&v["nb"]),
        text(&v["en"])
    )
}

fn list(v: &Value, item: impl Fn(&Value) -> String) -> String {
    let items: Vec<String> = v.as_array().expect("a list").iter().map(item).collect();
    format!("Cow::Borrowed(&[{}])", items.join(", "))
}

fn sources(v: &Value) -> String {
    list(v, |s| {
        format!(
            "SourceRef {{ seed: {}, from: {}, to: {} }}",
            text(&s["seed"]),
            number(&s["from"]),
            number(&s["to"])
        )
    })
}

fn write_model(out: &mut String, m: &Value) {
    let seeds = list(&m["seeds"], |s| {
        format!(
            "Seed {{ id: {}, file: {}, title: {}, lines: {} }}",
            text(&s["id"]),
            text(&s["file"]),
            text(&s["title"]),
            number(&s["lines"])
        )
    });
    let themes = list(&m["themes"], |t| {
        let statements = list(&t["statements"], |s| {
            format!(
                "Statement {{ id: {}, text: {}, high: {}, sources: {} }}",
                text(&s["id"]),
                localized(&s["text"]),
                localized(&s["high"]),
                sources(&s["sources"])
            )
        });
        let actions = list(&t["actions"], |a| {
            format!(
                "FocusAction {{ id: {}, text: {}, sources: {} }}",
                text(&a["id"]),
                localized(&a["text"]),
                sources(&a["sources"])
            )
        });
        format!(
            "Theme {{ id: {}, title: {}, short: {}, high: {}, sources: {}, statements: {}, actions: {} }}",
            text(&t["id"]),
            localized(&t["title"]),
            localized(&t["short"]),
            localized(&t["high"]),
            sources(&t["sources"]),
            statements,
            actions
        )
    });
    write!(
        out,
        "Model {{ format: {}, version: {}, id: {}, title: {}, seeds: {}, themes: {} }}",
        text(&m["format"]),
        number(&m["version"]),
        text(&m["id"]),
        localized(&m["title"]),
        seeds,
        themes
    )
    .expect("writing to a String");
}
