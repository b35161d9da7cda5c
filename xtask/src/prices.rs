//! `cargo xtask prices [--check] FILE...`: refreshes the cost model's price table
//! (`core/src/cost/price_list.rs`) from AWS Price List bulk files in CSV form that the user
//! has downloaded: the per-Region `index.csv` of the offers AmazonEC2 and AmazonECS
//! (Fargate). It fetches nothing.
//!
//! Each entry of the table a file has a price for becomes that price, Verified, dated with
//! the file's publication date; every other entry is left as it is. It prints what changed
//! (old → new), what the files did not have and each file's publication date, then rewrites
//! the table whole (or, with `--check`, only prints).

mod csv;
mod offer;
mod table;

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use container_compass::core::catalog::Status;

use crate::{root, Result};
use offer::OfferFile;
use table::Entry;

const USAGE: &str = "usage: cargo xtask prices [--check] FILE...
  FILE: an AWS Price List bulk file in CSV form, the per-Region index.csv of the offer
        AmazonEC2 or AmazonECS (us-east-1 or ap-northeast-2)
  --check: print what would change, write nothing";

pub fn run(args: &[String]) -> Result {
    let mut check = false;
    let mut files = Vec::new();
    for arg in args {
        match arg.as_str() {
            "--check" => check = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            flag if flag.starts_with('-') => return Err(format!("unknown flag {flag}\n{USAGE}")),
            file => files.push(file),
        }
    }
    if files.is_empty() {
        return Err(format!("no file given\n{USAGE}"));
    }
    let path = root().join(table::PATH);
    let current = std::fs::read_to_string(&path)
        .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    let mut entries = table::parse(&current)?;
    let mut read = Vec::new();
    for file in files {
        let offer_file = read_path(Path::new(file), &entries)?;
        println!(
            "{file}: {}, published {} ({}); {} on-demand rows in the two Regions, {} of the table's prices",
            offer_file.offer.code(),
            offer_file.published,
            offer_file.published_at,
            offer_file.regional_rows,
            offer_file.found.len()
        );
        read.push(offer_file);
    }
    let report = update(&mut entries, &read)?;
    print!("{}", report.describe());
    let text = table::render(&entries);
    if text == current {
        println!("{} is up to date", table::PATH);
    } else if check {
        println!("--check: {} not written", table::PATH);
    } else {
        std::fs::write(&path, text)
            .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
        println!("wrote {}", table::PATH);
    }
    Ok(())
}

/// Reads the bulk file at `path` for the table's `entries`.
fn read_path(path: &Path, entries: &[Entry]) -> Result<OfferFile> {
    let file = File::open(path).map_err(|err| format!("cannot open {}: {err}", path.display()))?;
    offer::read(BufReader::with_capacity(1 << 20, file), entries)
        .map_err(|err| format!("{}: {err}", path.display()))
}

/// What [`update`] did.
#[derive(Debug, Default)]
struct Report {
    /// Each entry that changed, before and after.
    changed: Vec<(Entry, Entry)>,
    /// Entries the files confirm as they are.
    unchanged: usize,
    /// Verified entries dated after the file that has them, kept, with the file's date.
    newer: Vec<(Entry, String)>,
    /// Entries of the offers read that no file has.
    missing: Vec<Entry>,
}

/// Sets each entry the `files` have a price for to that price, Verified and dated with the
/// file's publication date; when several files have it, the latest file counts. A Verified
/// entry dated after the file is kept.
fn update(entries: &mut [Entry], files: &[OfferFile]) -> Result<Report> {
    let mut report = Report::default();
    for entry in entries.iter_mut() {
        let mut best: Option<(f64, &str)> = None;
        for file in files {
            let Some(found) = file
                .found
                .iter()
                .find(|f| f.item == entry.item && f.region == entry.region)
            else {
                continue;
            };
            match best {
                Some((usd, date)) if date == file.published && usd != found.usd => {
                    return Err(format!(
                        "two files published on {date} disagree on {} in {}: {usd} and {}",
                        entry.item,
                        entry.region.code(),
                        found.usd
                    ));
                }
                Some((_, date)) if date >= file.published.as_str() => {}
                _ => best = Some((found.usd, &file.published)),
            }
        }
        let Some((usd, date)) = best else {
            if files.iter().any(|file| file.offer.prices(&entry.item)) {
                report.missing.push(entry.clone());
            }
            continue;
        };
        if entry.status == Status::Verified && entry.date.as_str() > date {
            report.newer.push((entry.clone(), date.to_string()));
            continue;
        }
        let new = Entry {
            usd,
            date: date.to_string(),
            status: Status::Verified,
            ..entry.clone()
        };
        if new == *entry {
            report.unchanged += 1;
        } else {
            report.changed.push((entry.clone(), new.clone()));
            *entry = new;
        }
    }
    Ok(report)
}

impl Report {
    fn describe(&self) -> String {
        let show = |e: &Entry| format!("{} ({}, {})", e.usd, e.date, status(e.status));
        let mut text = String::new();
        for (title, new_price) in [
            ("new prices", true),
            ("same price, now dated or verified", false),
        ] {
            let changed: Vec<_> = self
                .changed
                .iter()
                .filter(|(old, new)| (old.usd != new.usd) == new_price)
                .collect();
            text.push_str(&format!("{title}: {}\n", changed.len()));
            for (old, new) in changed {
                text.push_str(&format!(
                    "  {} {}: {} → {}\n",
                    old.item,
                    old.region.code(),
                    show(old),
                    show(new)
                ));
            }
        }
        text.push_str(&format!("unchanged: {}\n", self.unchanged));
        if !self.newer.is_empty() {
            text.push_str(&format!(
                "kept, verified after the file was published: {}\n",
                self.newer.len()
            ));
            for (entry, published) in &self.newer {
                text.push_str(&format!(
                    "  {} {}: {} kept (the file: {published})\n",
                    entry.item,
                    entry.region.code(),
                    show(entry)
                ));
            }
        }
        if !self.missing.is_empty() {
            text.push_str(&format!(
                "not in the files, left as they are: {}\n",
                self.missing.len()
            ));
            for region in container_compass::core::cost::Region::ALL {
                let items: Vec<&str> = self
                    .missing
                    .iter()
                    .filter(|e| e.region == region)
                    .map(|e| e.item.as_str())
                    .collect();
                if !items.is_empty() {
                    text.push_str(&format!("  {}: {}\n", region.code(), items.join(", ")));
                }
            }
        }
        text
    }
}

/// The status's JSON name, as the catalog writes it (`secondarySource`).
fn status(status: Status) -> String {
    serde_json::to_value(status)
        .ok()
        .and_then(|name| name.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
