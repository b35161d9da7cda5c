//! The ECS starter: AWS CLI `--cli-input-json` files, each the request of one ECS (or EC2)
//! API action, with only the fields its API reference lists:
//!
//! - `cluster.json` (CreateCluster): the cluster, and for Fargate and the Auto Scaling group
//!   provider its capacity providers and default strategy;
//! - `launch-template.json` (the EC2 launch template's data) and `capacity-provider.json`
//!   (CreateCapacityProvider) for EC2 you run: the instance type the estimate priced, in an
//!   Auto Scaling group of its node count;
//! - `capacity-provider.json` and `capacity-providers.json` (PutClusterCapacityProviders) for
//!   Managed Instances, whose provider belongs to a cluster that must exist first;
//! - `task-definition.json` (RegisterTaskDefinition): the task size as `cpu`/`memory`
//!   strings (a valid Fargate pair where Fargate runs it), `runtimePlatform` and
//!   `requiresCompatibilities`.
//!
//! JSON has no comments: the checklist's steps say what each file is for.

use super::writer::Json;
use super::{steps, Format, Plan, StarterFile, Step, CLUSTER_NAME};
use crate::compute::{Choice, Target};
use crate::cost::{instance_type, Arch, Ec2Cost};
use crate::i18n::OwnedText;

const CLUSTER: &str = "starter.ecs-cluster";
const CAPACITY_PROVIDER: &str = "starter.ecs-capacity-provider";
const TASK_DEFINITION: &str = "starter.ecs-task-definition";
const TASK_SIZES: &str = "starter.ecs-task-sizes";
const STRATEGY: &str = "fargate.ecs.capacity-strategy";

/// Every fact an ECS starter can cite.
pub(super) const FACTS: &[&str] = &[
    CLUSTER,
    CAPACITY_PROVIDER,
    TASK_DEFINITION,
    TASK_SIZES,
    STRATEGY,
];

/// The Auto Scaling group, its launch template and its capacity provider share this name.
pub(super) const NODES: &str = "my-cluster-nodes";
/// The Managed Instances capacity provider.
pub(super) const MANAGED: &str = "my-cluster-managed";
/// The task definition's family, and its container's name.
pub(super) const APP: &str = "app";
/// A placeholder the reader replaces with their image.
const IMAGE: &str = "<your-image>";
const ACCOUNT_ROLE: &str = "arn:aws:iam::<account-id>:role/ecsInfrastructureRole";
const ACCOUNT_PROFILE: &str = "arn:aws:iam::<account-id>:instance-profile/ecsInstanceRole";
const SUBNET: &str = "<subnet-id>";
/// The ECS container agent joins the cluster named in `/etc/ecs/ecs.config`: the base64 of
/// `#!/bin/bash\necho ECS_CLUSTER=my-cluster >> /etc/ecs/ecs.config\n`.
pub(super) const USER_DATA: &str =
    "IyEvYmluL2Jhc2gKZWNobyBFQ1NfQ0xVU1RFUj1teS1jbHVzdGVyID4+IC9ldGMvZWNzL2Vjcy5jb25maWcK";

/// Which capacity the plan's tasks run on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Provider {
    Fargate,
    /// An Auto Scaling group of EC2 you run (with Fargate beside it in a mix).
    AutoScaling,
    Managed,
}

impl Provider {
    fn of(choice: Choice) -> Provider {
        match choice {
            Choice::Fargate => Provider::Fargate,
            Choice::Ec2 | Choice::Mixed => Provider::AutoScaling,
            Choice::Managed => Provider::Managed,
        }
    }
}

/// A file whose text is the same in both languages (JSON has no comments).
fn file(name: &'static str, json: Json) -> StarterFile {
    StarterFile {
        name,
        format: Format::Json,
        text: OwnedText {
            ko: json.out.clone(),
            en: json.out,
        },
    }
}

/// The files, the checklist and the facts for an ECS plan.
pub(super) fn files(plan: &Plan) -> (Vec<StarterFile>, Vec<Step>, Vec<&'static str>) {
    let provider = Provider::of(plan.answer.choice);
    let mut files = Vec::new();
    let mut facts = vec![CLUSTER, TASK_DEFINITION];
    if let (Provider::AutoScaling, Some(nodes)) = (provider, plan.nodes) {
        files.push(file("launch-template.json", launch_template(plan, nodes)));
        files.push(file("capacity-provider.json", auto_scaling_provider(plan)));
    }
    files.push(file("cluster.json", cluster(plan, provider)));
    if let (Provider::Managed, Some(nodes)) = (provider, plan.nodes) {
        files.push(file(
            "capacity-provider.json",
            managed_provider(plan, nodes),
        ));
        let mut json = Json::default();
        json.open(None, '{');
        json.string(Some("cluster"), CLUSTER_NAME);
        json.strings("capacityProviders", &[MANAGED]);
        strategy(&mut json, &[(MANAGED, 0, 1)]);
        json.close('}');
        files.push(file("capacity-providers.json", json));
    }
    if provider != Provider::Fargate {
        facts.push(CAPACITY_PROVIDER);
    }
    if plan.fargate.is_some() {
        facts.extend([TASK_SIZES, STRATEGY]);
    }
    files.push(file(
        "task-definition.json",
        task_definition(plan, provider),
    ));
    (files, steps::ecs(plan, provider), facts)
}

/// `defaultCapacityProviderStrategy`, each item `(provider, base, weight)`.
fn strategy(json: &mut Json, items: &[(&str, u32, u32)]) {
    json.open(Some("defaultCapacityProviderStrategy"), '[');
    for (provider, base, weight) in items {
        json.open(None, '{');
        json.string(Some("capacityProvider"), provider);
        if *base > 0 {
            json.raw("base", &base.to_string());
        }
        json.raw("weight", &weight.to_string());
        json.close('}');
    }
    json.close(']');
}

fn cluster(plan: &Plan, provider: Provider) -> Json {
    let mut json = Json::default();
    json.open(None, '{');
    json.string(Some("clusterName"), CLUSTER_NAME);
    // Fargate Spot where the plan places tasks on it: a base of one task on FARGATE, so a
    // Spot reclaim never takes them all, and the rest on FARGATE_SPOT.
    let spot = plan
        .answer
        .placements
        .iter()
        .any(|placement| placement.target == Target::FargateSpot);
    let fargate: &[(&str, u32, u32)] = if spot {
        &[("FARGATE", 1, 0), ("FARGATE_SPOT", 0, 1)]
    } else {
        &[("FARGATE", 0, 1)]
    };
    let fargate_names: &[&str] = if spot {
        &["FARGATE", "FARGATE_SPOT"]
    } else {
        &["FARGATE"]
    };
    match (provider, plan.fargate.is_some()) {
        (Provider::Fargate, _) => {
            json.strings("capacityProviders", fargate_names);
            strategy(&mut json, fargate);
        }
        // A mix: the tasks go to Fargate by default; the DAEMON service and the tasks that
        // need it name the EC2 provider themselves (a strategy holds one kind or the other).
        (Provider::AutoScaling, true) => {
            let mut names = fargate_names.to_vec();
            names.push(NODES);
            json.strings("capacityProviders", &names);
            strategy(&mut json, fargate);
        }
        (Provider::AutoScaling, false) => {
            json.strings("capacityProviders", &[NODES]);
            strategy(&mut json, &[(NODES, 0, 1)]);
        }
        // A Managed Instances provider is created for a cluster that exists:
        // capacity-providers.json sets the strategy afterwards.
        (Provider::Managed, _) => {}
    }
    json.close('}');
    json
}

/// The launch template's data for `aws ec2 create-launch-template`: the ECS-optimized Amazon
/// Linux 2023 image for the architecture, the instance type the estimate priced, the
/// instance role, the agent's cluster, and Spot where the plan wants it.
fn launch_template(plan: &Plan, nodes: &Ec2Cost) -> Json {
    let mut json = Json::default();
    json.open(None, '{');
    let image = match plan.arch() {
        Arch::Arm => "resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id",
        Arch::X86 => "resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id",
    };
    json.string(Some("ImageId"), image);
    json.string(Some("InstanceType"), nodes.instance_type);
    json.open(Some("IamInstanceProfile"), '{');
    json.string(Some("Name"), "ecsInstanceRole");
    json.close('}');
    json.string(Some("UserData"), USER_DATA);
    if plan.spot() {
        json.open(Some("InstanceMarketOptions"), '{');
        json.string(Some("MarketType"), "spot");
        json.close('}');
    }
    json.close('}');
    json
}

/// The Auto Scaling group provider: managed scaling keeps the group at the share of its
/// capacity the estimate planned for (its headroom).
fn auto_scaling_provider(plan: &Plan) -> Json {
    let mut json = Json::default();
    json.open(None, '{');
    json.string(Some("name"), NODES);
    json.open(Some("autoScalingGroupProvider"), '{');
    json.string(Some("autoScalingGroupArn"), "<auto-scaling-group-arn>");
    json.open(Some("managedScaling"), '{');
    json.string(Some("status"), "ENABLED");
    let target = (plan.headroom * 100.0).round().clamp(1.0, 100.0) as u32;
    json.raw("targetCapacity", &target.to_string());
    json.close('}');
    json.string(Some("managedTerminationProtection"), "DISABLED");
    json.close('}');
    json.close('}');
    json
}

/// The Managed Instances provider: instances of the type the estimate priced, on demand or
/// Spot.
fn managed_provider(plan: &Plan, nodes: &Ec2Cost) -> Json {
    let mut json = Json::default();
    json.open(None, '{');
    json.string(Some("name"), MANAGED);
    json.string(Some("cluster"), CLUSTER_NAME);
    json.open(Some("managedInstancesProvider"), '{');
    json.string(Some("infrastructureRoleArn"), ACCOUNT_ROLE);
    json.open(Some("instanceLaunchTemplate"), '{');
    json.string(Some("ec2InstanceProfileArn"), ACCOUNT_PROFILE);
    json.open(Some("networkConfiguration"), '{');
    json.strings("subnets", &[SUBNET]);
    json.close('}');
    let capacity = if plan.spot() { "SPOT" } else { "ON_DEMAND" };
    json.string(Some("capacityOptionType"), capacity);
    json.open(Some("instanceRequirements"), '{');
    let instance = instance_type(nodes.instance_type);
    let vcpu = instance.map_or(1, |instance| instance.vcpu);
    let mib = instance.map_or(1024, |instance| mebibytes(instance.memory_gib));
    for (key, min) in [("vCpuCount", vcpu), ("memoryMiB", mib)] {
        json.open(Some(key), '{');
        json.raw("min", &min.to_string());
        json.close('}');
    }
    json.strings("allowedInstanceTypes", &[nodes.instance_type]);
    json.close('}');
    json.close('}');
    json.close('}');
    json.close('}');
    json
}

/// `gib` in whole MiB, rounded up.
fn mebibytes(gib: f64) -> u32 {
    (gib * 1024.0).ceil() as u32
}

fn task_definition(plan: &Plan, provider: Provider) -> Json {
    let profile = plan.profile;
    let mut json = Json::default();
    json.open(None, '{');
    json.string(Some("family"), APP);
    json.string(Some("networkMode"), "awsvpc");
    // The app's tasks run on Fargate in a mix too; the DAEMON service is the reader's own.
    let (compatibility, cpu, memory) = match (provider, plan.fargate) {
        (Provider::Fargate | Provider::AutoScaling, Some(size)) => (
            "FARGATE",
            (size.vcpu * 1024.0).round() as u32,
            mebibytes(size.memory_gb),
        ),
        (Provider::Managed, _) => (
            "MANAGED_INSTANCES",
            task_cpu(profile.vcpu),
            mebibytes(profile.memory_gib),
        ),
        _ => ("EC2", task_cpu(profile.vcpu), mebibytes(profile.memory_gib)),
    };
    json.strings("requiresCompatibilities", &[compatibility]);
    json.string(Some("cpu"), &cpu.to_string());
    json.string(Some("memory"), &memory.to_string());
    json.open(Some("runtimePlatform"), '{');
    let arch = match plan.arch() {
        Arch::Arm => "ARM64",
        Arch::X86 => "X86_64",
    };
    json.string(Some("cpuArchitecture"), arch);
    let os = if profile.needs.windows {
        "WINDOWS_SERVER_2022_CORE"
    } else {
        "LINUX"
    };
    json.string(Some("operatingSystemFamily"), os);
    json.close('}');
    // Fargate gives 20 GiB without asking; more is a task-level setting, up to 200.
    if plan.fargate.is_some() && profile.ephemeral_storage_gib > 20.0 {
        json.open(Some("ephemeralStorage"), '{');
        let gib = profile.ephemeral_storage_gib.ceil().min(200.0) as u32;
        json.raw("sizeInGiB", &gib.to_string());
        json.close('}');
    }
    json.open(Some("containerDefinitions"), '[');
    json.open(None, '{');
    json.string(Some("name"), APP);
    json.string(Some("image"), IMAGE);
    json.raw("essential", "true");
    json.close('}');
    json.close(']');
    json.close('}');
    json
}

/// Task-level CPU units on EC2 for `vcpu`: 1024 a vCPU, at least 128 (the API's minimum).
fn task_cpu(vcpu: f64) -> u32 {
    ((vcpu * 1024.0).ceil() as u32).max(128)
}
