//! What the reader tells the cost model, and reading it from JSON.

use super::instances::{instance_type, InstanceType, INSTANCE_TYPES};
use super::packing::DEFAULT_HEADROOM;
use super::prices::{Arch, EksSupport, Os, Region};
use crate::core::compute::{Orchestrator, EPHEMERAL_STORAGE_GIB, MEMORY_GIB, REPLICAS, VCPU};
use crate::core::error::InputError;
use crate::core::input::Bounds;
use crate::core::json::{self, json_object, one_of, ObjectReader};

/// Bounds of `hoursPerMonth`: up to a 31-day month.
pub const HOURS_PER_MONTH: Bounds = Bounds {
    min: 0.0,
    min_exclusive: true,
    max: 744.0,
    whole: false,
    allowed: "a number greater than 0 and at most 744",
};
/// Bounds of `daemonsetVcpu`.
pub const DAEMONSET_VCPU: Bounds = Bounds {
    min: 0.0,
    min_exclusive: false,
    max: 8.0,
    whole: false,
    allowed: "a number from 0 to 8",
};
/// Bounds of `daemonsetGib`.
pub const DAEMONSET_GIB: Bounds = Bounds {
    min: 0.0,
    min_exclusive: false,
    max: 32.0,
    whole: false,
    allowed: "a number from 0 to 32",
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

/// A workload to price on Fargate and on EC2 nodes.
///
/// Only `orchestrator` is required; unknown fields are refused. In JSON, with the defaults:
///
/// ```json
/// {"orchestrator": "eks", "region": "us-east-1", "vcpu": 0.5, "memoryGib": 1,
///  "replicas": 2, "ephemeralStorageGib": 20, "arch": "x86", "os": "linux", "hoursPerMonth": 730,
///  "instanceType": null, "daemonsetVcpu": 0, "daemonsetGib": 0, "headroom": 0.8,
///  "spot": false, "ec2SpotDiscount": 0.6, "fargateSpotDiscount": 0.66,
///  "eksSupport": "standard", "clusters": 1}
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct CostInput {
    /// `"eks"` or `"ecs"`; required.
    pub orchestrator: Orchestrator,
    /// `"us-east-1"` (default) or `"ap-northeast-2"`.
    pub region: Region,
    /// vCPU per pod or task; default 0.5.
    pub vcpu: f64,
    /// GiB per pod or task; default 1.
    pub memory_gib: f64,
    /// Default 2.
    pub replicas: u32,
    /// GiB per pod or task; default 20 (what Fargate includes).
    pub ephemeral_storage_gib: f64,
    /// `"x86"` (default) or `"arm"`.
    pub arch: Arch,
    /// `"linux"` (default) or `"windows"` (x86 only): Windows is priced at Fargate's Windows
    /// rates and on EC2 with the licence per vCPU-hour.
    pub os: Os,
    /// Hours the workload runs per month; default 730.
    pub hours_per_month: f64,
    /// The EC2 instance type to pack onto; `null` or absent: the cheapest that fits.
    pub instance_type: Option<&'static str>,
    /// What DaemonSets (or ECS daemon services) use on every node; default 0.
    pub daemonset_vcpu: f64,
    pub daemonset_gib: f64,
    /// The share of a node's allocatable capacity planned for; default 0.8.
    pub headroom: f64,
    /// Run on Spot where the orchestrator allows; default `false`.
    pub spot: bool,
    /// The fraction EC2 Spot takes off on-demand; default 0.6 (an assumption).
    pub ec2_spot_discount: f64,
    /// The fraction Fargate Spot takes off Fargate's vCPU and memory; default 0.66 (an
    /// assumption from observed rates).
    pub fargate_spot_discount: f64,
    /// `"standard"` (default) or `"extended"`; EKS only.
    pub eks_support: EksSupport,
    /// How many EKS clusters pay the control-plane fee; default 1.
    pub clusters: u32,
}

json_object!(CostInput {
    "orchestrator": orchestrator,
    "region": region,
    "vcpu": vcpu,
    "memoryGib": memory_gib,
    "replicas": replicas,
    "ephemeralStorageGib": ephemeral_storage_gib,
    "arch": arch,
    "os": os,
    "hoursPerMonth": hours_per_month,
    "instanceType": instance_type,
    "daemonsetVcpu": daemonset_vcpu,
    "daemonsetGib": daemonset_gib,
    "headroom": headroom,
    "spot": spot,
    "ec2SpotDiscount": ec2_spot_discount,
    "fargateSpotDiscount": fargate_spot_discount,
    "eksSupport": eks_support,
    "clusters": clusters,
});

impl CostInput {
    /// An input with every optional field at its default.
    pub fn new(orchestrator: Orchestrator) -> Self {
        CostInput {
            orchestrator,
            region: Region::UsEast1,
            vcpu: 0.5,
            memory_gib: 1.0,
            replicas: 2,
            ephemeral_storage_gib: 20.0,
            arch: Arch::X86,
            os: Os::Linux,
            hours_per_month: DEFAULT_HOURS_PER_MONTH,
            instance_type: None,
            daemonset_vcpu: 0.0,
            daemonset_gib: 0.0,
            headroom: DEFAULT_HEADROOM,
            spot: false,
            ec2_spot_discount: DEFAULT_EC2_SPOT_DISCOUNT,
            fargate_spot_discount: DEFAULT_FARGATE_SPOT_DISCOUNT,
            eks_support: EksSupport::Standard,
            clusters: 1,
        }
    }

    /// Reads and validates an input from JSON text, reporting the first bad field with its
    /// path.
    ///
    /// ```
    /// use container_compass::core::cost::CostInput;
    ///
    /// let error = CostInput::from_json(r#"{"orchestrator": "ecs", "region": "eu-west-1"}"#)
    ///     .unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     r#"region: received "eu-west-1", allowed "us-east-1" or "ap-northeast-2""#
    /// );
    /// ```
    pub fn from_json(text: &str) -> Result<CostInput, InputError> {
        let input = json::read_object(text, read_input)?;
        input.validate()?;
        Ok(input)
    }

    /// Checks every value; the first bad one is the error. An input read by
    /// [`CostInput::from_json`] has already passed.
    pub fn validate(&self) -> Result<(), InputError> {
        VCPU.check("vcpu", self.vcpu)?;
        MEMORY_GIB.check("memoryGib", self.memory_gib)?;
        REPLICAS.check("replicas", f64::from(self.replicas))?;
        EPHEMERAL_STORAGE_GIB.check("ephemeralStorageGib", self.ephemeral_storage_gib)?;
        HOURS_PER_MONTH.check("hoursPerMonth", self.hours_per_month)?;
        DAEMONSET_VCPU.check("daemonsetVcpu", self.daemonset_vcpu)?;
        DAEMONSET_GIB.check("daemonsetGib", self.daemonset_gib)?;
        HEADROOM.check("headroom", self.headroom)?;
        SPOT_DISCOUNT.check("ec2SpotDiscount", self.ec2_spot_discount)?;
        FARGATE_SPOT_DISCOUNT.check("fargateSpotDiscount", self.fargate_spot_discount)?;
        CLUSTERS.check("clusters", f64::from(self.clusters))?;
        if self.os == Os::Windows && self.arch == Arch::Arm {
            return Err(InputError::new(
                "os",
                r#""windows""#,
                r#""linux" when arch is "arm""#,
            ));
        }
        if let Some(name) = self.instance_type {
            self.check_instance(name)?;
        }
        Ok(())
    }

    /// The instance type asked for, if any.
    pub fn instance(&self) -> Option<&'static InstanceType> {
        self.instance_type.and_then(instance_type)
    }

    fn check_instance(&self, name: &str) -> Result<&'static InstanceType, InputError> {
        let received = json::quote(name);
        let Some(instance) = instance_type(name) else {
            let names: Vec<&str> = INSTANCE_TYPES.iter().map(|i| i.name).collect();
            return Err(InputError::new("instanceType", received, one_of(&names)));
        };
        if instance.arch != self.arch {
            let allowed = match self.arch {
                Arch::X86 => r#"an x86 instance type when arch is "x86""#,
                Arch::Arm => r#"an Arm (Graviton) instance type when arch is "arm""#,
            };
            return Err(InputError::new("instanceType", received, allowed));
        }
        Ok(instance)
    }
}

fn read_input(object: &mut ObjectReader<'_>) -> Result<CostInput, InputError> {
    let defaults = CostInput::new(object.required_enum("orchestrator")?);
    let region = object.optional_enum("region")?.unwrap_or(defaults.region);
    let vcpu = object.optional_number("vcpu", &VCPU)?;
    let memory_gib = object.optional_number("memoryGib", &MEMORY_GIB)?;
    let replicas = object.optional_u32("replicas", &REPLICAS)?;
    let storage = object.optional_number("ephemeralStorageGib", &EPHEMERAL_STORAGE_GIB)?;
    let arch = object.optional_enum("arch")?.unwrap_or(defaults.arch);
    let os = object.optional_enum("os")?.unwrap_or(defaults.os);
    let hours = object.optional_number("hoursPerMonth", &HOURS_PER_MONTH)?;
    let instance_name = object.optional_string_or_null("instanceType")?;
    let mut input = CostInput {
        region,
        vcpu: vcpu.unwrap_or(defaults.vcpu),
        memory_gib: memory_gib.unwrap_or(defaults.memory_gib),
        replicas: replicas.unwrap_or(defaults.replicas),
        ephemeral_storage_gib: storage.unwrap_or(defaults.ephemeral_storage_gib),
        arch,
        os,
        hours_per_month: hours.unwrap_or(defaults.hours_per_month),
        daemonset_vcpu: object
            .optional_number("daemonsetVcpu", &DAEMONSET_VCPU)?
            .unwrap_or(defaults.daemonset_vcpu),
        daemonset_gib: object
            .optional_number("daemonsetGib", &DAEMONSET_GIB)?
            .unwrap_or(defaults.daemonset_gib),
        headroom: object
            .optional_number("headroom", &HEADROOM)?
            .unwrap_or(defaults.headroom),
        spot: object.optional_bool("spot")?.unwrap_or(defaults.spot),
        ec2_spot_discount: object
            .optional_number("ec2SpotDiscount", &SPOT_DISCOUNT)?
            .unwrap_or(defaults.ec2_spot_discount),
        fargate_spot_discount: object
            .optional_number("fargateSpotDiscount", &FARGATE_SPOT_DISCOUNT)?
            .unwrap_or(defaults.fargate_spot_discount),
        eks_support: object
            .optional_enum("eksSupport")?
            .unwrap_or(defaults.eks_support),
        clusters: object
            .optional_u32("clusters", &CLUSTERS)?
            .unwrap_or(defaults.clusters),
        ..defaults
    };
    if let Some(name) = instance_name {
        input.instance_type = Some(input.check_instance(&name)?.name);
    }
    Ok(input)
}
