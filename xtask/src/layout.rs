//! The heights the loader holds for each widget before it renders, so that nothing on the host
//! page moves when it does. Measured in headless Chromium on the staged build
//! (`xtask/measure-heights.mjs`), then written into the staged `heights.js`, which both the
//! bundle and the npm package import. Nothing is maintained by hand: a change to the widgets
//! changes the wasm or the loader, and that triggers a new measurement.

use std::fs;
use std::path::Path;
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::shell::{describe, step};
use crate::{root, scratch_dir, Result};

const MEASURE_SCRIPT: &str = "xtask/measure-heights.mjs";

/// Writes `stage/heights.js` from a measurement of the staged widgets, reusing the last one
/// when the wasm, the loader and the script are unchanged.
pub fn write_heights(stage: &Path) -> Result {
    let inputs = inputs_digest(stage)?;
    let cache = scratch_dir().join("layout-heights.json");
    let cached = fs::read_to_string(&cache)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .filter(|entry| entry["inputs"] == inputs.as_str())
        .and_then(|entry| entry.get("heights").cloned());
    let heights = match cached {
        Some(heights) => {
            println!("widget heights: inputs unchanged, reusing the last measurement");
            heights
        }
        None => {
            let heights = measure(stage)?;
            let entry = serde_json::json!({ "inputs": inputs, "heights": heights });
            fs::write(&cache, entry.to_string())
                .map_err(|err| format!("write {}: {err}", cache.display()))?;
            heights
        }
    };
    let module = format!(
        "// Written by `cargo xtask dist` ({MEASURE_SCRIPT}): each widget's height in px at \
         widths in px,\n// `{{ \"<tag>[.variant].<lang>\": [width, height, …] }}`, each pair \
         as its difference from the pair before.\n\
         export default {};\n",
        as_differences(&heights)
    );
    fs::write(stage.join("heights.js"), module).map_err(|err| format!("write heights.js: {err}"))
}

/// `heights` with each number replaced by its difference from the number two places before
/// (the previous width, the previous height): fewer digits, 320 bytes less gzip in the
/// bundle. The loader adds them back up.
fn as_differences(heights: &serde_json::Value) -> serde_json::Value {
    let Some(layouts) = heights.as_object() else {
        return heights.clone();
    };
    let layouts = layouts.iter().map(|(key, points)| {
        let points = points.as_array().map(Vec::as_slice).unwrap_or_default();
        let mut previous = [0_i64; 2];
        let differences: Vec<i64> = points
            .iter()
            .enumerate()
            .map(|(index, point)| {
                let value = point.as_i64().unwrap_or_default();
                let slot = &mut previous[index % 2];
                let difference = value - *slot;
                *slot = value;
                difference
            })
            .collect();
        (key.clone(), serde_json::json!(differences))
    });
    serde_json::Value::Object(layouts.collect())
}

fn measure(stage: &Path) -> Result<serde_json::Value> {
    step("measuring the widgets' heights (headless Chromium)");
    let mut cmd = Command::new("node");
    cmd.arg(root().join(MEASURE_SCRIPT))
        .arg(stage)
        .current_dir(root());
    let out = cmd
        .output()
        .map_err(|err| format!("cannot start {}: {err}", describe(&cmd)))?;
    if !out.status.success() {
        return Err(format!(
            "{} failed:\n{}",
            describe(&cmd),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    serde_json::from_slice(&out.stdout).map_err(|err| format!("{MEASURE_SCRIPT} output: {err}"))
}

/// A digest of everything the measurement depends on: the staged wasm and loader modules
/// (the committed, empty heights.js among them) and the measuring script.
fn inputs_digest(stage: &Path) -> Result<String> {
    let mut names: Vec<_> = fs::read_dir(stage)
        .map_err(|err| format!("read {}: {err}", stage.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "js" || ext == "wasm")
        })
        .collect();
    names.sort();
    names.push(root().join(MEASURE_SCRIPT));
    let mut hasher = Sha256::new();
    for path in names {
        let bytes = fs::read(&path).map_err(|err| format!("read {}: {err}", path.display()))?;
        hasher.update(path.file_name().unwrap_or_default().as_encoded_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    Ok(format!("{:x}", hasher.finalize()))
}
