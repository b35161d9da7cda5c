//! From answer to first command: the starter configuration for the plan the compute engine
//! recommends, written from the same answer and cost estimate the chooser shows (one brain:
//! the same profile and [`PriceSettings`] give the same files).
//!
//! - EKS (`eksctl`): an eksctl `ClusterConfig` in YAML with the managed node group the
//!   estimate priced (instance type, Spot or on-demand, node count), the Fargate profile for
//!   what the plan puts on Fargate, or `autoModeConfig` (and, for Arm or Spot, a NodePool)
//!   for EKS Auto Mode; comments in the reader's language.
//! - ECS (`ecs`): AWS CLI `--cli-input-json` files: the cluster with its capacity providers
//!   and default strategy (FARGATE / FARGATE_SPOT, an Auto Scaling group provider, or a
//!   Managed Instances provider) and the task definition, its size a valid Fargate pair where
//!   Fargate runs it. JSON has no comments; the steps say what each file is.
//! - The getting-started checklist of the source post's section 4 (`steps`), with exact
//!   commands, and the whole as Markdown ([`markdown`]).
//!
//! A plan a file cannot express (a size Fargate cannot run, Windows or GPU nodes, which the
//! price list has no instance type for) gets no files but a [`Refusal`] naming the field.
//! Every file writes only fields of the tools' published schemas, and the answer cites the
//! pages that define them ([`StarterConfig::fact_ids`]).

mod ecs;
mod eksctl;
mod markdown;
mod steps;

pub use markdown::markdown;

use crate::compute::{
    recommend_priced, Capacity, Choice, ComputeRecommendation, FargateSize, Orchestrator,
    WorkloadProfile,
};
use crate::cost::{Arch, Ec2Cost, PriceSettings, Region, Side, WorkloadCost};
use crate::i18n::{Lang, OwnedText, Text};

/// The cluster's name in every file and command.
pub const CLUSTER_NAME: &str = "my-cluster";

/// The Kubernetes version the EKS file pins: eksctl's default at the commit of 2026-08-21
/// whose schema the tests validate against (fact `starter.kubernetes-version`).
pub const KUBERNETES_VERSION: &str = "1.34";

/// A file's format: the language tag of its Markdown code block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
// In TypeScript, a name that says whose format it is.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "StarterFormat"))]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Yaml,
    Json,
}

/// One file to save, under `name`, with its text in both languages (the comments differ).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StarterFile {
    /// The name the commands use: `cluster.yaml`, `task-definition.json`, …
    pub name: &'static str,
    pub format: Format,
    pub text: OwnedText,
}

/// One step of the checklist: what to do, and the exact commands, in order.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "StarterStep"))]
pub struct Step {
    pub text: Text,
    pub commands: Vec<String>,
}

/// The starter configuration for a plan.
///
/// In JSON (abridged): `{"orchestrator": "eks", "choice": "ec2", "clusterName": "my-cluster",
/// "region": "us-east-1", "kubernetesVersion": "1.34", "files": [{"name": "cluster.yaml",
/// "format": "yaml", "text": {"ko": "…", "en": "…"}}], "steps": [{"text": {…},
/// "commands": ["eksctl create cluster -f cluster.yaml"]}], "factIds": […]}`
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StarterConfig {
    pub orchestrator: Orchestrator,
    /// The plan the files are for: the recommendation's choice.
    pub choice: Choice,
    pub cluster_name: &'static str,
    pub region: Region,
    /// The Kubernetes version the eksctl file pins; `null` on ECS.
    pub kubernetes_version: Option<&'static str>,
    /// The files, in the order the steps use them.
    pub files: Vec<StarterFile>,
    /// The getting-started checklist.
    pub steps: Vec<Step>,
    /// The catalog facts that define the fields written (the JS API's `catalog()` lists
    /// their sources).
    pub fact_ids: Vec<&'static str>,
}

/// Why a plan gets no starter configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Refusal {
    /// The profile's or settings' field in the way (`needs.windows`, `vcpu`, …).
    pub field: &'static str,
    pub reason: Text,
}

/// The answer of `starterConfig`: `{"status": "ready", …the configuration}` or
/// `{"status": "refused", "field", "reason"}`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "status", rename_all = "camelCase")]
pub enum Starter {
    Ready(StarterConfig),
    Refused(Refusal),
}

impl From<Result<StarterConfig, Refusal>> for Starter {
    fn from(result: Result<StarterConfig, Refusal>) -> Self {
        match result {
            Ok(config) => Starter::Ready(config),
            Err(refusal) => Starter::Refused(refusal),
        }
    }
}

const NO_GPU_TYPE: Text = Text::new(
    "가격표에 GPU 유형이 없어, 견적의 노드로는 돌릴 수 없습니다. GPU 노드 그룹(g5, g6 등)을 직접 쓰세요.",
    "The price list has no GPU type, so the nodes priced could not run it: write a GPU node group (g5, g6, …) by hand.",
);
const NO_WINDOWS_NODES: Text = Text::new(
    "시작 설정은 리눅스 노드만 씁니다. Windows 노드는 전용 AMI가 필요합니다.",
    "The starter writes Linux nodes only; Windows nodes need their own AMI.",
);
const NO_NODES: Text = Text::new(
    "이 리전에는 파드나 작업이 들어가는 인스턴스 유형이 없습니다.",
    "No instance type in this Region fits the pod or task.",
);
const NO_FARGATE: Text = Text::new(
    "Fargate는 이 파드나 작업(크기, 스토리지, OS, 아키텍처)을 실행할 수 없습니다.",
    "Fargate cannot run this pod or task (size, storage, OS or architecture).",
);

/// The plan, as the files need it: the answer, and the estimate's sides it uses.
pub(crate) struct Plan<'a> {
    pub profile: &'a WorkloadProfile,
    pub answer: &'a ComputeRecommendation,
    pub region: Region,
    /// The nodes the estimate priced for the plan's EC2 part (yours, or AWS's for `managed`).
    pub nodes: Option<&'a Ec2Cost>,
    /// The size Fargate bills each pod or task, where the plan uses Fargate.
    pub fargate: Option<FargateSize>,
    /// The share of a node's capacity planned for (the cost model's headroom).
    pub headroom: f64,
}

impl Plan<'_> {
    pub fn arch(&self) -> Arch {
        self.profile.arch()
    }

    pub fn spot(&self) -> bool {
        self.profile.needs.spot
    }

    /// The node group's (minimum, desired, maximum): the estimate's off-peak and peak node
    /// counts; in a mix, the nodes run only the part Fargate cannot, which the estimate does
    /// not size, so they start at one and may grow to what the whole workload would need.
    pub fn node_counts(&self, nodes: &Ec2Cost) -> [u32; 3] {
        if self.answer.choice == Choice::Mixed {
            [1, 1, nodes.nodes.max(1)]
        } else {
            [nodes.off_peak_nodes.max(1), nodes.nodes, nodes.nodes]
        }
    }
}

fn refuse(field: &'static str, reason: Text) -> Refusal {
    Refusal { field, reason }
}

/// The starter configuration for `profile` priced with `settings`: the plan
/// [`recommend_priced`] recommends under the estimate the chooser's cost section shows.
///
/// ```
/// use container_compass_core::compute::{Orchestrator, WorkloadProfile};
/// use container_compass_core::cost::PriceSettings;
/// use container_compass_core::starter::starter_config;
///
/// let mut profile = WorkloadProfile::new(Orchestrator::Eks);
/// profile.needs.gpu = true;
/// let refusal = starter_config(&profile, &PriceSettings::default()).unwrap_err();
/// assert_eq!(refusal.field, "needs.gpu");
/// ```
pub fn starter_config(
    profile: &WorkloadProfile,
    settings: &PriceSettings,
) -> Result<StarterConfig, Refusal> {
    let cost = WorkloadCost::new(profile, settings);
    let answer = recommend_priced(profile, &cost);
    starter_for(profile, &answer, &cost)
}

/// [`starter_config`] for an answer already computed: a widget has the recommendation and
/// its cost already. `answer` and `cost` must be for `profile`.
pub fn starter_for(
    profile: &WorkloadProfile,
    answer: &ComputeRecommendation,
    cost: &WorkloadCost,
) -> Result<StarterConfig, Refusal> {
    let choice = answer.choice;
    let estimate = &cost.estimate;
    let uses_nodes = choice.uses(Capacity::Ec2) || choice.uses(Capacity::Managed);
    let mut nodes = None;
    if uses_nodes {
        if profile.needs.gpu {
            return Err(refuse("needs.gpu", NO_GPU_TYPE));
        }
        if profile.needs.windows {
            return Err(refuse("needs.windows", NO_WINDOWS_NODES));
        }
        let side = if choice == Choice::Managed {
            &estimate.managed
        } else {
            &estimate.ec2
        };
        nodes = Some(side.available().ok_or(refuse("instanceType", NO_NODES))?);
    }
    let mut fargate = None;
    if choice.uses(Capacity::Fargate) {
        fargate = Some(match &estimate.fargate {
            Side::Available(side) => side.billed_size,
            Side::Unavailable(why) => {
                let field = match why.constraint {
                    "ephemeralStorage" => "ephemeralStorageGib",
                    "windows" => "needs.windows",
                    "arm" => "needs.arm",
                    _ => "vcpu",
                };
                return Err(refuse(field, NO_FARGATE));
            }
        });
    }
    let plan = Plan {
        profile,
        answer,
        region: estimate.region,
        nodes,
        fargate,
        headroom: cost.input.pricing.headroom,
    };
    let (files, steps, fact_ids) = match profile.orchestrator {
        Orchestrator::Eks => eksctl::files(&plan),
        Orchestrator::Ecs => ecs::files(&plan),
    };
    Ok(StarterConfig {
        orchestrator: profile.orchestrator,
        choice,
        cluster_name: CLUSTER_NAME,
        region: plan.region,
        kubernetes_version: (profile.orchestrator == Orchestrator::Eks)
            .then_some(KUBERNETES_VERSION),
        files,
        steps,
        fact_ids,
    })
}

/// Writes a file in both languages: `write` is called once per language.
pub(crate) fn bilingual(
    name: &'static str,
    format: Format,
    write: impl Fn(Lang) -> String,
) -> StarterFile {
    StarterFile {
        name,
        format,
        text: OwnedText {
            ko: write(Lang::Ko),
            en: write(Lang::En),
        },
    }
}

/// Pushes `template` with each `{}` replaced by the next of `values`, in order. Every file
/// is written this way, from templates with holes: smaller in the engine's wasm than a
/// writer called field by field (or `format!`), and no serde YAML writer keeps comments.
pub(crate) fn fill_into(out: &mut String, template: &str, values: &[&str]) {
    let mut values = values.iter();
    let mut parts = template.split("{}");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for part in parts {
        out.push_str(values.next().copied().unwrap_or_default());
        out.push_str(part);
    }
}

/// [`fill_into`] a new string.
pub(crate) fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::new();
    fill_into(&mut out, template, values);
    out
}

/// `# text` on a line of its own after `indent`; `text` is one line of our own words.
pub(crate) fn comment(out: &mut String, indent: &str, text: &str) {
    fill_into(out, "{}# {}\n", &[indent, text]);
}

/// Every fact a starter configuration can cite.
pub fn cited_fact_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = eksctl::FACTS.iter().chain(ecs::FACTS).copied().collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holes_are_filled_in_order() {
        assert_eq!(fill("a {} b {}.", &["1", "x"]), "a 1 b x.");
        assert_eq!(fill("{}{}", &["1"]), "1");
        assert_eq!(fill("none", &["1"]), "none");
        let mut out = String::from(">");
        comment(&mut out, "  ", "why");
        assert_eq!(out, ">  # why\n");
    }
}
