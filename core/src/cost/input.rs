//! What the reader tells the cost model, and reading it from JSON: the workload's shape
//! ([`CostInput`]) and how it is priced ([`PriceSettings`]), which `recommendCompute` takes
//! too, so the recommendation and the estimate price the same thing.

use super::instances::{instance_type, InstanceType, INSTANCE_TYPES};
use super::load::{LoadShape, ALL_DAY, OFF_PEAK_REPLICAS, PEAK_HOURS_PER_DAY};
use super::packing::DEFAULT_HEADROOM;
use super::prices::{Arch, EksSupport, Os, Region};
use crate::compute::{Orchestrator, EPHEMERAL_STORAGE_GIB, MEMORY_GIB, REPLICAS, VCPU};
use crate::error::InputError;
use crate::input::Bounds;
use crate::json::{self, one_of, JsonWriter, ObjectReader, ToJson};

/// Bounds of `hoursPerMonth`: up to a 31-day month.
pub const HOURS_PER_MONTH: Bounds = Bounds {
    min: 0.0,
    min_exclusive: true,
    max: 744.0,
    whole: false,
    allowed: "a number greater than 0 and at most 744",
};
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
/// how full nodes may get, the Spot discount and the EKS fee. `estimateCost` reads these
/// among the workload's fields; `recommendCompute` takes them as its second argument, with
/// the same names and defaults. In JSON, with the defaults:
///
/// ```json
/// {"region": "us-east-1", "instanceType": null, "hoursPerMonth": 730, "headroom": 0.8,
///  "ec2SpotDiscount": 0.6, "fargateSpotDiscount": 0.66, "eksSupport": "standard",
///  "clusters": 1}
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct PriceSettings {
    /// `"us-east-1"` (default) or `"ap-northeast-2"`.
    pub region: Region,
    /// The EC2 instance type to pack onto; `null` or absent: the cheapest that fits.
    pub instance_type: Option<&'static str>,
    /// Hours the workload runs per month; default 730.
    pub hours_per_month: f64,
    /// The share of a node's allocatable capacity planned for; default 0.8.
    pub headroom: f64,
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
        }
    }
}

/// The members of [`PriceSettings`], in the order they are written.
const PRICE_KEYS: &str = "region,instanceType,hoursPerMonth,headroom,ec2SpotDiscount,\
                          fargateSpotDiscount,eksSupport,clusters,";

impl PriceSettings {
    /// Writes the settings' members into the object being written, without braces: an
    /// input and the widget's settings carry them among their own members.
    pub fn write_members(&self, out: &mut JsonWriter) {
        out.begin_members(PRICE_KEYS);
        out.member(&self.region);
        out.member(&self.instance_type);
        out.member(&self.hours_per_month);
        out.member(&self.headroom);
        out.member(&self.ec2_spot_discount);
        out.member(&self.fargate_spot_discount);
        out.member(&self.eks_support);
        out.member(&self.clusters);
        out.end_members();
    }

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
        json::read_object(text, PriceSettings::read)
    }

    /// Reads the settings' members from `object`, which may hold others too.
    pub fn read(object: &mut ObjectReader<'_>) -> Result<PriceSettings, InputError> {
        let defaults = PriceSettings::default();
        let region = object.optional_enum("region")?.unwrap_or(defaults.region);
        let instance_type = match object.optional_string_or_null("instanceType")? {
            Some(name) => Some(known_instance(&name)?.name),
            None => None,
        };
        Ok(PriceSettings {
            region,
            instance_type,
            hours_per_month: object
                .optional_number("hoursPerMonth", &HOURS_PER_MONTH)?
                .unwrap_or(defaults.hours_per_month),
            headroom: object
                .optional_number("headroom", &HEADROOM)?
                .unwrap_or(defaults.headroom),
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
        })
    }

    /// Checks every value; the first bad one is the error.
    pub fn validate(&self) -> Result<(), InputError> {
        HOURS_PER_MONTH.check("hoursPerMonth", self.hours_per_month)?;
        HEADROOM.check("headroom", self.headroom)?;
        SPOT_DISCOUNT.check("ec2SpotDiscount", self.ec2_spot_discount)?;
        FARGATE_SPOT_DISCOUNT.check("fargateSpotDiscount", self.fargate_spot_discount)?;
        CLUSTERS.check("clusters", f64::from(self.clusters))?;
        if let Some(name) = self.instance_type {
            known_instance(name)?;
        }
        Ok(())
    }

    /// Refuses an instance type of another architecture than the images' (they could not
    /// run on it), `arch_is` saying where the architecture comes from
    /// (`arch is "x86"`, `needs.arm is false`).
    pub fn check_arch(&self, arch: Arch, arch_is: &str) -> Result<(), InputError> {
        let Some(instance) = self.instance_type.and_then(instance_type) else {
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
            json::quote(instance.name),
            format!("{kind} instance type when {arch_is}"),
        ))
    }
}

fn known_instance(name: &str) -> Result<&'static InstanceType, InputError> {
    instance_type(name).ok_or_else(|| {
        let names: Vec<&str> = INSTANCE_TYPES.iter().map(|i| i.name).collect();
        InputError::new("instanceType", json::quote(name), one_of(&names))
    })
}

/// A workload to price on Fargate and on EC2 nodes.
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
///  "clusters": 1}
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct CostInput {
    /// `"eks"` or `"ecs"`; required.
    pub orchestrator: Orchestrator,
    /// vCPU per pod or task; default 0.5.
    pub vcpu: f64,
    /// GiB per pod or task; default 1.
    pub memory_gib: f64,
    /// How many pods or tasks run at the busiest; default 2.
    pub replicas: u32,
    /// Hours a day at that peak; default 24 (a steady load). See [`LoadShape`].
    pub peak_hours_per_day: f64,
    /// How many run the rest of the day; default 0.
    pub off_peak_replicas: u32,
    /// GiB per pod or task; default 20 (what Fargate includes).
    pub ephemeral_storage_gib: f64,
    /// `"x86"` (default) or `"arm"`.
    pub arch: Arch,
    /// `"linux"` (default) or `"windows"` (x86 only): Windows is priced at Fargate's Windows
    /// rates and on EC2 with the licence per vCPU-hour.
    pub os: Os,
    /// What DaemonSets (or ECS daemon services) use on every node; default 0.
    pub daemonset_vcpu: f64,
    pub daemonset_gib: f64,
    /// Run on Spot where the orchestrator allows; default `false`.
    pub spot: bool,
    /// Region, instance type, hours and the rest.
    pub pricing: PriceSettings,
}

impl ToJson for CostInput {
    fn write_json(&self, out: &mut JsonWriter) {
        out.begin_object(
            "orchestrator,vcpu,memoryGib,replicas,peakHoursPerDay,offPeakReplicas,\
             ephemeralStorageGib,arch,os,daemonsetVcpu,daemonsetGib,spot,",
        );
        out.member(&self.orchestrator);
        out.member(&self.vcpu);
        out.member(&self.memory_gib);
        out.member(&self.replicas);
        out.member(&self.peak_hours_per_day);
        out.member(&self.off_peak_replicas);
        out.member(&self.ephemeral_storage_gib);
        out.member(&self.arch);
        out.member(&self.os);
        out.member(&self.daemonset_vcpu);
        out.member(&self.daemonset_gib);
        out.member(&self.spot);
        self.pricing.write_members(out);
        out.end_object();
    }
}

impl json::JsonObject for CostInput {}

impl CostInput {
    /// An input with every optional field at its default.
    pub fn new(orchestrator: Orchestrator) -> Self {
        CostInput {
            orchestrator,
            vcpu: 0.5,
            memory_gib: 1.0,
            replicas: 2,
            peak_hours_per_day: ALL_DAY,
            off_peak_replicas: 0,
            ephemeral_storage_gib: 20.0,
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
        let input = json::read_object(text, read_input)?;
        input.validate()?;
        Ok(input)
    }

    /// Checks every value; the first bad one is the error. An input read by
    /// [`CostInput::from_json`] has already passed.
    pub fn validate(&self) -> Result<(), InputError> {
        VCPU.check("vcpu", self.vcpu)?;
        MEMORY_GIB.check("memoryGib", self.memory_gib)?;
        self.load().validate()?;
        EPHEMERAL_STORAGE_GIB.check("ephemeralStorageGib", self.ephemeral_storage_gib)?;
        DAEMONSET_VCPU.check("daemonsetVcpu", self.daemonset_vcpu)?;
        DAEMONSET_GIB.check("daemonsetGib", self.daemonset_gib)?;
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
        self.pricing.instance_type.and_then(instance_type)
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

fn read_input(object: &mut ObjectReader<'_>) -> Result<CostInput, InputError> {
    let defaults = CostInput::new(object.required_enum("orchestrator")?);
    let vcpu = object.optional_number("vcpu", &VCPU)?;
    let memory_gib = object.optional_number("memoryGib", &MEMORY_GIB)?;
    let replicas = object.optional_u32("replicas", &REPLICAS)?;
    let peak_hours = object.optional_number("peakHoursPerDay", &PEAK_HOURS_PER_DAY)?;
    let off_peak = object.optional_u32("offPeakReplicas", &OFF_PEAK_REPLICAS)?;
    Ok(CostInput {
        vcpu: vcpu.unwrap_or(defaults.vcpu),
        memory_gib: memory_gib.unwrap_or(defaults.memory_gib),
        replicas: replicas.unwrap_or(defaults.replicas),
        peak_hours_per_day: peak_hours.unwrap_or(defaults.peak_hours_per_day),
        off_peak_replicas: off_peak.unwrap_or(defaults.off_peak_replicas),
        ephemeral_storage_gib: object
            .optional_number("ephemeralStorageGib", &EPHEMERAL_STORAGE_GIB)?
            .unwrap_or(defaults.ephemeral_storage_gib),
        arch: object.optional_enum("arch")?.unwrap_or(defaults.arch),
        os: object.optional_enum("os")?.unwrap_or(defaults.os),
        daemonset_vcpu: object
            .optional_number("daemonsetVcpu", &DAEMONSET_VCPU)?
            .unwrap_or(defaults.daemonset_vcpu),
        daemonset_gib: object
            .optional_number("daemonsetGib", &DAEMONSET_GIB)?
            .unwrap_or(defaults.daemonset_gib),
        spot: object.optional_bool("spot")?.unwrap_or(defaults.spot),
        pricing: PriceSettings::read(object)?,
        ..defaults
    })
}
