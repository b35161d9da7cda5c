//! The Fargate side: size each task or pod as AWS bills it, then price it per second over
//! the month.
//!
//! - ECS bills the smallest valid task size that covers the request
//!   ([`fargate_task_size`]); EKS first adds 256 MB to the pod's memory
//!   ([`eks_fargate_pod_size`], fact `fargate.eks.sizing`).
//! - Billing is per second, so each task or pod costs the hours it runs × the hourly rate:
//!   [`LoadShape::replica_hours`] counts them; the one-minute minimum does not matter for
//!   tasks that run for hours.
//! - Ephemeral storage above the 20 GB every task gets is billed per GB-hour. EKS
//!   provisions a little more than requested (100 GiB gives 115 GiB); the model bills what
//!   was requested.
//! - Windows (ECS only) is sized to the 1, 2 and 4 vCPU sizes ([`windows_task_size`]) and
//!   priced at Fargate's Windows rates plus the OS licence per vCPU-hour.
//! - Fargate Spot only on ECS, for Linux tasks (x86, or ARM64 on platform version 1.4.0 or
//!   later: fact `fargate.ecs.spot-arm`), at [`fargate_spot_discount`] off the vCPU and
//!   memory (an assumption the caller can set).
//! - A Compute Savings Plan takes its discount off the on-demand vCPU and memory; an EC2
//!   Instance Savings Plan does not cover Fargate, and no plan covers Fargate Spot.

use super::estimate::{Breakdown, CostLine, LineItem, Side, Unavailable};
use super::input::CostInput;
use super::load::LoadShape;
use super::prices::{
    eks_control_plane, fargate_rates, fargate_spot_discount, fargate_storage, Arch, FargateRates,
    Os, Unit,
};
use super::savings_plans::{savings_plan_discount, Usage};
use super::windows_prices::fargate_windows_rates;
use crate::compute::{
    eks_fargate_pod_size, fargate_task_size, windows_task_size, FargateSize, Orchestrator,
    ECS_FARGATE_MAX_EPHEMERAL_GIB, EKS_FARGATE_MAX_EPHEMERAL_GIB, FARGATE_DEFAULT_EPHEMERAL_GIB,
};

/// What the Fargate side costs.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FargateCost {
    /// The size each task or pod is billed for.
    pub billed_size: FargateSize,
    /// How many tasks or pods at the peak.
    pub replicas: u32,
    /// Task- or pod-hours over the month, at the peak and off it.
    pub replica_hours: f64,
    /// USD per month, after any Spot or Savings Plan savings.
    pub total_usd: f64,
    pub breakdown: Breakdown,
    /// Every charge and saving, each citing the price it used.
    pub lines: Vec<CostLine>,
}

/// The size Fargate bills one task (ECS) or pod (EKS) of `vcpu` and `memory_gib` for.
pub fn billed_size(orchestrator: Orchestrator, vcpu: f64, memory_gib: f64) -> Option<FargateSize> {
    match orchestrator {
        Orchestrator::Ecs => fargate_task_size(vcpu, memory_gib),
        Orchestrator::Eks => eks_fargate_pod_size(vcpu, memory_gib),
    }
}

/// Whether Fargate Spot can run this workload: ECS only, Linux only, x86 or ARM64 alike
/// (ARM64 from platform version 1.4.0).
pub fn fargate_spot_allowed(orchestrator: Orchestrator, os: Os) -> bool {
    orchestrator == Orchestrator::Ecs && os == Os::Linux
}

/// The Fargate side for `input` with the load `load`. Windows runs on ECS only, in the 1, 2
/// and 4 vCPU sizes, at Fargate's Windows rates plus the OS licence per vCPU-hour, never on
/// Spot, where the model has those rates (us-east-1).
pub fn fargate_cost(input: &CostInput, load: &LoadShape) -> Side<FargateCost> {
    let unavailable =
        |fact_id, constraint| Side::Unavailable(Unavailable::new(fact_id, constraint));
    let eks = input.orchestrator == Orchestrator::Eks;
    let windows = input.os == Os::Windows;
    let pricing = &input.pricing;
    if eks && input.arch == Arch::Arm {
        return unavailable("fargate.eks.arm", "arm");
    }
    if eks && windows {
        return unavailable("fargate.eks.windows", "windows");
    }
    let (largest, storage_fact, max_storage) = if eks {
        (
            "fargate.eks.largest-pod",
            "fargate.eks.ephemeral-storage",
            EKS_FARGATE_MAX_EPHEMERAL_GIB,
        )
    } else {
        (
            "fargate.ecs.largest-task",
            "fargate.ecs.ephemeral-storage",
            ECS_FARGATE_MAX_EPHEMERAL_GIB,
        )
    };
    let size = if windows {
        windows_task_size(input.vcpu, input.memory_gib).ok_or(("fargate.ecs.windows", "windows"))
    } else {
        billed_size(input.orchestrator, input.vcpu, input.memory_gib).ok_or((largest, "podSize"))
    };
    let size = match size {
        Ok(size) => size,
        Err((fact_id, constraint)) => return unavailable(fact_id, constraint),
    };
    if input.ephemeral_storage_gib > max_storage {
        return unavailable(storage_fact, "ephemeralStorage");
    }
    let (rates, license) = if windows {
        match fargate_windows_rates(pricing.region) {
            Some(windows) => (
                FargateRates {
                    vcpu: windows.vcpu,
                    memory: windows.memory,
                },
                Some(windows.license),
            ),
            None => return unavailable("cost.no-price", "noPrice"),
        }
    } else {
        (fargate_rates(pricing.region, input.arch), None)
    };

    let replica_hours = load.replica_hours(pricing.hours_per_month);
    let vcpu_hours = replica_hours * size.vcpu;
    let gb_hours = replica_hours * size.memory_gb;
    let mut lines = vec![
        CostLine::priced(LineItem::Compute, vcpu_hours, Unit::VcpuHour, rates.vcpu),
        CostLine::priced(LineItem::Compute, gb_hours, Unit::GbHour, rates.memory),
    ];
    if let Some(license) = license {
        lines.push(CostLine::priced(
            LineItem::License,
            vcpu_hours,
            Unit::VcpuHour,
            license,
        ));
    }
    let extra_storage = (input.ephemeral_storage_gib - FARGATE_DEFAULT_EPHEMERAL_GIB).max(0.0);
    if extra_storage > 0.0 {
        let storage_hours = replica_hours * extra_storage;
        let price = fargate_storage(pricing.region);
        lines.push(CostLine::priced(
            LineItem::Storage,
            storage_hours,
            Unit::GbHour,
            price,
        ));
    }
    let compute: f64 = lines
        .iter()
        .filter(|line| line.item == LineItem::Compute)
        .map(|line| line.usd)
        .sum();
    if input.spot && fargate_spot_allowed(input.orchestrator, input.os) {
        lines.push(CostLine::discount(
            LineItem::SpotSavings,
            compute,
            fargate_spot_discount(pricing.region, pricing.fargate_spot_discount),
        ));
    } else if let Some(plan) = savings_plan_discount(
        pricing.commitment,
        Usage::Fargate,
        pricing.savings_plan_discount,
        pricing.region,
    ) {
        lines.push(CostLine::discount(LineItem::SavingsPlan, compute, plan));
    }
    if eks {
        let price = eks_control_plane(pricing.region, pricing.eks_support);
        let cluster_hours = f64::from(pricing.clusters) * pricing.hours_per_month;
        lines.push(CostLine::priced(
            LineItem::ControlPlane,
            cluster_hours,
            Unit::ClusterHour,
            price,
        ));
    }
    let breakdown = Breakdown::of(&lines);
    Side::Available(FargateCost {
        billed_size: size,
        replicas: load.replicas,
        replica_hours,
        total_usd: breakdown.total(),
        breakdown,
        lines,
    })
}
