//! The Windows prices: Fargate's Windows rates and the Windows licence on EC2. Neither is in
//! the generated price table, and both come from secondary sources
//! ([`Status::SecondarySource`]), dated when the audit of 2026-12-01 re-checked them.

use super::prices::{Price, Region, Unit, RECHECKED};
use crate::catalog::Status;
use Region::{ApNortheast2, UsEast1};

/// Where the Windows rates on Fargate come from: a price tracker's copy of the Fargate
/// price page (us-east-1), a secondary source.
pub const FARGATE_WINDOWS_SOURCE: &str = "https://www.vantage.sh/blog/fargate-pricing";
/// Where the Windows licence on EC2 comes from: an analysis of the Price List files that
/// finds license-included Windows at the Linux price plus 0.046 USD per vCPU-hour in every
/// Region (m5.large: 0.096 -> 0.188 in us-east-1), burstable `t` types excepted; a
/// secondary source.
pub const EC2_WINDOWS_LICENSE_SOURCE: &str = "https://strategic-blue.com/resources/blog/understanding-windows-license-costs-on-aws-analysis-and-pricing-insights";

/// A hand-written price from a secondary source, checked on [`RECHECKED`].
const fn secondary(
    item: &'static str,
    usd: f64,
    unit: Unit,
    region: Region,
    source: &'static str,
) -> Price {
    Price {
        item,
        usd,
        unit,
        region,
        date: RECHECKED,
        source,
        status: Status::SecondarySource,
    }
}

/// Fargate's rates for Windows tasks in one Region: vCPU, the Windows licence per vCPU, and
/// memory.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WindowsRates {
    pub vcpu: Price,
    pub license: Price,
    pub memory: Price,
}

/// Fargate's Windows rates in `region`, where the model has them: us-east-1 only (0.09148
/// per vCPU-hour plus a 0.046 OS licence fee, 0.01005 per GB-hour).
pub fn fargate_windows_rates(region: Region) -> Option<WindowsRates> {
    const SOURCE: &str = FARGATE_WINDOWS_SOURCE;
    match region {
        UsEast1 => Some(WindowsRates {
            vcpu: secondary(
                "fargate.windows.vcpu",
                0.09148,
                Unit::VcpuHour,
                UsEast1,
                SOURCE,
            ),
            license: secondary(
                "fargate.windows.license",
                0.046,
                Unit::VcpuHour,
                UsEast1,
                SOURCE,
            ),
            memory: secondary(
                "fargate.windows.memory",
                0.01005,
                Unit::GbHour,
                UsEast1,
                SOURCE,
            ),
        }),
        ApNortheast2 => None,
    }
}

/// The Windows licence on a license-included EC2 instance, per vCPU-hour on top of the
/// Linux price; the same in every Region.
pub fn ec2_windows_license(region: Region) -> Price {
    secondary(
        "ec2.windows-license",
        0.046,
        Unit::VcpuHour,
        region,
        EC2_WINDOWS_LICENSE_SOURCE,
    )
}
