//! Writes the widgets' stylesheet without its comments and the spaces the browser does not
//! need into OUT_DIR, so `ui::STYLESHEET` carries only what the browser reads (about 0.8 KB
//! less gzip in the wasm). The source, `src/ui/styles.css`, stays commented and indented.

use std::{env, fs, path::PathBuf};

const SOURCE: &str = "src/ui/styles.css";

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    let css = fs::read_to_string(SOURCE).unwrap_or_else(|err| panic!("read {SOURCE}: {err}"));
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("styles.css"), squeeze(&compact_css(&css)))
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

/// Drops the spaces around `{`, `}`, `;`, `,` and `>` and after `:` and `(`, and turns every
/// other run of white space into one space, outside quoted strings. Spaces before `:` stay
/// (`.a :hover` is not `.a:hover`), as do those around `/`, `+` and `~`.
fn squeeze(css: &str) -> String {
    const TIGHT: &str = "{};,>:(";
    let mut out = String::with_capacity(css.len());
    let mut quote = None;
    for c in css.chars() {
        if let Some(open) = quote {
            out.push(c);
            if c == open {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => {
                quote = Some(c);
                out.push(c);
            }
            c if c.is_whitespace() => {
                if !out.is_empty()
                    && !out.ends_with(|last: char| last == ' ' || TIGHT.contains(last))
                {
                    out.push(' ');
                }
            }
            '{' | '}' | ';' | ',' | '>' => {
                if out.ends_with(' ') {
                    out.pop();
                }
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}
