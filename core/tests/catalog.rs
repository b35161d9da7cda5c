//! The fact catalog as data: every fact is complete, sourced, dated and cited correctly.

use std::collections::BTreeSet;
use std::time::{SystemTime, UNIX_EPOCH};

use common::Json;
use container_compass_core::catalog::{self, catalog_view, fact, facts, Status};
use container_compass_core::comparison::{COMPUTE, ORCHESTRATOR};
use container_compass_core::i18n::Lang;
use container_compass_core::{compute, orchestrator, quadrants, starter};

mod common;
use common::{at, text_at, written};

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Parses a real calendar date in `YYYY-MM-DD` form, as days since the epoch.
fn parse_date(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = &text[range];
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days_in_month)
        .contains(&day)
        .then(|| days_from_civil(year, month, day))
}

fn today() -> i64 {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs();
    i64::try_from(seconds / 86_400).expect("a sane date")
}

fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

#[test]
fn the_date_checker_knows_the_calendar() {
    assert_eq!(parse_date("1970-01-01"), Some(0));
    assert_eq!(parse_date("2024-02-29"), Some(19_782));
    assert_eq!(parse_date("2023-02-29"), None);
    assert_eq!(parse_date("2024-13-01"), None);
    assert_eq!(parse_date("2024-1-01"), None);
    assert_eq!(parse_date("2024-04-31"), None);
    assert!(parse_date("2024-12-18").is_some_and(|day| day < today()));
}

#[test]
fn ids_are_unique_and_kebab_dotted() {
    let mut seen = BTreeSet::new();
    for fact in facts() {
        assert!(seen.insert(fact.id), "duplicate id {}", fact.id);
        assert!(
            fact.id.contains('.')
                && fact
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-'),
            "id {} is not area.topic in kebab case",
            fact.id
        );
    }
    assert!(seen.len() >= 40, "the catalog covers the research notes");
}

#[test]
fn every_fact_speaks_both_languages() {
    for fact in facts() {
        assert!(
            !fact.text.en.trim().is_empty(),
            "{} has no English",
            fact.id
        );
        assert!(has_hangul(fact.text.ko), "{} has no Korean", fact.id);
        assert!(
            !has_hangul(fact.text.en),
            "{} has Korean in its English",
            fact.id
        );
        assert_ne!(fact.text.ko, fact.text.en, "{}", fact.id);
    }
}

#[test]
fn every_source_is_an_https_url() {
    for fact in facts() {
        let rest = fact.source.strip_prefix("https://");
        assert!(
            rest.is_some_and(|rest| rest.contains('.') && !rest.contains(' ')),
            "{} cites {}",
            fact.id,
            fact.source
        );
    }
}

#[test]
fn every_date_is_a_real_day_not_in_the_future() {
    let today = today();
    for fact in facts() {
        let day = parse_date(fact.verified_on);
        assert!(day.is_some(), "{}: bad date {}", fact.id, fact.verified_on);
        assert!(
            day.is_some_and(|day| day <= today),
            "{}: {} is in the future",
            fact.id,
            fact.verified_on
        );
    }
}

#[test]
fn facts_not_on_an_aws_page_say_so() {
    for fact in facts() {
        let on_aws = fact.source.starts_with("https://docs.aws.amazon.com/")
            || fact.source.starts_with("https://aws.amazon.com/");
        assert!(
            on_aws || fact.status != Status::Verified,
            "{} is marked verified but cites {}",
            fact.id,
            fact.source
        );
    }
}

/// The audit of 2026-12-01: what its re-check settled, each with the page that settles it.
#[test]
fn the_audit_corrections_cite_the_pages_that_settle_them() {
    let cases = [
        (
            "fargate.ecs.spot-arm",
            "API_CapacityProviderStrategyItem.html",
            "1.4.0",
        ),
        (
            "fargate.ecs.spot",
            "API_CapacityProviderStrategyItem.html",
            "ARM64",
        ),
        (
            "orchestrator.networking",
            "eks-networking-add-ons.html",
            "VPC CNI by default",
        ),
        (
            "batch.startup",
            "batch/latest/userguide/when-to-use-fargate.html",
            "30 seconds",
        ),
        (
            "batch.ec2-when",
            "batch/latest/userguide/when-to-use-fargate.html",
            "throttling",
        ),
        (
            "fargate.ecs.windows",
            "task-cpu-memory-error.html",
            "4 vCPU (8-30 GB)",
        ),
        (
            "fargate.ecs.load-balancers",
            "service-load-balancing.html",
            "Gateway",
        ),
        (
            "orchestrator.ecs-anywhere",
            "API_CreateService.html",
            "EXTERNAL",
        ),
        (
            "fargate.eks.pod-identity",
            "pod-identities.html",
            "Fargate are not supported",
        ),
        (
            "fargate.startup",
            "fargate-pull-behavior.html",
            "caches no images",
        ),
        (
            "pricing.eks-upgrade-policy",
            "enable-extended-support.html",
            "EXTENDED",
        ),
    ];
    for (id, page, says) in cases {
        let fact = fact(id).unwrap_or_else(|| panic!("{id} is missing"));
        assert!(fact.source.ends_with(page), "{id} cites {}", fact.source);
        assert!(fact.text.en.contains(says), "{id}: {}", fact.text.en);
        assert_eq!(fact.status, Status::Verified, "{id}");
    }
    for id in [
        "fargate.ecs.spot-arm",
        "fargate.startup",
        "orchestrator.networking",
    ] {
        assert_eq!(fact(id).map(|f| f.verified_on), Some("2026-12-01"), "{id}");
    }
    // Nothing in the catalog rests on a user report or conflicting pages any more.
    assert!(facts().all(|f| !f.source.contains("github.com/aws/containers-roadmap")));
    assert!(facts().all(|f| f.status != Status::Conflicting));
}

/// A judgement of the source post is never Verified: the pages the seed table cites give
/// context, they do not state an analogy or whom a tool suits.
#[test]
fn no_opinion_is_marked_verified() {
    let opinions = [
        "compute.analogy",
        "compute.fit",
        "orchestrator.learning-curve",
        "orchestrator.flexibility",
        "orchestrator.audience",
    ];
    for id in opinions {
        assert_eq!(fact(id).map(|f| f.status), Some(Status::SourcePost), "{id}");
    }
    let marked: BTreeSet<&str> = facts()
        .filter(|f| f.status == Status::SourcePost)
        .map(|f| f.id)
        .collect();
    assert_eq!(marked, BTreeSet::from(opinions));
}

#[test]
fn the_notes_limits_are_covered_per_orchestrator() {
    let eks = [
        "gpu",
        "daemonsets",
        "privileged",
        "host-networking",
        "largest-pod",
        "sizing",
        "ephemeral-storage",
        "block-storage",
        "efs",
        "arm",
        "windows",
        "spot",
        "load-balancers",
        "imds",
        "pod-identity",
        "nodes",
        "isolation",
        "jobs",
    ];
    let ecs = [
        "gpu",
        "daemons",
        "privileged",
        "host-networking",
        "largest-task",
        "ephemeral-storage",
        "block-storage",
        "arm",
        "windows",
        "spot",
        "spot-arm",
        "load-balancers",
        "isolation",
    ];
    let others = [
        "fargate.startup",
        "batch.startup",
        "batch.ec2-when",
        "pricing.eks-control-plane",
        "pricing.eks-upgrade-policy",
        "pricing.ecs-control-plane",
        "orchestrator.ecs-anywhere",
    ];
    let wanted = eks
        .iter()
        .map(|topic| format!("fargate.eks.{topic}"))
        .chain(ecs.iter().map(|topic| format!("fargate.ecs.{topic}")))
        .chain(others.iter().map(|id| id.to_string()));
    for id in wanted {
        assert!(fact(&id).is_some(), "missing {id}");
    }
}

#[test]
fn eks_fargate_facts_cite_the_eks_guide_on_the_snapshot_date_or_later() {
    for fact in facts().filter(|fact| fact.id.starts_with("fargate.eks.")) {
        assert!(
            fact.source
                .starts_with("https://docs.aws.amazon.com/eks/latest/userguide/"),
            "{}",
            fact.id
        );
        assert!(
            ["2024-12-18", "2026-12-01"].contains(&fact.verified_on),
            "{}: the snapshot's date, or the re-check's",
            fact.id
        );
    }
}

#[test]
fn every_cited_fact_exists() {
    let tables = COMPUTE
        .rows
        .iter()
        .chain(ORCHESTRATOR.rows)
        .map(|row| row.fact_id);
    let cited: Vec<&str> = tables
        .chain(compute::cited_fact_ids())
        .chain(orchestrator::cited_fact_ids())
        .chain(starter::cited_fact_ids())
        .collect();
    assert!(cited.len() > 30, "the engines cite facts");
    for id in cited {
        assert!(fact(id).is_some(), "{id} is cited but not in the catalog");
    }
}

#[test]
fn every_fact_is_cited_somewhere() {
    let cited: BTreeSet<&str> = COMPUTE
        .rows
        .iter()
        .chain(ORCHESTRATOR.rows)
        .map(|row| row.fact_id)
        .chain(compute::cited_fact_ids())
        .chain(orchestrator::cited_fact_ids())
        .chain(quadrants::cited_fact_ids())
        .chain(starter::cited_fact_ids())
        .collect();
    for fact in facts() {
        assert!(
            cited.contains(fact.id),
            "{} is never cited by an engine or a widget",
            fact.id
        );
    }
}

#[test]
fn the_view_serializes_for_a_javascript_caller() {
    let view = catalog_view(Lang::Ko);
    assert_eq!(view.len(), facts().count());
    let json = written(&view);
    let opinion = match &json {
        Json::Array(all) => all
            .iter()
            .find(|f| text_at(f, "id") == Some("compute.analogy")),
        _ => None,
    }
    .expect("the analogy is listed");
    assert_eq!(text_at(opinion, "status"), Some("sourcePost"));
    assert!(matches!(at(opinion, "verifiedOn"), Json::String(_)));
    assert!(has_hangul(text_at(opinion, "text").unwrap_or_default()));
    let keys: BTreeSet<&str> = match opinion {
        Json::Object(members) => members.iter().map(|(key, _)| key.as_str()).collect(),
        _ => BTreeSet::new(),
    };
    assert_eq!(
        keys,
        BTreeSet::from(["id", "text", "source", "verifiedOn", "status"])
    );
    assert!(catalog::fact("compute.analogy").is_some());
}
