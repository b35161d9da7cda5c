//! The attribute readers of both widgets, case by case.

use super::*;
use crate::cost::{Currency, PriceSettings, Region};

fn env(pairs: &[(&str, &str)]) -> ElementEnv {
    ElementEnv::with_attributes(pairs)
}

#[test]
fn chooser_presets_set_the_opening_answers() {
    let mut warnings = Vec::new();
    let settings = env(&[
        ("orchestrator", "ECS"),
        ("needs", "gpu, spot"),
        ("vcpu", "2"),
        ("replicas", "12"),
        ("load", "bursty"),
        ("priorities", "cost:3 simplicity:0"),
        ("compact", ""),
    ])
    .chooser_settings(&mut warnings);
    assert!(warnings.is_empty(), "{warnings:?}");
    let profile = &settings.profile;
    assert_eq!(profile.orchestrator, Orchestrator::Ecs);
    assert!(profile.needs.gpu && profile.needs.spot && !profile.needs.arm);
    assert_eq!((profile.vcpu, profile.replicas), (2.0, 12));
    assert_eq!(profile.load_pattern, LoadPattern::Bursty);
    assert_eq!(
        (profile.priorities.cost, profile.priorities.simplicity),
        (3, 0)
    );
    assert!(settings.compact);
}

#[test]
fn cost_attributes_set_region_type_hours_and_currency() {
    let mut warnings = Vec::new();
    let cost = env(&[
        ("region", "AP-NORTHEAST-2"),
        ("instance-type", "m7g.large"),
        ("hours", "200"),
        ("currency", "krw"),
        ("exchange-rate", "1380.5"),
        ("exchange-rate-date", "2026-11-20"),
        ("commitment", "EC2-Instance-3y"),
        ("savings-plan-discount", "0.5"),
    ])
    .cost_settings(&mut warnings);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(cost.price.commitment, Commitment::Ec2InstanceSavingsPlan3y);
    assert_eq!(cost.price.savings_plan_discount, Some(0.5));
    assert_eq!(cost.price.region, Region::ApNortheast2);
    assert_eq!(cost.price.instance_type.as_deref(), Some("m7g.large"));
    assert_eq!(cost.price.hours_per_month, 200.0);
    assert_eq!(cost.currency, Currency::Krw);
    assert_eq!(cost.exchange_rate.krw_per_usd, 1380.5);
    assert_eq!(cost.exchange_rate.date, "2026-11-20");
    assert!(!cost.exchange_rate.assumption);
}

#[test]
fn bad_cost_attributes_warn_and_keep_the_defaults() {
    let mut warnings = Vec::new();
    let cost = env(&[
        ("region", "eu-west-1"),
        ("instance-type", "p5.48xlarge"),
        ("hours", "800"),
        ("currency", "eur"),
        ("exchange-rate", "1.45"),
        ("exchange-rate-date", "yesterday"),
        ("commitment", "reserved-1y"),
        ("savings-plan-discount", "0.9"),
    ])
    .cost_settings(&mut warnings);
    let named: Vec<_> = warnings.iter().map(|w| w.attribute).collect();
    assert_eq!(
        named,
        [
            "region",
            "instance-type",
            "hours",
            "commitment",
            "savings-plan-discount",
            "currency",
            "exchange-rate"
        ]
    );
    let allowed: Vec<_> = warnings.iter().map(|w| w.allowed).collect();
    assert!(allowed.contains(&"a number from 0 to 0.72"), "{allowed:?}");
    assert!(
        allowed.iter().any(|a| a.contains("\"compute-1y\"")),
        "{allowed:?}"
    );
    assert_eq!(cost, CostSettings::default());
    assert!(cost.exchange_rate.assumption);

    // A good rate with a bad date keeps the rate, drops the date, and says so.
    let mut warnings = Vec::new();
    let cost = env(&[
        ("exchange-rate", "1400"),
        ("exchange-rate-date", "2026-13-01"),
    ])
    .cost_settings(&mut warnings);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(
        warnings.first().map(|w| w.attribute),
        Some("exchange-rate-date")
    );
    assert_eq!(
        (
            cost.exchange_rate.krw_per_usd,
            cost.exchange_rate.date.as_ref()
        ),
        (1400.0, "")
    );
}

#[test]
fn each_bad_preset_warns_by_name_and_keeps_its_default() {
    let mut warnings = Vec::new();
    let settings = env(&[
        ("orchestrator", "nomad"),
        ("needs", "gpu quantum"),
        ("vcpu", "-1"),
        ("replicas", "2.5"),
        ("priorities", "cost:9 speed:1 control:2"),
    ])
    .chooser_settings(&mut warnings);
    let named: Vec<_> = warnings
        .iter()
        .map(|w| format!("{}={}", w.attribute, w.value))
        .collect();
    assert_eq!(
        named,
        [
            "orchestrator=nomad",
            "needs=quantum",
            "vcpu=-1",
            "replicas=2.5",
            "priorities=cost:9",
            "priorities=speed:1"
        ]
    );
    let defaults = WorkloadProfile::new(Orchestrator::Eks);
    assert_eq!(settings.profile.orchestrator, defaults.orchestrator);
    assert!(
        settings.profile.needs.gpu,
        "the good item of a list still counts"
    );
    assert_eq!(settings.profile.vcpu, defaults.vcpu);
    assert_eq!(settings.profile.replicas, defaults.replicas);
    assert_eq!(settings.profile.priorities.control, 2);
    assert_eq!(settings.profile.priorities.cost, defaults.priorities.cost);
}

#[test]
fn matrix_presets_set_weights_context_and_view() {
    let mut warnings = Vec::new();
    let settings = env(&[
        ("weights", "portability:3 learning-curve:0"),
        ("kubernetes", "strong"),
        ("multi-cloud", ""),
        ("team-size", "40"),
        ("view", "quadrants"),
    ])
    .matrix_settings(&mut warnings);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(settings.input.weights.portability, 3);
    assert_eq!(settings.input.weights.learning_curve, 0);
    assert_eq!(
        settings.input.context.kubernetes_experience,
        KubernetesExperience::Strong
    );
    assert!(settings.input.context.multi_cloud);
    assert_eq!(settings.input.context.team_size, 40);
    assert_eq!(settings.view, MatrixView::Quadrants);
    assert!(settings.input.validate().is_ok());
}

#[test]
fn answers_in_the_url_win_over_presets_and_bad_ones_warn() {
    let mut shared = WorkloadProfile::new(Orchestrator::Ecs);
    shared.needs.gpu = true;
    let mut with_state = env(&[("orchestrator", "eks")]);
    with_state.shared_state = Some(share::encode_profile(&shared));
    let mut warnings = Vec::new();
    assert_eq!(with_state.chooser_settings(&mut warnings).profile, shared);
    assert!(warnings.is_empty());

    with_state.shared_state = Some("9.vcpu=1".to_string());
    let settings = with_state.chooser_settings(&mut warnings);
    assert_eq!(
        settings.profile.orchestrator,
        Orchestrator::Eks,
        "the preset stands"
    );
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0]
        .to_string()
        .contains("the answers in the page URL"));
}

/// A link of version 3 carries the price settings the answer was priced with, and they
/// win over the page's attributes; a link of version 2 (answers only) still restores,
/// leaving the page's price settings as they are.
#[test]
fn price_settings_in_the_url_win_and_old_links_restore() {
    let mut shared = WorkloadProfile::new(Orchestrator::Ecs);
    shared.needs.gpu = true;
    shared.replicas = 7;
    let price = PriceSettings {
        region: Region::ApNortheast2,
        instance_type: Some("m7g.large".to_string()),
        hours_per_month: 300.0,
        commitment: Commitment::ComputeSavingsPlan3y,
        savings_plan_discount: Some(0.4),
        ..PriceSettings::default()
    };
    let mut page = env(&[("region", "us-east-1"), ("commitment", "ec2-instance-1y")]);
    page.shared_state = Some(share::encode_chooser(&shared, &price));
    let mut warnings = Vec::new();
    let settings = page.chooser_settings(&mut warnings);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(settings.profile, shared);
    assert_eq!(settings.cost.price, price);

    let old = "2.orchestrator=ecs;vcpu=0.25;memory=0.5;replicas=7;needs=gpu";
    page.shared_state = Some(old.to_string());
    let settings = page.chooser_settings(&mut warnings);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(settings.profile.orchestrator, Orchestrator::Ecs);
    assert_eq!(settings.profile.replicas, 7);
    assert!(settings.profile.needs.gpu);
    assert_eq!(settings.cost.price.region, Region::UsEast1);
    assert_eq!(
        settings.cost.price.commitment,
        Commitment::Ec2InstanceSavingsPlan1y,
        "the page's own commitment stands"
    );

    // The cheapest type, chosen by the reader, wins over the page's named one.
    let mut page = env(&[("instance-type", "m6i.large")]);
    page.shared_state = Some(share::encode_chooser(&shared, &PriceSettings::default()));
    let settings = page.chooser_settings(&mut warnings);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(settings.cost.price.instance_type, None);

    // A bad commitment in a link warns as the URL's and keeps the page's.
    let mut page = env(&[("commitment", "ec2-instance-1y")]);
    page.shared_state = Some("3.orchestrator=eks;commitment=forever".to_string());
    let settings = page.chooser_settings(&mut warnings);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0]
        .to_string()
        .contains("the answers in the page URL"));
    assert_eq!(
        settings.cost.price.commitment,
        Commitment::Ec2InstanceSavingsPlan1y
    );
}

#[test]
fn contradictory_context_is_refused_not_passed_on() {
    let mut warnings = Vec::new();
    let settings = env(&[("aws-only", ""), ("multi-cloud", "")]).matrix_settings(&mut warnings);
    assert_eq!(warnings.len(), 1);
    assert!(settings.input.validate().is_ok());
}
