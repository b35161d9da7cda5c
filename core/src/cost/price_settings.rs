//! How a workload is priced, beyond its own shape ([`PriceSettings`]): the Region, the
//! instance type, the hours, how full nodes may get, the Spot discounts, the EKS fee and the
//! commitment. `estimateCost` reads them among the workload's fields and `recommendCompute`
//! as its second argument, so the recommendation and the estimate price the same thing.

use serde::{Deserialize, Serialize};

use super::instances::{instance_type, InstanceType, INSTANCE_TYPES};
use super::packing::DEFAULT_HEADROOM;
use super::prices::{Arch, EksSupport, Region};
use super::savings_plans::{Commitment, SAVINGS_PLAN_DISCOUNT};
use crate::error::{quoted, InputError};
use crate::input::Bounds;
use crate::read::{names_of, one_of, Input, NumberField};

/// Bounds of `hoursPerMonth`: up to a 31-day month.
pub const HOURS_PER_MONTH: Bounds = Bounds {
    min: 0.0,
    min_exclusive: true,
    max: 744.0,
    whole: false,
    allowed: "a number greater than 0 and at most 744",
};
/// Bounds of `headroom`.
pub const HEADROOM: Bounds = Bounds {
    min: 0.0,
    min_exclusive: true,
    max: 1.0,
    whole: false,
    allowed: "a number greater than 0 and at most 1",
};
/// Bounds of `ec2SpotDiscount`.
pub const SPOT_DISCOUNT: Bounds = Bounds {
    min: 0.0,
    min_exclusive: false,
    max: 0.9,
    whole: false,
    allowed: "a number from 0 to 0.9",
};
/// Bounds of `fargateSpotDiscount`: AWS puts Fargate Spot at "up to 70%" off.
pub const FARGATE_SPOT_DISCOUNT: Bounds = Bounds {
    min: 0.0,
    min_exclusive: false,
    max: 0.7,
    whole: false,
    allowed: "a number from 0 to 0.7",
};
/// Bounds of `clusters`.
pub const CLUSTERS: Bounds = Bounds {
    min: 1.0,
    min_exclusive: false,
    max: 100.0,
    whole: true,
    allowed: "a whole number from 1 to 100",
};

/// The default `hoursPerMonth`: 365 × 24 / 12, as AWS's calculator uses.
pub const DEFAULT_HOURS_PER_MONTH: f64 = 730.0;
/// The default `ec2SpotDiscount`: an assumption, not a price. EC2 Spot prices move with
/// demand per instance type and Availability Zone ("up to 90%" off, says AWS); 60% is a
/// middle-of-the-road figure for current m, c and r types.
pub const DEFAULT_EC2_SPOT_DISCOUNT: f64 = 0.6;
/// The default `fargateSpotDiscount`: an assumption, not a price. AWS states only "up to
/// 70%" off and publishes current Spot rates that it changes over time; observed rates run
/// 66-67% below on-demand (us-east-1 and eu-west-1, x86: 0.01334053 against 0.04048 per
/// vCPU-hour is 67.0% off). The low end of that range keeps the estimate from overstating
/// the saving.
pub const DEFAULT_FARGATE_SPOT_DISCOUNT: f64 = 0.66;

/// How a workload is priced, beyond its own shape: the Region, the instance type, the hours,
/// how full nodes may get, the Spot discounts, the EKS fee and the commitment bought.
/// `estimateCost` reads these among the workload's fields; `recommendCompute` takes them as
/// its second argument, with the same names and defaults. In JSON, with the defaults:
///
/// ```json
/// {"region": "us-east-1", "instanceType": null, "hoursPerMonth": 730, "headroom": 0.8,
///  "ec2SpotDiscount": 0.6, "fargateSpotDiscount": 0.66, "eksSupport": "standard",
///  "clusters": 1, "commitment": "none", "savingsPlanDiscount": null}
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default, rename_all = "camelCase")]
pub struct PriceSettings {
    /// `"us-east-1"` (default) or `"ap-northeast-2"`.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub region: Region,
    /// The EC2 instance type to pack onto, one of the price list's ([`INSTANCE_TYPES`];
    /// `"m6i.large"`, say); `null` or absent: the cheapest that fits.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub instance_type: Option<String>,
    /// Hours the workload runs per month, above 0 and at most 744; default 730.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub hours_per_month: f64,
    /// The share of a node's allocatable capacity planned for, above 0 and at most 1;
    /// default 0.8.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub headroom: f64,
    /// The fraction EC2 Spot takes off on-demand, 0 to 0.9; default 0.6 (an assumption).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub ec2_spot_discount: f64,
    /// The fraction Fargate Spot takes off Fargate's vCPU and memory (ECS, Linux), 0 to
    /// 0.7; default 0.66, an assumption from observed rates (AWS states only "up to 70%").
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub fargate_spot_discount: f64,
    /// The EKS support tier, which sets the control-plane fee: `"standard"` (default) or
    /// `"extended"`; EKS only.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub eks_support: EksSupport,
    /// How many EKS clusters pay the control-plane fee, a whole number from 1 to 100;
    /// default 1.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub clusters: u32,
    /// The Savings Plan bought, no upfront: `"none"` (default), `"computeSavingsPlan1y"`,
    /// `"computeSavingsPlan3y"` (EC2 instances and Fargate), `"ec2InstanceSavingsPlan1y"`,
    /// `"ec2InstanceSavingsPlan3y"` (EC2 instances only). Never applied to Spot, fees,
    /// storage or licences.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub commitment: Commitment,
    /// The share the plan takes off the usage it covers, 0 to 0.72; `null` or absent: the
    /// plan's default, an assumption (Compute 0.27 on EC2 and 0.20 on Fargate for 1 year,
    /// 0.48 and 0.45 for 3; EC2 Instance 0.37 and 0.57).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub savings_plan_discount: Option<f64>,
}

impl Default for PriceSettings {
    fn default() -> Self {
        PriceSettings {
            region: Region::UsEast1,
            instance_type: None,
            hours_per_month: DEFAULT_HOURS_PER_MONTH,
            headroom: DEFAULT_HEADROOM,
            ec2_spot_discount: DEFAULT_EC2_SPOT_DISCOUNT,
            fargate_spot_discount: DEFAULT_FARGATE_SPOT_DISCOUNT,
            eks_support: EksSupport::Standard,
            clusters: 1,
            commitment: Commitment::None,
            savings_plan_discount: None,
        }
    }
}

impl PriceSettings {
    /// Reads and validates settings from JSON text (the object `recommendCompute` takes),
    /// reporting the first bad field with its path.
    ///
    /// ```
    /// use container_compass_core::cost::PriceSettings;
    ///
    /// let settings = PriceSettings::from_json(r#"{"region": "ap-northeast-2"}"#).unwrap();
    /// assert_eq!(settings.region.code(), "ap-northeast-2");
    /// let error = PriceSettings::from_json(r#"{"hours": 10}"#).unwrap_err();
    /// assert!(error.to_string().starts_with("hours: received an unknown field"));
    /// ```
    pub fn from_json(text: &str) -> Result<PriceSettings, InputError> {
        crate::read::from_json(text)
    }

    /// Checks every value; the first bad one is the error.
    pub fn validate(&self) -> Result<(), InputError> {
        Input::validate(self)
    }

    /// The instance type asked for, if the price list has it.
    pub fn instance(&self) -> Option<&'static InstanceType> {
        self.instance_type.as_deref().and_then(instance_type)
    }

    /// Refuses an instance type of another architecture than the images' (they could not
    /// run on it), `arch_is` saying where the architecture comes from
    /// (`arch is "x86"`, `needs.arm is false`).
    pub fn check_arch(&self, arch: Arch, arch_is: &str) -> Result<(), InputError> {
        let Some(instance) = self.instance() else {
            return Ok(());
        };
        if instance.arch == arch {
            return Ok(());
        }
        let kind = match arch {
            Arch::X86 => "an x86",
            Arch::Arm => "an Arm (Graviton)",
        };
        Err(InputError::new(
            "instanceType",
            quoted(instance.name),
            format!("{kind} instance type when {arch_is}"),
        ))
    }
}

impl Input for PriceSettings {
    const NUMBERS: &'static [NumberField<Self>] = &[
        NumberField {
            path: "hoursPerMonth",
            bounds: HOURS_PER_MONTH,
            get: |p| Some(p.hours_per_month),
        },
        NumberField {
            path: "headroom",
            bounds: HEADROOM,
            get: |p| Some(p.headroom),
        },
        NumberField {
            path: "ec2SpotDiscount",
            bounds: SPOT_DISCOUNT,
            get: |p| Some(p.ec2_spot_discount),
        },
        NumberField {
            path: "fargateSpotDiscount",
            bounds: FARGATE_SPOT_DISCOUNT,
            get: |p| Some(p.fargate_spot_discount),
        },
        NumberField {
            path: "clusters",
            bounds: CLUSTERS,
            get: |p| Some(f64::from(p.clusters)),
        },
        NumberField {
            path: "savingsPlanDiscount",
            bounds: SAVINGS_PLAN_DISCOUNT,
            get: |p| p.savings_plan_discount,
        },
    ];

    fn names_at(path: &str) -> Option<Vec<String>> {
        match path {
            "region" => Some(names_of(&Region::ALL)),
            "eksSupport" => Some(names_of(&[EksSupport::Standard, EksSupport::Extended])),
            "commitment" => Some(names_of(&Commitment::ALL)),
            _ => None,
        }
    }

    /// The instance type is one of the price list's.
    fn check_rules(&self) -> Result<(), InputError> {
        if let Some(name) = &self.instance_type {
            known_instance(name)?;
        }
        Ok(())
    }
}

fn known_instance(name: &str) -> Result<&'static InstanceType, InputError> {
    instance_type(name).ok_or_else(|| {
        let names: Vec<&str> = INSTANCE_TYPES.iter().map(|i| i.name).collect();
        InputError::new("instanceType", quoted(name), one_of(&names))
    })
}
