//! What the reader tells the cost model, and reading it from JSON: the workload's shape
//! ([`CostInput`]), with how it is priced ([`PriceSettings`], in its own file) among its
//! fields.

use serde::{Deserialize, Serialize};

use super::instances::InstanceType;
use super::load::{LoadShape, ALL_DAY};
use super::load::{OFF_PEAK_REPLICAS, PEAK_HOURS_PER_DAY};
use super::price_settings::PriceSettings;
use super::prices::{Arch, Os};
use crate::compute::REPLICAS;
use crate::compute::{Orchestrator, EPHEMERAL_STORAGE_GIB, MEMORY_GIB, VCPU};
use crate::error::InputError;
use crate::input::Bounds;
use crate::read::{names_of, one_of, read_typed, Input, NumberField};

/// Bounds of `daemonsetVcpu` (and of a profile's `agentVcpu`).
pub const DAEMONSET_VCPU: Bounds = Bounds {
    min: 0.0,
    min_exclusive: false,
    max: 8.0,
    whole: false,
    allowed: "a number from 0 to 8",
};
/// Bounds of `daemonsetGib` (and of a profile's `agentGib`).
pub const DAEMONSET_GIB: Bounds = Bounds {
    min: 0.0,
    min_exclusive: false,
    max: 32.0,
    whole: false,
    allowed: "a number from 0 to 32",
};
/// A workload to price on Fargate, on EC2 nodes you run and on EC2 nodes AWS runs.
///
/// Only `orchestrator` is required; unknown fields are refused. In JSON, with the defaults
/// (the [`PriceSettings`] members among them):
///
/// ```json
/// {"orchestrator": "eks", "vcpu": 0.5, "memoryGib": 1, "replicas": 2,
///  "peakHoursPerDay": 24, "offPeakReplicas": 0, "ephemeralStorageGib": 20, "arch": "x86",
///  "os": "linux", "daemonsetVcpu": 0, "daemonsetGib": 0, "spot": false,
///  "region": "us-east-1", "instanceType": null, "hoursPerMonth": 730, "headroom": 0.8,
///  "ec2SpotDiscount": 0.6, "fargateSpotDiscount": 0.66, "eksSupport": "standard",
///  "clusters": 1, "commitment": "none", "savingsPlanDiscount": null}
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CostInput {
    /// `"eks"` or `"ecs"`; required.
    pub orchestrator: Orchestrator,
    /// vCPU per pod or task, above 0 and at most 192; default 0.5.
    #[serde(default = "default_vcpu")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub vcpu: f64,
    /// GiB per pod or task, above 0 and at most 1536; default 1.
    #[serde(default = "default_memory_gib")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub memory_gib: f64,
    /// How many pods or tasks run at the busiest, a whole number from 1 to 10000; default 2.
    #[serde(default = "default_replicas")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub replicas: u32,
    /// Hours a day at that peak, above 0 and at most 24; default 24 (a steady load).
    #[serde(default = "default_peak_hours")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub peak_hours_per_day: f64,
    /// How many run the rest of the day, a whole number from 0 to `replicas`; default 0.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub off_peak_replicas: u32,
    /// Ephemeral storage per pod or task in GiB, 0 to 16384; default 20 (what Fargate
    /// includes).
    #[serde(default = "default_ephemeral_storage_gib")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub ephemeral_storage_gib: f64,
    /// `"x86"` (default) or `"arm"`.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub arch: Arch,
    /// `"linux"` (default) or `"windows"` (x86 only): Windows is priced on Fargate at its
    /// Windows rates plus the licence (ECS only; 1, 2 or 4 vCPU), and on EC2 at the Linux
    /// price plus the licence per vCPU-hour.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub os: Os,
    /// What DaemonSets (or ECS daemon services) use on every node, in vCPU, 0 to 8;
    /// default 0.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub daemonset_vcpu: f64,
    /// The same in GiB, 0 to 32; default 0.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub daemonset_gib: f64,
    /// Run on Spot where the orchestrator allows; default `false`.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub spot: bool,
    /// Region, instance type, hours and the rest, among the input's own members.
    #[serde(flatten)]
    pub pricing: PriceSettings,
}

fn default_vcpu() -> f64 {
    0.5
}
fn default_memory_gib() -> f64 {
    1.0
}
fn default_replicas() -> u32 {
    2
}
fn default_peak_hours() -> f64 {
    ALL_DAY
}
fn default_ephemeral_storage_gib() -> f64 {
    20.0
}

impl CostInput {
    /// An input with every optional field at its default.
    pub fn new(orchestrator: Orchestrator) -> Self {
        CostInput {
            orchestrator,
            vcpu: default_vcpu(),
            memory_gib: default_memory_gib(),
            replicas: default_replicas(),
            peak_hours_per_day: default_peak_hours(),
            off_peak_replicas: 0,
            ephemeral_storage_gib: default_ephemeral_storage_gib(),
            arch: Arch::X86,
            os: Os::Linux,
            daemonset_vcpu: 0.0,
            daemonset_gib: 0.0,
            spot: false,
            pricing: PriceSettings::default(),
        }
    }

    /// Reads and validates an input from JSON text, reporting the first bad field with its
    /// path.
    ///
    /// ```
    /// use container_compass_core::cost::CostInput;
    ///
    /// let error = CostInput::from_json(r#"{"orchestrator": "ecs", "region": "eu-west-1"}"#)
    ///     .unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     r#"region: received "eu-west-1", allowed "us-east-1" or "ap-northeast-2""#
    /// );
    /// ```
    pub fn from_json(text: &str) -> Result<CostInput, InputError> {
        crate::read::from_json(text)
    }

    /// Checks every value; the first bad one is the error. An input read by
    /// [`CostInput::from_json`] has already passed.
    pub fn validate(&self) -> Result<(), InputError> {
        Input::validate(self)
    }

    /// The rules between the input's members, once every number is within bounds.
    fn check_rules(&self) -> Result<(), InputError> {
        self.load().validate()?;
        if self.os == Os::Windows && self.arch == Arch::Arm {
            return Err(InputError::new(
                "os",
                r#""windows""#,
                r#""linux" when arch is "arm""#,
            ));
        }
        self.pricing.validate()?;
        let arch_is = match self.arch {
            Arch::X86 => r#"arch is "x86""#,
            Arch::Arm => r#"arch is "arm""#,
        };
        self.pricing.check_arch(self.arch, arch_is)
    }

    /// The instance type asked for, if any.
    pub fn instance(&self) -> Option<&'static InstanceType> {
        self.pricing.instance()
    }

    /// How many run when, as one value.
    pub fn load(&self) -> LoadShape {
        LoadShape {
            replicas: self.replicas,
            peak_hours_per_day: self.peak_hours_per_day,
            off_peak_replicas: self.off_peak_replicas,
        }
    }
}

impl Input for CostInput {
    const NUMBERS: &'static [NumberField<Self>] = &[
        NumberField {
            path: "vcpu",
            bounds: VCPU,
            get: |c| Some(c.vcpu),
        },
        NumberField {
            path: "memoryGib",
            bounds: MEMORY_GIB,
            get: |c| Some(c.memory_gib),
        },
        NumberField {
            path: "replicas",
            bounds: REPLICAS,
            get: |c| Some(f64::from(c.replicas)),
        },
        NumberField {
            path: "peakHoursPerDay",
            bounds: PEAK_HOURS_PER_DAY,
            get: |c| Some(c.peak_hours_per_day),
        },
        NumberField {
            path: "offPeakReplicas",
            bounds: OFF_PEAK_REPLICAS,
            get: |c| Some(f64::from(c.off_peak_replicas)),
        },
        NumberField {
            path: "ephemeralStorageGib",
            bounds: EPHEMERAL_STORAGE_GIB,
            get: |c| Some(c.ephemeral_storage_gib),
        },
        NumberField {
            path: "daemonsetVcpu",
            bounds: DAEMONSET_VCPU,
            get: |c| Some(c.daemonset_vcpu),
        },
        NumberField {
            path: "daemonsetGib",
            bounds: DAEMONSET_GIB,
            get: |c| Some(c.daemonset_gib),
        },
    ];

    fn names_at(path: &str) -> Option<Vec<String>> {
        match path {
            "orchestrator" => Some(names_of(&Orchestrator::ALL)),
            "arch" => Some(names_of(&[Arch::X86, Arch::Arm])),
            "os" => Some(names_of(&[Os::Linux, Os::Windows])),
            other => PriceSettings::names_at(other),
        }
    }

    /// The workload's rules, then the price settings, which are members of the input too.
    fn check_rules(&self) -> Result<(), InputError> {
        CostInput::check_rules(self)
    }

    fn allowed_at(path: &str) -> Option<String> {
        Self::NUMBERS
            .iter()
            .find(|field| field.path == path)
            .map(|field| field.bounds.allowed.to_string())
            .or_else(|| Self::names_at(path).map(|names| one_of(&names)))
            .or_else(|| PriceSettings::allowed_at(path))
    }

    /// The price settings are flattened among the input's members, where serde's path
    /// tracking cannot follow: read them on their own first, so their errors name the field.
    fn check_parts(value: &serde_json::Value) -> Result<(), InputError> {
        read_typed::<PriceSettings, PriceSettings>(value).map(|_| ())
    }
}
