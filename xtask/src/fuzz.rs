//! `cargo xtask fuzz [--seconds N] [target…]`: runs the fuzz targets in `fuzz/` (cargo-fuzz,
//! libFuzzer, on the nightly toolchain), each for a set time, and [`brief`] runs each for a
//! few seconds as a step of `cargo xtask test`.
//!
//! Each target reads the checked-in seed corpus `fuzz/corpus/<target>/` but writes what it
//! finds to `fuzz/target/fuzz-corpus/<target>/` (git-ignored, kept between runs), so the seed
//! corpus only changes when someone adds a file to it. A crash is saved by libFuzzer under
//! `fuzz/artifacts/<target>/` and replays with `cargo +nightly fuzz run <target> <file>`.

use std::fs;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use crate::shell::{output, run_cmd, step};
use crate::tools::cargo_install;
use crate::{cargo_target_dir, root, Result};

/// Every target in `fuzz/fuzz_targets/`, in the order they run.
pub const TARGETS: [&str; 4] = ["json_reader", "api_inputs", "attributes", "url_state"];

/// The cargo-fuzz installed when missing; any version that builds the targets will do.
const CARGO_FUZZ: &str = "0.13.2";

/// How long `cargo xtask fuzz` runs each target unless told.
const DEFAULT_SECONDS: u64 = 60;

/// How long the test command runs each target.
const BRIEF_SECONDS: u64 = 10;

const USAGE: &str =
    "usage: cargo xtask fuzz [--seconds N] [json_reader|api_inputs|attributes|url_state…]";

/// What a brief run found: the targets that ran clean, and those that did not, by name.
#[derive(Debug, Default)]
pub struct Outcome {
    pub passed: u64,
    pub failed: Vec<String>,
}

/// `cargo xtask fuzz [--seconds N] [target…]`: every target (or those named) for N seconds
/// each, 60 by default. Runs them all even when one fails, then fails naming those that did.
pub fn run(args: &[String]) -> Result {
    let (seconds, targets) = parse_args(args)?;
    let outcome = fuzz(&targets, seconds)?;
    if outcome.failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "fuzzing failed: {} (crashes are in fuzz/artifacts/)",
            outcome.failed.join(", ")
        ))
    }
}

/// Every target for a few seconds, for `cargo xtask test`; a setup failure (cargo-fuzz not
/// installable, the targets not building) fails every target.
pub fn brief() -> Outcome {
    let targets: Vec<&str> = TARGETS.to_vec();
    fuzz(&targets, BRIEF_SECONDS).unwrap_or_else(|err| {
        println!("{err}");
        Outcome {
            passed: 0,
            failed: targets.iter().map(|t| format!("fuzz {t}")).collect(),
        }
    })
}

fn parse_args(args: &[String]) -> Result<(u64, Vec<&str>)> {
    let mut seconds = DEFAULT_SECONDS;
    let mut targets = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seconds" => {
                seconds = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("--seconds takes a whole number above 0\n{USAGE}"))?;
            }
            name => match TARGETS.iter().find(|target| **target == name) {
                Some(target) => targets.push(*target),
                None => return Err(format!("unknown fuzz target {name:?}\n{USAGE}")),
            },
        }
    }
    if targets.is_empty() {
        targets = TARGETS.to_vec();
    }
    Ok((seconds, targets))
}

/// Builds once, then runs each target in turn for `seconds`.
fn fuzz(targets: &[&str], seconds: u64) -> Result<Outcome> {
    ensure_cargo_fuzz()?;
    step("building the fuzz targets (cargo +nightly fuzz build)");
    let started = Instant::now();
    run_cmd(&mut cargo_fuzz(&["build"]))?;
    println!("built in {:.0} s", started.elapsed().as_secs_f64());
    let mut outcome = Outcome::default();
    for target in targets {
        step(&format!("fuzzing {target} for {seconds} s"));
        let result = fs::create_dir_all(work_corpus(target))
            .map_err(|err| format!("cannot create {}: {err}", work_corpus(target).display()))
            .and_then(|()| run_cmd(&mut run_target(target, seconds)));
        match result {
            Ok(()) => outcome.passed += 1,
            Err(err) => {
                println!("{err}");
                outcome.failed.push(format!("fuzz {target}"));
            }
        }
    }
    Ok(outcome)
}

/// `cargo +nightly fuzz run <target> <work corpus> <seed corpus> -- …`: libFuzzer writes
/// new inputs only to the first corpus directory.
fn run_target(target: &str, seconds: u64) -> Command {
    let mut cmd = cargo_fuzz(&["run", target]);
    cmd.arg(work_corpus(target))
        .arg(fuzz_dir().join("corpus").join(target))
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        // The reader takes a few hundred bytes; longer inputs only slow each run down.
        .arg("-max_len=4096")
        .arg("-print_final_stats=1");
    cmd
}

/// cargo-fuzz from crates.io into `$CARGO_HOME/bin` (as `tools` installs the other cargo
/// tools), and the nightly toolchain its libFuzzer build needs; each skipped when present.
fn ensure_cargo_fuzz() -> Result {
    let toolchains = output(Command::new("rustup").args(["toolchain", "list"])).unwrap_or_default();
    if !toolchains.lines().any(|line| line.starts_with("nightly")) {
        step("installing the nightly toolchain (for cargo-fuzz)");
        run_cmd(Command::new("rustup").args([
            "toolchain",
            "install",
            "nightly",
            "--profile",
            "minimal",
        ]))?;
    }
    if output(Command::new("cargo").args(["fuzz", "--version"])).is_some() {
        return Ok(());
    }
    step("installing cargo-fuzz (compiles from source: about half a minute)");
    run_cmd(&mut cargo_install("cargo-fuzz", CARGO_FUZZ, &["--locked"]))
}

fn cargo_fuzz(args: &[&str]) -> Command {
    let mut cmd = Command::new("cargo");
    cmd.arg("+nightly")
        .arg("fuzz")
        .args(args)
        .current_dir(fuzz_dir())
        // cargo-fuzz builds with flags of its own: a folder of its own beside the main
        // build's, or each would rebuild the other's crates.
        .env("CARGO_TARGET_DIR", cargo_target_dir().join("fuzz"));
    cmd
}

fn fuzz_dir() -> PathBuf {
    root().join("fuzz")
}

/// Where a target keeps what it finds between runs: git-ignored, unlike the seed corpus.
fn work_corpus(target: &str) -> PathBuf {
    fuzz_dir().join("target/fuzz-corpus").join(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|arg| arg.to_string()).collect()
    }

    #[test]
    fn arguments_choose_seconds_and_targets() {
        assert_eq!(
            parse_args(&args(&[])),
            Ok((DEFAULT_SECONDS, TARGETS.to_vec()))
        );
        assert_eq!(
            parse_args(&args(&["--seconds", "5", "attributes"])),
            Ok((5, vec!["attributes"]))
        );
        assert!(parse_args(&args(&["--seconds", "0"])).is_err());
        assert!(parse_args(&args(&["--seconds"])).is_err());
        assert!(parse_args(&args(&["no_such_target"])).is_err());
    }

    #[test]
    fn every_target_has_a_source_file_and_a_seed_corpus() {
        for target in TARGETS {
            let source = fuzz_dir().join(format!("fuzz_targets/{target}.rs"));
            assert!(source.is_file(), "{}", source.display());
            let seeds = fs::read_dir(fuzz_dir().join("corpus").join(target))
                .map(|dir| dir.count())
                .unwrap_or(0);
            assert!((1..50).contains(&seeds), "{target} has {seeds} seeds");
        }
    }
}
