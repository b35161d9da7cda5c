//! `cargo xtask dist`: the two release wasms, the JS loaders, and the outputs built from them.
//!
//! ```text
//! cargo build (wasm32, release): container_compass.wasm, once per feature set
//!   -> target/wasm-pkg/<name>/glue.js + glue_bg.wasm               wasm-bindgen --target web
//!   -> target/www-stage/  www/src/*.js, glue.js + container-compass.wasm (the widgets),
//!                         engine-glue.js + container-compass-engine.wasm (the headless
//!                         engine, no Yew), both after wasm-opt; heights.js measured in
//!                         Chromium (see `layout`)
//!   -> dist/embed/  container-compass.js (esbuild bundle of the elements) + its wasm
//!   -> dist/engine/ container-compass-engine.js (esbuild bundle of the JS API) + its wasm
//!   -> dist/npm/    the staged modules unbundled + package.json, types, README, and the
//!                   bundle and fallback snippets of dist/embed (for npm CDNs)
//!   -> dist/site/   index.html + demo assets + embed/ + engine/
//! ```

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use container_compass::core::i18n::Lang;
use container_compass::ui::prerender::fallback_html;
use container_compass::ui::WidgetKind;

use crate::import_names;
use crate::layout;
use crate::shell::{run_cmd, step};
use crate::sizes;
use crate::tools::{self, cargo_tool, npm_bin};
use crate::types;
use crate::{cargo_target_dir, root, scratch_dir, Result};

/// Paths of the built outputs.
pub struct Dist {
    pub embed: PathBuf,
    pub engine: PathBuf,
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
    let stage = scratch_dir().join("www-stage");
    let dist = root.join("dist");

    build_wasm(&WIDGETS, &stage)?;
    build_wasm(&ENGINE, &stage)?;
    copy_dir_files(&root.join("www/src"), &stage)?;
    layout::write_heights(&stage)?;

    let _ = fs::remove_dir_all(&dist);
    let out = Dist {
        embed: dist.join("embed"),
        engine: dist.join("engine"),
        npm: dist.join("npm"),
        site: dist.join("site"),
    };
    bundle(&stage, "embed.js", &WIDGETS, &out.embed)?;
    write_fallbacks(&out.embed.join("fallback"))?;
    bundle(&stage, "engine.js", &ENGINE, &out.engine)?;
    build_npm(&root, &stage, &out.embed, &out.npm)?;
    build_site(&root, &out, &out.site)?;
    sizes::print(&out.embed)?;
    sizes::print(&out.engine)?;
    Ok(out)
}

/// One wasm the project ships: the crate built with some features, and the names its files
/// take in the stage.
pub struct WasmBuild {
    pub package: &'static str,
    /// `None`: the package's default features.
    pub features: Option<&'static str>,
    /// The optimised wasm's file name in the stage, and so in dist.
    pub wasm: &'static str,
    /// The wasm-bindgen glue's file name in the stage.
    pub glue: &'static str,
}

/// The custom elements (`src/ui` + `src/embed/mount.rs`): dist/embed.
pub const WIDGETS: WasmBuild = WasmBuild {
    package: "container-compass",
    features: Some("embed"),
    wasm: "container-compass.wasm",
    glue: "glue.js",
};

/// The headless engine (`src/embed/api.rs`, no Yew): dist/engine and the npm package's
/// `container-compass/engine`.
pub const ENGINE: WasmBuild = WasmBuild {
    package: "container-compass",
    features: Some("engine"),
    wasm: "container-compass-engine.wasm",
    glue: "engine-glue.js",
};

impl WasmBuild {
    /// Where wasm-bindgen's output stays, names and all, for twiggy.
    pub fn bindgen_dir(&self) -> PathBuf {
        scratch_dir()
            .join("wasm-pkg")
            .join(self.wasm.trim_end_matches(".wasm"))
    }
}

/// Builds the crate for wasm32 with the size-tuned release profile, runs wasm-bindgen
/// (`--target web`) and `wasm-opt`, shortens the import names, and leaves the glue and the
/// optimised wasm in `out_dir` under the names `build` gives. Skips all but the build when
/// neither the wasm nor this pipeline (the xtask itself, which holds their flags) has changed
/// since they last ran.
pub fn build_wasm(build: &WasmBuild, out_dir: &Path) -> Result {
    let package = build.package;
    step(&format!("building {} for wasm32 (release)", build.wasm));
    let mut cargo = Command::new("cargo");
    cargo
        .args(["build", "--release", "--lib", "--target"])
        .args(["wasm32-unknown-unknown", "-p", package]);
    if let Some(features) = build.features {
        cargo.args(["--no-default-features", "--features", features]);
    }
    // Panic locations keep their source paths in the wasm; without the machine's own
    // prefixes they are shorter, and the same on every machine. Only the registry's sources
    // need it (one folder per registry, `registry/src/<registry>-<hash>`): cargo names the
    // workspace's own by relative paths, and flags naming the clone's folder would rebuild
    // every crate in each clone that shares the target folder (the wasm is the same without).
    let registries = fs::read_dir(home_dir_of_cargo().join("registry/src"))
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok().map(|entry| entry.path()));
    let remaps: Vec<String> = registries
        .map(|prefix| format!("\"--remap-path-prefix={}/=\"", prefix.display()))
        .collect();
    let rustflags = format!(
        "target.wasm32-unknown-unknown.rustflags=[{}]",
        remaps.join(", ")
    );
    cargo.args(["--config", &rustflags]);
    run_cmd(cargo.current_dir(root()))?;
    let built = cargo_target_dir()
        .join("wasm32-unknown-unknown/release")
        .join(format!("{}.wasm", package.replace('-', "_")));
    let pkg = build.bindgen_dir();
    fs::create_dir_all(&pkg).map_err(io("create the wasm-bindgen folder"))?;
    // Builds of the same crate with other features land on the same path; a copy of this
    // build's file, rewritten only when its bytes change, tells whether there is work to do.
    let raw_wasm = pkg.join("raw.wasm");
    let bytes = fs::read(&built).map_err(io("read the built wasm"))?;
    if fs::read(&raw_wasm).ok().as_deref() != Some(bytes.as_slice()) {
        fs::write(&raw_wasm, &bytes).map_err(io("keep the built wasm"))?;
    }
    let optimised = out_dir.join(build.wasm);
    let glue_path = out_dir.join(build.glue);
    fs::create_dir_all(out_dir).map_err(io("create the wasm output folder"))?;
    let outputs = [&optimised, &glue_path, &pkg.join("glue_bg.wasm")];
    let pipeline = std::env::current_exe().map_err(io("find the xtask executable"))?;
    if outputs
        .iter()
        .all(|out| is_up_to_date(out, &raw_wasm) && is_up_to_date(out, &pipeline))
    {
        println!(
            "{}: wasm unchanged, skipping wasm-bindgen and wasm-opt",
            build.wasm
        );
        return Ok(());
    }
    run_cmd(
        Command::new(cargo_tool("wasm-bindgen"))
            .arg(&raw_wasm)
            .args(["--target", "web", "--no-typescript", "--out-name", "glue"])
            .arg("--out-dir")
            .arg(&pkg),
    )?;
    copy(&pkg.join("glue.js"), &glue_path)?;
    run_cmd(
        Command::new(npm_bin("wasm-opt"))
            .arg(pkg.join("glue_bg.wasm"))
            // Flattening and re-looping the control flow before -Oz, twice, then a last -Oz:
            // 164,752 -> 164,311 bytes gzip on the widgets' wasm against one flatten and two
            // -Oz (which was itself ~1.2 KB less than one -Oz).
            .args(["--flatten", "--rereloop", "-Oz"])
            .args(["--flatten", "--rereloop", "-Oz", "-Oz"])
            .args([
                "--strip-debug",
                "--strip-producers",
                "--strip-target-features",
            ])
            .args(WASM_FEATURES)
            .arg("-o")
            .arg(&optimised),
    )?;
    let wasm = fs::read(&optimised).map_err(io("read the optimised wasm"))?;
    let glue = fs::read_to_string(&glue_path).map_err(io("read the glue"))?;
    let (wasm, glue) = import_names::shorten(&wasm, &glue)?;
    fs::write(&optimised, wasm).map_err(io("write the optimised wasm"))?;
    fs::write(&glue_path, glue).map_err(io("write the glue"))
}

/// Cargo's home (`$CARGO_HOME`, or `~/.cargo`), where the registry's sources are unpacked.
fn home_dir_of_cargo() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_default()
}

/// One ES module (the `entry`'s loader and glue bundled) and its wasm beside it, in `out`:
/// dist/embed for the elements, dist/engine for the JS API. The wasm's integrity hash is
/// baked into the loader, which fetches the wasm with it: a host that pins the loader with
/// `integrity` thereby pins the wasm too.
fn bundle(stage: &Path, entry: &str, build: &WasmBuild, out: &Path) -> Result {
    let name = build.wasm.trim_end_matches(".wasm");
    step(&format!("bundling {name}.js"));
    fs::create_dir_all(out).map_err(io("create the bundle's folder"))?;
    let wasm = fs::read(stage.join(build.wasm)).map_err(io("read the wasm"))?;
    run_cmd(
        Command::new(npm_bin("esbuild"))
            .arg(stage.join(entry))
            .args([
                "--bundle",
                "--format=esm",
                "--minify",
                "--target=es2022",
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
                out.join(format!("{name}.js")).display()
            )),
    )?;
    fs::write(out.join(build.wasm), &wasm).map_err(io("write the wasm"))
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
/// the package metadata and declarations from www/npm, the types they import generated from
/// the Rust types; and the files of dist/embed (the bundle beside the same wasm, and the
/// fallback snippets), so that an npm CDN serves the one-tag embed.
fn build_npm(root: &Path, stage: &Path, embed: &Path, npm: &Path) -> Result {
    step("assembling dist/npm");
    fs::create_dir_all(npm).map_err(io("create dist/npm"))?;
    copy_dir_files(stage, npm)?;
    // embed.js is the single-file entry of dist/embed; the package has its own entries.
    let _ = fs::remove_file(npm.join("embed.js"));
    copy_dir_files(&root.join("www/npm"), npm)?;
    types::write(npm)?;
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

/// dist/site: the demo page with its assets, and the bundles under embed/ and engine/.
fn build_site(root: &Path, dist: &Dist, site: &Path) -> Result {
    step("assembling dist/site");
    fs::create_dir_all(site).map_err(io("create dist/site"))?;
    copy(&root.join("index.html"), &site.join("index.html"))?;
    copy_dir_files(&root.join("www/site"), site)?;
    copy_dir_files(&dist.embed, &site.join("embed"))?;
    copy_dir_files(&dist.engine, &site.join("engine"))
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
