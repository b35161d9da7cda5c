//! The prices the cost model multiplies by: Fargate, Fargate Spot, the EKS control plane and
//! EC2 on-demand Linux instances, in us-east-1 and ap-northeast-2 (Seoul).
//!
//! Every price carries its Region, the date it was recorded, the page it rests on and a
//! [`Status`]. The EC2 and Fargate numbers live in one generated table, `price_list.rs`,
//! which `cargo xtask prices` rewrites from the AWS Price List bulk files (the per-Region
//! CSV files of the offers AmazonEC2 and AmazonECS); a price it has read there is
//! [`Status::Verified`] and dated with the file's publication date. Of the hand-written
//! baseline, the us-east-1 prices the audit of 2026-12-01 found matching AWS are Verified;
//! the values taken from secondary sources (the Seoul rates, the Windows rates and licence
//! fees) are [`Status::SecondarySource`]; every other value is the public list price as best
//! known when the table was written, [`Status::Unverified`]. The EKS control-plane fee and
//! the Windows rates are not in the generated table: the fee is written here, the Windows
//! rates in [`super::windows_prices`]; the Spot discounts are [`Status::Assumption`]s the
//! reader can change (`CostInput`). The instance types live in [`super::instances`].

use super::price_list::PRICE_LIST;
use super::windows_prices::{ec2_windows_license, fargate_windows_rates};
pub use crate::catalog::pricing::EKS_FEE_POST;
use crate::catalog::Status;
use crate::compute::Orchestrator;

/// The day the research notes recorded their prices: the date of the hand-written values
/// not re-checked since (the default EC2 Spot discount). The EC2 and Fargate prices carry
/// their own dates, from `price_list.rs`.
pub const PRICES_DATE: &str = "2026-11-25";
/// The day of the audit that re-checked the hand-written values (the EKS fee, the Windows
/// rates, the Fargate Spot default, the max-pods values).
pub const RECHECKED: &str = "2026-12-01";

/// The Fargate price page.
pub const FARGATE_PRICING: &str = "https://aws.amazon.com/fargate/pricing/";
/// The EC2 on-demand price page.
pub const EC2_PRICING: &str = "https://aws.amazon.com/ec2/pricing/on-demand/";
/// The EKS price page.
pub const EKS_PRICING: &str = "https://aws.amazon.com/eks/pricing/";
/// The EC2 Spot price page.
pub const EC2_SPOT_PRICING: &str = "https://aws.amazon.com/ec2/spot/pricing/";

/// The Regions the model has prices for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
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

/// The CPU architecture of the images, and so of the capacity that runs them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Arch {
    /// x86-64 (Intel or AMD); the default.
    #[default]
    X86,
    /// Arm64 (AWS Graviton).
    Arm,
}

/// The operating system of the containers, and so of the capacity that runs them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Os {
    /// Linux; the default.
    #[default]
    Linux,
    /// Windows Server: ECS on Fargate (1, 2 or 4 vCPU) or Windows EC2 nodes, with the
    /// Windows licence charged per vCPU-hour on both.
    Windows,
}

/// What a price is charged per, in USD.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Price {
    /// What is priced, stable and kebab case: `fargate.x86.vcpu`, `eks.control-plane.standard`,
    /// or an EC2 instance type's name (`m5.large`).
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

/// One entry of the generated price list (`price_list.rs`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Listed {
    item: &'static str,
    region: Region,
    usd: f64,
    date: &'static str,
    status: Status,
}

/// An entry of the price list: `usd` per hour for `item` in `region`, recorded on `date`.
pub(super) const fn entry(
    item: &'static str,
    region: Region,
    usd: f64,
    date: &'static str,
    status: Status,
) -> Listed {
    Listed {
        item,
        region,
        usd,
        date,
        status,
    }
}

/// The price list's entry for `item` in `region`, as a [`Price`] per `unit` resting on
/// `source`. Used in constants, so the search costs nothing at run time.
const fn listed(item: &str, region: Region, unit: Unit, source: &'static str) -> Option<Price> {
    let mut rest = PRICE_LIST;
    while let [entry, tail @ ..] = rest {
        if entry.region as u8 == region as u8 && same(entry.item, item) {
            return Some(Price {
                item: entry.item,
                usd: entry.usd,
                unit,
                region,
                date: entry.date,
                source,
                status: entry.status,
            });
        }
        rest = tail;
    }
    None
}

/// `a == b`, in a `const fn`.
const fn same(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a, b) {
            ([], []) => return true,
            ([x, a_rest @ ..], [y, b_rest @ ..]) if *x == *y => {
                a = a_rest;
                b = b_rest;
            }
            _ => return false,
        }
    }
}

/// The EC2 on-demand Linux price of instance type `name` in `region`, if the price list
/// has one.
pub(super) const fn ec2(name: &str, region: Region) -> Option<Price> {
    listed(name, region, Unit::InstanceHour, EC2_PRICING)
}

/// A Fargate price the model cannot do without. Only ever evaluated in constants, so an
/// entry missing from the price list fails the build, never a render.
#[allow(clippy::panic)]
const fn required(item: &str, region: Region, unit: Unit) -> Price {
    match listed(item, region, unit, FARGATE_PRICING) {
        Some(price) => price,
        None => panic!("a Fargate price is missing from price_list.rs"),
    }
}

/// Fargate's rates for one architecture in one Region.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct FargateRates {
    pub vcpu: Price,
    pub memory: Price,
}

use Region::{ApNortheast2, UsEast1};

/// Fargate's rates for `arch` in `region`, from the price list.
const fn rates(region: Region, arch: Arch) -> FargateRates {
    let (vcpu, memory) = match arch {
        Arch::X86 => ("fargate.x86.vcpu", "fargate.x86.memory"),
        Arch::Arm => ("fargate.arm.vcpu", "fargate.arm.memory"),
    };
    FargateRates {
        vcpu: required(vcpu, region, Unit::VcpuHour),
        memory: required(memory, region, Unit::GbHour),
    }
}

/// Fargate's vCPU and memory rates for `arch` in `region` (Linux, on demand).
pub fn fargate_rates(region: Region, arch: Arch) -> FargateRates {
    const US_EAST_1_X86: FargateRates = rates(UsEast1, Arch::X86);
    const US_EAST_1_ARM: FargateRates = rates(UsEast1, Arch::Arm);
    const SEOUL_X86: FargateRates = rates(ApNortheast2, Arch::X86);
    const SEOUL_ARM: FargateRates = rates(ApNortheast2, Arch::Arm);
    match (region, arch) {
        (UsEast1, Arch::X86) => US_EAST_1_X86,
        (UsEast1, Arch::Arm) => US_EAST_1_ARM,
        (ApNortheast2, Arch::X86) => SEOUL_X86,
        (ApNortheast2, Arch::Arm) => SEOUL_ARM,
    }
}

/// Ephemeral storage above the 20 GB every task or pod gets, per GB-hour.
pub fn fargate_storage(region: Region) -> Price {
    const ITEM: &str = "fargate.ephemeral-storage";
    const US_EAST_1: Price = required(ITEM, UsEast1, Unit::GbHour);
    const SEOUL: Price = required(ITEM, ApNortheast2, Unit::GbHour);
    match region {
        UsEast1 => US_EAST_1,
        ApNortheast2 => SEOUL,
    }
}

/// Fargate Spot's discount on vCPU and memory, as a fraction: an [`Status::Assumption`],
/// `fraction` being the reader's `fargateSpotDiscount` or its default
/// ([`DEFAULT_FARGATE_SPOT_DISCOUNT`](super::price_settings::DEFAULT_FARGATE_SPOT_DISCOUNT)), never
/// AWS's "up to 70%" ceiling. It applies only on ECS, to Linux tasks (x86, or ARM64 on
/// platform version 1.4.0 or later); not on EKS, not to Windows.
pub fn fargate_spot_discount(region: Region, fraction: f64) -> Price {
    Price {
        item: "fargate-spot.discount",
        usd: fraction,
        unit: Unit::FractionOff,
        region,
        date: RECHECKED,
        source: FARGATE_PRICING,
        status: Status::Assumption,
    }
}

/// EKS support tier of the cluster's Kubernetes version, which sets the control-plane fee.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum EksSupport {
    /// The first 14 months of a version: $0.10 per cluster-hour (the default).
    #[default]
    Standard,
    /// The 12 months after: $0.60 per cluster-hour.
    Extended,
}

/// The EKS control-plane fee per cluster-hour; the same in both Regions. The AWS Containers
/// blog post that set the extended-support price states both (checked on [`RECHECKED`]).
pub fn eks_control_plane(region: Region, support: EksSupport) -> Price {
    let (item, usd) = match support {
        EksSupport::Standard => ("eks.control-plane.standard", 0.10),
        EksSupport::Extended => ("eks.control-plane.extended", 0.60),
    };
    Price {
        item,
        usd,
        unit: Unit::ClusterHour,
        region,
        date: RECHECKED,
        source: EKS_FEE_POST,
        status: Status::Verified,
    }
}

/// What one EKS cluster's control plane costs for a month of
/// [`DEFAULT_HOURS_PER_MONTH`](super::price_settings::DEFAULT_HOURS_PER_MONTH) hours (the fee is the
/// same in every Region the model has): `0.10 × 730 = 73` USD in standard support.
pub fn eks_monthly_fee(support: EksSupport) -> f64 {
    eks_control_plane(Region::UsEast1, support).usd * super::price_settings::DEFAULT_HOURS_PER_MONTH
}

/// Every price in the table (Fargate, Fargate Spot, Windows, EKS and every instance in every
/// Region it has a price in, each followed by its EKS Auto Mode and ECS Managed Instances
/// fees), for audits.
pub fn all_prices() -> Vec<Price> {
    let mut prices = Vec::new();
    for region in Region::ALL {
        for arch in [Arch::X86, Arch::Arm] {
            let rates = fargate_rates(region, arch);
            prices.extend([rates.vcpu, rates.memory]);
        }
        prices.push(fargate_storage(region));
        prices.push(fargate_spot_discount(
            region,
            super::price_settings::DEFAULT_FARGATE_SPOT_DISCOUNT,
        ));
        if let Some(windows) = fargate_windows_rates(region) {
            prices.extend([windows.vcpu, windows.license, windows.memory]);
        }
        prices.push(ec2_windows_license(region));
        for support in [EksSupport::Standard, EksSupport::Extended] {
            prices.push(eks_control_plane(region, support));
        }
        for price in super::instances::INSTANCE_TYPES
            .iter()
            .filter_map(|instance| instance.price(region))
        {
            prices.extend([
                price,
                super::managed::management_fee(Orchestrator::Eks, &price),
                super::managed::management_fee(Orchestrator::Ecs, &price),
            ]);
        }
    }
    prices
}

#[cfg(test)]
mod tests;
