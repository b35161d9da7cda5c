//! The suites that run once per browser engine: the wasm-bindgen browser tests (Chromium and
//! Firefox: the test runner drives no WebKitGTK) and the cross-engine end-to-end tests over
//! WebDriver (`tests/engines/`, all three).

use std::process::Command;

use super::{cargo, cargo_suite, node_suite, path_with_cargo_bin, Tally};
use crate::engines::{self, Engine};
use crate::root;
use crate::shell::step;
use crate::tools::CHROMEDRIVER;

/// `tests/web.rs` under wasm-bindgen-test-runner in `engine`, if the runner can drive it.
pub(super) fn browser_tests(tally: &mut Tally, engine: Engine) {
    let mut cmd = cargo(&[
        "test",
        "-p",
        "container-compass",
        "--target",
        "wasm32-unknown-unknown",
        "--features",
        "embed",
        "--test",
        "web",
    ]);
    // The runner takes the first driver named in the environment, geckodriver before
    // chromedriver; the browser's own options are in webdriver.json.
    match engine {
        Engine::Chromium => cmd
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env_remove("GECKODRIVER"),
        Engine::Firefox => cmd
            .env("GECKODRIVER", engines::geckodriver())
            .env_remove("CHROMEDRIVER"),
        Engine::Webkit => {
            println!("\n(no wasm-bindgen browser tests in WebKit: the runner drives no WebKitGTK)");
            return;
        }
    };
    cmd.env("PATH", path_with_cargo_bin());
    step(&format!(
        "browser tests (wasm-bindgen-test in {})",
        engine.describe()
    ));
    cargo_suite(tally, &format!("browser tests ({})", engine.name()), cmd);
}

/// `tests/engines/` in `engine`: what a reader sees and does, over WebDriver, on the pages of
/// dist/ (built first).
pub(super) fn end_to_end(tally: &mut Tally, engine: Engine) {
    step(&format!(
        "cross-engine end-to-end tests in {}",
        engine.describe()
    ));
    node_suite(
        tally,
        &format!("end-to-end tests ({})", engine.name()),
        engine_tests_command(engine),
    );
}

fn engine_tests_command(engine: Engine) -> Command {
    let mut cmd = Command::new("node");
    cmd.args(["--test", "--test-reporter=tap"])
        .arg(root().join("tests/engines"))
        .current_dir(root());
    engine.pass_paths(&mut cmd);
    cmd
}
