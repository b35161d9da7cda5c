//! Installs what the build and the tests need, each from its own registry, and skips what is
//! already there at the right version. Nothing here downloads a prebuilt binary or a browser:
//! the wasm-bindgen CLI is compiled from crates.io, wasm-opt and esbuild come from npm
//! packages, Chromium, ChromeDriver, Hugo and Jekyll from Debian's packages.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::shell::{output, run_cmd, step};
use crate::{root, Result};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The tools a build needs: Chromium too, which measures the widgets' heights.
pub fn ensure_build_tools() -> Result {
    ensure_wasm_target()?;
    ensure_wasm_bindgen()?;
    ensure_npm_packages(&root())?;
    ensure_chromium()
}

/// Everything `cargo xtask test` needs on top of the build tools.
pub fn ensure_test_tools() -> Result {
    ensure_build_tools()?;
    ensure_site_generators()
}

/// The static-site generators the tests build a site with: Hugo and Jekyll from Debian's
/// packages, Astro from its fixture's own lockfile.
fn ensure_site_generators() -> Result {
    ensure_debian_site_generators()?;
    ensure_npm_packages(&root().join("tests/e2e/fixtures/astro-site"))
}

fn ensure_wasm_target() -> Result {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        return Ok(());
    }
    step("installing the wasm32 target");
    run_cmd(Command::new("rustup").args(["target", "add", WASM_TARGET]))
}

/// The wasm-bindgen version in Cargo.lock: the CLI must match it to the patch.
pub fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|err| format!("cannot read Cargo.lock: {err}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.strip_prefix("version = \""))
                .and_then(|v| v.strip_suffix('"'))
            {
                return Ok(version.to_string());
            }
        }
    }
    Err("Cargo.lock names no wasm-bindgen version".into())
}

/// `$CARGO_HOME/bin`, where `cargo install` puts tools: outside the work tree, so every
/// clone on this machine reuses them.
fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
        .join("bin")
}

/// A tool installed by `cargo install`, such as `wasm-bindgen` or `twiggy`.
pub fn cargo_tool(name: &str) -> PathBuf {
    cargo_bin().join(name)
}

/// twiggy, for `cargo xtask bench`'s list of what costs bytes.
pub fn ensure_twiggy() -> Result {
    if output(Command::new(cargo_tool("twiggy")).arg("--version")).is_some() {
        return Ok(());
    }
    step("installing twiggy (compiles from source)");
    run_cmd(&mut cargo_install("twiggy", "0.8.0", &[]))
}

/// `cargo install <krate> --version <version> <extra>…`, built at opt-level 0. These tools
/// are compiled on a fresh machine within the test command's time budget, and unoptimised
/// they compile in well under half the time (measured here: wasm-bindgen-cli 3 min 25 s →
/// 1 min 30 s, geckodriver about 2 min 50 s → 1 min 22 s), while what they do for us stays
/// quick (wasm-bindgen on the widgets' wasm: 0.2 → 0.75 s).
pub fn cargo_install(krate: &str, version: &str, extra: &[&str]) -> Command {
    let mut cmd = Command::new("cargo");
    cmd.args(["install", krate, "--version", version])
        .args(extra)
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0");
    cmd
}

fn ensure_wasm_bindgen() -> Result {
    let wanted = locked_wasm_bindgen_version()?;
    let have =
        output(Command::new(cargo_tool("wasm-bindgen")).arg("--version")).unwrap_or_default();
    let runner = cargo_tool("wasm-bindgen-test-runner");
    if have.trim() == format!("wasm-bindgen {wanted}") && runner.exists() {
        return Ok(());
    }
    step(&format!(
        "installing wasm-bindgen-cli {wanted} (compiles from source: about 2 minutes)"
    ));
    // Not --locked: the CLI's own lockfile names crate versions the registry may lack.
    run_cmd(&mut cargo_install(
        "wasm-bindgen-cli",
        &wanted,
        &["--force"],
    ))
}

/// `npm ci` in `dir` when its node_modules is missing or older than its committed lockfile.
pub fn ensure_npm_packages(dir: &Path) -> Result {
    let lock = dir.join("package-lock.json");
    let installed = dir.join("node_modules/.package-lock.json");
    if is_newer_or_same(&installed, &lock) {
        return Ok(());
    }
    step(&format!(
        "installing npm packages in {} (npm ci)",
        dir.display()
    ));
    run_cmd(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(dir),
    )
}

fn is_newer_or_same(candidate: &Path, reference: &Path) -> bool {
    let modified = |path: &Path| fs::metadata(path).and_then(|m| m.modified()).ok();
    match (modified(candidate), modified(reference)) {
        (Some(candidate), Some(reference)) => candidate >= reference,
        _ => false,
    }
}

/// A binary from an npm package, as installed by `npm ci`.
pub fn npm_bin(name: &str) -> PathBuf {
    root().join("node_modules/.bin").join(name)
}

fn ensure_chromium() -> Result {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    step("installing Debian's chromium and chromium-driver");
    crate::apt::install(&["chromium", "chromium-driver", "fonts-noto-cjk"]).map_err(|err| {
        format!(
            "{err}\n(on another system install Chromium and ChromeDriver and link them at \
             {CHROMIUM} and {CHROMEDRIVER})"
        )
    })?;
    Ok(())
}

/// Hugo and Jekyll, without the Go toolchain and theme their packages recommend.
fn ensure_debian_site_generators() -> Result {
    if Path::new("/usr/bin/hugo").exists() && Path::new("/usr/bin/jekyll").exists() {
        return Ok(());
    }
    step("installing Debian's hugo and jekyll");
    crate::apt::install(&["hugo", "jekyll"])
}
