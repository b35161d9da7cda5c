//! Reading the cost model's input: errors that name the field, documented defaults, the
//! output's field names, and the chooser's price settings.

use container_compass_core::compute::Orchestrator;
use container_compass_core::cost::{estimate, to_krw, CostInput, Region, DEFAULT_KRW_PER_USD};

use Orchestrator::Eks;

mod common;
use common::Json;
use common::{at, number_at, text_at, written};

fn input(orchestrator: Orchestrator, vcpu: f64, memory_gib: f64, replicas: u32) -> CostInput {
    CostInput {
        vcpu,
        memory_gib,
        replicas,
        ..CostInput::new(orchestrator)
    }
}

#[test]
fn bad_input_names_the_field() {
    let cases = [
        (
            r#"{"orchestrator": "ecs", "region": "eu-west-1"}"#,
            r#"region: received "eu-west-1", allowed "us-east-1" or "ap-northeast-2""#,
        ),
        (
            r#"{"region": "us-east-1"}"#,
            r#"orchestrator: received nothing, allowed "eks" or "ecs""#,
        ),
        (
            r#"{"orchestrator": "eks", "arch": "risc-v"}"#,
            r#"arch: received "risc-v", allowed "x86" or "arm""#,
        ),
        (
            r#"{"orchestrator": "eks", "headroom": 1.5}"#,
            "headroom: received 1.5, allowed a number greater than 0 and at most 1",
        ),
        (
            r#"{"orchestrator": "eks", "hoursPerMonth": 0}"#,
            "hoursPerMonth: received 0, allowed a number greater than 0 and at most 744",
        ),
        (
            r#"{"orchestrator": "eks", "eksSupport": "lts"}"#,
            r#"eksSupport: received "lts", allowed "standard" or "extended""#,
        ),
        (
            r#"{"orchestrator": "eks", "instanceType": "m7g.large"}"#,
            r#"instanceType: received "m7g.large", allowed an x86 instance type when arch is "x86""#,
        ),
        (
            r#"{"orchestrator": "ecs", "fargateSpotDiscount": 0.75}"#,
            "fargateSpotDiscount: received 0.75, allowed a number from 0 to 0.7",
        ),
        (
            r#"{"orchestrator": "ecs", "fargateSpotDiscount": -0.1}"#,
            "fargateSpotDiscount: received -0.1, allowed a number from 0 to 0.7",
        ),
        (
            r#"{"orchestrator": "ecs", "fargateSpotDiscount": "high"}"#,
            r#"fargateSpotDiscount: received "high", allowed a number from 0 to 0.7"#,
        ),
        (
            r#"{"orchestrator": "ecs", "os": "macos"}"#,
            r#"os: received "macos", allowed "linux" or "windows""#,
        ),
        (
            r#"{"orchestrator": "ecs", "os": "windows", "arch": "arm"}"#,
            r#"os: received "windows", allowed "linux" when arch is "arm""#,
        ),
        (
            r#"{"orchestrator": "eks", "clusters": 0}"#,
            "clusters: received 0, allowed a whole number from 1 to 100",
        ),
        (
            r#"{"orchestrator": "eks", "replicas": 2.5}"#,
            "replicas: received 2.5, allowed a whole number from 1 to 10000",
        ),
    ];
    for (json, message) in cases {
        let error = CostInput::from_json(json).expect_err(json);
        assert_eq!(error.to_string(), message, "{json}");
    }
    let error = CostInput::from_json(r#"{"orchestrator": "eks", "instanceType": "z9.huge"}"#)
        .expect_err("unknown type");
    assert!(error
        .to_string()
        .starts_with(r#"instanceType: received "z9.huge", allowed one of "t3.medium""#));
    let error = CostInput::from_json(r#"{"orchestrator": "eks", "colour": "red"}"#)
        .expect_err("unknown field");
    assert!(error
        .to_string()
        .starts_with("colour: received an unknown field"));
}

#[test]
fn defaults_are_documented_and_a_full_input_reads() {
    let read = CostInput::from_json(r#"{"orchestrator": "eks"}"#).expect("only orchestrator");
    assert_eq!(read, CostInput::new(Eks));
    assert_eq!(read.pricing.hours_per_month, 730.0);
    assert_eq!(read.pricing.headroom, 0.8);
    let full = CostInput::from_json(
        r#"{"orchestrator": "eks", "region": "ap-northeast-2", "vcpu": 1, "memoryGib": 2,
            "replicas": 3, "ephemeralStorageGib": 30, "arch": "arm", "hoursPerMonth": 200,
            "instanceType": "m7g.large", "daemonsetVcpu": 0.2, "daemonsetGib": 0.5,
            "headroom": 0.7, "spot": true, "ec2SpotDiscount": 0.5, "fargateSpotDiscount": 0.6,
            "eksSupport": "extended",
            "clusters": 2}"#,
    )
    .expect("a full input");
    assert_eq!(full.pricing.region, Region::ApNortheast2);
    assert_eq!(full.pricing.instance_type.as_deref(), Some("m7g.large"));
    assert_eq!(full.pricing.clusters, 2);
}

#[test]
fn outputs_serialize_in_camel_case() {
    let mut workload = input(Eks, 1.0, 2.0, 3);
    workload.pricing.instance_type = Some("m5.large".to_string());
    let json = written(&estimate(&workload));
    assert_eq!(text_at(&json, "fargate.status"), Some("available"));
    assert_eq!(number_at(&json, "fargate.billedSize.memoryGb"), Some(3.0));
    assert_eq!(text_at(&json, "ec2.lines.0.price.status"), Some("verified"));
    assert_eq!(text_at(&json, "region"), Some("us-east-1"));
    assert!(matches!(
        at(&json, "ec2.nodeCapacity.pods"),
        Json::Number(_)
    ));
}

#[test]
fn won_are_usd_times_the_rate() {
    assert_eq!(to_krw(2.0, 1300.0), 2600.0);
    const { assert!(DEFAULT_KRW_PER_USD.assumption) };
    assert_eq!(DEFAULT_KRW_PER_USD.date, "2026-11-25");
}

mod chooser_settings {
    use container_compass_core::compute::{Orchestrator, WorkloadProfile};
    use container_compass_core::cost::{chart_replicas, Arch, Os, PriceSettings, Region};

    #[test]
    fn the_chooser_profile_becomes_the_cost_input() {
        let mut profile = WorkloadProfile::new(Orchestrator::Ecs);
        profile.vcpu = 1.0;
        profile.memory_gib = 2.0;
        profile.replicas = 10;
        profile.needs.spot = true;
        let settings = PriceSettings {
            region: Region::ApNortheast2,
            hours_per_month: 100.0,
            ..PriceSettings::default()
        };
        let input = settings.input_for(&profile);
        assert_eq!(input.orchestrator, Orchestrator::Ecs);
        assert_eq!(
            (input.vcpu, input.memory_gib, input.replicas),
            (1.0, 2.0, 10)
        );
        assert_eq!(input.pricing.region, Region::ApNortheast2);
        assert_eq!(input.pricing.hours_per_month, 100.0);
        assert!(input.spot);
        assert_eq!(input.arch, Arch::X86);
        assert_eq!(input.os, Os::Linux);
        assert_eq!(input.validate(), Ok(()));
        // The chooser's Windows need prices Windows; with Arm too (a contradiction the
        // blockers report), the images are Arm and so Linux.
        profile.needs.windows = true;
        assert_eq!(settings.input_for(&profile).os, Os::Windows);
        profile.needs.arm = true;
        let arm = settings.input_for(&profile);
        assert_eq!((arm.arch, arm.os), (Arch::Arm, Os::Linux));
        assert_eq!(arm.validate(), Ok(()));
    }

    #[test]
    fn an_instance_type_of_the_other_architecture_gives_way_to_the_cheapest() {
        let mut profile = WorkloadProfile::new(Orchestrator::Eks);
        let settings = PriceSettings {
            instance_type: Some("m7g.large".to_string()),
            ..PriceSettings::default()
        };
        assert_eq!(settings.input_for(&profile).pricing.instance_type, None);
        profile.needs.arm = true;
        let input = settings.input_for(&profile);
        assert_eq!(
            (input.arch, input.pricing.instance_type.as_deref()),
            (Arch::Arm, Some("m7g.large"))
        );
        assert_eq!(input.validate(), Ok(()));
    }

    #[test]
    fn the_chart_runs_past_twice_the_replicas_within_bounds() {
        assert_eq!(chart_replicas(1), 20);
        assert_eq!(chart_replicas(30), 60);
        assert_eq!(chart_replicas(150), 200);
        assert_eq!(chart_replicas(u32::MAX), 200);
    }
}
