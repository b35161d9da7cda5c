//! Architecture invariant: the core knows nothing of the browser. Its manifest names no
//! browser crate, so the compiler refuses any use of one; this test keeps the manifest so.

const BROWSER_CRATES: [&str; 7] = [
    "yew",
    "web-sys",
    "wasm-bindgen",
    "js-sys",
    "gloo",
    "serde-wasm-bindgen",
    "wasm-bindgen-futures",
];

#[test]
fn the_core_manifest_names_no_browser_crate() {
    let manifest = include_str!("../Cargo.toml");
    for line in manifest.lines().map(str::trim) {
        let name = line.split(['=', ' ', '.']).next().unwrap_or_default();
        for krate in BROWSER_CRATES {
            assert_ne!(name, krate, "core/Cargo.toml names {krate}: {line}");
        }
    }
}

#[test]
fn the_check_sees_a_dependency_line() {
    // The parsing above must find a crate named at the start of a dependency line.
    let name = "yew = { version = \"0.23\" }".split(['=', ' ', '.']).next();
    assert_eq!(name, Some("yew"));
}
