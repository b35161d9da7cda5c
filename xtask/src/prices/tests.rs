//! The command on fixture files shaped after the published format (the per-Region
//! `index.csv` of AmazonEC2 and AmazonECS), against a fixed copy of part of the table (so a
//! refresh of the real one does not break them).

use container_compass::core::catalog::Status;
use container_compass::core::cost::Region::{self, ApNortheast2, UsEast1};

use super::csv::Record;
use super::offer::{self, Offer, OfferFile};
use super::table::{self, Entry};
use super::{read_path, update};

/// The Fargate entries and t3.large, m5.large, m6i.large and c6i.large in both Regions, as
/// the table had them on 2026-11-25.
const TABLE: &str = include_str!("../../tests/fixtures/price_list.txt");
const EC2: &str = include_str!("../../tests/fixtures/ec2-us-east-1.csv");
const ECS: &str = include_str!("../../tests/fixtures/ecs.csv");

fn entries() -> Vec<Entry> {
    let entries = table::parse(TABLE).unwrap();
    assert_eq!(
        table::render(&entries),
        TABLE,
        "the fixture is as the generator writes"
    );
    entries
}

fn read(csv: &str) -> Result<OfferFile, String> {
    offer::read(csv.as_bytes(), &entries())
}

fn found(file: &OfferFile) -> Vec<(&str, Region, f64)> {
    file.found
        .iter()
        .map(|f| (f.item.as_str(), f.region, f.usd))
        .collect()
}

fn entry<'a>(entries: &'a [Entry], item: &str, region: Region) -> &'a Entry {
    entries
        .iter()
        .find(|e| e.item == item && e.region == region)
        .unwrap()
}

/// The fixture's text up to and including the header row, and its first data row.
fn header_and_first_row(csv: &str) -> (String, String) {
    let lines: Vec<&str> = csv.lines().collect();
    let header = lines[..6].iter().map(|l| format!("{l}\n")).collect();
    (header, lines[6].to_string())
}

/// `row` (a record of `csv`'s header) with `column` set to `value`, quoted again.
fn with_field(csv: &str, row: &str, column: &str, value: &str) -> String {
    let mut header = Record::default();
    header.parse(csv.lines().nth(5).unwrap()).unwrap();
    let index = header.fields().position(|f| f == column).unwrap();
    let mut record = Record::default();
    record.parse(row).unwrap();
    record
        .fields()
        .enumerate()
        .map(|(i, f)| if i == index { value } else { f })
        .map(|f| format!("\"{}\"", f.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn the_ec2_fixture_reads_its_metadata_and_only_on_demand_linux_rows() {
    let file = read(EC2).unwrap();
    assert_eq!(file.offer, Offer::Ec2);
    assert_eq!(file.published, "2026-12-01");
    assert_eq!(file.published_at, "2026-12-01T21:08:21Z");
    // The Windows, Reserved, Dedicated, SQL Web and unused-reservation m5.large rows, the
    // eu-west-1 row and the type the table does not list are all left out.
    assert_eq!(
        found(&file),
        [
            ("m5.large", UsEast1, 0.097),
            ("t3.large", UsEast1, 0.0832),
            ("m6i.large", UsEast1, 0.096),
        ]
    );
}

#[test]
fn each_row_filter_column_leaves_a_row_out() {
    let (header, linux) = header_and_first_row(EC2);
    assert_eq!(
        found(&read(&format!("{header}{linux}\n")).unwrap()).len(),
        1
    );
    for (column, value) in [
        ("Operating System", "Windows"),
        ("Operating System", "RHEL"),
        ("TermType", "Reserved"),
        ("Tenancy", "Dedicated"),
        ("Tenancy", "Host"),
        ("Pre Installed S/W", "SQL Std"),
        ("CapacityStatus", "AllocatedCapacityReservation"),
        ("License Model", "Bring your own license"),
        ("Unit", "Quantity"),
        ("Currency", "CNY"),
        ("operation", "RunInstances:0002"),
        ("Region Code", "eu-west-1"),
        ("Instance Type", "m5.larger"),
    ] {
        let row = with_field(EC2, &linux, column, value);
        let file = read(&format!("{header}{linux}\n{row}\n"))
            .unwrap_or_else(|err| panic!("{column} = {value}: {err}"));
        assert_eq!(
            found(&file),
            [("m5.large", UsEast1, 0.097)],
            "{column} = {value}"
        );
        let alone = read(&format!("{header}{row}\n"));
        assert!(
            alone.is_err() || alone.unwrap().found.is_empty(),
            "{column} = {value}"
        );
    }
}

#[test]
fn the_ec2_fixture_updates_what_it_has_and_leaves_the_rest() {
    let before = entries();
    let mut after = before.clone();
    let report = update(&mut after, &[read(EC2).unwrap()]).unwrap();
    assert_eq!(
        *entry(&after, "m5.large", UsEast1),
        Entry {
            item: "m5.large".into(),
            region: UsEast1,
            usd: 0.097,
            date: "2026-12-01".into(),
            status: Status::Verified,
        }
    );
    // Unverified before, the same price: now Verified, with the file's date.
    let t3 = entry(&after, "t3.large", UsEast1);
    assert_eq!(
        (t3.usd, t3.date.as_str(), t3.status),
        (0.0832, "2026-12-01", Status::Verified)
    );
    assert_eq!(
        entry(&before, "t3.large", UsEast1).status,
        Status::Unverified
    );
    let changed = ["m5.large", "t3.large", "m6i.large"];
    for (old, new) in before.iter().zip(&after) {
        if !(new.region == UsEast1 && changed.contains(&new.item.as_str())) {
            assert_eq!(old, new, "untouched");
        }
    }
    assert_eq!(report.changed.len(), 3);
    assert_eq!(report.unchanged, 0);
    // Every other EC2 entry is reported missing; no Fargate entry is, as no ECS file was read.
    assert_eq!(report.missing.len(), 8 - 3);
    assert!(report
        .missing
        .iter()
        .all(|e| !e.item.starts_with("fargate.")));
    let text = report.describe();
    assert!(
        text.contains(
            "m5.large us-east-1: 0.096 (2026-11-25, verified) → 0.097 (2026-12-01, verified)"
        ),
        "{text}"
    );
    assert!(text.contains("new prices: 1\n"), "{text}");
    assert!(
        text.contains("same price, now dated or verified: 2\n"),
        "{text}"
    );
    assert!(text.contains("  us-east-1: c6i.large\n"), "{text}");
    assert!(
        text.contains("  ap-northeast-2: t3.large, m5.large, m6i.large, c6i.large\n"),
        "{text}"
    );

    // The rewritten table: the m5.large us-east-1 line changes, the Seoul one does not.
    let written = table::render(&after);
    assert!(
        written.contains("    entry(\"m5.large\", UsEast1, 0.097, \"2026-12-01\", Verified),\n")
    );
    assert!(written
        .contains("    entry(\"m5.large\", ApNortheast2, 0.118, \"2026-11-25\", Verified),\n"));
    let differing = written
        .lines()
        .zip(TABLE.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(
        (differing, written.lines().count()),
        (3, TABLE.lines().count())
    );
    assert_eq!(table::parse(&written).unwrap(), after);
}

#[test]
fn the_ecs_fixture_prices_fargate_in_both_regions() {
    let file = read(ECS).unwrap();
    assert_eq!(
        (file.offer, file.published.as_str()),
        (Offer::Ecs, "2026-12-01")
    );
    let mut prices = found(&file);
    prices.sort_by(|a, b| (a.0, a.1.code()).cmp(&(b.0, b.1.code())));
    // The Spot, Windows and eu-west-1 rows are left out.
    assert_eq!(
        prices,
        [
            ("fargate.arm.memory", ApNortheast2, 0.00409),
            ("fargate.arm.memory", UsEast1, 0.00356),
            ("fargate.arm.vcpu", ApNortheast2, 0.03725),
            ("fargate.arm.vcpu", UsEast1, 0.03238),
            ("fargate.ephemeral-storage", ApNortheast2, 0.000128),
            ("fargate.ephemeral-storage", UsEast1, 0.000111),
            ("fargate.x86.memory", ApNortheast2, 0.00511),
            ("fargate.x86.memory", UsEast1, 0.004445),
            ("fargate.x86.vcpu", ApNortheast2, 0.04656),
            ("fargate.x86.vcpu", UsEast1, 0.04048),
        ]
    );
    let mut after = entries();
    let report = update(&mut after, &[file]).unwrap();
    assert_eq!(report.changed.len(), 10, "new dates; one new price");
    assert!(
        report.missing.is_empty(),
        "no EC2 entry is missing: no EC2 file was read"
    );
    let storage = entry(&after, "fargate.ephemeral-storage", ApNortheast2);
    assert_eq!((storage.usd, storage.status), (0.000128, Status::Verified));
}

#[test]
fn without_region_code_the_usage_type_prefix_or_location_names_the_region() {
    let (header, row) = header_and_first_row(ECS);
    let seoul_usage = with_field(ECS, &row, "usageType", "APN2-Fargate-GB-Hours");
    let no_code = with_field(ECS, &seoul_usage, "Region Code", "");
    let no_code = with_field(ECS, &no_code, "Location", "Asia Pacific (Seoul)");
    let no_location = with_field(ECS, &no_code, "Location", "");
    for row in [no_code, no_location] {
        let file = read(&format!("{header}{row}\n")).unwrap();
        assert_eq!(
            found(&file),
            [("fargate.x86.memory", ApNortheast2, 0.04048)]
        );
    }
}

#[test]
fn an_older_file_does_not_undo_a_later_verification() {
    let older = EC2.replace("2026-12-01T21:08:21Z", "2026-11-20T21:08:21Z");
    let mut after = entries();
    let report = update(&mut after, &[read(&older).unwrap()]).unwrap();
    // m5.large and m6i.large were verified on 2026-11-25: kept. t3.large was not: updated.
    assert_eq!(
        *entry(&after, "m5.large", UsEast1),
        *entry(&entries(), "m5.large", UsEast1)
    );
    assert_eq!(report.newer.len(), 2);
    assert_eq!(entry(&after, "t3.large", UsEast1).date, "2026-11-20");
    assert!(report
        .describe()
        .contains("kept, verified after the file was published: 2"));
}

#[test]
fn of_several_files_the_latest_counts_and_same_day_disagreement_is_an_error() {
    let later = EC2
        .replace("2026-12-01T21:08:21Z", "2026-12-05T00:00:00Z")
        .replace("\"0.0970000000\"", "\"0.0990000000\"");
    for order in [[EC2, later.as_str()], [later.as_str(), EC2]] {
        let files: Vec<OfferFile> = order.iter().map(|csv| read(csv).unwrap()).collect();
        let mut after = entries();
        update(&mut after, &files).unwrap();
        let m5 = entry(&after, "m5.large", UsEast1);
        assert_eq!((m5.usd, m5.date.as_str()), (0.099, "2026-12-05"));
    }
    let same_day = EC2.replace("\"0.0970000000\"", "\"0.0990000000\"");
    let files = [read(EC2).unwrap(), read(&same_day).unwrap()];
    let err = update(&mut entries(), &files).unwrap_err();
    assert!(err.contains("disagree on m5.large in us-east-1"), "{err}");
}

#[test]
fn two_matching_rows_with_different_prices_are_an_error() {
    let (header, linux) = header_and_first_row(EC2);
    let other = with_field(EC2, &linux, "PricePerUnit", "0.1");
    let err = read(&format!("{header}{linux}\n{other}\n")).unwrap_err();
    assert!(
        err.contains("two prices for m5.large in us-east-1"),
        "{err}"
    );
}

#[test]
fn files_that_are_not_price_lists_are_refused_clearly() {
    let (header, linux) = header_and_first_row(EC2);
    let cases = [
        (
            "name,price\nm5.large,0.096\n".to_string(),
            "not an AWS Price List CSV file",
        ),
        (
            "{\"formatVersion\": \"v1.0\"}\n".to_string(),
            "not an AWS Price List CSV file",
        ),
        (String::new(), "not an AWS Price List CSV file"),
        (
            "\u{1f}\u{8b}\u{8}\"\0\0".to_string(),
            "not an AWS Price List CSV file",
        ),
        (
            EC2.replace("\"AmazonEC2\"\n", "\"AmazonS3\"\n"),
            "unknown offer \"AmazonS3\"",
        ),
        (
            EC2.lines().take(5).map(|l| format!("{l}\n")).collect(),
            "no header row",
        ),
        (
            header.replace("\"Tenancy\"", "\"Tenure\"") + &linux,
            "no \"Tenancy\" column",
        ),
        (
            EC2.replace(
                "\"Publication Date\",\"2026-12-01T21:08:21Z\"",
                "\"Publication Date\",\"soon\"",
            ),
            "\"Publication Date\"",
        ),
        (
            format!(
                "{header}{}\n",
                with_field(EC2, &linux, "Region Code", "eu-west-1")
            ),
            "no on-demand rows for us-east-1 or ap-northeast-2",
        ),
        (
            format!("{header}{linux}\n\"open\n"),
            "line 8: a quoted field is not closed",
        ),
    ];
    for (csv, message) in cases {
        let err = read(&csv).unwrap_err();
        assert!(err.contains(message), "{message:?} not in {err:?}");
    }
}

#[test]
fn a_missing_file_is_named() {
    let err = read_path(std::path::Path::new("/nonexistent/index.csv"), &entries()).unwrap_err();
    assert!(
        err.starts_with("cannot open /nonexistent/index.csv: "),
        "{err}"
    );
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ecs.csv");
    assert_eq!(
        read_path(fixture.as_ref(), &entries()).unwrap().found.len(),
        10
    );
}
