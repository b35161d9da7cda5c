//! Windows in the cost model: Windows rates and licence on both sides, and where Windows
//! cannot run.

use container_compass_core::catalog::Status;
use container_compass_core::compute::Orchestrator;
use container_compass_core::cost::{
    estimate, instance_type, CostInput, Os, PriceSettings, Region, Side,
};

use Orchestrator::{Ecs, Eks};

fn input(orchestrator: Orchestrator, vcpu: f64, memory_gib: f64, replicas: u32) -> CostInput {
    CostInput {
        vcpu,
        memory_gib,
        replicas,
        ..CostInput::new(orchestrator)
    }
}

/// Windows is priced as Windows on both sides: Fargate at its Windows rates (0.09148 per
/// vCPU-hour plus a 0.046 OS licence fee, 0.01005 per GB-hour, us-east-1) in the 1, 2 or 4
/// vCPU sizes, EC2 at the Linux price plus 0.046 per vCPU-hour (m5.large: 0.096 + 2 × 0.046
/// = 0.188), both secondary sources. So a Windows task costs more than the same Linux task on
/// both sides, and the comparison does not contradict itself.
#[test]
fn a_windows_task_costs_more_than_the_same_linux_task_on_both_sides() {
    let cases: [(Orchestrator, f64, f64, u32, Option<&'static str>); 5] = [
        (Ecs, 0.5, 1.0, 2, None),
        (Ecs, 1.0, 2.0, 10, None),
        (Ecs, 1.0, 2.0, 10, Some("m5.large")),
        (Ecs, 4.0, 16.0, 3, None),
        (Ecs, 1.0, 4.0, 40, Some("m6i.2xlarge")),
    ];
    for (orchestrator, vcpu, memory, replicas, instance) in cases {
        let mut linux = input(orchestrator, vcpu, memory, replicas);
        linux.pricing.instance_type = instance.map(str::to_string);
        let windows = CostInput {
            os: Os::Windows,
            ..linux.clone()
        };
        let (linux, windows) = (estimate(&linux), estimate(&windows));
        let name = format!("{vcpu} vCPU / {memory} GiB × {replicas} on {instance:?}");
        let (lf, wf) = (linux.fargate.available(), windows.fargate.available());
        let (lf, wf) = (lf.expect(&name), wf.expect(&name));
        assert!(wf.total_usd > lf.total_usd, "Fargate, {name}");
        assert!(
            wf.breakdown.license > 0.0 && lf.breakdown.license == 0.0,
            "{name}"
        );
        let (le, we) = (linux.ec2.available(), windows.ec2.available());
        let (le, we) = (le.expect(&name), we.expect(&name));
        assert!(we.total_usd > le.total_usd, "EC2, {name}");
        // The same nodes, plus the licence on each of their vCPUs.
        if instance.is_some() {
            let vcpu = instance_type(we.instance_type).map(|i| f64::from(i.vcpu));
            let licence = f64::from(we.nodes) * vcpu.unwrap_or(0.0) * 730.0 * 0.046;
            assert_eq!(we.nodes, le.nodes, "{name}");
            assert!((we.breakdown.license - licence).abs() < 1e-9, "{name}");
        }
    }
    // m5.large license-included Windows: 0.096 + 2 × 0.046 = 0.188 an hour.
    let mut one = CostInput {
        os: Os::Windows,
        ..input(Ecs, 1.0, 2.0, 1)
    };
    one.pricing.instance_type = Some("m5.large".to_string());
    one.pricing.hours_per_month = 1.0;
    let ec2 = estimate(&one).ec2;
    let ec2 = ec2.available().expect("one node");
    assert!((ec2.total_usd - 0.188).abs() < 1e-9, "{}", ec2.total_usd);
    // Fargate: a 0.5 vCPU / 1 GiB Windows task is billed as 1 vCPU / 2 GB, at
    // (0.09148 + 0.046) + 2 × 0.01005 an hour.
    let mut small = CostInput {
        os: Os::Windows,
        ..input(Ecs, 0.5, 1.0, 1)
    };
    small.pricing.hours_per_month = 1.0;
    let small = estimate(&small);
    let fargate = small.fargate.available().expect("a Windows size");
    assert_eq!(
        (fargate.billed_size.vcpu, fargate.billed_size.memory_gb),
        (1.0, 2.0)
    );
    assert!((fargate.total_usd - (0.09148 + 0.046 + 2.0 * 0.01005)).abs() < 1e-9);
    assert!(fargate
        .lines
        .iter()
        .all(|line| line.price.status == Status::SecondarySource));
}

/// Where Windows cannot run on Fargate, or has no price, the side says why; Fargate Spot
/// takes no Windows tasks, and EC2 Spot does not discount the licence.
#[test]
fn windows_limits_show_as_unavailable_sides() {
    let windows = |orchestrator, vcpu, memory| CostInput {
        os: Os::Windows,
        ..input(orchestrator, vcpu, memory, 2)
    };
    let cases = [
        (
            "EKS Fargate runs no Windows",
            windows(Eks, 1.0, 2.0),
            "fargate.eks.windows",
            "windows",
        ),
        (
            "4 vCPU / 32 GB has no Windows size",
            windows(Ecs, 4.0, 32.0),
            "fargate.ecs.windows",
            "windows",
        ),
        (
            "6 vCPU is beyond Windows sizes",
            windows(Ecs, 6.0, 12.0),
            "fargate.ecs.windows",
            "windows",
        ),
        (
            "no Windows Fargate rate in Seoul",
            CostInput {
                pricing: PriceSettings {
                    region: Region::ApNortheast2,
                    ..PriceSettings::default()
                },
                ..windows(Ecs, 1.0, 2.0)
            },
            "cost.no-price",
            "noPrice",
        ),
    ];
    for (name, workload, fact_id, constraint) in cases {
        let answer = estimate(&workload);
        match answer.fargate {
            Side::Unavailable(why) => assert_eq!(
                (why.fact_id, why.constraint),
                (fact_id, constraint),
                "{name}"
            ),
            Side::Available(_) => panic!("{name}: Fargate priced it"),
        }
        // EC2 prices Windows with its licence wherever a node of the list holds the task
        // (none holds 32 GB after reserves and headroom).
        match answer.ec2.available() {
            Some(ec2) => assert!(ec2.breakdown.license > 0.0, "{name}"),
            None => assert!(workload.memory_gib >= 32.0, "{name}: EC2 runs it"),
        }
    }
    let mut spot = windows(Ecs, 1.0, 2.0);
    spot.spot = true;
    spot.pricing.instance_type = Some("m5.large".to_string());
    let answer = estimate(&spot);
    let fargate = answer.fargate.available().expect("Fargate runs it");
    assert_eq!(
        fargate.breakdown.spot_savings, 0.0,
        "no Fargate Spot for Windows"
    );
    let ec2 = answer.ec2.available().expect("EC2 runs it");
    // 0.6 off the instance only: nodes × 0.096 × 730 × 0.6.
    let instance_usd = f64::from(ec2.nodes) * 0.096 * 730.0;
    assert!((ec2.breakdown.spot_savings + instance_usd * 0.6).abs() < 1e-9);
    // A burstable type's Windows price is not the Linux price plus the licence.
    let mut burstable = windows(Ecs, 0.5, 1.0);
    burstable.pricing.instance_type = Some("t3.medium".to_string());
    assert!(matches!(estimate(&burstable).ec2, Side::Unavailable(u) if u.constraint == "noPrice"));
}
