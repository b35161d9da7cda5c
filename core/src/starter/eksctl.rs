//! The EKS starter: an eksctl `ClusterConfig` (apiVersion eksctl.io/v1alpha5) for the plan,
//! and for EKS Auto Mode on Arm or Spot a NodePool, since the built-in general-purpose pool
//! launches x86 on-demand nodes only. Fields only from eksctl's config schema (the tests
//! validate every file against it) and the NodePool the EKS guide shows.
//!
//! Each file is written from templates with holes ([`fill_into`]), its comments in the
//! reader's language between them. Every value in a hole comes from a closed set (the price
//! list's instance types, the Region codes, whole numbers), none of which YAML reads as
//! anything but the plain string, so nothing needs quoting; `version` is quoted in the
//! template, as `1.34` would read as a number.

use super::{bilingual, comment, fill, fill_into, steps, Format, Plan, StarterFile, Step};
use crate::catalog::fact;
use crate::compute::{Capacity, Choice, Target};
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
    "추천 구성의 시작 설정입니다. 쓰기 전에 검토하세요.",
    "A starter for the recommended plan: review it before use.",
);
pub(super) const PLAN: Text = Text::new("구성", "Plan");
pub(super) const SOURCE: Text = Text::new("출처", "Source");
const VERSION_NOTE: Text = Text::new(
    "eksctl의 기본값(2026-08-21). 표준 지원 중인 버전을 고르세요.",
    "eksctl's default (2026-08-21): pick one in standard support.",
);
const REGION_NOTE: Text = Text::new("견적을 낸 리전입니다.", "The Region the estimate priced.");
const PEAK_NODES: Text = Text::new(
    "견적의 노드: 피크 {} × {}, 그 밖에 {}대.",
    "Priced: {} × {} at the peak, {} off it.",
);
const MIXED_NODES: Text = Text::new(
    "전체 견적은 {} × {}. 이 그룹은 Fargate가 못 돌리는 부분만 맡아 1대로 시작합니다.",
    "Priced for everything: {} × {}; this group runs only what Fargate cannot, from one node.",
);
const POD_SIZE: Text = Text::new(
    "파드당 과금: {} vCPU, {} GB(요청 + 256 MB를 올림).",
    "Billed per pod: {} vCPU, {} GB (request + 256 MB, rounded up).",
);
const KUBE_SYSTEM: Text = Text::new(
    "노드가 없으니 CoreDNS도 Fargate에서 돕니다.",
    "With no nodes, CoreDNS runs on Fargate too.",
);
const APP_NAMESPACE: Text = Text::new(
    "Fargate에 둘 파드는 app 네임스페이스에 배포합니다.",
    "Deploy the pods for Fargate in the app namespace.",
);
const OWN_POOL: Text = Text::new(
    "general-purpose 풀은 x86 온디맨드만 띄우므로 nodepool.yaml을 씁니다.",
    "general-purpose runs x86 on-demand only: nodepool.yaml adds this pool.",
);
const POOL_NOTE: Text = Text::new(
    "견적의 인스턴스 유형과 용량 유형.",
    "The estimate's instance type and capacity type.",
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
        if choice.uses(Capacity::Ec2) {
            facts.push(NODE_GROUPS);
            if plan.spot() {
                facts.push(SPOT);
            }
        }
        if choice.uses(Capacity::Fargate) {
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
fn header(out: &mut String, plan: &Plan, lang: Lang, facts: &[&str]) {
    comment(out, "", HEADER.get(lang));
    let choice = plan.answer.choice.name(plan.answer.orchestrator);
    fill_into(out, "# {}: {}\n", &[PLAN.get(lang), choice.get(lang)]);
    for id in facts {
        if let Some(cited) = fact(id) {
            fill_into(out, "# {}: {}\n", &[SOURCE.get(lang), cited.source]);
        }
    }
}

/// `key:`, then the placements' own sentences on `targets` and the estimate's nodes, as
/// comments.
fn section(out: &mut String, key: &str, plan: &Plan, lang: Lang, targets: &[Target]) {
    out.push_str(key);
    out.push_str(":\n");
    for placement in &plan.answer.placements {
        if targets.contains(&placement.target) {
            comment(out, "  ", placement.text.get(lang));
        }
    }
}

fn node_note(out: &mut String, plan: &Plan, lang: Lang, nodes: &Ec2Cost) {
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
    comment(out, "  ", &note);
}

const METADATA: &str = r#"apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: my-cluster
  # {}
  region: {}
  # {}
  version: "1.34"
"#;
const NODE_GROUP: &str = r#"  - name: nodes
    {}
    amiFamily: AmazonLinux2023
    minSize: {}
    maxSize: {}
    desiredCapacity: {}
"#;
const FARGATE_MIXED: &str = r#"  - name: fp-app
    selectors:
      # {}
      - namespace: app
"#;
const FARGATE_ALL: &str = r#"  - name: fp-default
    selectors:
      - namespace: default
      # {}
      - namespace: kube-system
"#;

fn cluster(plan: &Plan, lang: Lang, own_pool: bool, facts: &[&str]) -> String {
    let mut out = String::new();
    header(&mut out, plan, lang, facts);
    let (region, version) = (REGION_NOTE.get(lang), VERSION_NOTE.get(lang));
    fill_into(&mut out, METADATA, &[region, plan.region.code(), version]);
    let choice = plan.answer.choice;
    if let (Choice::Managed, Some(nodes)) = (choice, plan.nodes) {
        let targets = [Target::Managed, Target::ManagedSpot];
        section(&mut out, "autoModeConfig", plan, lang, &targets);
        node_note(&mut out, plan, lang, nodes);
        out.push_str("  enabled: true\n");
        if own_pool {
            comment(&mut out, "  ", OWN_POOL.get(lang));
            out.push_str("  nodePools: [system]\n");
        } else {
            out.push_str("  nodePools: [general-purpose, system]\n");
        }
    }
    if let (Choice::Ec2 | Choice::Mixed, Some(nodes)) = (choice, plan.nodes) {
        let targets = [Target::Ec2, Target::Ec2Spot];
        section(&mut out, "managedNodeGroups", plan, lang, &targets);
        node_note(&mut out, plan, lang, nodes);
        let instance = if plan.spot() {
            fill(
                "instanceTypes: [{}]\n    spot: true",
                &[nodes.instance_type],
            )
        } else {
            fill("instanceType: {}", &[nodes.instance_type])
        };
        let [min, desired, max] = plan.node_counts(nodes).map(|count| count.to_string());
        fill_into(&mut out, NODE_GROUP, &[&instance, &min, &max, &desired]);
    }
    if let Some(size) = plan.fargate {
        section(&mut out, "fargateProfiles", plan, lang, &[Target::Fargate]);
        let (vcpu, memory) = (format_number(size.vcpu), format_number(size.memory_gb));
        comment(&mut out, "  ", &fill(POD_SIZE.get(lang), &[&vcpu, &memory]));
        if choice == Choice::Mixed {
            fill_into(&mut out, FARGATE_MIXED, &[APP_NAMESPACE.get(lang)]);
        } else {
            fill_into(&mut out, FARGATE_ALL, &[KUBE_SYSTEM.get(lang)]);
        }
    }
    out
}

const NODE_POOL_TEMPLATE: &str = r#"apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: workload
spec:
  template:
    spec:
      nodeClassRef:
        group: eks.amazonaws.com
        kind: NodeClass
        name: default
      # {}
      requirements:
        - key: kubernetes.io/arch
          operator: In
          values: [{}]
        - key: karpenter.sh/capacity-type
          operator: In
          values: [{}]
        - key: node.kubernetes.io/instance-type
          operator: In
          values: [{}]
"#;

/// The Auto Mode NodePool for Arm or Spot: the estimate's instance type, its architecture and
/// capacity type, on the built-in `default` NodeClass.
fn node_pool(plan: &Plan, lang: Lang) -> String {
    let mut out = String::new();
    header(&mut out, plan, lang, &[NODE_POOL]);
    let arch = match plan.arch() {
        Arch::Arm => "arm64",
        Arch::X86 => "amd64",
    };
    let capacity = if plan.spot() { "spot" } else { "on-demand" };
    let instance = plan.nodes.map_or("", |nodes| nodes.instance_type);
    let note = POOL_NOTE.get(lang);
    fill_into(
        &mut out,
        NODE_POOL_TEMPLATE,
        &[note, arch, capacity, instance],
    );
    out
}
