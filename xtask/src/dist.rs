//! `cargo xtask dist`: the release wasm, the JS loader, and the three outputs built from them.
//!
//! ```text
//! target/wasm32-unknown-unknown/release/container_compass.wasm   cargo build
//!   -> target/wasm-pkg/glue.js + glue_bg.wasm                      wasm-bindgen --target web
//!   -> target/www-stage/  (www/src/*.js, glue.js, container-compass.wasm after wasm-opt,
//!                          heights.js measured in Chromium: see `layout`)
//!   -> dist/embed/  container-compass.js (esbuild bundle) + container-compass.wasm
//!   -> dist/npm/    the staged modules unbundled + package.json, types, README, and the
//!                   bundle and fallback snippets of dist/embed (for npm CDNs)
//!   -> dist/site/   index.html + demo assets + embed/
//! ```

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use container_compass::core::i18n::Lang;
use container_compass::ui::prerender::fallback_html;
use container_compass::ui::WidgetKind;
use flate2::{write::GzEncoder, Compression};

use crate::import_names;
use crate::layout;
use crate::shell::{run_cmd, step};
use crate::tools::{self, cargo_tool, npm_bin};
use crate::{root, target_dir, Result};

/// Paths of the built outputs.
pub struct Dist {
    pub embed: PathBuf,
    pub npm: PathBuf,
    pub site: PathBuf,
}

/// Features rustc's wasm32 output uses; wasm-opt must be told, or it rejects the module.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-reference-types",
    "--enable-multivalue",
    "--enable-sign-ext",
    "--enable-mutable-globals",
];

pub fn run() -> Result<Dist> {
    tools::ensure_build_tools()?;
    let root = root();
    let target = target_dir();
    let stage = target.join("www-stage");
    let dist = root.join("dist");

    build_wasm(
        "container-compass",
        &["embed"],
        &stage,
        "container-compass.wasm",
    )?;
    copy_dir_files(&root.join("www/src"), &stage)?;
    layout::write_heights(&stage)?;

    let _ = fs::remove_dir_all(&dist);
    let out = Dist {
        embed: dist.join("embed"),
        npm: dist.join("npm"),
        site: dist.join("site"),
    };
    build_embed(&stage, &out.embed)?;
    write_fallbacks(&out.embed.join("fallback"))?;
    build_npm(&root, &stage, &out.embed, &out.npm)?;
    build_site(&root, &out.embed, &out.site)?;
    print_sizes(&out.embed)?;
    Ok(out)
}

/// Builds `package` with `features` for wasm32 with the size-tuned release profile, runs
/// wasm-bindgen (`--target web`) and `wasm-opt`, shortens the import names, and leaves
/// `glue.js` and the optimised wasm (named `wasm_name`) in `out_dir`. Skips all but the build
/// when neither the wasm nor this pipeline (the xtask itself, which holds their flags) has
/// changed since they last ran.
pub fn build_wasm(package: &str, features: &[&str], out_dir: &Path, wasm_name: &str) -> Result {
    step(&format!("building {package} for wasm32 (release)"));
    run_cmd(
        Command::new("cargo")
            .args(["build", "--release", "--lib", "--target"])
            .args(["wasm32-unknown-unknown", "-p", package])
            .args(["--features", &features.join(",")])
            .current_dir(root()),
    )?;
    let raw_wasm = target_dir()
        .join("wasm32-unknown-unknown/release")
        .join(format!("{}.wasm", package.replace('-', "_")));
    let optimised = out_dir.join(wasm_name);
    // wasm-bindgen's output stays here, names and all, for twiggy.
    let pkg = target_dir().join("wasm-pkg").join(package);
    fs::create_dir_all(out_dir).map_err(io("create the wasm output folder"))?;
    let outputs = [
        &optimised,
        &out_dir.join("glue.js"),
        &pkg.join("glue_bg.wasm"),
    ];
    let pipeline = std::env::current_exe().map_err(io("find the xtask executable"))?;
    if outputs
        .iter()
        .all(|out| is_up_to_date(out, &raw_wasm) && is_up_to_date(out, &pipeline))
    {
        println!("{package}: wasm unchanged, skipping wasm-bindgen and wasm-opt");
        return Ok(());
    }
    run_cmd(
        Command::new(cargo_tool("wasm-bindgen"))
            .arg(&raw_wasm)
            .args(["--target", "web", "--no-typescript", "--out-name", "glue"])
            .arg("--out-dir")
            .arg(&pkg),
    )?;
    copy(&pkg.join("glue.js"), &out_dir.join("glue.js"))?;
    run_cmd(
        Command::new(npm_bin("wasm-opt"))
            .arg(pkg.join("glue_bg.wasm"))
            // Flattening and re-looping the control flow before two -Oz rounds gives ~1.2 KB
            // less gzip than one -Oz (measured on this crate: 182,716 -> 181,559 bytes).
            .args(["--flatten", "--rereloop", "-Oz", "-Oz"])
            .args(["--strip-debug", "--strip-producers"])
            .args(WASM_FEATURES)
            .arg("-o")
            .arg(&optimised),
    )?;
    let glue_path = out_dir.join("glue.js");
    let wasm = fs::read(&optimised).map_err(io("read the optimised wasm"))?;
    let glue = fs::read_to_string(&glue_path).map_err(io("read glue.js"))?;
    let (wasm, glue) = import_names::shorten(&wasm, &glue)?;
    fs::write(&optimised, wasm).map_err(io("write the optimised wasm"))?;
    fs::write(&glue_path, glue).map_err(io("write glue.js"))
}

/// dist/embed: one ES module (loader, JS API and glue bundled) and the wasm beside it. The
/// wasm's integrity hash is baked into the loader, which fetches the wasm with it: a host
/// that pins the loader with `integrity` thereby pins the wasm too.
fn build_embed(stage: &Path, embed: &Path) -> Result {
    step("bundling dist/embed");
    fs::create_dir_all(embed).map_err(io("create dist/embed"))?;
    let wasm = fs::read(stage.join("container-compass.wasm")).map_err(io("read the wasm"))?;
    run_cmd(
        Command::new(npm_bin("esbuild"))
            .arg(stage.join("embed.js"))
            .args([
                "--bundle",
                "--format=esm",
                "--minify",
                "--target=es2020",
                "--legal-comments=none",
                "--log-level=warning",
            ])
            .arg(format!(
                "--define:__CC_WASM_INTEGRITY__=\"{}\"",
                integrity(&wasm)
            ))
            .arg(format!(
                "--define:__CC_VERSION__=\"{}\"",
                container_compass::VERSION
            ))
            .arg(format!(
                "--outfile={}",
                embed.join("container-compass.js").display()
            )),
    )?;
    fs::write(embed.join("container-compass.wasm"), &wasm).map_err(io("write the wasm"))
}

/// A Subresource Integrity value (`sha384-…`) for `bytes`.
pub fn integrity(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// dist/embed/fallback: each widget's default state as static HTML in each language, to paste
/// inside the element (`<ecs-eks-matrix lang="ko">…</ecs-eks-matrix>`).
fn write_fallbacks(dir: &Path) -> Result {
    step("prerendering the fallback HTML");
    fs::create_dir_all(dir).map_err(io("create dist/embed/fallback"))?;
    for kind in WidgetKind::ALL {
        for lang in Lang::ALL {
            let name = format!("{}.{}.html", kind.tag(), lang.code());
            fs::write(dir.join(&name), fallback_html(kind, lang) + "\n")
                .map_err(|err| format!("write {name}: {err}"))?;
        }
    }
    Ok(())
}

/// dist/npm: the staged modules as they are (a consumer's bundler does the bundling), with
/// the package metadata and types from www/npm; and the files of dist/embed (the bundle beside
/// the same wasm, and the fallback snippets), so that an npm CDN serves the one-tag embed.
fn build_npm(root: &Path, stage: &Path, embed: &Path, npm: &Path) -> Result {
    step("assembling dist/npm");
    fs::create_dir_all(npm).map_err(io("create dist/npm"))?;
    copy_dir_files(stage, npm)?;
    // embed.js is the single-file entry of dist/embed; the package has its own entries.
    let _ = fs::remove_file(npm.join("embed.js"));
    copy_dir_files(&root.join("www/npm"), npm)?;
    let bundle = embed.join("container-compass.js");
    copy(&bundle, &npm.join("container-compass.js"))?;
    copy_dir_files(&embed.join("fallback"), &npm.join("fallback"))?;
    // One version for the crate and the package: Cargo.toml's.
    let manifest = npm.join("package.json");
    let text = fs::read_to_string(&manifest).map_err(io("read package.json"))?;
    let mut package: serde_json::Value =
        serde_json::from_str(&text).map_err(|err| format!("www/npm/package.json: {err}"))?;
    package["version"] = container_compass::VERSION.into();
    let text = serde_json::to_string_pretty(&package).map_err(|err| err.to_string())?;
    fs::write(&manifest, text + "\n").map_err(io("write package.json"))?;
    // The README's one-tag snippet names this version and pins this bundle.
    let readme = npm.join("README.md");
    let text = fs::read_to_string(&readme).map_err(io("read the package README"))?;
    let bundle = fs::read(&bundle).map_err(io("read the bundle"))?;
    let text = text
        .replace("{{VERSION}}", container_compass::VERSION)
        .replace("{{INTEGRITY}}", &integrity(&bundle));
    fs::write(&readme, text).map_err(io("write the package README"))
}

/// dist/site: the demo page with its assets and the embed files under embed/.
fn build_site(root: &Path, embed: &Path, site: &Path) -> Result {
    step("assembling dist/site");
    fs::create_dir_all(site).map_err(io("create dist/site"))?;
    copy(&root.join("index.html"), &site.join("index.html"))?;
    copy_dir_files(&root.join("www/site"), site)?;
    copy_dir_files(embed, &site.join("embed"))
}

fn print_sizes(embed: &Path) -> Result {
    println!("\ndist/embed:");
    let (mut raw_total, mut gzip_total) = (0, 0);
    let mut entries: Vec<_> = fs::read_dir(embed)
        .map_err(io("read dist/embed"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file())
        .collect();
    entries.sort();
    for path in entries {
        let bytes = fs::read(&path).map_err(io("read an embed file"))?;
        let gzip = gzip_len(&bytes);
        raw_total += bytes.len();
        gzip_total += gzip;
        println!(
            "  {:<28} {:>9} B raw {:>9} B gzip",
            path.file_name().unwrap_or_default().to_string_lossy(),
            bytes.len(),
            gzip
        );
    }
    println!(
        "  {:<28} {raw_total:>9} B raw {gzip_total:>9} B gzip",
        "total"
    );
    println!("\nSubresource Integrity (the loader fetches the wasm with its hash):");
    for name in ["container-compass.js", "container-compass.wasm"] {
        let bytes = fs::read(embed.join(name)).map_err(io("read an embed file"))?;
        println!("  {name:<28} {}", integrity(&bytes));
    }
    Ok(())
}

/// The size of `bytes` gzipped at the best level, as a static host would serve them.
pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map(|out| out.len()).unwrap_or(0)
}

fn is_up_to_date(output: &Path, input: &Path) -> bool {
    let modified = |path: &Path| fs::metadata(path).and_then(|m| m.modified()).ok();
    matches!((modified(output), modified(input)), (Some(out), Some(inp)) if out >= inp)
}

fn copy(from: &Path, to: &Path) -> Result {
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|err| format!("copy {} -> {}: {err}", from.display(), to.display()))
}

/// Copies the files (not subfolders) of `from` into `to`.
fn copy_dir_files(from: &Path, to: &Path) -> Result {
    fs::create_dir_all(to).map_err(io("create a folder"))?;
    for entry in fs::read_dir(from).map_err(|err| format!("read {}: {err}", from.display()))? {
        let path = entry.map_err(io("list a folder"))?.path();
        if path.is_file() {
            if let Some(name) = path.file_name() {
                copy(&path, &to.join(name))?;
            }
        }
    }
    Ok(())
}

fn io(what: &'static str) -> impl Fn(std::io::Error) -> String {
    move |err| format!("{what}: {err}")
}
