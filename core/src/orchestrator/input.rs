//! What the reader tells the ECS-or-EKS engine: how much each criterion matters, and their
//! situation.

use serde::{Deserialize, Serialize};

use super::criteria::Criterion;
use crate::error::InputError;
use crate::input::Bounds;
use crate::read::{names_of, Input, NumberField};

/// Bounds of each criterion weight.
pub const WEIGHT: Bounds = Bounds {
    min: 0.0,
    min_exclusive: false,
    max: 3.0,
    whole: true,
    allowed: "a whole number from 0 to 3",
};

/// Bounds of `teamSize`.
pub const TEAM_SIZE: Bounds = Bounds {
    min: 1.0,
    min_exclusive: false,
    max: 10_000.0,
    whole: true,
    allowed: "a whole number from 1 to 10000",
};

/// How much each of the seed's weighted criteria matters: a whole number from 0 (not at
/// all) to 3 (most). Each defaults to 1. These are the six rows of
/// [`crate::comparison::ORCHESTRATOR`] that [`Criterion`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default, rename_all = "camelCase")]
pub struct CriterionWeights {
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub learning_curve: u8,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub flexibility: u8,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub portability: u8,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub ecosystem: u8,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub networking: u8,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub pricing: u8,
}

impl Default for CriterionWeights {
    fn default() -> Self {
        CriterionWeights {
            learning_curve: 1,
            flexibility: 1,
            portability: 1,
            ecosystem: 1,
            networking: 1,
            pricing: 1,
        }
    }
}

impl CriterionWeights {
    pub fn get(&self, criterion: Criterion) -> u8 {
        match criterion {
            Criterion::LearningCurve => self.learning_curve,
            Criterion::Flexibility => self.flexibility,
            Criterion::Portability => self.portability,
            Criterion::Ecosystem => self.ecosystem,
            Criterion::Networking => self.networking,
            Criterion::Pricing => self.pricing,
        }
    }

    /// A copy with `criterion` weighted `weight`.
    pub fn with(mut self, criterion: Criterion, weight: u8) -> Self {
        let slot = match criterion {
            Criterion::LearningCurve => &mut self.learning_curve,
            Criterion::Flexibility => &mut self.flexibility,
            Criterion::Portability => &mut self.portability,
            Criterion::Ecosystem => &mut self.ecosystem,
            Criterion::Networking => &mut self.networking,
            Criterion::Pricing => &mut self.pricing,
        };
        *slot = weight;
        self
    }
}

/// How well the team knows Kubernetes.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum KubernetesExperience {
    /// No one has run Kubernetes (the default).
    #[default]
    None,
    /// Some have used it.
    Some,
    /// The team runs Kubernetes with confidence.
    Strong,
}

impl KubernetesExperience {
    pub const ALL: [KubernetesExperience; 3] = [
        KubernetesExperience::None,
        KubernetesExperience::Some,
        KubernetesExperience::Strong,
    ];
}

/// The reader's situation. Every field is optional.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default, rename_all = "camelCase")]
pub struct Context {
    /// Default `"none"`.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub kubernetes_experience: KubernetesExperience,
    /// Plans to run on other clouds too; default `false`.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub multi_cloud: bool,
    /// Plans to run in one's own data centre; default `false`.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub on_premises: bool,
    /// People building and running the system, a whole number from 1 to 10000
    /// ([`TEAM_SIZE`]); default 5.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub team_size: u32,
    /// A firm decision to stay on AWS; default `false`. Cannot be combined with
    /// `multiCloud` or `onPremises`.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub aws_only: bool,
}

impl Default for Context {
    fn default() -> Self {
        Context {
            kubernetes_experience: KubernetesExperience::None,
            multi_cloud: false,
            on_premises: false,
            team_size: 5,
            aws_only: false,
        }
    }
}

impl Context {
    /// Whether the reader plans to run outside AWS.
    pub fn plans_beyond_aws(&self) -> bool {
        self.multi_cloud || self.on_premises
    }
}

/// The ECS-or-EKS engine's input. In JSON, with every default spelled out:
///
/// ```json
/// {"weights": {"learningCurve": 1, "flexibility": 1, "portability": 1,
///              "ecosystem": 1, "networking": 1, "pricing": 1},
///  "context": {"kubernetesExperience": "none", "multiCloud": false, "onPremises": false,
///              "teamSize": 5, "awsOnly": false}}
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct OrchestratorInput {
    /// How much each criterion matters, each a whole number from 0 to 3; default 1 each.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub weights: CriterionWeights,
    /// The reader's situation; each member has its default.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub context: Context,
}

impl OrchestratorInput {
    /// Reads and validates the input from JSON text (the shape [`OrchestratorInput`] shows),
    /// reporting the first bad field with its path.
    ///
    /// ```
    /// use container_compass_core::orchestrator::OrchestratorInput;
    ///
    /// let input = OrchestratorInput::from_json(r#"{"context": {"teamSize": 40}}"#).unwrap();
    /// assert_eq!(input.context.team_size, 40);
    ///
    /// let error = OrchestratorInput::from_json(r#"{"weights": {"pricing": 4}}"#).unwrap_err();
    /// assert_eq!(error.to_string(), "weights.pricing: received 4, allowed a whole number from 0 to 3");
    /// ```
    pub fn from_json(text: &str) -> Result<OrchestratorInput, InputError> {
        crate::read::from_json(text)
    }

    /// Checks every value; the first bad one is the error.
    pub fn validate(&self) -> Result<(), InputError> {
        Input::validate(self)
    }
}

impl Input for OrchestratorInput {
    const NUMBERS: &'static [NumberField<Self>] = &[
        NumberField {
            path: "weights.learningCurve",
            bounds: WEIGHT,
            get: |i| Some(f64::from(i.weights.learning_curve)),
        },
        NumberField {
            path: "weights.flexibility",
            bounds: WEIGHT,
            get: |i| Some(f64::from(i.weights.flexibility)),
        },
        NumberField {
            path: "weights.portability",
            bounds: WEIGHT,
            get: |i| Some(f64::from(i.weights.portability)),
        },
        NumberField {
            path: "weights.ecosystem",
            bounds: WEIGHT,
            get: |i| Some(f64::from(i.weights.ecosystem)),
        },
        NumberField {
            path: "weights.networking",
            bounds: WEIGHT,
            get: |i| Some(f64::from(i.weights.networking)),
        },
        NumberField {
            path: "weights.pricing",
            bounds: WEIGHT,
            get: |i| Some(f64::from(i.weights.pricing)),
        },
        NumberField {
            path: "context.teamSize",
            bounds: TEAM_SIZE,
            get: |i| Some(f64::from(i.context.team_size)),
        },
    ];

    fn names_at(path: &str) -> Option<Vec<String>> {
        (path == "context.kubernetesExperience").then(|| names_of(&KubernetesExperience::ALL))
    }

    /// `awsOnly` contradicts plans beyond AWS.
    fn check_rules(&self) -> Result<(), InputError> {
        if self.context.aws_only && self.context.plans_beyond_aws() {
            return Err(InputError::new(
                "context.awsOnly",
                "true",
                "false when multiCloud or onPremises is true",
            ));
        }
        Ok(())
    }
}
