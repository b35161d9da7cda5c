//! One brain: the recommendation's cost reasons agree with the cost model's three-way
//! estimate, for every workload of a grid across both orchestrators, sizes, replica counts
//! and load patterns, and its "what would change the answer" replica counts are what the
//! engine answers there.

use container_compass_core::compute::cost_gap::{EVEN_BAND, POINT_STEPS};
use container_compass_core::compute::{
    recommend_compute, Basis, Capacity, Choice, ComputeRecommendation, LoadPattern, Orchestrator,
    WorkloadProfile,
};
use container_compass_core::cost::{estimate, plain_money, Currency, PriceSettings, Side};

fn recommend(profile: &WorkloadProfile) -> ComputeRecommendation {
    recommend_compute(profile, &PriceSettings::default())
}

/// 2 orchestrators × 5 vCPU sizes × 4 memory sizes × 5 replica counts × 2 load patterns:
/// 400 workloads.
fn grid() -> Vec<WorkloadProfile> {
    let mut out = Vec::new();
    for orchestrator in [Orchestrator::Eks, Orchestrator::Ecs] {
        for vcpu in [0.25, 0.5, 1.0, 2.0, 4.0] {
            for memory_gib in [0.5, 2.0, 8.0, 16.0] {
                for replicas in [1, 3, 10, 30, 100] {
                    for pattern in [LoadPattern::Steady, LoadPattern::Bursty] {
                        let profile = WorkloadProfile {
                            vcpu,
                            memory_gib,
                            ..WorkloadProfile::new(orchestrator)
                        };
                        out.push(profile.with_replicas(replicas).with_load_pattern(pattern));
                    }
                }
            }
        }
    }
    out
}

/// The three totals the cost section shows for `profile` (`None` where a side is
/// unavailable) and the side it calls cheapest.
fn totals(profile: &WorkloadProfile) -> ([Option<f64>; 3], Option<Capacity>) {
    let input = PriceSettings::default().input_for(profile);
    let answer = estimate(&input);
    let total = |side: &Side<_>| match side {
        Side::Available(cost) => Some(cost_total(cost)),
        Side::Unavailable(_) => None,
    };
    let fargate = answer.fargate.available().map(|cost| cost.total_usd);
    (
        [total(&answer.ec2), total(&answer.managed), fargate],
        answer.cheaper,
    )
}

fn cost_total(cost: &container_compass_core::cost::Ec2Cost) -> f64 {
    cost.total_usd
}

/// A side's total among `[ec2, managed, fargate]`.
fn of(totals: [Option<f64>; 3], side: Capacity) -> Option<f64> {
    match side {
        Capacity::Ec2 => totals[0],
        Capacity::Managed => totals[1],
        Capacity::Fargate => totals[2],
    }
}

#[test]
fn the_cost_reasons_favour_the_sides_the_estimate_finds_cheaper() {
    let grid = grid();
    assert!(grid.len() >= 400, "{} workloads", grid.len());
    let (mut outside_band, mut ec2_cheaper, mut fargate_cheaper, mut managed_points) = (0, 0, 0, 0);
    for profile in &grid {
        let (sides, cheapest) = totals(profile);
        let answer = recommend(profile);
        assert!(answer.blockers.is_empty(), "{profile:?}");
        let cost: Vec<_> = answer
            .reasons
            .iter()
            .filter(|r| r.basis == Basis::Cost)
            .collect();
        // All three sides price these workloads: the first cost reason is the cheapest's.
        let first = cost.first().expect("a cost reason");
        assert_eq!(
            Some(first.option),
            cheapest,
            "{profile:?}: {}",
            first.text.en
        );
        let dearest = [Capacity::Ec2, Capacity::Managed, Capacity::Fargate]
            .into_iter()
            .max_by(|a, b| of(sides, *a).partial_cmp(&of(sides, *b)).expect("numbers"))
            .expect("three sides");
        let mut last_points = u32::MAX;
        for reason in &cost {
            let gap = reason
                .cost
                .as_ref()
                .expect("a cost reason carries its numbers");
            // The totals are the estimate's own.
            assert_eq!(
                [gap.ec2_usd, gap.managed_usd, gap.fargate_usd],
                sides,
                "{profile:?}"
            );
            let (own, than) = (of(sides, gap.cheaper), of(sides, gap.than));
            assert_eq!(gap.cheaper, reason.option);
            assert_eq!(gap.than, dearest, "{profile:?}");
            assert_ne!(
                reason.option, dearest,
                "the dearest side earns no cost reason"
            );
            assert!(own <= than, "{profile:?}: {}", reason.text.en);
            // Cheaper sides never earn fewer points than dearer ones.
            assert!(reason.points <= last_points, "{profile:?}");
            last_points = reason.points;
            assert_eq!(reason.score, reason.points * u32::from(reason.weight));
            let (own, than) = (own.expect("usable"), than.expect("usable"));
            let saving = (than - own) / than;
            assert_eq!(reason.points > 0, saving >= EVEN_BAND, "{profile:?}");
            if reason.option == Capacity::Managed && reason.points > 0 {
                managed_points += 1;
            }
        }
        let low = of(sides, first.option).expect("cheapest");
        let high = of(sides, dearest).expect("dearest");
        if (high - low) / high >= EVEN_BAND {
            outside_band += 1;
            match first.option {
                Capacity::Fargate => fargate_cheaper += 1,
                Capacity::Ec2 => ec2_cheaper += 1,
                Capacity::Managed => {}
            }
        }
    }
    // The grid must exercise both directions and the middle side, or the property says
    // little.
    assert!(
        outside_band > 200,
        "{outside_band} workloads outside the band"
    );
    assert!(
        ec2_cheaper > 20 && fargate_cheaper > 20,
        "{ec2_cheaper} / {fargate_cheaper}"
    );
    assert!(managed_points > 20, "{managed_points}");
}

#[test]
fn every_cost_reason_quotes_its_monthly_totals() {
    for profile in grid().iter().step_by(7) {
        let answer = recommend(profile);
        for reason in answer.reasons.iter().filter(|r| r.basis == Basis::Cost) {
            let gap = reason.cost.as_ref().expect("numbers");
            let totals = [gap.ec2_usd, gap.managed_usd, gap.fargate_usd];
            for side in [gap.cheaper, gap.than] {
                let shown = plain_money(of(totals, side).expect("usable"), Currency::Usd);
                assert!(
                    reason.text.en.contains(&shown),
                    "{shown} in {}",
                    reason.text.en
                );
                assert!(
                    reason.text.ko.contains(&shown),
                    "{shown} in {}",
                    reason.text.ko
                );
            }
            // What drives the gap, on the cheapest side's reason.
            if gap.points > 0 && reason.option == answer.reasons[0].option {
                assert!(
                    !gap.drivers.is_empty(),
                    "what drives the gap: {}",
                    reason.text.en
                );
            }
        }
        // Every other reason has no numbers of the cost model to give.
        for reason in answer.reasons.iter().filter(|r| r.basis != Basis::Cost) {
            assert!(reason.cost.is_none());
        }
    }
}

#[test]
fn points_step_up_with_the_saving() {
    assert_eq!(POINT_STEPS[0].0, EVEN_BAND);
    let profile = |replicas| {
        WorkloadProfile {
            vcpu: 0.25,
            memory_gib: 2.0,
            ..WorkloadProfile::new(Orchestrator::Eks)
        }
        .with_replicas(replicas)
    };
    // 12 pods of 0.25 vCPU / 2 GiB fill one r6i.xlarge; Fargate bills each as 0.5 vCPU /
    // 3 GB: EC2 saves 30 %, 2 points.
    let answer = recommend(&profile(12));
    let gap = answer.reasons[0].cost.as_ref().expect("cost first");
    assert_eq!(gap.cheaper, Capacity::Ec2);
    assert_eq!(gap.points, 2);
    assert_eq!(
        answer.reasons[0].text.en,
        "EC2 costs $256.96 a month against $367.12 on Fargate, 30% less. Fargate bills each \
         pod asking for 0.25 vCPU / 2 GiB as 0.5 vCPU / 3 GB. The pods fill the EC2 nodes \
         (1 × r6i.xlarge) to 75%, where a vCPU and a GB cost less than on Fargate."
    );
    assert_eq!(answer.choice, Choice::Ec2);
}

/// The replica counts a flip names, read from its English text: "From 12 replicas on",
/// "At 3 replicas or fewer", "At 7 to 11 replicas", "At 5 replicas".
fn flip_range(text: &str, series_end: u32) -> Option<(u32, u32)> {
    let numbers: Vec<u32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    if text.starts_with("From ") {
        Some((numbers[0], series_end))
    } else if text.contains("replicas or fewer") {
        Some((1, numbers[0]))
    } else if text.starts_with("At ") && text.contains(" to ") {
        Some((numbers[0], numbers[1]))
    } else if text.starts_with("At ") {
        Some((numbers[0], numbers[0]))
    } else {
        None
    }
}

#[test]
fn replica_flips_say_what_the_engine_answers_at_those_counts() {
    let mut checked = 0;
    for profile in grid().iter().step_by(3) {
        let answer = recommend(profile);
        let end = (profile.replicas * 2).clamp(20, 200);
        for flip in &answer.flips {
            let Some((first, last)) = flip_range(&flip.change.en, end) else {
                continue;
            };
            assert!(first <= last && (first > profile.replicas || last < profile.replicas));
            for replicas in [first, last] {
                let there = recommend(&profile.with_replicas(replicas));
                assert_eq!(
                    there.choice, flip.choice,
                    "{} for {profile:?}",
                    flip.change.en
                );
            }
            // Just outside the range, the answer is the reader's own again (or the series ends).
            let outside = if last < profile.replicas {
                last + 1
            } else {
                first - 1
            };
            let back = recommend(&profile.with_replicas(outside));
            assert_ne!(
                back.choice, flip.choice,
                "{} for {profile:?}",
                flip.change.en
            );
            checked += 1;
        }
    }
    assert!(checked > 10, "{checked} replica flips checked");
}

#[test]
fn a_bursty_load_costs_less_on_fargate_than_the_same_peak_all_day() {
    let steady = WorkloadProfile::new(Orchestrator::Ecs).with_replicas(10);
    let bursty = steady.with_load_pattern(LoadPattern::Bursty);
    let shape = bursty.load();
    assert_eq!(
        (shape.peak_hours_per_day, shape.off_peak_replicas),
        (6.0, 3)
    );
    let both = |profile| {
        let (sides, _) = totals(profile);
        (sides[2].expect("fargate"), sides[0].expect("ec2"))
    };
    let (fargate_steady, ec2_steady) = both(&steady);
    let (fargate_bursty, ec2_bursty) = both(&bursty);
    // 10 for 6 h and 3 for 18 h, plus a quarter hour for the 7 added: 114.25 of 240
    // task-hours a day.
    let share = (10.0 * 6.0 + 3.0 * 18.0 + 7.0 * 0.25) / 240.0;
    assert!((fargate_bursty / fargate_steady - share).abs() < 1e-9);
    assert!(ec2_bursty < ec2_steady);
    // The label alone decides nothing: the same numbers under a steady label cost the same.
    let relabelled = WorkloadProfile {
        load_pattern: LoadPattern::Steady,
        peak_hours_per_day: Some(6.0),
        off_peak_replicas: Some(3),
        ..bursty.clone()
    };
    assert_eq!(totals(&relabelled), totals(&bursty));
}

#[test]
fn node_agents_make_ec2_nodes_dearer_only_when_needed() {
    let base = WorkloadProfile::new(Orchestrator::Eks).with_replicas(20);
    let with_agents = WorkloadProfile {
        needs: base
            .needs
            .with(container_compass_core::compute::Need::Daemonsets, true),
        agent_vcpu: 0.5,
        agent_gib: 1.0,
        ..base.clone()
    };
    let ([ec2, managed, fargate], _) = totals(&base);
    let ([ec2_agents, managed_agents, fargate_agents], _) = totals(&with_agents);
    // AWS-managed EC2 runs the agents on its nodes too.
    assert!(managed_agents > managed, "{managed_agents:?} > {managed:?}");
    assert_eq!(fargate, fargate_agents);
    assert!(ec2_agents > ec2, "{ec2_agents:?} > {ec2:?}");
    let input = PriceSettings::default().input_for(&with_agents);
    assert_eq!((input.daemonset_vcpu, input.daemonset_gib), (0.5, 1.0));
    let input = PriceSettings::default().input_for(&base);
    assert_eq!((input.daemonset_vcpu, input.daemonset_gib), (0.0, 0.0));
}

#[test]
fn the_recommendation_prices_with_the_settings_it_is_given() {
    let profile = WorkloadProfile::new(Orchestrator::Eks);
    let seoul = PriceSettings {
        region: container_compass_core::cost::Region::ApNortheast2,
        ..PriceSettings::default()
    };
    let answer = recommend_compute(&profile, &seoul);
    let gap = answer.reasons[0].cost.as_ref().expect("cost");
    let input = seoul.input_for(&profile);
    let estimate = estimate(&input);
    let fargate = estimate.fargate.available().expect("fargate").total_usd;
    assert_eq!(gap.fargate_usd, Some(fargate));
    assert_ne!(gap.fargate_usd, totals(&profile).0[2]);
}
