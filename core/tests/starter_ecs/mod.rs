//! The ECS files' checks, against the API reference of each action the files are the
//! `--cli-input-json` of, and the Fargate task sizes of the ECS developer guide.

use std::collections::BTreeSet;

use container_compass_core::compute::{Capacity, WorkloadProfile};
use container_compass_core::cost::{Arch, Ec2Cost};
use container_compass_core::starter::StarterConfig;
use serde_json::Value;

pub fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .map(|members| members.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

pub fn assert_keys_within(value: &Value, allowed: &[&str], what: &str) {
    let extra: Vec<&str> = keys(value)
        .into_iter()
        .filter(|key| !allowed.contains(key))
        .collect();
    assert!(
        extra.is_empty(),
        "{what}: fields outside the API reference {extra:?}"
    );
}

/// The valid Fargate task sizes, CPU units to the memory (MiB) each takes, from the ECS
/// developer guide's table of task CPU and memory
/// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html,
/// the page fact `starter.ecs-task-sizes` cites): 256 with 512, 1024 or 2048; 512 with 1-4 GB;
/// 1024 with 2-8 GB; 2048 with 4-16 GB; 4096 with 8-30 GB, all in 1 GB steps; 8192 with 16-60
/// GB in 4 GB steps; 16384 with 32-120 GB in 8 GB steps. Windows takes 1024, 2048 and 4096.
pub fn fargate_pair(cpu: u32, memory: u32, windows: bool) -> bool {
    let gb = |g: u32| g * 1024;
    let in_steps = |min: u32, max: u32, step: u32| {
        (gb(min)..=gb(max)).contains(&memory) && (memory - gb(min)) % gb(step) == 0
    };
    let linux_ok = match cpu {
        256 => [512, 1024, 2048].contains(&memory),
        512 => in_steps(1, 4, 1),
        1024 => in_steps(2, 8, 1),
        2048 => in_steps(4, 16, 1),
        4096 => in_steps(8, 30, 1),
        8192 => in_steps(16, 60, 4),
        16384 => in_steps(32, 120, 8),
        _ => false,
    };
    linux_ok && (!windows || [1024, 2048, 4096].contains(&cpu))
}

#[test]
fn the_fargate_table_is_the_documented_one() {
    assert!(fargate_pair(256, 512, false));
    assert!(!fargate_pair(256, 3072, false));
    assert!(fargate_pair(4096, 30720, false));
    assert!(!fargate_pair(4096, 31744, false));
    assert!(fargate_pair(8192, 20480, false));
    assert!(!fargate_pair(8192, 18432, false));
    assert!(fargate_pair(16384, 122880, false));
    assert!(!fargate_pair(512, 1024, true));
    assert!(fargate_pair(1024, 2048, true));
}

/// Every capacity provider strategy in `file`: weights 0-1000, bases 0-100000, at most one
/// base above 0, some weight above 0, each provider associated.
pub fn check_strategy(file: &Value, name: &str) {
    let Some(items) = file["defaultCapacityProviderStrategy"].as_array() else {
        return;
    };
    assert!(!items.is_empty() && items.len() <= 20, "{name}");
    let associated: Vec<&Value> = file["capacityProviders"]
        .as_array()
        .map_or(vec![], |a| a.iter().collect());
    let mut bases = 0;
    let mut weights = 0;
    for item in items {
        assert_keys_within(item, &["capacityProvider", "weight", "base"], name);
        let weight = item["weight"].as_u64().unwrap_or(0);
        let base = item["base"].as_u64().unwrap_or(0);
        assert!(weight <= 1000 && base <= 100_000, "{name}: {item}");
        bases += usize::from(base > 0);
        weights += usize::from(weight > 0);
        assert!(
            associated.contains(&&item["capacityProvider"]),
            "{name}: {item} not associated"
        );
    }
    assert!(bases <= 1 && weights >= 1, "{name}: {items:?}");
}

pub fn check_ecs(
    name: &str,
    value: &Value,
    profile: &WorkloadProfile,
    config: &StarterConfig,
    nodes: Option<&Ec2Cost>,
) {
    check_strategy(value, name);
    match name {
        "cluster.json" => assert_keys_within(
            value,
            &[
                "clusterName",
                "capacityProviders",
                "defaultCapacityProviderStrategy",
                "configuration",
                "serviceConnectDefaults",
                "settings",
                "tags",
            ],
            name,
        ),
        "capacity-providers.json" => assert_keys_within(
            value,
            &[
                "cluster",
                "capacityProviders",
                "defaultCapacityProviderStrategy",
            ],
            name,
        ),
        "capacity-provider.json" => {
            assert_keys_within(
                value,
                &[
                    "name",
                    "cluster",
                    "autoScalingGroupProvider",
                    "managedInstancesProvider",
                    "tags",
                ],
                name,
            );
            let scaling = &value["autoScalingGroupProvider"]["managedScaling"]["targetCapacity"];
            if let Some(target) = scaling.as_u64() {
                assert!((1..=100).contains(&target), "targetCapacity {target}");
            }
            let template = &value["managedInstancesProvider"]["instanceLaunchTemplate"];
            if !template.is_null() {
                let types = &template["instanceRequirements"]["allowedInstanceTypes"];
                assert_eq!(types, &Value::from(vec![nodes.map(|n| n.instance_type)]));
                let option = template["capacityOptionType"].as_str();
                assert!(matches!(option, Some("ON_DEMAND" | "SPOT")), "{option:?}");
            }
        }
        "launch-template.json" => {
            assert_keys_within(
                value,
                &[
                    "ImageId",
                    "InstanceType",
                    "IamInstanceProfile",
                    "UserData",
                    "InstanceMarketOptions",
                ],
                name,
            );
            assert_eq!(
                value["InstanceType"],
                nodes.map(|n| n.instance_type).unwrap_or_default()
            );
            let arm = value["ImageId"]
                .as_str()
                .is_some_and(|image| image.contains("/arm64/"));
            assert_eq!(arm, profile.arch() == Arch::Arm);
        }
        "task-definition.json" => {
            assert_keys_within(
                value,
                &[
                    "family",
                    "networkMode",
                    "requiresCompatibilities",
                    "cpu",
                    "memory",
                    "runtimePlatform",
                    "ephemeralStorage",
                    "containerDefinitions",
                ],
                name,
            );
            let number = |key: &str| -> u32 {
                let text = value[key].as_str().expect("cpu and memory are strings");
                text.parse().unwrap_or_else(|_| panic!("{key}: {text}"))
            };
            let (cpu, memory) = (number("cpu"), number("memory"));
            let platform = &value["runtimePlatform"];
            let windows = platform["operatingSystemFamily"] != "LINUX";
            assert!(
                ["X86_64", "ARM64"].contains(&platform["cpuArchitecture"].as_str().unwrap_or(""))
            );
            let compatibility = value["requiresCompatibilities"][0].as_str();
            if compatibility == Some("FARGATE") {
                assert!(config.choice.uses(Capacity::Fargate));
                assert!(
                    fargate_pair(cpu, memory, windows),
                    "{cpu}/{memory} is no Fargate size"
                );
                if let Some(gib) = value["ephemeralStorage"]["sizeInGiB"].as_u64() {
                    assert!((21..=200).contains(&gib), "sizeInGiB {gib}");
                }
            } else {
                assert!(
                    matches!(compatibility, Some("EC2" | "MANAGED_INSTANCES")),
                    "{compatibility:?}"
                );
                assert!((128..=196_608).contains(&cpu), "task cpu {cpu}");
                assert!(value["ephemeralStorage"].is_null());
            }
        }
        other => panic!("an unexpected file {other}"),
    }
}
