//! Writes the widgets' stylesheet without its comments and indentation into OUT_DIR, so
//! `ui::STYLESHEET` carries only what the browser reads (about 0.6 KB less gzip in the wasm).
//! The source, `src/ui/styles.css`, stays commented.

use std::{env, fs, path::PathBuf};

const SOURCE: &str = "src/ui/styles.css";

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    let css = fs::read_to_string(SOURCE).unwrap_or_else(|err| panic!("read {SOURCE}: {err}"));
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("styles.css"), compact_css(&css))
        .unwrap_or_else(|err| panic!("write the compacted stylesheet: {err}"));
}

/// Drops `/* … */` comments, leading and trailing spaces and blank lines. Nothing else: spaces
/// inside a line can be significant (descendant selectors, `font` shorthands).
fn compact_css(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = match rest[start + 2..].find("*/") {
            Some(end) => &rest[start + 2 + end + 2..],
            None => "",
        };
    }
    without_comments.push_str(rest);
    without_comments
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
