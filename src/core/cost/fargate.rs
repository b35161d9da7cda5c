//! The Fargate side: size each task or pod as AWS bills it, then price it per second over
//! the month.
//!
//! - ECS bills the smallest valid task size that covers the request
//!   ([`fargate_task_size`]); EKS first adds 256 MB to the pod's memory
//!   ([`eks_fargate_pod_size`], fact `fargate.eks.sizing`).
//! - Billing is per second, so a month of `hours` costs `hours × hourly rate`; the
//!   one-minute minimum does not matter for tasks that run all month.
//! - Ephemeral storage above the 20 GB every task gets is billed per GB-hour. EKS
//!   provisions a little more than requested (100 GiB gives 115 GiB); the model bills what
//!   was requested.
//! - Windows (ECS only) is sized to the 1, 2 and 4 vCPU sizes ([`windows_task_size`]) and
//!   priced at Fargate's Windows rates plus the OS licence per vCPU-hour.
//! - Fargate Spot only on ECS, for Linux tasks (x86, or ARM64 on platform version 1.4.0 or
//!   later: fact `fargate.ecs.spot-arm`), at [`fargate_spot_discount`] off the vCPU and
//!   memory (an assumption the caller can set).

use super::estimate::{Breakdown, CostLine, LineItem, Side, Unavailable};
use super::input::CostInput;
use super::prices::{
    eks_control_plane, fargate_rates, fargate_spot_discount, fargate_storage,
    fargate_windows_rates, Arch, Os, Unit,
};
use crate::core::compute::{
    eks_fargate_pod_size, fargate_task_size, windows_task_size, FargateSize, Orchestrator,
    ECS_FARGATE_MAX_EPHEMERAL_GIB, EKS_FARGATE_MAX_EPHEMERAL_GIB, FARGATE_DEFAULT_EPHEMERAL_GIB,
};
use crate::core::json::json_object;

/// What the Fargate side costs.
#[derive(Clone, Debug, PartialEq)]
pub struct FargateCost {
    /// The size each task or pod is billed for.
    pub billed_size: FargateSize,
    /// How many tasks or pods.
    pub replicas: u32,
    /// USD per month, after any Spot savings.
    pub total_usd: f64,
    pub breakdown: Breakdown,
    /// Every charge and saving, each citing the price it used.
    pub lines: Vec<CostLine>,
}

json_object!(FargateCost {
    "billedSize": billed_size,
    "replicas": replicas,
    "totalUsd": total_usd,
    "breakdown": breakdown,
    "lines": lines,
});

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

/// The Fargate side for `input` with `replicas` tasks or pods.
pub fn fargate_cost(input: &CostInput, replicas: u32) -> Side<FargateCost> {
    if input.orchestrator == Orchestrator::Eks && input.arch == Arch::Arm {
        return Side::Unavailable(Unavailable::new("fargate.eks.arm", "arm"));
    }
    if input.os == Os::Windows {
        return windows_cost(input, replicas);
    }
    let (largest, storage_fact, max_storage) = match input.orchestrator {
        Orchestrator::Ecs => (
            "fargate.ecs.largest-task",
            "fargate.ecs.ephemeral-storage",
            ECS_FARGATE_MAX_EPHEMERAL_GIB,
        ),
        Orchestrator::Eks => (
            "fargate.eks.largest-pod",
            "fargate.eks.ephemeral-storage",
            EKS_FARGATE_MAX_EPHEMERAL_GIB,
        ),
    };
    let Some(size) = billed_size(input.orchestrator, input.vcpu, input.memory_gib) else {
        return Side::Unavailable(Unavailable::new(largest, "podSize"));
    };
    if input.ephemeral_storage_gib > max_storage {
        return Side::Unavailable(Unavailable::new(storage_fact, "ephemeralStorage"));
    }

    let count = f64::from(replicas);
    let hours = input.hours_per_month;
    let rates = fargate_rates(input.region, input.arch);
    let vcpu_hours = count * size.vcpu * hours;
    let gb_hours = count * size.memory_gb * hours;
    let mut lines = vec![
        CostLine::priced(LineItem::Compute, vcpu_hours, Unit::VcpuHour, rates.vcpu),
        CostLine::priced(LineItem::Compute, gb_hours, Unit::GbHour, rates.memory),
    ];
    lines.extend(storage_line(input, count));
    if input.spot && fargate_spot_allowed(input.orchestrator, input.os) {
        let compute: f64 = lines
            .iter()
            .filter(|line| line.item == LineItem::Compute)
            .map(|line| line.usd)
            .sum();
        lines.push(CostLine::discount(
            compute,
            fargate_spot_discount(input.region, input.fargate_spot_discount),
        ));
    }
    if input.orchestrator == Orchestrator::Eks {
        let price = eks_control_plane(input.region, input.eks_support);
        let cluster_hours = f64::from(input.clusters) * hours;
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
        replicas,
        total_usd: breakdown.total(),
        breakdown,
        lines,
    })
}

/// Ephemeral storage above the 20 GB every task or pod gets, for `count` of them.
fn storage_line(input: &CostInput, count: f64) -> Option<CostLine> {
    let extra_storage = (input.ephemeral_storage_gib - FARGATE_DEFAULT_EPHEMERAL_GIB).max(0.0);
    (extra_storage > 0.0).then(|| {
        CostLine::priced(
            LineItem::Storage,
            count * extra_storage * input.hours_per_month,
            Unit::GbHour,
            fargate_storage(input.region),
        )
    })
}

/// The Fargate side of a Windows workload: ECS only, in the 1, 2 and 4 vCPU sizes, at
/// Fargate's Windows rates plus the OS licence per vCPU-hour, never on Spot; where the model
/// has those rates (us-east-1).
fn windows_cost(input: &CostInput, replicas: u32) -> Side<FargateCost> {
    if input.orchestrator == Orchestrator::Eks {
        return Side::Unavailable(Unavailable::new("fargate.eks.windows", "windows"));
    }
    let Some(size) = windows_task_size(input.vcpu, input.memory_gib) else {
        return Side::Unavailable(Unavailable::new("fargate.ecs.windows", "windows"));
    };
    if input.ephemeral_storage_gib > ECS_FARGATE_MAX_EPHEMERAL_GIB {
        let fact = "fargate.ecs.ephemeral-storage";
        return Side::Unavailable(Unavailable::new(fact, "ephemeralStorage"));
    }
    let Some(rates) = fargate_windows_rates(input.region) else {
        return Side::Unavailable(Unavailable::new("cost.no-price", "noPrice"));
    };
    let count = f64::from(replicas);
    let hours = input.hours_per_month;
    let vcpu_hours = count * size.vcpu * hours;
    let mut lines = vec![
        CostLine::priced(LineItem::Compute, vcpu_hours, Unit::VcpuHour, rates.vcpu),
        CostLine::priced(
            LineItem::Compute,
            count * size.memory_gb * hours,
            Unit::GbHour,
            rates.memory,
        ),
        CostLine::priced(LineItem::License, vcpu_hours, Unit::VcpuHour, rates.license),
    ];
    lines.extend(storage_line(input, count));
    let breakdown = Breakdown::of(&lines);
    Side::Available(FargateCost {
        billed_size: size,
        replicas,
        total_usd: breakdown.total(),
        breakdown,
        lines,
    })
}
