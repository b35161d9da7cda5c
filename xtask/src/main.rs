//! `cargo xtask <command>`: the project's build tool. Plain Rust, so the only thing a fresh
//! machine needs is cargo; every other tool is installed on first use (see `tools`).

mod apt;
mod bench;
mod bench_citizen;
mod bench_sizes;
mod dist;
mod engines;
mod fuzz;
mod import_names;
mod layout;
mod prices;
mod serve;
mod shell;
mod sizes;
mod test;
mod tools;
mod types;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  dist    build dist/embed (the elements), dist/engine (the JS API), dist/npm (package) and dist/site (demo page)
  fuzz    run each fuzz target (cargo-fuzz, nightly toolchain) for 60 s, or as told:
          [--seconds N] [json_reader|api_inputs|attributes|url_state…]
  prices  [--check] FILE...: refresh core/src/cost/price_list.rs from AWS Price List bulk
          files (the per-Region index.csv of AmazonEC2 and AmazonECS) already downloaded
  screenshots  dist, then write docs/screenshots/<engine>/*.png in Chromium, Firefox and
          WebKit (both widgets: ko/en, light/dark, 360 and 1024 px wide); --engine NAME for one
  serve   dist, then serve dist/site on http://127.0.0.1:8080 (PORT to change)
  bench   measure sizes, load and input timings, memory, layout shift, bytes before need,
          viewport to interactive, Lighthouse scores and native timings; write BENCHMARKS.md
  test    install what is missing, then run lints and every test suite
          (--only lint|native|browser|e2e|engines|fuzz to run one; --engine
          chromium|firefox|webkit to test in that engine only)";

fn main() -> ExitCode {
    shell::start_clock();
    // Every cargo command the xtask runs builds into the one shared folder.
    std::env::set_var("CARGO_TARGET_DIR", cargo_target_dir());
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("bench") => bench::run(),
        Some("fuzz") => fuzz::run(&args[1..]),
        Some("dist") => dist::run().map(|_| ()),
        Some("prices") => prices::run(&args[1..]),
        Some("serve") => serve::run(),
        Some("screenshots") => screenshots(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!(
            "unknown command {:?}\n\n{USAGE}",
            other.unwrap_or("(none)")
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Screenshots of both widgets for the README, in each engine (or those named with
/// `--engine`), under docs/screenshots/<engine>/.
fn screenshots(args: &[String]) -> Result {
    let chosen = match args {
        [] => engines::ALL.to_vec(),
        [flag, names] if flag == "--engine" => names
            .split(',')
            .map(engines::Engine::parse)
            .collect::<Result<Vec<_>>>()?,
        _ => {
            return Err("usage: cargo xtask screenshots [--engine chromium,firefox,webkit]".into())
        }
    };
    tools::ensure_test_tools()?;
    for engine in &chosen {
        engine.ensure()?;
    }
    let out = dist::run()?;
    for engine in chosen {
        shell::step(&format!("screenshots in {}", engine.describe()));
        let mut cmd = std::process::Command::new("node");
        cmd.arg(root().join("tests/engines/screenshots.mjs"))
            .arg(&out.site)
            .arg(root().join("docs/screenshots").join(engine.name()))
            .arg(engine.name());
        engine.pass_paths(&mut cmd);
        shell::run_cmd(&mut cmd)?;
    }
    Ok(())
}

/// The workspace root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// Where the cargo commands the xtask runs build: `CARGO_TARGET_DIR` when set, else one
/// folder for every clone on the machine, `container-compass/target` in the user's cache
/// folder. The registry's crates are compiled there once, not again in each fresh clone;
/// each clone's own crates still get builds of their own (cargo keys them by path).
/// `.ci/run` names the same folder, so that the xtask itself is built there too.
pub fn cargo_target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR").filter(|dir| !dir.is_empty()) {
        return PathBuf::from(dir);
    }
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")));
    match cache {
        Some(cache) => cache.join("container-compass/target"),
        None => root().join("target"),
    }
}

/// This clone's own files from the xtask (the staged bundle, the measured heights, the
/// bench's builds): `target/` in the clone, never shared, as they follow its sources.
pub fn scratch_dir() -> PathBuf {
    root().join("target")
}

pub type Result<T = ()> = std::result::Result<T, String>;
