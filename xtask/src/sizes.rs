//! Sizes of built files as the budget states them: gzip -9 (GNU gzip itself) and brotli -11.

use std::fs;
use std::io::Write as _;
use std::path::Path;
use std::process::Command;

use crate::Result;

/// The size of `bytes` after `gzip -9`, the measure the size budget is stated in. GNU gzip
/// itself, not a library: deflate implementations differ by up to 0.7 % on the wasm at the
/// same level (miniz 0.1 % larger, Node's zlib 0.7 % larger, measured 2026-12-01).
pub fn gzip_len(bytes: &[u8]) -> Result<usize> {
    let mut child = Command::new("gzip")
        .args(["-9", "-c", "-n"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(io("run gzip"))?;
    // Fed from another thread while this one reads, so neither pipe can fill up and stall.
    let mut stdin = child.stdin.take().ok_or("gzip has no stdin")?;
    let input = bytes.to_vec();
    let feeder = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().map_err(io("run gzip"))?;
    feeder
        .join()
        .map_err(|_| "the thread feeding gzip panicked")?
        .map_err(io("feed gzip"))?;
    if !out.status.success() {
        return Err(format!("gzip -9 failed: {}", out.status));
    }
    Ok(out.stdout.len())
}

/// The size of `bytes` after brotli at quality 11.
pub fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        // Writing to a Vec cannot fail.
        let _ = writer.write_all(bytes);
    }
    out.len()
}

/// Each file's size raw, gzip -9 and brotli -11.
pub struct Sizes {
    pub rows: Vec<(String, usize, usize, usize)>,
}

impl Sizes {
    pub fn of(dir: &Path, names: &[&str]) -> Result<Sizes> {
        let mut rows = Vec::new();
        for name in names {
            let bytes = fs::read(dir.join(name)).map_err(|err| format!("read {name}: {err}"))?;
            rows.push((
                name.to_string(),
                bytes.len(),
                gzip_len(&bytes)?,
                brotli_len(&bytes),
            ));
        }
        Ok(Sizes { rows })
    }

    pub fn total(&self) -> (usize, usize, usize) {
        self.rows.iter().fold((0, 0, 0), |(r, g, b), row| {
            (r + row.1, g + row.2, b + row.3)
        })
    }
}

/// Bytes in KB (1,000), one decimal.
pub fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

/// `ours` over `floor`, as `3.27×`.
pub fn ratio(ours: f64, floor: f64) -> String {
    if floor > 0.0 {
        format!("{:.2}×", ours / floor)
    } else {
        "n/a".into()
    }
}

/// The sizes of a bundle's files, and the integrity hashes a host pins them with.
pub fn print(dir: &Path) -> Result {
    let folder = dir.file_name().unwrap_or_default().to_string_lossy();
    println!("\ndist/{folder}:");
    let (mut raw_total, mut gzip_total) = (0, 0);
    let mut entries: Vec<_> = fs::read_dir(dir)
        .map_err(io("read a bundle's folder"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file())
        .collect();
    entries.sort();
    for path in &entries {
        let bytes = fs::read(path).map_err(io("read a bundle's file"))?;
        let gzip = gzip_len(&bytes)?;
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
    println!("Subresource Integrity (the loader fetches the wasm with its hash):");
    for path in &entries {
        let bytes = fs::read(path).map_err(io("read a bundle's file"))?;
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        println!("  {name:<28} {}", crate::dist::integrity(&bytes));
    }
    Ok(())
}

fn io(what: &'static str) -> impl Fn(std::io::Error) -> String {
    move |err| format!("{what}: {err}")
}
