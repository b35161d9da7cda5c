//! `cargo xtask bench`, the page-citizenship part: layout shift on a blog post, bytes before a
//! far widget is needed, viewport to interactive under throttling
//! (`tests/bench/citizen-bench.mjs`), and Lighthouse on the demo page and the post
//! (`tests/bench/lighthouse.mjs`, with Lighthouse from `tests/bench`'s own lockfile).

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::shell::{output, step};
use crate::tools::ensure_npm_packages;
use crate::{root, Result};

/// What the two scripts printed.
pub struct Citizen {
    pub pages: Value,
    pub lighthouse: Value,
}

pub fn measure(dist: &Path) -> Result<Citizen> {
    step("layout shift, bytes before need, viewport to interactive (Slow 4G, 4x CPU)");
    let pages = node_json("tests/bench/citizen-bench.mjs", dist)?;
    step("Lighthouse on the demo page and the blog post");
    ensure_npm_packages(&root().join("tests/bench"))?;
    let lighthouse = node_json("tests/bench/lighthouse.mjs", dist)?;
    Ok(Citizen { pages, lighthouse })
}

fn node_json(script: &str, dist: &Path) -> Result<Value> {
    let json = output(
        Command::new("node")
            .arg(root().join(script))
            .arg(dist)
            .current_dir(root()),
    )
    .ok_or_else(|| format!("{script} failed"))?;
    serde_json::from_str(&json).map_err(|err| format!("{script} output: {err}"))
}

fn num(value: &Value, key: &str) -> f64 {
    value.get(key).and_then(Value::as_f64).unwrap_or(f64::NAN)
}

fn yes_no(value: &Value, key: &str) -> &'static str {
    if value.get(key).and_then(Value::as_bool).unwrap_or(false) {
        "yes"
    } else {
        "no"
    }
}

pub fn write(md: &mut String, citizen: &Citizen) -> std::fmt::Result {
    let pages = &citizen.pages;
    writeln!(md, "\n## A good citizen of a blog post\n")?;
    writeln!(
        md,
        "The post: `tests/bench/blog-post/` (the Korean source post, with the chooser after its \
         EC2-or-Fargate table and the matrix after its ECS-or-EKS table, a dozen screens down on \
         a phone), the loader from another origin as from an npm CDN, served gzipped, under \
         Chromium's Slow 4G ({} ms latency, {:.0} KB/s down) and 4× CPU throttling.\n",
        num(&pages["throttling"], "latency"),
        num(&pages["throttling"], "downloadThroughput") / 1000.0
    )?;

    writeln!(md, "### Layout shift\n")?;
    writeln!(
        md,
        "| widget placement | width | fallback pasted | CLS, median | max | runs | target |\n\
         |---|---:|---|---:|---:|---:|---|"
    )?;
    for case in pages["cls"].as_array().into_iter().flatten() {
        let post = case["placement"] == "post";
        let placement = match (post, case.get("css").and_then(Value::as_bool)) {
            (true, _) => "in the post",
            (false, Some(true)) => "first screen, with the page's CSS line",
            (false, _) => "first screen",
        };
        let target = match (post, yes_no(case, "fallback")) {
            (true, "yes") => "≤ 0.05",
            (true, _) => "≤ 0.1",
            _ => "",
        };
        writeln!(
            md,
            "| {placement} | {} px | {} | {:.3} | {:.3} | {} | {target} |",
            num(case, "width"),
            yes_no(case, "fallback"),
            num(case, "median"),
            num(case, "max"),
            num(case, "runs")
        )?;
    }

    let bytes = &pages["bytes"];
    let files: Vec<&str> = bytes["beforeNeedFiles"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    writeln!(md, "\n### Bytes before a far widget is needed\n")?;
    writeln!(
        md,
        "| the post with only its matrix, {:.1} screens down at 390 px | bytes over the wire |\n\
         |---|---:|",
        num(bytes, "screensAway")
    )?;
    writeln!(
        md,
        "| loaded, before the reader comes near the matrix ({}) | {:.1} KB |",
        files.join(", "),
        num(bytes, "beforeNeed") / 1000.0
    )?;
    writeln!(
        md,
        "| once the matrix has rendered | {:.1} KB |",
        num(bytes, "onceNeeded") / 1000.0
    )?;

    let v2i = &pages["viewportToInteractive"];
    writeln!(
        md,
        "\n### Viewport to interactive (Slow 4G, 4× CPU)\n\n\
         | how the reader gets to the widget | widget | median | max | runs |\n\
         |---|---|---:|---:|---:|"
    )?;
    for widget in ["chooser", "matrix"] {
        let jump = &v2i["jump"][widget];
        writeln!(
            md,
            "| jumps straight to it at 390 px (nothing was loading) | {widget} | {:.0} ms | {:.0} ms | {} |",
            num(jump, "median"),
            num(jump, "max"),
            num(jump, "runs")
        )?;
    }
    for width in ["390", "1024"] {
        let scrolled = &v2i["scrolled"][width];
        writeln!(
            md,
            "| scrolls at 1,000 px/s at {width} px (the layout-shift runs) | both | {:.0} ms | {:.0} ms | {} |",
            num(scrolled, "median"),
            num(scrolled, "max"),
            num(scrolled, "runs")
        )?;
    }

    writeln!(md, "\n### Lighthouse (mobile)\n")?;
    writeln!(
        md,
        "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | short of 100 |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    )?;
    for (name, key) in [
        ("demo page", "demo"),
        ("blog post (fallbacks pasted)", "blog"),
    ] {
        let page = &citizen.lighthouse[key];
        let score = |id: &str| num(&page["scores"], id);
        let metric = |id: &str| num(&page["metrics"], id);
        let shortfalls: Vec<&str> = page["shortfalls"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        writeln!(
            md,
            "| {name} | {} | {} | {} | {} | {:.0} ms | {:.0} ms | {:.0} ms | {:.3} | {} |",
            score("performance"),
            score("accessibility"),
            score("best-practices"),
            score("seo"),
            metric("first-contentful-paint"),
            metric("largest-contentful-paint"),
            metric("total-blocking-time"),
            metric("cumulative-layout-shift"),
            if shortfalls.is_empty() {
                "—".to_string()
            } else {
                shortfalls.join("; ")
            }
        )?;
    }

    writeln!(md, "\n### How these were measured\n")?;
    writeln!(
        md,
        "- Layout shift: the sum of every `layout-shift` entry without recent input (at least \
         the CLS of any session window), in a fresh context per run. The reader scrolls 250 px \
         every 250 ms from the top, stops at each widget (its top within 60 px of the viewport's) \
         until its `ready` event, then scrolls to the end. \"First screen\" moves the chooser up \
         to just after the lead paragraph, where the page may paint it before the loader has \
         run (whether it does is a race between the page's stylesheet and the loader: the runs \
         at 390 px were all won by the loader); the CSS line is the one docs/embedding.md gives \
         for that case."
    )?;
    writeln!(
        md,
        "- Bytes before need: Playwright's request sizes (headers and gzipped bodies) of every \
         response until the network is idle after `load` (unthrottled), then after the matrix \
         is scrolled into view and has rendered."
    )?;
    writeln!(
        md,
        "- Viewport to interactive: from an IntersectionObserver (no margin) seeing the widget \
         enter the viewport to its `ready` event (mounted and rendered); 0 when it was ready \
         before it entered. Jumping: `scrollIntoView` once the page has loaded."
    )?;
    writeln!(
        md,
        "- Lighthouse {}: `lighthouse --only-categories=performance,accessibility,best-practices,seo` \
         with its default mobile settings (simulated throttling) driving Debian's Chromium, \
         {} runs per page, the median of each score and metric; the last column lists what fell \
         short in the run with the median performance score.",
        citizen.lighthouse["demo"]["lighthouseVersion"]
            .as_str()
            .unwrap_or("?"),
        num(&citizen.lighthouse["demo"], "runs")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_has_a_row_per_case_with_its_target() {
        let pages = serde_json::json!({
            "cls": [
                {"placement": "post", "width": 390, "fallback": true, "median": 0.01, "max": 0.02, "runs": 3},
                {"placement": "first screen", "width": 1024, "fallback": false, "css": true, "median": 0.0, "max": 0.0, "runs": 3}
            ],
            "bytes": {"screensAway": 7.8, "beforeNeed": 15072, "beforeNeedFiles": ["index.html", "container-compass.js"], "onceNeeded": 176513},
            "viewportToInteractive": {
                "jump": {"chooser": {"median": 1597, "max": 1612, "runs": 5}, "matrix": {"median": 1556, "max": 1572, "runs": 5}},
                "scrolled": {"390": {"median": 0, "max": 0, "runs": 12}, "1024": {"median": 0, "max": 0, "runs": 12}}
            },
            "throttling": {"latency": 562.5, "downloadThroughput": 180000}
        });
        let page = serde_json::json!({
            "scores": {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100},
            "metrics": {"first-contentful-paint": 1017.6, "largest-contentful-paint": 1037.6,
                        "total-blocking-time": 170, "cumulative-layout-shift": 0, "speed-index": 1017.6},
            "shortfalls": ["performance: Total Blocking Time (170 ms)"], "runs": 3, "lighthouseVersion": "12.8.2"
        });
        let lighthouse = serde_json::json!({"demo": page, "blog": page});
        let mut md = String::new();
        write(&mut md, &Citizen { pages, lighthouse }).unwrap();
        assert!(
            md.contains("| in the post | 390 px | yes | 0.010 | 0.020 | 3 | ≤ 0.05 |"),
            "{md}"
        );
        assert!(
            md.contains("| first screen, with the page's CSS line | 1024 px | no | 0.000 |"),
            "{md}"
        );
        assert!(
            md.contains("(index.html, container-compass.js) | 15.1 KB |"),
            "{md}"
        );
        assert!(md.contains("| matrix | 1556 ms | 1572 ms | 5 |"), "{md}");
        assert!(md.contains("| demo page | 98 | 100 | 100 | 100 | 1018 ms | 1038 ms | 170 ms | 0.000 | performance: Total Blocking Time (170 ms) |"), "{md}");
        assert!(md.contains("Lighthouse 12.8.2"), "{md}");
    }
}
