//! The EKS starter: an eksctl `ClusterConfig` (apiVersion eksctl.io/v1alpha5) for the plan,
//! and for EKS Auto Mode on Arm or Spot a NodePool, since the built-in general-purpose pool
//! launches x86 on-demand nodes only. Fields only from eksctl's config schema (the tests
//! validate every file against it) and the NodePool the EKS guide shows.

use super::writer::Yaml;
use super::{bilingual, fill, steps, Format, Plan, StarterFile, Step};
use super::{CLUSTER_NAME, KUBERNETES_VERSION};
use crate::catalog::citation;
use crate::compute::{Choice, Target};
use crate::cost::{Arch, Ec2Cost};
use crate::i18n::{Lang, Text};
use crate::number::format_number;

const NODE_GROUPS: &str = "starter.eksctl-node-groups";
const SPOT: &str = "starter.eksctl-spot";
const FARGATE: &str = "starter.eksctl-fargate";
const AUTO_MODE: &str = "starter.eksctl-auto-mode";
const NODE_POOL: &str = "starter.auto-mode-node-pool";
const VERSION: &str = "starter.kubernetes-version";

/// Every fact an EKS starter can cite.
pub(super) const FACTS: &[&str] = &[NODE_GROUPS, SPOT, FARGATE, AUTO_MODE, NODE_POOL, VERSION];

/// The namespace a mix's Fargate profile selects.
pub(super) const FARGATE_NAMESPACE: &str = "app";

pub(super) const HEADER: Text = Text::new(
    "선택 도우미가 추천한 구성의 시작 설정입니다. 실행하기 전에 읽고 고치세요.",
    "A starter for the plan the chooser recommends: read and adjust it before you run it.",
);
pub(super) const PLAN: Text = Text::new("구성", "Plan");
pub(super) const SOURCE: Text = Text::new("출처", "Source");
const VERSION_NOTE: Text = Text::new(
    "eksctl의 기본 버전(2026-08-21)입니다. 표준 지원 중인 버전을 고르세요.",
    "eksctl's default version (2026-08-21): pick one in standard support.",
);
const REGION_NOTE: Text = Text::new("견적을 낸 리전입니다.", "The Region the estimate priced.");
const PEAK_NODES: Text = Text::new(
    "견적이 계산한 노드: 피크에 {} × {}, 그 밖의 시간에 {}대.",
    "The nodes the estimate priced: {} × {} at the peak, {} the rest of the day.",
);
const MIXED_NODES: Text = Text::new(
    "견적은 워크로드 전체를 {} × {}로 계산했습니다. 이 그룹은 Fargate가 못 돌리는 부분만 맡으니 노드 1대로 시작합니다.",
    "The estimate priced the whole workload as {} × {}; this group runs only the part Fargate cannot, so it starts at one node.",
);
const AMI_NOTE: Text = Text::new(
    "Amazon Linux 2023. arm64와 x86_64 중 인스턴스 유형에 맞는 AMI를 씁니다.",
    "Amazon Linux 2023: the arm64 or x86_64 image follows the instance type.",
);
const POD_SIZE: Text = Text::new(
    "파드마다 {} vCPU, {} GB로 과금됩니다(요청에 256 MB를 더해 Fargate 크기로 올림).",
    "Each pod is billed as {} vCPU and {} GB (its request plus 256 MB, rounded up to a Fargate size).",
);
const KUBE_SYSTEM: Text = Text::new(
    "노드가 없으니 CoreDNS도 Fargate에서 돌도록 kube-system을 함께 고릅니다.",
    "kube-system too: with no nodes, CoreDNS runs on Fargate.",
);
const APP_NAMESPACE: Text = Text::new(
    "Fargate에 둘 파드는 app 네임스페이스에 배포하세요. 나머지는 노드 그룹에서 돕니다.",
    "Deploy the pods Fargate runs into the app namespace; the rest run on the node group.",
);
const OWN_POOL: Text = Text::new(
    "내장 general-purpose 풀은 x86 온디맨드 노드만 띄우므로, nodepool.yaml이 이 워크로드의 풀을 더합니다.",
    "The built-in general-purpose pool launches x86 on-demand nodes only: nodepool.yaml adds this workload's pool.",
);
const POOL_NOTE: Text = Text::new(
    "견적이 계산한 인스턴스 유형과 용량 유형으로 노드를 띄웁니다.",
    "Launches nodes of the instance type and capacity type the estimate priced.",
);

/// The files, the checklist and the facts for an EKS plan.
pub(super) fn files(plan: &Plan) -> (Vec<StarterFile>, Vec<Step>, Vec<&'static str>) {
    let choice = plan.answer.choice;
    let own_pool = choice == Choice::Managed && (plan.spot() || plan.arch() == Arch::Arm);
    let mut facts = vec![VERSION];
    if choice == Choice::Managed {
        facts.push(AUTO_MODE);
        if own_pool {
            facts.push(NODE_POOL);
        }
    } else {
        if choice.uses(crate::compute::Capacity::Ec2) {
            facts.push(NODE_GROUPS);
            if plan.spot() {
                facts.push(SPOT);
            }
        }
        if choice.uses(crate::compute::Capacity::Fargate) {
            facts.push(FARGATE);
        }
    }
    let mut files = vec![bilingual("cluster.yaml", Format::Yaml, |lang| {
        cluster(plan, lang, own_pool, &facts)
    })];
    if own_pool {
        files.push(bilingual("nodepool.yaml", Format::Yaml, |lang| {
            node_pool(plan, lang)
        }));
    }
    (files, steps::eks(plan, own_pool), facts)
}

/// The comments every YAML file starts with: what it is, the plan, the sources.
fn header(yaml: &mut Yaml, plan: &Plan, lang: Lang, facts: &[&str]) {
    yaml.comment(HEADER.get(lang));
    let choice = plan.answer.choice.name(plan.answer.orchestrator);
    yaml.comment(&fill("{}: {}", &[PLAN.get(lang), choice.get(lang)]));
    for id in facts {
        if let Some(cited) = citation(id) {
            yaml.comment(&fill("{}: {}", &[SOURCE.get(lang), cited.source]));
        }
    }
}

/// The placements' own sentences on `targets`, as comments.
fn placements(yaml: &mut Yaml, plan: &Plan, lang: Lang, targets: &[Target]) {
    for placement in &plan.answer.placements {
        if targets.contains(&placement.target) {
            yaml.comment(placement.text.get(lang));
        }
    }
}

fn node_note(yaml: &mut Yaml, plan: &Plan, lang: Lang, nodes: &Ec2Cost) {
    let peak = nodes.nodes.to_string();
    let note = if plan.answer.choice == Choice::Mixed {
        fill(MIXED_NODES.get(lang), &[&peak, nodes.instance_type])
    } else {
        let off_peak = nodes.off_peak_nodes.to_string();
        fill(
            PEAK_NODES.get(lang),
            &[&peak, nodes.instance_type, &off_peak],
        )
    };
    yaml.comment(&note);
}

fn cluster(plan: &Plan, lang: Lang, own_pool: bool, facts: &[&str]) -> String {
    let mut yaml = Yaml::default();
    header(&mut yaml, plan, lang, facts);
    yaml.string("apiVersion", "eksctl.io/v1alpha5");
    yaml.string("kind", "ClusterConfig");
    yaml.open("metadata");
    yaml.string("name", CLUSTER_NAME);
    yaml.comment(REGION_NOTE.get(lang));
    yaml.string("region", plan.region.code());
    yaml.comment(VERSION_NOTE.get(lang));
    yaml.string("version", KUBERNETES_VERSION);
    yaml.close();
    let choice = plan.answer.choice;
    if let (Choice::Managed, Some(nodes)) = (choice, plan.nodes) {
        yaml.open("autoModeConfig");
        placements(
            &mut yaml,
            plan,
            lang,
            &[Target::Managed, Target::ManagedSpot],
        );
        node_note(&mut yaml, plan, lang, nodes);
        yaml.raw("enabled", "true");
        if own_pool {
            yaml.comment(OWN_POOL.get(lang));
            yaml.list("nodePools", &["system"]);
        } else {
            yaml.list("nodePools", &["general-purpose", "system"]);
        }
        yaml.close();
    }
    if let (Choice::Ec2 | Choice::Mixed, Some(nodes)) = (choice, plan.nodes) {
        node_group(&mut yaml, plan, lang, nodes);
    }
    if let Some(size) = plan.fargate {
        yaml.open("fargateProfiles");
        placements(&mut yaml, plan, lang, &[Target::Fargate]);
        let (vcpu, memory) = (format_number(size.vcpu), format_number(size.memory_gb));
        yaml.comment(&fill(POD_SIZE.get(lang), &[&vcpu, &memory]));
        yaml.item();
        let mixed = choice == Choice::Mixed;
        yaml.string("name", if mixed { "fp-app" } else { "fp-default" });
        yaml.open("selectors");
        if mixed {
            yaml.comment(APP_NAMESPACE.get(lang));
            yaml.item();
            yaml.string("namespace", FARGATE_NAMESPACE);
            yaml.close();
        } else {
            yaml.item();
            yaml.string("namespace", "default");
            yaml.close();
            yaml.comment(KUBE_SYSTEM.get(lang));
            yaml.item();
            yaml.string("namespace", "kube-system");
            yaml.close();
        }
        yaml.close();
        yaml.close();
        yaml.close();
    }
    yaml.out
}

fn node_group(yaml: &mut Yaml, plan: &Plan, lang: Lang, nodes: &Ec2Cost) {
    yaml.open("managedNodeGroups");
    placements(yaml, plan, lang, &[Target::Ec2, Target::Ec2Spot]);
    node_note(yaml, plan, lang, nodes);
    yaml.item();
    yaml.string("name", "nodes");
    if plan.spot() {
        yaml.list("instanceTypes", &[nodes.instance_type]);
        yaml.raw("spot", "true");
    } else {
        yaml.string("instanceType", nodes.instance_type);
    }
    yaml.comment(AMI_NOTE.get(lang));
    yaml.string("amiFamily", "AmazonLinux2023");
    let [min, desired, max] = plan.node_counts(nodes).map(|count| count.to_string());
    yaml.raw("minSize", &min);
    yaml.raw("maxSize", &max);
    yaml.raw("desiredCapacity", &desired);
    yaml.close();
    yaml.close();
}

/// The Auto Mode NodePool for Arm or Spot: the estimate's instance type, its architecture and
/// capacity type, on the built-in `default` NodeClass.
fn node_pool(plan: &Plan, lang: Lang) -> String {
    let mut yaml = Yaml::default();
    header(&mut yaml, plan, lang, &[NODE_POOL]);
    yaml.string("apiVersion", "karpenter.sh/v1");
    yaml.string("kind", "NodePool");
    yaml.open("metadata");
    yaml.string("name", "workload");
    yaml.close();
    yaml.open("spec");
    yaml.open("template");
    yaml.open("spec");
    yaml.open("nodeClassRef");
    yaml.string("group", "eks.amazonaws.com");
    yaml.string("kind", "NodeClass");
    yaml.string("name", "default");
    yaml.close();
    yaml.comment(POOL_NOTE.get(lang));
    yaml.open("requirements");
    let arch = match plan.arch() {
        Arch::Arm => "arm64",
        Arch::X86 => "amd64",
    };
    let capacity = if plan.spot() { "spot" } else { "on-demand" };
    let instance = plan.nodes.map_or("", |nodes| nodes.instance_type);
    for (key, value) in [
        ("kubernetes.io/arch", arch),
        ("karpenter.sh/capacity-type", capacity),
        ("node.kubernetes.io/instance-type", instance),
    ] {
        yaml.item();
        yaml.string("key", key);
        yaml.string("operator", "In");
        yaml.list("values", &[value]);
        yaml.close();
    }
    yaml.out
}
