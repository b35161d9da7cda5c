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
//! JSON has no comments: the checklist's steps say what each file is for. Each file is a
//! template with holes ([`fill_into`]); every value in a hole comes from a closed set (the
//! price list's instance types, fixed names, whole numbers), so none needs escaping.

use super::{fill, fill_into, steps, Format, Plan, StarterFile, Step};
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

/// The Auto Scaling group, its launch template and its capacity provider share this name
/// (written out in the templates too; the Managed Instances provider is `my-cluster-managed`).
pub(super) const NODES: &str = "my-cluster-nodes";
/// The task definition's family, and its container's name.
pub(super) const APP: &str = "app";

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
fn file(name: &'static str, text: String) -> StarterFile {
    StarterFile {
        name,
        format: Format::Json,
        text: OwnedText {
            ko: text.clone(),
            en: text,
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
        let target = (plan.headroom * 100.0).round().clamp(1.0, 100.0) as u32;
        let text = fill(AUTO_SCALING_PROVIDER, &[&target.to_string()]);
        files.push(file("capacity-provider.json", text));
    }
    files.push(file("cluster.json", cluster(plan, provider)));
    if let (Provider::Managed, Some(nodes)) = (provider, plan.nodes) {
        files.push(file(
            "capacity-provider.json",
            managed_provider(plan, nodes),
        ));
        files.push(file(
            "capacity-providers.json",
            MANAGED_STRATEGY.to_string(),
        ));
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

/// One strategy item of weight 1 and no base.
const ITEM: &str = r#"    {
      "capacityProvider": "{}",
      "weight": 1
    }"#;
/// Fargate Spot where the plan places tasks on it: a base of one task on FARGATE, so a Spot
/// reclaim never takes them all, and the rest on FARGATE_SPOT.
const SPOT_ITEMS: &str = r#"    {
      "capacityProvider": "FARGATE",
      "base": 1,
      "weight": 0
    },
    {
      "capacityProvider": "FARGATE_SPOT",
      "weight": 1
    }"#;
const CLUSTER_ALONE: &str = r#"{
  "clusterName": "my-cluster"
}
"#;
const CLUSTER_WITH: &str = r#"{
  "clusterName": "my-cluster",
  "capacityProviders": [
{}
  ],
  "defaultCapacityProviderStrategy": [
{}
  ]
}
"#;
/// PutClusterCapacityProviders for the Managed Instances provider, once it exists.
const MANAGED_STRATEGY: &str = r#"{
  "cluster": "my-cluster",
  "capacityProviders": [
    "my-cluster-managed"
  ],
  "defaultCapacityProviderStrategy": [
    {
      "capacityProvider": "my-cluster-managed",
      "weight": 1
    }
  ]
}
"#;

fn cluster(plan: &Plan, provider: Provider) -> String {
    let spot = plan
        .answer
        .placements
        .iter()
        .any(|placement| placement.target == Target::FargateSpot);
    let (mut names, fargate) = if spot {
        (
            "    \"FARGATE\",\n    \"FARGATE_SPOT\"".to_string(),
            SPOT_ITEMS.to_string(),
        )
    } else {
        ("    \"FARGATE\"".to_string(), fill(ITEM, &["FARGATE"]))
    };
    let strategy = match (provider, plan.fargate.is_some()) {
        (Provider::Fargate, _) => fargate,
        // A mix: the tasks go to Fargate by default; the DAEMON service and the tasks that
        // need it name the EC2 provider themselves (a strategy holds one kind or the other).
        (Provider::AutoScaling, true) => {
            names.push_str(",\n    \"my-cluster-nodes\"");
            fargate
        }
        (Provider::AutoScaling, false) => {
            names = "    \"my-cluster-nodes\"".to_string();
            fill(ITEM, &[NODES])
        }
        // A Managed Instances provider is created for a cluster that exists:
        // capacity-providers.json sets the strategy afterwards.
        (Provider::Managed, _) => return CLUSTER_ALONE.to_string(),
    };
    fill(CLUSTER_WITH, &[&names, &strategy])
}

/// The launch template's data for `aws ec2 create-launch-template`: the ECS-optimized Amazon
/// Linux 2023 image for the architecture, the instance type the estimate priced, the
/// instance role, the agent's cluster (`UserData` is the base64 of `#!/bin/bash\necho
/// ECS_CLUSTER=my-cluster >> /etc/ecs/ecs.config\n`), and Spot where the plan wants it.
const LAUNCH_TEMPLATE: &str = r#"{
  "ImageId": "resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/{}recommended/image_id",
  "InstanceType": "{}",
  "IamInstanceProfile": {
    "Name": "ecsInstanceRole"
  },
  "UserData": "IyEvYmluL2Jhc2gKZWNobyBFQ1NfQ0xVU1RFUj1teS1jbHVzdGVyID4+IC9ldGMvZWNzL2Vjcy5jb25maWcK"{}
}
"#;
const SPOT_MARKET: &str = r#",
  "InstanceMarketOptions": {
    "MarketType": "spot"
  }"#;

fn launch_template(plan: &Plan, nodes: &Ec2Cost) -> String {
    let arm = if plan.arch() == Arch::Arm {
        "arm64/"
    } else {
        ""
    };
    let spot = if plan.spot() { SPOT_MARKET } else { "" };
    fill(LAUNCH_TEMPLATE, &[arm, nodes.instance_type, spot])
}

/// The Auto Scaling group provider: managed scaling keeps the group at the share of its
/// capacity the estimate planned for (its headroom).
const AUTO_SCALING_PROVIDER: &str = r#"{
  "name": "my-cluster-nodes",
  "autoScalingGroupProvider": {
    "autoScalingGroupArn": "<auto-scaling-group-arn>",
    "managedScaling": {
      "status": "ENABLED",
      "targetCapacity": {}
    },
    "managedTerminationProtection": "DISABLED"
  }
}
"#;

/// The Managed Instances provider: instances of the type the estimate priced, on demand or
/// Spot, in the reader's account and subnet.
const MANAGED_PROVIDER: &str = r#"{
  "name": "my-cluster-managed",
  "cluster": "my-cluster",
  "managedInstancesProvider": {
    "infrastructureRoleArn": "arn:aws:iam::<account-id>:role/ecsInfrastructureRole",
    "instanceLaunchTemplate": {
      "ec2InstanceProfileArn": "arn:aws:iam::<account-id>:instance-profile/ecsInstanceRole",
      "networkConfiguration": {
        "subnets": [
          "<subnet-id>"
        ]
      },
      "capacityOptionType": "{}",
      "instanceRequirements": {
        "vCpuCount": {
          "min": {}
        },
        "memoryMiB": {
          "min": {}
        },
        "allowedInstanceTypes": [
          "{}"
        ]
      }
    }
  }
}
"#;

fn managed_provider(plan: &Plan, nodes: &Ec2Cost) -> String {
    let capacity = if plan.spot() { "SPOT" } else { "ON_DEMAND" };
    let instance = instance_type(nodes.instance_type);
    let vcpu = instance.map_or(1, |instance| instance.vcpu).to_string();
    let mib = instance.map_or(1024, |instance| mebibytes(instance.memory_gib));
    let mib = mib.to_string();
    fill(
        MANAGED_PROVIDER,
        &[capacity, &vcpu, &mib, nodes.instance_type],
    )
}

/// `gib` in whole MiB, rounded up.
fn mebibytes(gib: f64) -> u32 {
    (gib * 1024.0).ceil() as u32
}

const TASK_DEFINITION_TEMPLATE: &str = r#"{
  "family": "app",
  "networkMode": "awsvpc",
  "requiresCompatibilities": [
    "{}"
  ],
  "cpu": "{}",
  "memory": "{}",
  "runtimePlatform": {
    "cpuArchitecture": "{}",
    "operatingSystemFamily": "{}"
  },{}
  "containerDefinitions": [
    {
      "name": "app",
      "image": "<your-image>",
      "essential": true
    }
  ]
}
"#;
/// Fargate gives 20 GiB without asking; more is a task-level setting, up to 200.
const EPHEMERAL: &str = r#"
  "ephemeralStorage": {
    "sizeInGiB": {}
  },"#;

fn task_definition(plan: &Plan, provider: Provider) -> String {
    let profile = plan.profile;
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
    let arch = match plan.arch() {
        Arch::Arm => "ARM64",
        Arch::X86 => "X86_64",
    };
    let os = if profile.needs.windows {
        "WINDOWS_SERVER_2022_CORE"
    } else {
        "LINUX"
    };
    let mut storage = String::new();
    if plan.fargate.is_some() && profile.ephemeral_storage_gib > 20.0 {
        let gib = profile.ephemeral_storage_gib.ceil().min(200.0) as u32;
        fill_into(&mut storage, EPHEMERAL, &[&gib.to_string()]);
    }
    let (cpu, memory) = (cpu.to_string(), memory.to_string());
    let values = [compatibility, &cpu, &memory, arch, os, &storage];
    fill(TASK_DEFINITION_TEMPLATE, &values)
}

/// Task-level CPU units on EC2 for `vcpu`: 1024 a vCPU, at least 128 (the API's minimum).
fn task_cpu(vcpu: f64) -> u32 {
    ((vcpu * 1024.0).ceil() as u32).max(128)
}
