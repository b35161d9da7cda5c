//! `cargo xtask bench`: sizes, browser timings and memory, native engine timings, and the
//! same measurements of a minimal Yew counter (the framework's floor) for comparison. Writes
//! BENCHMARKS.md.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::bench_citizen;
use crate::bench_sizes;
use crate::dist::{self, build_wasm};
use crate::shell::{output, run_cmd, step};
use crate::sizes::ratio;
use crate::tools::{self, ensure_test_tools, npm_bin, CHROMIUM};
use crate::{root, scratch_dir, Result};

pub fn run() -> Result {
    ensure_test_tools()?;
    let out = dist::run()?;
    let baseline = build_baseline()?;

    step("browser measurements (headless Chromium)");
    let json = output(
        Command::new("node")
            .arg(root().join("tests/bench/browser-bench.mjs"))
            .arg(&out.site)
            .arg(&baseline)
            .current_dir(root()),
    )
    .ok_or("the browser benchmark failed")?;
    let browser: Value =
        serde_json::from_str(&json).map_err(|err| format!("browser benchmark output: {err}"))?;

    let dist_dir = out
        .embed
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let citizen = bench_citizen::measure(&dist_dir)?;

    let sizes = bench_sizes::measure(&out, &baseline)?;

    step("what costs bytes (twiggy top)");
    let twiggy = twiggy_top()?;

    step("native timings (cargo bench --bench native)");
    let native = native_timings()?;

    let mut report = String::new();
    write_report(&mut report, &sizes, &browser, &native)
        .and_then(|()| bench_citizen::write(&mut report, &citizen))
        .and_then(|()| write_twiggy(&mut report, &twiggy))
        .map_err(|err| format!("format the report: {err}"))?;
    fs::write(root().join("BENCHMARKS.md"), &report)
        .map_err(|err| format!("write BENCHMARKS.md: {err}"))?;
    println!("{report}");
    println!("wrote BENCHMARKS.md");
    Ok(())
}

/// One line of `benches/native.rs` output: `name<TAB>iterations<TAB>median µs per call`.
struct Timing {
    name: String,
    iterations: u64,
    median_micros: f64,
}

fn native_timings() -> Result<Vec<Timing>> {
    let out = output(
        Command::new("cargo")
            .args(["bench", "-p", "container-compass", "--bench", "native"])
            .current_dir(root()),
    )
    .ok_or("cargo bench --bench native failed")?;
    Ok(out
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            Some(Timing {
                name: fields.next()?.to_string(),
                iterations: fields.next()?.parse().ok()?,
                median_micros: fields.next()?.parse().ok()?,
            })
        })
        .collect())
}

/// The largest items of the wasm, by twiggy, on wasm-bindgen's output (which still has the
/// function names that wasm-opt strips).
fn twiggy_top() -> Result<String> {
    tools::ensure_twiggy()?;
    let wasm = dist::WIDGETS.bindgen_dir().join("glue_bg.wasm");
    let table = output(
        Command::new(tools::cargo_tool("twiggy"))
            .args(["top", "-n", "25"])
            .arg(&wasm),
    )
    .ok_or("twiggy top failed")?;
    // The name section goes away in the shipped file; leave it out of the list.
    Ok(table
        .lines()
        .filter(|line| !line.contains("\"function names\" subsection"))
        .collect::<Vec<_>>()
        .join("\n"))
}

fn write_twiggy(md: &mut String, table: &str) -> std::fmt::Result {
    writeln!(
        md,
        "\n## What costs bytes\n\n`twiggy top` on the wasm before `wasm-opt` (sizes are before \
         -Oz and before compression; the shipped file is smaller, but the order holds):\n"
    )?;
    writeln!(md, "```text\n{table}\n```")
}

/// The Yew counter, built and loaded the way the widgets are: target/bench-baseline/.
fn build_baseline() -> Result<std::path::PathBuf> {
    let dir = scratch_dir().join("bench-baseline");
    let counter = dist::WasmBuild {
        package: "yew-counter",
        features: None,
        wasm: "yew-counter.wasm",
        glue: "glue.js",
    };
    build_wasm(&counter, &dir.join("build"))?;
    let site = dir.join("site");
    fs::create_dir_all(&site).map_err(|err| format!("create {}: {err}", site.display()))?;
    let www = root().join("bench/yew-counter/www");
    fs::copy(www.join("index.html"), site.join("index.html"))
        .map_err(|err| format!("copy the baseline page: {err}"))?;
    fs::copy(www.join("counter.js"), dir.join("build/counter.js"))
        .map_err(|err| format!("copy the baseline loader: {err}"))?;
    fs::copy(
        dir.join("build/yew-counter.wasm"),
        site.join("yew-counter.wasm"),
    )
    .map_err(|err| format!("copy the baseline wasm: {err}"))?;
    run_cmd(
        Command::new(npm_bin("esbuild"))
            .arg(dir.join("build/counter.js"))
            .args(["--bundle", "--format=esm", "--minify", "--target=es2022"])
            .args(["--legal-comments=none", "--log-level=warning"])
            .arg(format!("--outfile={}", site.join("counter.js").display())),
    )?;
    Ok(site)
}

fn ms(value: &Value, key: &str) -> String {
    value
        .get(key)
        .and_then(Value::as_f64)
        .map(|x| format!("{x:.2} ms"))
        .unwrap_or_else(|| "n/a".into())
}

fn write_report(
    md: &mut String,
    sizes: &bench_sizes::Measured,
    browser: &Value,
    native: &[Timing],
) -> std::fmt::Result {
    writeln!(md, "# Benchmarks\n")?;
    writeln!(
        md,
        "Written by `cargo xtask bench`; do not edit by hand. Numbers from one run on the machine \
         below; timings vary from run to run by a few per cent, sizes do not.\n"
    )?;
    writeln!(md, "## Machine\n")?;
    writeln!(md, "| what | value |\n|---|---|")?;
    writeln!(md, "| CPU | {} |", cpu_model())?;
    writeln!(
        md,
        "| cores | {} |",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    )?;
    writeln!(
        md,
        "| browser | {} (headless, loopback server) |",
        output(Command::new(CHROMIUM).arg("--version"))
            .unwrap_or_default()
            .trim()
    )?;
    writeln!(
        md,
        "| rustc | {} |",
        output(Command::new("rustc").arg("--version"))
            .unwrap_or_default()
            .trim()
    )?;

    bench_sizes::write(md, sizes)?;

    let load = browser.get("widgetsInteractiveMs").unwrap_or(&Value::Null);
    let floor_load = browser.get("baselineInteractiveMs").unwrap_or(&Value::Null);
    let update = browser.get("updateLatencyMs").unwrap_or(&Value::Null);
    let chooser_update = browser.get("chooserLatencyMs").unwrap_or(&Value::Null);
    let floor_update = browser
        .get("baselineUpdateLatencyMs")
        .unwrap_or(&Value::Null);
    writeln!(md, "\n## Speed in the browser\n")?;
    writeln!(
        md,
        "| measurement | runs | median | p25–p75 | min–max | p95 | first run | Yew counter median | ratio |"
    )?;
    writeln!(md, "|---|---:|---:|---:|---:|---:|---:|---:|---:|")?;
    for (name, ours, floor) in [
        ("navigation start → both widgets rendered", load, floor_load),
        (
            "input → updated DOM (matrix importance)",
            update,
            floor_update,
        ),
        (
            "input → updated DOM (chooser replicas, with cost and chart)",
            chooser_update,
            floor_update,
        ),
    ] {
        let num = |v: &Value, k: &str| v.get(k).and_then(Value::as_f64).unwrap_or(0.0);
        writeln!(
            md,
            "| {name} | {} | {} | {}–{} | {}–{} | {} | {} | {} | {} |",
            num(ours, "n"),
            ms(ours, "median"),
            ms(ours, "p25"),
            ms(ours, "p75"),
            ms(ours, "min"),
            ms(ours, "max"),
            ms(ours, "p95"),
            ms(ours, "first"),
            ms(floor, "median"),
            ratio(num(ours, "median"), num(floor, "median")),
        )?;
    }

    let memory = browser.get("memoryBytes").unwrap_or(&Value::Null);
    let cycles = browser.get("mountCycles").unwrap_or(&Value::Null);
    let bytes = |v: &Value, k: &str| v.get(k).and_then(Value::as_u64).unwrap_or(0);
    writeln!(md, "\n## Memory (wasm linear memory)\n")?;
    writeln!(md, "| measurement | bytes |\n|---|---:|")?;
    writeln!(
        md,
        "| 1 instance of each widget | {} |",
        bytes(memory, "one")
    )?;
    writeln!(
        md,
        "| 20 instances of each widget | {} |",
        bytes(memory, "twenty")
    )?;
    writeln!(
        md,
        "| before {} mount/remove cycles | {} |",
        bytes(cycles, "cycles"),
        bytes(cycles, "beforeBytes")
    )?;
    writeln!(
        md,
        "| after them (growth: {} bytes) | {} |",
        bytes(cycles, "afterBytes").saturating_sub(bytes(cycles, "beforeBytes")),
        bytes(cycles, "afterBytes")
    )?;

    writeln!(md, "\n## Native timings (release build, this machine)\n")?;
    writeln!(
        md,
        "| operation | iterations | median per call |\n|---|---:|---:|"
    )?;
    for timing in native {
        writeln!(
            md,
            "| {} | {} | {:.2} µs |",
            timing.name, timing.iterations, timing.median_micros
        )?;
    }

    writeln!(md, "\n## Method\n")?;
    writeln!(
        md,
        "- Sizes: the files of `dist/embed/` as built by `cargo xtask dist` (release profile with \
         `opt-level = \"z\"`, LTO, one codegen unit, `panic = \"abort\"`, then `wasm-opt --flatten --rereloop -Oz --flatten --rereloop -Oz -Oz`), \
         compressed in memory with gzip level 9 and brotli quality 11. The floor is a Yew 0.23 \
         counter (`bench/yew-counter`) built with the same profile and loader pipeline."
    )?;
    writeln!(
        md,
        "- Load: each of the runs opens a fresh browser context (empty cache) on a page served \
         on loopback holding one of each widget; the time is `performance.now()` when the second \
         widget's `ready` event fires (mounted and rendered). The counter's time is taken right \
         after its mount."
    )?;
    writeln!(
        md,
        "- Input latency: on one page, an importance select of `<ecs-eks-matrix>` is changed (a \
         `change` event, as a reader's pick fires) and the time measured until a \
         MutationObserver sees the totals change in the shadow DOM; in `<ec2-fargate-chooser>`, \
         the replica count is typed (an `input` event, alternating 10 and 40) and the time \
         measured until the cost section's Fargate total changes (the engine, the cost model \
         and a 20- or 80-point break-even series run on each input); for the counter, a button click \
         until its output changes. The inputs start right after the widgets are ready and come \
         100 ms apart, each in a task of its own, as a fast typist's key presses do; \
         \"first run\" is the first input, before the browser has optimised the code it runs. \
         (Sent back to back in one task instead, the first few inputs also share the two cores \
         with that optimisation, which a reader, who reads the form first, does not meet.)"
    )?;
    writeln!(
        md,
        "- Memory: `WebAssembly.Memory.buffer.byteLength` after all instances are ready; the \
         cycles mount one `<ecs-eks-matrix>`, wait for `ready`, remove it, and repeat."
    )?;
    writeln!(
        md,
        "- Native: `benches/native.rs` (`cargo bench`, opt-level 3): `std::time::Instant` around \
         31 batches of calls; the median batch, divided by the batch size."
    )?;
    Ok(())
}

fn cpu_model() -> String {
    fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split(':').nth(1))
                .map(|model| model.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}
