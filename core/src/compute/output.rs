//! What the compute engine answers, as types written as JSON.

use super::cost_gap::CostGap;
use super::placements::{Caveat, Placement};
use super::profile::Orchestrator;
use super::rules::{Basis, BlockRule, Capacity, Constraint, Scope};
use super::sizing::FargateSize;
use crate::i18n::{OwnedText, Text};

/// The answer. Ordered from least to most Fargate: `Ec2 < Managed < Mixed < Fargate`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Choice {
    /// Everything on EC2 you run (node groups on EKS, an EC2 capacity provider on ECS).
    Ec2,
    /// Everything on EC2 that AWS runs (EKS Auto Mode, ECS Managed Instances).
    Managed,
    /// The part Fargate cannot run on EC2 you run, the rest on Fargate.
    Mixed,
    /// Everything on Fargate.
    Fargate,
}

impl Choice {
    /// The answer's name in prose on `orchestrator`.
    pub fn name(self, orchestrator: Orchestrator) -> Text {
        match (self, orchestrator) {
            (Choice::Ec2, _) => Text::new("EC2", "EC2"),
            (Choice::Managed, _) => Capacity::Managed.name(orchestrator),
            (Choice::Mixed, _) => {
                Text::new("EC2와 Fargate를 함께 쓰는 구성", "a mix of EC2 and Fargate")
            }
            (Choice::Fargate, _) => Text::new("Fargate", "Fargate"),
        }
    }

    /// Whether the plan puts (some of) the workload on `option`.
    pub fn uses(self, option: Capacity) -> bool {
        match option {
            Capacity::Ec2 => matches!(self, Choice::Ec2 | Choice::Mixed),
            Capacity::Managed => self == Choice::Managed,
            Capacity::Fargate => matches!(self, Choice::Fargate | Choice::Mixed),
        }
    }
}

/// A flat name: a need's own (`"gpu"`, `"hostNetworking"`), or `"podSize"`,
/// `"ephemeralStorage"`. (serde would wrap the need in an object: `{"need": "gpu"}`.)
impl serde::Serialize for Constraint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Constraint::Need(need) => need.serialize(serializer),
            Constraint::PodSize => serializer.serialize_str("podSize"),
            Constraint::EphemeralStorage => serializer.serialize_str("ephemeralStorage"),
        }
    }
}

/// A need an option cannot meet on this orchestrator.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Blocker {
    pub constraint: Constraint,
    /// The option ruled out: `"fargate"` or `"managed"` (EKS Auto Mode, ECS Managed
    /// Instances); nothing rules out `"ec2"`, the nodes you run.
    pub option: Capacity,
    /// `"whole"`: the option is out for the whole workload; `"part"`: only for the pods or
    /// tasks it concerns (Fargate only).
    pub scope: Scope,
    pub text: Text,
    /// The catalog fact the blocker rests on (the JS API's `catalog()` lists them).
    pub fact_id: &'static str,
}

impl From<&BlockRule> for Blocker {
    fn from(rule: &BlockRule) -> Self {
        Blocker {
            constraint: rule.constraint,
            option: rule.option,
            scope: rule.scope,
            text: rule.text,
            fact_id: rule.fact_id,
        }
    }
}

/// A scored reason in favour of `option` (and so against the others):
/// `score = points × weight`, where the weight is the priority named by `basis`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    pub option: Capacity,
    pub basis: Basis,
    pub points: u32,
    pub weight: u8,
    pub score: u32,
    /// In dollars for the cost reason; a widget writes its amounts from `cost`.
    pub text: OwnedText,
    pub fact_id: &'static str,
    /// For a cost reason (basis `cost`), the estimate's totals and what drives the gap.
    pub cost: Option<CostGap>,
}

/// The sum of the reasons' scores for each option.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Scores {
    pub ec2: u32,
    /// EC2 that AWS runs: EKS Auto Mode, ECS Managed Instances.
    pub managed: u32,
    pub fargate: u32,
}

impl Scores {
    /// These scores with `score` more for `option`.
    pub fn plus(mut self, option: Capacity, score: u32) -> Scores {
        let total = match option {
            Capacity::Ec2 => &mut self.ec2,
            Capacity::Managed => &mut self.managed,
            Capacity::Fargate => &mut self.fargate,
        };
        *total = total.saturating_add(score);
        self
    }

    /// The score of `option`.
    pub fn of(&self, option: Capacity) -> u32 {
        match option {
            Capacity::Ec2 => self.ec2,
            Capacity::Managed => self.managed,
            Capacity::Fargate => self.fargate,
        }
    }
}

/// The weight each basis of reasons carried.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Weights {
    pub cost: u8,
    pub control: u8,
    pub simplicity: u8,
    pub workload: u8,
}

/// A change to the profile that would change the answer.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Flip {
    /// The change and its result, as a sentence.
    pub change: OwnedText,
    /// The answer after the change.
    pub choice: Choice,
}

/// The engine's answer, with everything it rests on.
///
/// In JSON (abridged):
/// ```json
/// {"orchestrator": "eks", "choice": "mixed",
///  "placements": [{"target": "ec2", "text": {"ko": "…", "en": "…"}, "factId": "fargate.eks.daemonsets"}],
///  "blockers": [{"constraint": "daemonsets", "option": "fargate", "scope": "part", "text": {…},
///                "factId": "fargate.eks.daemonsets"}],
///  "caveats": [{"text": {…}, "factId": "fargate.eks.imds"}],
///  "reasons": [{"option": "fargate", "basis": "cost", "points": 3, "weight": 1, "score": 3,
///               "text": {…}, "factId": "pricing.fargate-billing",
///               "cost": {"cheaper": "fargate", "than": "managed", "fargateUsd": 109.5,
///                        "ec2Usd": 210.24, "managedUsd": 227.06, …}},
///              {"option": "fargate", "basis": "simplicity", "points": 2, "weight": 1,
///               "score": 2, "text": {…}, "factId": "compute.management", "cost": null}],
///  "scores": {"ec2": 5, "managed": 2, "fargate": 6},
///  "weights": {"cost": 1, "control": 1, "simplicity": 1, "workload": 2},
///  "fargateSize": {"vcpu": 0.5, "memoryGb": 2.0},
///  "flips": [{"change": {…}, "choice": "fargate"}]}
/// ```
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ComputeRecommendation {
    pub orchestrator: Orchestrator,
    pub choice: Choice,
    /// What runs where, in order.
    pub placements: Vec<Placement>,
    /// Hard constraints Fargate or AWS-managed EC2 cannot meet, in the fixed order of the
    /// engine's rules.
    pub blockers: Vec<Blocker>,
    /// Things to know about the plan's Fargate and AWS-managed parts.
    pub caveats: Vec<Caveat>,
    /// Each side's scored reasons; the cost reasons (basis `"cost"`) carry the estimate,
    /// the cheapest side's first.
    pub reasons: Vec<Reason>,
    pub scores: Scores,
    pub weights: Weights,
    /// On EKS, the size Fargate would bill each pod for; `null` on ECS or when no size fits.
    pub fargate_size: Option<FargateSize>,
    /// Changes that would change the answer.
    pub flips: Vec<Flip>,
}
