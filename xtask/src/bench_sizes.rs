//! The sizes in BENCHMARKS.md: both bundles against the Yew counter (the framework's floor),
//! and what each hand-written stand-in saves the widgets' bundle, measured by building the
//! bundle again with the usual way in its place (the `bench-*` features of the core and of the root crate).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use crate::dist::{build_wasm, Dist, WasmBuild};
use crate::shell::step;
use crate::sizes::{gzip_len, kb, ratio, Sizes};
use crate::{scratch_dir, Result};

/// A hand-written stand-in kept for its bytes, and the build that uses the usual way instead.
struct StandIn {
    what: &'static str,
    instead_of: &'static str,
    build: WasmBuild,
}

/// The widgets' bundle with `features` on (the core's or the root crate's bench features):
/// `wasm` tells the builds apart.
const fn with_feature(features: &'static str, wasm: &'static str) -> WasmBuild {
    WasmBuild {
        package: "container-compass",
        features: Some(features),
        wasm,
        glue: "glue.js",
    }
}

const STAND_INS: [StandIn; 6] = [
    StandIn {
        what: "`number::parse_decimal`: numbers typed into fields and attributes",
        instead_of: "`str::parse::<f64>`",
        build: with_feature(
            "embed,container-compass-core/bench-std-parse",
            "std-parse.wasm",
        ),
    },
    StandIn {
        what: "`number::format_number`, `format_usd`, `cost::money::plain_money`: numbers \
               and amounts in text",
        instead_of: "float `Display` and `{:.2}`",
        build: with_feature(
            "embed,container-compass-core/bench-std-format",
            "std-format.wasm",
        ),
    },
    StandIn {
        what: "`error::quoted`: a refused string in a warning",
        instead_of: "`{:?}`",
        build: with_feature(
            "embed,container-compass-core/bench-std-quote",
            "std-quote.wasm",
        ),
    },
    StandIn {
        what: "URL state as attribute pairs (`share`), read by the attribute reader",
        instead_of: "the answers' JSON, written and read by serde_json",
        build: with_feature(
            "embed,container-compass-core/bench-json-state",
            "json-state.wasm",
        ),
    },
    StandIn {
        what: "`words::join`: lists in the answers' text and the URL state's fields",
        instead_of: "`[S]::join` and `concat`",
        build: with_feature(
            "embed,container-compass-core/bench-std-join",
            "std-join.wasm",
        ),
    },
    StandIn {
        what: "`ui::markup::escape`: text in the views written as markup",
        instead_of: "`html_escape::encode_double_quoted_attribute`",
        build: with_feature("embed,bench-html-escape", "html-escape.wasm"),
    },
];

/// What the size sections report.
pub struct Measured {
    embed: Sizes,
    engine: Sizes,
    floor: Sizes,
    /// Each stand-in's description, what it replaces, and the bytes gzip -9 it saves.
    stand_ins: Vec<(&'static str, &'static str, i64)>,
}

pub fn measure(dist: &Dist, baseline: &Path) -> Result<Measured> {
    let embed = Sizes::of(
        &dist.embed,
        &["container-compass.js", "container-compass.wasm"],
    )?;
    let engine = Sizes::of(
        &dist.engine,
        &[
            "container-compass-engine.js",
            "container-compass-engine.wasm",
        ],
    )?;
    let floor = Sizes::of(baseline, &["counter.js", "yew-counter.wasm"])?;
    let shipped = gzip_len(
        &fs::read(dist.embed.join("container-compass.wasm"))
            .map_err(|err| format!("read the widgets' wasm: {err}"))?,
    )?;
    let dir = scratch_dir().join("bench-stand-ins");
    let mut stand_ins = Vec::new();
    for stand_in in &STAND_INS {
        step(&format!(
            "the widgets' bundle without a stand-in: {}",
            stand_in.instead_of
        ));
        build_wasm(&stand_in.build, &dir)?;
        let bytes = fs::read(dir.join(stand_in.build.wasm))
            .map_err(|err| format!("read {}: {err}", stand_in.build.wasm))?;
        let saved = gzip_len(&bytes)? as i64 - shipped as i64;
        stand_ins.push((stand_in.what, stand_in.instead_of, saved));
    }
    Ok(Measured {
        embed,
        engine,
        floor,
        stand_ins,
    })
}

pub fn write(md: &mut String, sizes: &Measured) -> std::fmt::Result {
    let (embed_raw, embed_gz, embed_br) = sizes.embed.total();
    let (floor_raw, floor_gz, floor_br) = sizes.floor.total();
    writeln!(
        md,
        "\n## Size of the two bundles (fallback snippets excluded)\n"
    )?;
    writeln!(
        md,
        "| file | raw | gzip -9 | brotli -11 |\n|---|---:|---:|---:|"
    )?;
    for (name, raw, gz, br) in &sizes.embed.rows {
        writeln!(
            md,
            "| dist/embed/{name} | {} | {} | {} |",
            kb(*raw),
            kb(*gz),
            kb(*br)
        )?;
    }
    writeln!(
        md,
        "| **dist/embed total** (the widgets) | {} | **{}** ({embed_gz} B) | {} |",
        kb(embed_raw),
        kb(embed_gz),
        kb(embed_br)
    )?;
    writeln!(
        md,
        "| Yew counter (floor) | {} | {} | {} |",
        kb(floor_raw),
        kb(floor_gz),
        kb(floor_br)
    )?;
    writeln!(
        md,
        "| dist/embed to the floor | {} | {} | {} |",
        ratio(embed_raw as f64, floor_raw as f64),
        ratio(embed_gz as f64, floor_gz as f64),
        ratio(embed_br as f64, floor_br as f64)
    )?;
    for (name, raw, gz, br) in &sizes.engine.rows {
        writeln!(
            md,
            "| dist/engine/{name} | {} | {} | {} |",
            kb(*raw),
            kb(*gz),
            kb(*br)
        )?;
    }
    let (engine_raw, engine_gz, engine_br) = sizes.engine.total();
    writeln!(
        md,
        "| **dist/engine total** (the JS API, no Yew) | {} | **{}** ({engine_gz} B) | {} |",
        kb(engine_raw),
        kb(engine_gz),
        kb(engine_br)
    )?;
    writeln!(
        md,
        "\nLimit for dist/embed: 171,000 bytes gzip -9 (`tests/e2e/size-budget.test.mjs`). \
         dist/engine has no limit: a page downloads it only when its own script calls the API."
    )?;
    writeln!(md, "\n## Hand-written stand-ins\n")?;
    writeln!(
        md,
        "Code kept in place of the usual way for the bytes it saves the widgets' bundle. Each \
         row is measured by building dist/embed's wasm again with the usual way in its place \
         (the `bench-*` features of the core, `core/src/stand_ins.rs`, and of the root crate) \
         and comparing gzip -9 sizes.\n"
    )?;
    writeln!(
        md,
        "| stand-in | instead of | saves (gzip -9) |\n|---|---|---:|"
    )?;
    for (what, instead_of, saved) in &sizes.stand_ins {
        writeln!(md, "| {what} | {instead_of} | {saved} B |")?;
    }
    Ok(())
}
