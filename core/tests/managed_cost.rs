//! The AWS-managed side's fee and the Savings Plans, computed by hand.
//!
//! Every case prices the same ECS service on m6i.large in us-east-1, steady all month:
//! 6 tasks of 0.5 vCPU and 1 GiB, 730 hours.
//!
//! - m6i.large: 2 vCPU, 8 GiB, 0.096 USD an hour. ECS keeps 0.5 GiB; 80 % of the rest is
//!   planned for: 1.6 vCPU and 6 GiB a node, so 3 tasks a node (1.6 / 0.5), 2 nodes.
//!   Node-hours: 2 × 730 = 1,460; instances: 1,460 × 0.096 = 140.16 USD.
//! - The management fee: 12 % of 0.096 = 0.01152 USD an instance-hour; 1,460 × 0.01152 =
//!   16.8192 USD.
//! - Fargate: 6 × 730 = 4,380 task-hours; 2,190 vCPU-hours × 0.04048 = 88.6512 USD and
//!   4,380 GB-hours × 0.004445 = 19.4691 USD: 108.1203 USD of compute.

use container_compass_core::compute::Orchestrator;
use container_compass_core::cost::{
    estimate, Commitment, CostEstimate, CostInput, CostLine, LineItem, Unit,
};

fn service(commitment: Commitment) -> CostInput {
    let mut input = CostInput::new(Orchestrator::Ecs);
    input.vcpu = 0.5;
    input.memory_gib = 1.0;
    input.replicas = 6;
    input.pricing.instance_type = Some("m6i.large".to_string());
    input.pricing.commitment = commitment;
    input
}

fn near(got: f64, want: f64) -> bool {
    (got - want).abs() < 1e-9
}

fn line(lines: &[CostLine], item: LineItem) -> Option<&CostLine> {
    lines.iter().find(|line| line.item == item)
}

struct Totals {
    ec2: f64,
    managed: f64,
    fargate: f64,
}

fn totals(answer: &CostEstimate) -> Totals {
    Totals {
        ec2: answer.ec2.available().expect("EC2").total_usd,
        managed: answer.managed.available().expect("managed").total_usd,
        fargate: answer.fargate.available().expect("Fargate").total_usd,
    }
}

#[test]
fn the_fee_line_is_nodes_times_hours_times_the_fee() {
    let answer = estimate(&service(Commitment::None));
    let ec2 = answer.ec2.available().expect("EC2");
    let managed = answer.managed.available().expect("managed");
    assert_eq!((ec2.nodes, managed.nodes), (2, 2));
    let fee = line(&managed.lines, LineItem::ManagementFee).expect("the fee line");
    assert_eq!(fee.unit, Unit::InstanceHour);
    assert!(near(fee.quantity, 2.0 * 730.0));
    assert!(near(fee.price.usd, 0.01152), "{}", fee.price.usd);
    assert!(near(fee.usd, 16.8192), "{}", fee.usd);
    assert_eq!(fee.price.item, "ecs-managed-instances.fee");
    assert!(line(&ec2.lines, LineItem::ManagementFee).is_none());

    let t = totals(&answer);
    assert!(near(t.ec2, 140.16), "{}", t.ec2);
    assert!(near(t.managed, 156.9792), "{}", t.managed);
    assert!(near(t.fargate, 108.1203), "{}", t.fargate);
    assert!(near(managed.breakdown.management_fee, 16.8192));
}

/// A Compute Savings Plan for a year: 27 % off the instances (both EC2 sides), 20 % off
/// Fargate's vCPU and memory; never off the fee.
///
/// - EC2: 140.16 − 0.27 × 140.16 (37.8432) = 102.3168.
/// - Managed: 102.3168 + 16.8192 = 119.136.
/// - Fargate: 108.1203 − 0.20 × 108.1203 (21.62406) = 86.49624.
#[test]
fn a_compute_savings_plan_covers_fargate_and_ec2() {
    let answer = estimate(&service(Commitment::ComputeSavingsPlan1y));
    let t = totals(&answer);
    assert!(near(t.ec2, 102.3168), "{}", t.ec2);
    assert!(near(t.managed, 119.136), "{}", t.managed);
    assert!(near(t.fargate, 86.49624), "{}", t.fargate);

    let fargate = answer.fargate.available().expect("Fargate");
    let plan = line(&fargate.lines, LineItem::SavingsPlan).expect("a Savings Plan line");
    assert_eq!(plan.unit, Unit::FractionOff);
    assert!(near(plan.quantity, 108.1203), "what it applies to");
    assert!(near(plan.usd, -21.62406));
    assert!(near(fargate.breakdown.savings_plan, -21.62406));
    assert_eq!(plan.price.item, "savings-plan.fargate");

    let managed = answer.managed.available().expect("managed");
    let plan = line(&managed.lines, LineItem::SavingsPlan).expect("a Savings Plan line");
    assert!(
        near(plan.quantity, 140.16),
        "the instances only, not the fee"
    );
    assert!(near(plan.usd, -37.8432));
    assert_eq!(plan.price.item, "savings-plan.ec2");
}

/// An EC2 Instance Savings Plan for three years: 57 % off the instances, nothing off
/// Fargate.
///
/// - EC2: 140.16 − 0.57 × 140.16 (79.8912) = 60.2688.
/// - Managed: 60.2688 + 16.8192 = 77.088.
/// - Fargate: 108.1203, as without a plan.
#[test]
fn an_ec2_instance_savings_plan_leaves_fargate_untouched() {
    let answer = estimate(&service(Commitment::Ec2InstanceSavingsPlan3y));
    let t = totals(&answer);
    assert!(near(t.ec2, 60.2688), "{}", t.ec2);
    assert!(near(t.managed, 77.088), "{}", t.managed);
    assert!(near(t.fargate, 108.1203), "{}", t.fargate);
    let fargate = answer.fargate.available().expect("Fargate");
    assert!(line(&fargate.lines, LineItem::SavingsPlan).is_none());
    assert_eq!(fargate.breakdown.savings_plan, 0.0);
    // On demand, Fargate was the cheapest; with the plan, the EC2 you run is.
    assert_eq!(
        estimate(&service(Commitment::None)).cheaper,
        Some(container_compass_core::cost::Cheaper::Fargate)
    );
    assert_eq!(
        answer.cheaper,
        Some(container_compass_core::cost::Cheaper::Ec2)
    );
}

/// The reader's own rate replaces the default, on every usage the plan covers: 40 % off.
#[test]
fn the_readers_discount_replaces_the_default() {
    let mut input = service(Commitment::ComputeSavingsPlan3y);
    input.pricing.savings_plan_discount = Some(0.4);
    let t = totals(&estimate(&input));
    assert!(near(t.ec2, 140.16 * 0.6), "{}", t.ec2);
    assert!(near(t.fargate, 108.1203 * 0.6), "{}", t.fargate);
}

/// Spot capacity is not covered by a Savings Plan: with Spot, the EC2 sides take the Spot
/// discount and no plan line; ECS Fargate Spot too. The fee stays whole.
#[test]
fn spot_usage_gets_no_savings_plan() {
    let mut input = service(Commitment::ComputeSavingsPlan1y);
    input.spot = true;
    let answer = estimate(&input);
    let ec2 = answer.ec2.available().expect("EC2");
    let managed = answer.managed.available().expect("managed");
    let fargate = answer.fargate.available().expect("Fargate Spot");
    for lines in [&ec2.lines, &managed.lines, &fargate.lines] {
        assert!(line(lines, LineItem::SpotSavings).is_some());
        assert!(line(lines, LineItem::SavingsPlan).is_none());
    }
    // 140.16 × (1 − 0.6) + 16.8192: the default EC2 Spot discount, then the whole fee.
    assert!(
        near(managed.total_usd, 140.16 * 0.4 + 16.8192),
        "{}",
        managed.total_usd
    );
}
