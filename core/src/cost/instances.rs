//! A curated list of current EC2 instance types the model packs pods onto: general purpose,
//! compute and memory optimised, x86 and Graviton, with their on-demand Linux price in each
//! Region and their EKS pod limit.
//!
//! The prices come from the generated price list (`price_list.rs`, refreshed by
//! `cargo xtask prices`), each with its own date and [`Status`]; a type the list has no
//! entry for in a Region has no price there. The ENI limits, and so every max-pods value,
//! match the EKS AMI's own table (checked on 2026-12-01).

use super::prices::{ec2, Arch, Price, Region, RECHECKED};
use crate::catalog::Status;

/// Where the ENI and IPv4-address limits come from: the table the EKS AMI's `nodeadm`
/// computes max pods from (it replaced `eni-max-pods.txt` in 2026).
pub const ENI_LIMITS: &str = "https://github.com/awslabs/amazon-eks-ami/blob/main/nodeadm/internal/kubelet/instance-info.jsonl";

/// The kind of workload an instance family is built for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Family {
    /// Burstable general purpose (t3): CPU credits, not a steady full core.
    Burstable,
    /// Balanced CPU and memory (m), 4 GiB per vCPU.
    GeneralPurpose,
    /// More CPU per GiB (c), 2 GiB per vCPU.
    ComputeOptimized,
    /// More memory per vCPU (r), 8 GiB per vCPU.
    MemoryOptimized,
}

/// How many pods EKS lets a node run with the default VPC CNI, and where that comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct MaxPods {
    /// ENIs × (IPv4 addresses per ENI − 1) + 2.
    pub pods: u32,
    pub source: &'static str,
    pub date: &'static str,
    /// Verified for every type: its ENIs and IPv4 addresses per ENI match [`ENI_LIMITS`],
    /// and the formula is `nodeadm`'s own.
    pub status: Status,
}

/// One instance type.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InstanceType {
    pub name: &'static str,
    pub family: Family,
    pub arch: Arch,
    pub vcpu: u32,
    pub memory_gib: f64,
    pub max_pods: MaxPods,
    /// On-demand Linux price in us-east-1, if the price list has one.
    pub us_east_1: Option<Price>,
    /// On-demand Linux price in ap-northeast-2, if the price list has one.
    pub ap_northeast_2: Option<Price>,
}

impl InstanceType {
    /// The on-demand Linux price in `region`, if the table has one.
    pub fn price(&self, region: Region) -> Option<Price> {
        match region {
            Region::UsEast1 => self.us_east_1,
            Region::ApNortheast2 => self.ap_northeast_2,
        }
    }
}

/// Looks an instance type up by name.
pub fn instance_type(name: &str) -> Option<&'static InstanceType> {
    INSTANCE_TYPES.iter().find(|instance| instance.name == name)
}

/// One row: name, family, architecture, vCPU, GiB, ENIs and IPv4 addresses per ENI; the
/// prices come from the price list.
const fn row(
    name: &'static str,
    family: Family,
    arch: Arch,
    vcpu: u32,
    memory_gib: f64,
    enis: u32,
    ipv4_per_eni: u32,
) -> InstanceType {
    InstanceType {
        name,
        family,
        arch,
        vcpu,
        memory_gib,
        max_pods: MaxPods {
            pods: enis
                .saturating_mul(ipv4_per_eni.saturating_sub(1))
                .saturating_add(2),
            source: ENI_LIMITS,
            date: RECHECKED,
            status: Status::Verified,
        },
        us_east_1: ec2(name, Region::UsEast1),
        ap_northeast_2: ec2(name, Region::ApNortheast2),
    }
}

use Arch::{Arm, X86};
use Family::{Burstable, ComputeOptimized, GeneralPurpose, MemoryOptimized};

/// The curated list, by family and size.
#[rustfmt::skip]
pub static INSTANCE_TYPES: &[InstanceType] = &[
    row("t3.medium", Burstable, X86, 2, 4.0, 3, 6),
    row("t3.large", Burstable, X86, 2, 8.0, 3, 12),
    row("m5.large", GeneralPurpose, X86, 2, 8.0, 3, 10),
    row("m5.xlarge", GeneralPurpose, X86, 4, 16.0, 4, 15),
    row("m6i.large", GeneralPurpose, X86, 2, 8.0, 3, 10),
    row("m6i.xlarge", GeneralPurpose, X86, 4, 16.0, 4, 15),
    row("m6i.2xlarge", GeneralPurpose, X86, 8, 32.0, 4, 15),
    row("m7i.large", GeneralPurpose, X86, 2, 8.0, 3, 10),
    row("m6g.large", GeneralPurpose, Arm, 2, 8.0, 3, 10),
    row("m7g.large", GeneralPurpose, Arm, 2, 8.0, 3, 10),
    row("m7g.xlarge", GeneralPurpose, Arm, 4, 16.0, 4, 15),
    row("m7g.2xlarge", GeneralPurpose, Arm, 8, 32.0, 4, 15),
    row("c5.large", ComputeOptimized, X86, 2, 4.0, 3, 10),
    row("c6i.large", ComputeOptimized, X86, 2, 4.0, 3, 10),
    row("c6i.xlarge", ComputeOptimized, X86, 4, 8.0, 4, 15),
    row("c6i.2xlarge", ComputeOptimized, X86, 8, 16.0, 4, 15),
    row("c7g.large", ComputeOptimized, Arm, 2, 4.0, 3, 10),
    row("c7g.xlarge", ComputeOptimized, Arm, 4, 8.0, 4, 15),
    row("r5.large", MemoryOptimized, X86, 2, 16.0, 3, 10),
    row("r6i.large", MemoryOptimized, X86, 2, 16.0, 3, 10),
    row("r6i.xlarge", MemoryOptimized, X86, 4, 32.0, 4, 15),
    row("r6g.large", MemoryOptimized, Arm, 2, 16.0, 3, 10),
    row("r7g.large", MemoryOptimized, Arm, 2, 16.0, 3, 10),
];
