//! One AWS Price List bulk file in CSV form (the per-Region `index.csv` of an offer): its
//! metadata lines, its header row, and the on-demand rows that price an entry of the table.
//!
//! Columns are found by name. The file is read as a stream: only the rows that match are
//! kept.

use std::io::BufRead;

use container_compass::core::cost::Region;

use super::csv::{Reader, Record};
use super::table::{is_date, Entry};
use crate::Result;

/// The offers this command reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    /// EC2 instances.
    Ec2,
    /// ECS, under which AWS prices Fargate.
    Ecs,
}

impl Offer {
    pub const ALL: [Offer; 2] = [Offer::Ec2, Offer::Ecs];

    /// The offer code, as the file's `OfferCode` line writes it.
    pub fn code(self) -> &'static str {
        match self {
            Offer::Ec2 => "AmazonEC2",
            Offer::Ecs => "AmazonECS",
        }
    }

    /// Whether this offer prices the table's `item`.
    pub fn prices(self, item: &str) -> bool {
        let fargate = item.starts_with("fargate.");
        match self {
            Offer::Ec2 => !fargate,
            Offer::Ecs => fargate,
        }
    }

    /// The row filter: each column that must hold exactly this value.
    fn filter(self) -> &'static [(&'static str, &'static str)] {
        const COMMON: [(&str, &str); 2] = [("TermType", "OnDemand"), ("Currency", "USD")];
        match self {
            // On-demand Linux, shared tenancy, no pre-installed software, not a capacity
            // reservation: the price on the EC2 on-demand page.
            Offer::Ec2 => &[
                COMMON[0],
                COMMON[1],
                ("Operating System", "Linux"),
                ("Tenancy", "Shared"),
                ("Pre Installed S/W", "NA"),
                ("CapacityStatus", "Used"),
                ("License Model", "No License required"),
                ("Unit", "Hrs"),
                ("operation", "RunInstances"),
            ],
            Offer::Ecs => &COMMON,
        }
    }

    /// The column that names what a row prices.
    fn item_column(self) -> &'static str {
        match self {
            Offer::Ec2 => "Instance Type",
            Offer::Ecs => "usageType",
        }
    }
}

/// Fargate's usage types (the Region prefix, `USE1-` or `APN2-`, taken off) and the table
/// items they price. Written from the published format's conventions, not checked against a
/// downloaded file: see the README.
pub const FARGATE_USAGE_TYPES: [(&str, &str); 5] = [
    ("Fargate-vCPU-Hours:perCPU", "fargate.x86.vcpu"),
    ("Fargate-GB-Hours", "fargate.x86.memory"),
    ("Fargate-ARM-vCPU-Hours:perCPU", "fargate.arm.vcpu"),
    ("Fargate-ARM-GB-Hours", "fargate.arm.memory"),
    (
        "Fargate-EphemeralStorage-GB-Hours",
        "fargate.ephemeral-storage",
    ),
];

/// The Regions: the `Location` AWS writes for each and its usage-type prefix, for files
/// without a `Region Code` column.
const REGIONS: [(Region, &str, &str); 2] = [
    (Region::UsEast1, "US East (N. Virginia)", "USE1"),
    (Region::ApNortheast2, "Asia Pacific (Seoul)", "APN2"),
];

/// A price the file has for an entry of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub item: String,
    pub region: Region,
    pub usd: f64,
    /// The line of the file it is on.
    pub line: usize,
}

/// What one file holds for the table.
#[derive(Debug)]
pub struct OfferFile {
    pub offer: Offer,
    /// `YYYY-MM-DD`, from the `Publication Date` line.
    pub published: String,
    /// The `Publication Date` line as written, e.g. `2026-11-20T21:08:21Z`.
    pub published_at: String,
    /// On-demand rows for us-east-1 or ap-northeast-2.
    pub regional_rows: usize,
    pub found: Vec<Found>,
}

const NOT_A_PRICE_LIST: &str = "not an AWS Price List CSV file: it does not start with a \
    \"FormatVersion\" line (download the offer's index.csv, not index.json)";
/// More metadata lines than this before the header row: not a price list.
const MAX_METADATA: usize = 20;

/// Reads one bulk file, keeping the prices it has for the `entries` of the table.
pub fn read(input: impl BufRead, entries: &[Entry]) -> Result<OfferFile> {
    let mut reader = Reader::new(input);
    let mut raw = String::new();
    let mut record = Record::default();

    // The metadata lines ("FormatVersion","v1.0" ...), then the header row ("SKU", ...).
    let mut metadata: Vec<(String, String)> = Vec::new();
    loop {
        match next_record(&mut reader, &mut raw, &mut record) {
            Ok(true) => {}
            Ok(false) | Err(_) if metadata.is_empty() => return Err(NOT_A_PRICE_LIST.into()),
            Ok(false) => return Err("no header row (\"SKU\", ...) after the metadata lines".into()),
            Err(err) => return Err(err),
        }
        let key = record.get(0).unwrap_or_default();
        if metadata.is_empty() && key != "FormatVersion" {
            return Err(NOT_A_PRICE_LIST.into());
        }
        if key == "SKU" {
            break;
        }
        if metadata.len() == MAX_METADATA {
            return Err(format!(
                "no header row (\"SKU\", ...) in the first {MAX_METADATA} lines"
            ));
        }
        let value = record.get(1).unwrap_or_default();
        metadata.push((key.to_string(), value.to_string()));
    }
    let meta = |name: &str| {
        metadata
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    };
    let code = meta("OfferCode").ok_or("no \"OfferCode\" line in the metadata")?;
    let offer = Offer::ALL
        .into_iter()
        .find(|offer| offer.code() == code)
        .ok_or_else(|| {
            format!("unknown offer {code:?}: this command reads AmazonEC2 and AmazonECS (Fargate)")
        })?;
    let published_at = meta("Publication Date").unwrap_or_default().to_string();
    let published = published_at
        .get(..10)
        .filter(|date| is_date(date))
        .ok_or_else(|| {
            format!(
                "the \"Publication Date\" line ({published_at:?}) does not start with YYYY-MM-DD"
            )
        })?;
    let columns = Columns::find(&record, offer)?;

    let mut file = OfferFile {
        offer,
        published: published.to_string(),
        published_at: published_at.clone(),
        regional_rows: 0,
        found: Vec::new(),
    };
    while reader.next_raw(&mut raw)? {
        // Most rows of a large file are other terms: skip them before splitting.
        if !raw.contains("OnDemand") {
            continue;
        }
        record
            .parse(&raw)
            .map_err(|err| format!("line {}: {err}", reader.line()))?;
        let Some(region) = columns.region(&record) else {
            continue;
        };
        if !columns.is(&record, "TermType", "OnDemand") {
            continue;
        }
        file.regional_rows += 1;
        let Some(item) = columns.item(&record, offer) else {
            continue;
        };
        if !entries.iter().any(|e| e.item == item && e.region == region) {
            continue;
        }
        let text = columns.get(&record, columns.price);
        let usd = text
            .parse::<f64>()
            .ok()
            .filter(|usd| usd.is_finite() && *usd >= 0.0)
            .ok_or_else(|| format!("line {}: price {text:?} is not a price", reader.line()))?;
        // A free tier is not the rate.
        if usd == 0.0 {
            continue;
        }
        let found = Found {
            item: item.to_string(),
            region,
            usd,
            line: reader.line(),
        };
        match file
            .found
            .iter()
            .find(|f| f.item == found.item && f.region == region)
        {
            Some(same) if same.usd == usd => {}
            Some(other) => {
                return Err(format!(
                    "two prices for {item} in {}: {} (line {}) and {usd} (line {}); \
                     the row filter needs to be narrower",
                    region.code(),
                    other.usd,
                    other.line,
                    found.line
                ))
            }
            None => file.found.push(found),
        }
    }
    if file.regional_rows == 0 {
        return Err(format!(
            "no on-demand rows for {} or {} (is it another Region's file?)",
            Region::UsEast1.code(),
            Region::ApNortheast2.code()
        ));
    }
    Ok(file)
}

/// Reads the next record into `record` (its text into `raw`); `false` at the end.
fn next_record(
    reader: &mut Reader<impl BufRead>,
    raw: &mut String,
    record: &mut Record,
) -> Result<bool> {
    if !reader.next_raw(raw)? {
        return Ok(false);
    }
    record
        .parse(raw)
        .map_err(|err| format!("line {}: {err}", reader.line()))?;
    Ok(true)
}

/// Where the columns this command reads are in the header row.
struct Columns {
    /// Each filter column with the value it must hold.
    filter: Vec<(usize, &'static str, &'static str)>,
    item: usize,
    price: usize,
    region_code: Option<usize>,
    location: Option<usize>,
    usage_type: Option<usize>,
}

impl Columns {
    fn find(header: &Record, offer: Offer) -> Result<Columns> {
        let optional = |name: &str| header.fields().position(|field| field == name);
        let required = |name: &str| {
            optional(name).ok_or_else(|| format!("no {name:?} column in the header row"))
        };
        let mut filter = Vec::new();
        for &(name, value) in offer.filter() {
            filter.push((required(name)?, name, value));
        }
        let columns = Columns {
            filter,
            item: required(offer.item_column())?,
            price: required("PricePerUnit")?,
            region_code: optional("Region Code"),
            location: optional("Location"),
            usage_type: optional("usageType"),
        };
        if columns.region_code.is_none() && columns.location.is_none() && offer == Offer::Ec2 {
            return Err(
                "neither a \"Region Code\" nor a \"Location\" column in the header row".into(),
            );
        }
        Ok(columns)
    }

    fn get<'r>(&self, record: &'r Record, column: usize) -> &'r str {
        record.get(column).unwrap_or_default()
    }

    fn is(&self, record: &Record, name: &str, value: &str) -> bool {
        self.filter
            .iter()
            .filter(|(_, column, _)| *column == name)
            .all(|(index, _, _)| self.get(record, *index) == value)
    }

    /// The row's Region: its `Region Code`, else its `Location`, else its usage type's
    /// prefix; `None` for any other Region.
    fn region(&self, record: &Record) -> Option<Region> {
        let field = |column: Option<usize>| {
            column
                .map(|index| self.get(record, index))
                .filter(|text| !text.is_empty())
        };
        if let Some(code) = field(self.region_code) {
            return Region::ALL.into_iter().find(|r| r.code() == code);
        }
        if let Some(location) = field(self.location) {
            return REGIONS
                .iter()
                .find(|(_, name, _)| *name == location)
                .map(|(region, _, _)| *region);
        }
        let (prefix, _) = split_usage_type(field(self.usage_type)?);
        REGIONS
            .iter()
            .find(|(_, _, p)| Some(*p) == prefix)
            .map(|(region, _, _)| *region)
    }

    /// The table item the row prices, if it passes the offer's filter.
    fn item<'r>(&self, record: &'r Record, offer: Offer) -> Option<&'r str> {
        let passes = self
            .filter
            .iter()
            .all(|(index, _, value)| self.get(record, *index) == *value);
        if !passes {
            return None;
        }
        let item = self.get(record, self.item);
        match offer {
            Offer::Ec2 => Some(item),
            Offer::Ecs => {
                let (_, usage) = split_usage_type(item);
                FARGATE_USAGE_TYPES
                    .iter()
                    .find(|(usage_type, _)| *usage_type == usage)
                    .map(|(_, item)| *item)
            }
        }
    }
}

/// A usage type's Region prefix (`USE1` in `USE1-Fargate-GB-Hours`), if it has one, and the
/// rest. us-east-1 usage types often have none.
fn split_usage_type(usage: &str) -> (Option<&str>, &str) {
    match usage.split_once('-') {
        Some((prefix, rest))
            if !prefix.is_empty()
                && prefix
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) =>
        {
            (Some(prefix), rest)
        }
        _ => (None, usage),
    }
}
