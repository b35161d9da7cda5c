//! The prices the cost model multiplies by: Fargate, Fargate Spot, the EKS control plane and
//! EC2 on-demand Linux instances, in us-east-1 and ap-northeast-2 (Seoul).
//!
//! Every price carries its Region, the date it was recorded, the page it rests on and a
//! [`Status`]. Only the prices the project's research notes (`aws-facts.md`, "Prices") list
//! are [`Status::Verified`]; every other value here is the public list price as best known
//! when this table was written, and is [`Status::Unverified`] until someone checks it
//! against the AWS Price List bulk files (`offers/v1.0/aws/AmazonEC2`, `AWSFargate`).
//! The instance types themselves live in [`super::instances`].

use serde::Serialize;

use crate::core::catalog::Status;
use crate::core::json::Keyword;

/// The day the research notes recorded their prices; every price here carries it.
pub const PRICES_DATE: &str = "2026-11-25";

/// The Fargate price page.
pub const FARGATE_PRICING: &str = "https://aws.amazon.com/fargate/pricing/";
/// The EC2 on-demand price page.
pub const EC2_PRICING: &str = "https://aws.amazon.com/ec2/pricing/on-demand/";
/// The EKS price page.
pub const EKS_PRICING: &str = "https://aws.amazon.com/eks/pricing/";
/// The EC2 Spot price page.
pub const EC2_SPOT_PRICING: &str = "https://aws.amazon.com/ec2/spot/pricing/";

/// The Regions the model has prices for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Region {
    /// US East (N. Virginia).
    #[serde(rename = "us-east-1")]
    UsEast1,
    /// Asia Pacific (Seoul).
    #[serde(rename = "ap-northeast-2")]
    ApNortheast2,
}

impl Region {
    pub const ALL: [Region; 2] = [Region::UsEast1, Region::ApNortheast2];

    /// The Region's code, as AWS writes it.
    pub fn code(self) -> &'static str {
        match self {
            Region::UsEast1 => "us-east-1",
            Region::ApNortheast2 => "ap-northeast-2",
        }
    }
}

impl Keyword for Region {
    const KEYWORDS: &'static [(&'static str, Self)] = &[
        ("us-east-1", Region::UsEast1),
        ("ap-northeast-2", Region::ApNortheast2),
    ];
}

/// The CPU architecture of the images, and so of the capacity that runs them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Arch {
    /// x86-64 (Intel or AMD); the default.
    #[default]
    X86,
    /// Arm64 (AWS Graviton).
    Arm,
}

impl Keyword for Arch {
    const KEYWORDS: &'static [(&'static str, Self)] = &[("x86", Arch::X86), ("arm", Arch::Arm)];
}

/// What a price is charged per, in USD.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Unit {
    /// Per vCPU per hour (Fargate).
    VcpuHour,
    /// Per GB of memory or storage per hour (Fargate).
    GbHour,
    /// Per instance per hour (EC2).
    InstanceHour,
    /// Per cluster per hour (EKS control plane).
    ClusterHour,
    /// A fraction taken off another price (Spot), from 0 to 1.
    FractionOff,
}

/// One sourced price.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Price {
    /// What is priced, stable and kebab case: `fargate.x86.vcpu`, `ec2.m5.large`,
    /// `eks.control-plane.standard`.
    pub item: &'static str,
    /// USD per [`Price::unit`] (or, for [`Unit::FractionOff`], the fraction).
    pub usd: f64,
    pub unit: Unit,
    pub region: Region,
    /// `YYYY-MM-DD`: when the price was recorded.
    pub date: &'static str,
    /// The page the price rests on (https).
    pub source: &'static str,
    /// [`Status::Verified`] only for prices the research notes list.
    pub status: Status,
}

const fn price(
    item: &'static str,
    usd: f64,
    unit: Unit,
    region: Region,
    source: &'static str,
    status: Status,
) -> Price {
    Price {
        item,
        usd,
        unit,
        region,
        date: PRICES_DATE,
        source,
        status,
    }
}

/// An EC2 on-demand Linux price for `item` in `region`.
pub(super) const fn ec2(item: &'static str, region: Region, usd: f64, status: Status) -> Price {
    price(item, usd, Unit::InstanceHour, region, EC2_PRICING, status)
}

/// Fargate's rates for one architecture in one Region.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FargateRates {
    pub vcpu: Price,
    pub memory: Price,
}

use Region::{ApNortheast2, UsEast1};
use Status::{Unverified, Verified};

const FARGATE: [(Region, Arch, FargateRates); 4] = [
    (
        UsEast1,
        Arch::X86,
        FargateRates {
            vcpu: fargate("fargate.x86.vcpu", 0.04048, Unit::VcpuHour, UsEast1),
            memory: fargate("fargate.x86.memory", 0.004445, Unit::GbHour, UsEast1),
        },
    ),
    (
        UsEast1,
        Arch::Arm,
        FargateRates {
            vcpu: fargate("fargate.arm.vcpu", 0.03238, Unit::VcpuHour, UsEast1),
            memory: fargate("fargate.arm.memory", 0.00356, Unit::GbHour, UsEast1),
        },
    ),
    (
        ApNortheast2,
        Arch::X86,
        FargateRates {
            vcpu: fargate("fargate.x86.vcpu", 0.04656, Unit::VcpuHour, ApNortheast2),
            memory: fargate("fargate.x86.memory", 0.00511, Unit::GbHour, ApNortheast2),
        },
    ),
    (
        ApNortheast2,
        Arch::Arm,
        FargateRates {
            vcpu: fargate("fargate.arm.vcpu", 0.03725, Unit::VcpuHour, ApNortheast2),
            memory: fargate("fargate.arm.memory", 0.00409, Unit::GbHour, ApNortheast2),
        },
    ),
];

/// A Fargate rate the research notes list.
const fn fargate(item: &'static str, usd: f64, unit: Unit, region: Region) -> Price {
    price(item, usd, unit, region, FARGATE_PRICING, Verified)
}

/// Fargate's vCPU and memory rates for `arch` in `region` (Linux, on demand).
pub fn fargate_rates(region: Region, arch: Arch) -> FargateRates {
    match FARGATE.iter().find(|(r, a, _)| *r == region && *a == arch) {
        Some((_, _, rates)) => *rates,
        // Unreachable: the table has every Region and architecture.
        None => FARGATE[0].2,
    }
}

/// Ephemeral storage above the 20 GB every task or pod gets, per GB-hour. The Seoul rate is
/// not in the research notes: it is the public rate as best known, unverified.
pub fn fargate_storage(region: Region) -> Price {
    match region {
        UsEast1 => fargate("fargate.ephemeral-storage", 0.000111, Unit::GbHour, UsEast1),
        ApNortheast2 => price(
            "fargate.ephemeral-storage",
            0.000127,
            Unit::GbHour,
            ApNortheast2,
            FARGATE_PRICING,
            Unverified,
        ),
    }
}

/// Fargate Spot's discount on vCPU and memory, as a fraction. AWS states only "up to 70%
/// off"; the exact per-Region Spot rates are unverified, so this upper bound is used as the
/// estimate and marked [`Status::Unverified`]. It applies only on ECS, Linux x86 (ARM64
/// Spot: conflicting sources; not on EKS at all).
pub fn fargate_spot_discount(region: Region) -> Price {
    price(
        "fargate-spot.discount",
        0.70,
        Unit::FractionOff,
        region,
        FARGATE_PRICING,
        Unverified,
    )
}

/// EKS support tier of the cluster's Kubernetes version, which sets the control-plane fee.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EksSupport {
    /// The first 14 months of a version: $0.10 per cluster-hour (the default).
    #[default]
    Standard,
    /// The 12 months after: $0.60 per cluster-hour.
    Extended,
}

impl Keyword for EksSupport {
    const KEYWORDS: &'static [(&'static str, Self)] = &[
        ("standard", EksSupport::Standard),
        ("extended", EksSupport::Extended),
    ];
}

/// The EKS control-plane fee per cluster-hour; the same in both Regions.
pub fn eks_control_plane(region: Region, support: EksSupport) -> Price {
    let (item, usd) = match support {
        EksSupport::Standard => ("eks.control-plane.standard", 0.10),
        EksSupport::Extended => ("eks.control-plane.extended", 0.60),
    };
    price(item, usd, Unit::ClusterHour, region, EKS_PRICING, Verified)
}

/// Every price in the table (Fargate, Fargate Spot, EKS and every instance in every
/// Region it has a price in), for audits.
pub fn all_prices() -> Vec<Price> {
    let mut prices = Vec::new();
    for region in Region::ALL {
        for arch in [Arch::X86, Arch::Arm] {
            let rates = fargate_rates(region, arch);
            prices.extend([rates.vcpu, rates.memory]);
        }
        prices.push(fargate_storage(region));
        prices.push(fargate_spot_discount(region));
        for support in [EksSupport::Standard, EksSupport::Extended] {
            prices.push(eks_control_plane(region, support));
        }
        prices.extend(
            super::instances::INSTANCE_TYPES
                .iter()
                .filter_map(|instance| instance.price(region)),
        );
    }
    prices
}
