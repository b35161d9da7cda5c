//! Architecture invariant: `src/core` knows nothing of the browser, so it builds and is
//! tested natively and cannot fail on the DOM.

use std::fs;
use std::path::Path;

const BROWSER_CRATES: [&str; 5] = ["yew", "web_sys", "wasm_bindgen", "js_sys", "gloo"];

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/core is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// True if `word` stands in `line` as a whole identifier (so `yewstack` does not count).
fn names(line: &str, word: &str) -> bool {
    line.match_indices(word).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + word.len()..].chars().next();
        let is_ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !is_ident(before) && !is_ident(after)
    })
}

#[test]
fn core_names_no_browser_crate() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core"),
        &mut files,
    );
    assert!(!files.is_empty(), "src/core has Rust files");
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("a readable source file");
        for (number, line) in text.lines().enumerate() {
            for krate in BROWSER_CRATES {
                if names(line, krate) {
                    offences.push(format!("{}:{}: {krate}", file.display(), number + 1));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "src/core must stay pure:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_word_check_sees_whole_identifiers_only() {
    assert!(names("use yew::prelude::*;", "yew"));
    assert!(names("web_sys::Element", "web_sys"));
    assert!(!names("// yewstack is a project", "yew"));
    assert!(!names("let my_gloo_thing = 1;", "gloo"));
}
