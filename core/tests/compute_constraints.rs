//! The EC2-or-Fargate engine's hard constraints, case by case: each documented limit rules
//! an option out, and the answer cites the fact that states it.

use container_compass_core::compute::{Choice, Orchestrator, WorkloadProfile};

use Orchestrator::{Ecs, Eks};

mod common;
use common::engine::*;

#[test]
fn hard_constraints_follow_the_documented_limits() {
    let cases: Vec<(&str, WorkloadProfile, &[Choice], &str)> = vec![
        (
            "gpu on ecs",
            with(lean(Ecs), |p| p.needs.gpu = true),
            MANAGED,
            "fargate.ecs.gpu",
        ),
        (
            "gpu on eks",
            with(lean(Eks), |p| p.needs.gpu = true),
            MANAGED,
            "fargate.eks.gpu",
        ),
        (
            "daemonset on eks",
            with(lean(Eks), |p| p.needs.daemonsets = true),
            MANAGED,
            "fargate.eks.daemonsets",
        ),
        (
            "daemon on ecs",
            with(lean(Ecs), |p| p.needs.daemonsets = true),
            MANAGED,
            "fargate.ecs.daemons",
        ),
        (
            "privileged on eks",
            with(lean(Eks), |p| p.needs.privileged = true),
            EC2,
            "fargate.eks.privileged",
        ),
        (
            "privileged on ecs",
            with(lean(Ecs), |p| p.needs.privileged = true),
            EC2,
            "fargate.ecs.privileged",
        ),
        (
            "host networking on eks",
            with(lean(Eks), |p| p.needs.host_networking = true),
            MANAGED,
            "fargate.eks.host-networking",
        ),
        (
            "host networking on ecs",
            with(lean(Ecs), |p| p.needs.host_networking = true),
            MANAGED,
            "fargate.ecs.host-networking",
        ),
        (
            "windows on eks",
            with(lean(Eks), |p| p.needs.windows = true),
            EC2,
            "fargate.eks.windows",
        ),
        (
            "windows at 2 vcpu on ecs",
            with(lean(Ecs), |p| {
                p.needs.windows = true;
                p.vcpu = 2.0;
                p.memory_gib = 4.0
            }),
            FARGATE,
            "fargate.ecs.windows",
        ),
        (
            "windows at 4 vcpu and 30 gb on ecs, the largest windows size",
            with(lean(Ecs), |p| {
                p.needs.windows = true;
                p.vcpu = 4.0;
                p.memory_gib = 30.0
            }),
            FARGATE,
            "fargate.ecs.windows",
        ),
        (
            "windows at 4 vcpu and 32 gb on ecs, beyond 30 gb",
            with(lean(Ecs), |p| {
                p.needs.windows = true;
                p.vcpu = 4.0;
                p.memory_gib = 32.0
            }),
            EC2,
            "fargate.ecs.windows",
        ),
        (
            "windows at half a vcpu on ecs, billed as 1 vcpu",
            with(lean(Ecs), |p| {
                p.needs.windows = true;
                p.vcpu = 0.5;
                p.memory_gib = 1.0
            }),
            FARGATE,
            "fargate.ecs.windows",
        ),
        (
            "windows at 8 vcpu on ecs",
            with(lean(Ecs), |p| {
                p.needs.windows = true;
                p.vcpu = 8.0;
                p.memory_gib = 16.0
            }),
            EC2,
            "fargate.ecs.windows",
        ),
        (
            "arm on eks",
            with(lean(Eks), |p| p.needs.arm = true),
            MANAGED,
            "fargate.eks.arm",
        ),
        (
            "arm on ecs",
            with(lean(Ecs), |p| p.needs.arm = true),
            FARGATE,
            "fargate.ecs.arm",
        ),
        (
            "spot on eks",
            with(lean(Eks), |p| p.needs.spot = true),
            MANAGED,
            "fargate.eks.spot",
        ),
        (
            "spot on ecs",
            with(lean(Ecs), |p| p.needs.spot = true),
            FARGATE,
            "fargate.ecs.spot",
        ),
        (
            "windows spot on ecs",
            with(lean(Ecs), |p| {
                p.needs.spot = true;
                p.needs.windows = true;
                p.vcpu = 1.0;
                p.memory_gib = 2.0
            }),
            EC2,
            "fargate.ecs.spot",
        ),
        (
            "arm spot on ecs, platform 1.4.0",
            with(lean(Ecs), |p| {
                p.needs.spot = true;
                p.needs.arm = true
            }),
            FARGATE,
            "fargate.ecs.spot-arm",
        ),
        (
            "32 vcpu pod on eks",
            with(lean(Eks), |p| {
                p.vcpu = 32.0;
                p.memory_gib = 64.0
            }),
            MANAGED,
            "fargate.eks.largest-pod",
        ),
        (
            "32 vcpu task on ecs",
            with(lean(Ecs), |p| {
                p.vcpu = 32.0;
                p.memory_gib = 64.0
            }),
            MANAGED,
            "fargate.ecs.largest-task",
        ),
        (
            "120 gib pod on eks, with the 256 mb added",
            with(lean(Eks), |p| {
                p.vcpu = 16.0;
                p.memory_gib = 120.0
            }),
            MANAGED,
            "fargate.eks.largest-pod",
        ),
        (
            "120 gib task on ecs",
            with(lean(Ecs), |p| {
                p.vcpu = 16.0;
                p.memory_gib = 120.0
            }),
            FARGATE,
            "fargate.ecs.largest-task",
        ),
        (
            "180 gib ephemeral on eks",
            with(lean(Eks), |p| p.ephemeral_storage_gib = 180.0),
            MANAGED,
            "fargate.eks.ephemeral-storage",
        ),
        (
            "180 gib ephemeral on ecs",
            with(lean(Ecs), |p| p.ephemeral_storage_gib = 180.0),
            FARGATE,
            "fargate.ecs.ephemeral-storage",
        ),
        (
            "210 gib ephemeral on ecs",
            with(lean(Ecs), |p| p.ephemeral_storage_gib = 210.0),
            MANAGED,
            "fargate.ecs.ephemeral-storage",
        ),
        (
            "ebs on eks",
            with(lean(Eks), |p| p.needs.block_storage = true),
            MANAGED,
            "fargate.eks.block-storage",
        ),
        (
            "ebs on ecs",
            with(lean(Ecs), |p| p.needs.block_storage = true),
            FARGATE,
            "fargate.ecs.block-storage",
        ),
    ];
    for (name, profile, allowed, fact_id) in cases {
        check(name, profile, allowed, fact_id);
    }
}
