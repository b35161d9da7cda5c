//! `cargo xtask test`: installs what is missing, then runs the lints and every suite and ends
//! with one line `N passed, N failed` over all of them. Every step runs even when an earlier
//! one failed, so one run shows everything that is wrong.

mod per_engine;

use std::process::Command;

use crate::engines::{self, Engine};
use crate::shell::{run_cmd, run_teed, step};
use crate::tools;
use crate::{dist, root, Result};

#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
    /// Steps that failed, by name, for the closing summary.
    failed_steps: Vec<String>,
    /// Tests that failed, by name, for the closing summary: CI keeps only the end of the
    /// output, and a count alone does not say what to look at.
    failed_tests: Vec<String>,
    /// What the cross-engine suite ran again after a browser crash (tests/engines/launch.mjs
    /// `readerTest`): passed, but worth seeing.
    retried: Vec<String>,
}

const SUITES: [&str; 6] = ["lint", "native", "browser", "e2e", "engines", "fuzz"];

fn usage() -> String {
    format!(
        "usage: cargo xtask test [--only {}] [--engine {}]...",
        SUITES.join("|"),
        engines::ALL.map(Engine::name).join("|")
    )
}

pub fn run(args: &[String]) -> Result {
    let mut only = None;
    let mut selected = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--only", Some(suite)) if SUITES.contains(&suite.as_str()) => only = Some(suite),
            ("--engine", Some(name)) => {
                for name in name.split(',') {
                    selected
                        .push(Engine::parse(name).map_err(|err| format!("{err}\n{}", usage()))?);
                }
            }
            _ => return Err(usage()),
        }
    }
    // The engine-neutral suites run whatever engines are chosen; the others only in those.
    if selected.is_empty() {
        selected = engines::ALL.to_vec();
    }
    let wanted = |suite: &str| only.is_none_or(|o| o == suite);
    let started = std::time::Instant::now();
    tools::ensure_test_tools()?;
    if wanted("browser") || wanted("engines") {
        for engine in &selected {
            engine.ensure()?;
        }
    }
    let mut tally = Tally::default();
    if wanted("lint") {
        lint(&mut tally);
    }
    if wanted("native") {
        step("native tests");
        cargo_suite(&mut tally, "native tests", cargo(&["test", "--workspace"]));
    }
    if wanted("browser") {
        for engine in &selected {
            per_engine::browser_tests(&mut tally, *engine);
        }
    }
    // Both end-to-end suites test dist/, built once for them.
    let playwright = wanted("e2e") && selected.contains(&Engine::Chromium);
    if (playwright || wanted("engines")) && built(&mut tally) {
        if playwright {
            e2e(&mut tally);
        }
        if wanted("engines") {
            for engine in &selected {
                per_engine::end_to_end(&mut tally, *engine);
            }
        }
    }
    if wanted("fuzz") {
        step("fuzzing (each target briefly)");
        let fuzzed = crate::fuzz::brief();
        tally.passed += fuzzed.passed;
        tally.failed += fuzzed.failed.len() as u64;
        tally.failed_steps.extend(fuzzed.failed);
    }

    println!("\ntook {:.0} s", started.elapsed().as_secs_f64());
    if !tally.failed_steps.is_empty() {
        println!("failed steps: {}", tally.failed_steps.join(", "));
    }
    for name in &tally.failed_tests {
        println!("failed test: {name}");
    }
    for diagnostic in &tally.retried {
        println!("retried: {diagnostic}");
    }
    println!("{} passed, {} failed", tally.passed, tally.failed);
    if tally.failed_steps.is_empty() && tally.failed == 0 {
        Ok(())
    } else {
        Err("some checks failed".into())
    }
}

/// Clippy on the library for wasm32, with `targets` (features and targets to check).
fn clippy_wasm(targets: &[&str]) -> Command {
    let mut args = vec![
        "clippy",
        "-p",
        "container-compass",
        "--target",
        "wasm32-unknown-unknown",
    ];
    args.extend_from_slice(targets);
    args.extend_from_slice(&["--", "-D", "warnings"]);
    cargo(&args)
}

fn lint(tally: &mut Tally) {
    let checks: [(&str, Command); 5] = [
        ("cargo fmt --check", cargo(&["fmt", "--all", "--check"])),
        (
            "clippy (host)",
            cargo(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
        ),
        (
            "clippy (wasm32)",
            clippy_wasm(&["--features", "embed", "--lib", "--test", "web"]),
        ),
        // As a Yew app depends on the crate: without `embed`.
        ("clippy (wasm32, no embed)", clippy_wasm(&["--lib"])),
        // The headless engine's bundle: no Yew at all.
        (
            "clippy (wasm32, engine)",
            clippy_wasm(&["--no-default-features", "--features", "engine", "--lib"]),
        ),
    ];
    for (name, mut cmd) in checks {
        step(name);
        if let Err(err) = run_cmd(&mut cmd) {
            println!("{err}");
            tally.failed_steps.push(name.to_string());
        }
    }
}

/// Builds dist/; a failure is a failed step.
fn built(tally: &mut Tally) -> bool {
    match dist::run() {
        Ok(_) => true,
        Err(err) => {
            println!("{err}");
            tally.failed_steps.push("dist".into());
            false
        }
    }
}

fn e2e(tally: &mut Tally) {
    step("end-to-end tests (Playwright in headless Chromium)");
    let mut cmd = Command::new("node");
    cmd.args(["--test", "--test-reporter=tap", "--test-concurrency=1"])
        .arg(root().join("tests/e2e"))
        .current_dir(root());
    node_suite(tally, "end-to-end tests", cmd);
}

/// Runs a `node --test` suite with the TAP reporter and adds its summary to the tally.
fn node_suite(tally: &mut Tally, name: &str, mut cmd: Command) {
    match run_teed(&mut cmd) {
        Ok((out, ok)) => {
            let passed = tap_count(&out, "# pass ");
            let failed = tap_count(&out, "# fail ");
            tally.passed += passed;
            tally.failed += failed;
            tally.failed_tests.extend(failed_names(&out, tap_failure));
            tally.retried.extend(
                out.lines()
                    .filter_map(|line| line.trim_start().strip_prefix("# "))
                    .filter(|diagnostic| diagnostic.contains("retried once in a new session"))
                    .map(String::from),
            );
            if !ok || passed == 0 {
                tally.failed_steps.push(name.into());
            }
        }
        Err(err) => {
            println!("{err}");
            tally.failed_steps.push(name.into());
        }
    }
}

/// Runs a `cargo test` suite and adds its `test result:` lines to the tally. A suite that
/// fails without any result line (it did not compile) counts as a failed step.
fn cargo_suite(tally: &mut Tally, name: &str, mut cmd: Command) {
    match run_teed(&mut cmd) {
        Ok((out, ok)) => {
            let (passed, failed) = cargo_counts(&out);
            tally.passed += passed;
            tally.failed += failed;
            tally.failed_tests.extend(failed_names(&out, cargo_failure));
            if !ok || passed + failed == 0 {
                tally.failed_steps.push(name.to_string());
            }
        }
        Err(err) => {
            println!("{err}");
            tally.failed_steps.push(name.to_string());
        }
    }
}

/// Sums `test result: ok. 12 passed; 0 failed; ...` lines.
fn cargo_counts(out: &str) -> (u64, u64) {
    let number_before = |line: &str, word: &str| -> u64 {
        line.split(';')
            .find_map(|part| {
                let mut words = part.split_whitespace().rev();
                (words.next() == Some(word))
                    .then(|| words.next().and_then(|n| n.parse().ok()))
                    .flatten()
            })
            .unwrap_or(0)
    };
    out.lines()
        .filter(|line| line.trim_start().starts_with("test result:"))
        .fold((0, 0), |(p, f), line| {
            (
                p + number_before(line, "passed"),
                f + number_before(line, "failed"),
            )
        })
}

/// The names `failure` finds in `out`, one per failed test, each once.
fn failed_names(out: &str, failure: fn(&str) -> Option<&str>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in out.lines().filter_map(failure) {
        if !names.iter().any(|known| known == name) {
            names.push(name.to_string());
        }
    }
    names
}

/// A TAP `not ok 3 - name` line's name (subtests are indented; a skipped or to-do test's
/// directive after `#` is not a failure).
fn tap_failure(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix("not ok ")?;
    let (_, name) = rest.split_once(" - ")?;
    (!name.contains(" # SKIP") && !name.contains(" # TODO")).then_some(name.trim())
}

/// A libtest `test path::to::name ... FAILED` line's name.
fn cargo_failure(line: &str) -> Option<&str> {
    line.strip_prefix("test ")?.strip_suffix(" ... FAILED")
}

fn tap_count(out: &str, prefix: &str) -> u64 {
    out.lines()
        .filter_map(|line| line.strip_prefix(prefix))
        .filter_map(|n| n.trim().parse::<u64>().ok())
        .sum()
}

fn cargo(args: &[&str]) -> Command {
    let mut cmd = Command::new("cargo");
    cmd.args(args).current_dir(root());
    cmd
}

/// PATH with `$CARGO_HOME/bin` first, so cargo finds the matching wasm-bindgen-test-runner.
fn path_with_cargo_bin() -> std::ffi::OsString {
    let runner_dir = tools::cargo_tool("wasm-bindgen-test-runner")
        .parent()
        .map(|p| p.to_path_buf())
        .unwrap_or_default();
    let mut paths = vec![runner_dir];
    if let Some(path) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(paths).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_result_lines_are_summed() {
        let out = "running 2 tests\ntest result: ok. 2 passed; 0 failed; 0 ignored;\n\
                   test result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured\n";
        assert_eq!(cargo_counts(out), (5, 1));
    }

    #[test]
    fn tap_summary_lines_are_read() {
        let out = "ok 1 - a\n# tests 3\n# pass 2\n# fail 1\n";
        assert_eq!(tap_count(out, "# pass "), 2);
        assert_eq!(tap_count(out, "# fail "), 1);
    }

    #[test]
    fn failed_tests_are_named_once() {
        let tap = "ok 1 - fine\n    not ok 2 - the chooser renders\n  not ok 3 - later # SKIP\n\
                   not ok 4 - /repo/tests/e2e/widgets.test.mjs\n    not ok 2 - the chooser renders\n";
        assert_eq!(
            failed_names(tap, tap_failure),
            ["the chooser renders", "/repo/tests/e2e/widgets.test.mjs"]
        );
        let cargo_out = "test a::passes ... ok\ntest b::fails ... FAILED\nfailures:\n";
        assert_eq!(failed_names(cargo_out, cargo_failure), ["b::fails"]);
    }
}
