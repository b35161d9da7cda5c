//! The cost section's own settings (Region, instance type, hours, currency) and the cost
//! input they make together with a chooser's workload profile.

use super::input::{CostInput, HOURS_PER_MONTH};
use super::instances::instance_type;
use super::prices::{Arch, Os, Region};
use super::{ExchangeRate, DEFAULT_KRW_PER_USD};
use crate::core::compute::WorkloadProfile;
use crate::core::input::Bounds;
use crate::core::json::{json_object, JsonWriter, ToJson};

/// The currency totals are shown in. Prices are USD; KRW is converted at an
/// [`ExchangeRate`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Currency {
    #[default]
    Usd,
    Krw,
}

impl Currency {
    pub const ALL: [Currency; 2] = [Currency::Usd, Currency::Krw];

    /// The ISO 4217 code, as `Intl.NumberFormat` takes it.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Krw => "KRW",
        }
    }
}

/// Written as its code, `"USD"` or `"KRW"`.
impl ToJson for Currency {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(self.code());
    }
}

/// Bounds of the `exchange-rate` attribute, KRW per USD: wide enough for any plausible
/// rate, narrow enough to catch a rate typed in the wrong unit.
pub const KRW_PER_USD: Bounds = Bounds {
    min: 100.0,
    min_exclusive: false,
    max: 10_000.0,
    whole: false,
    allowed: "a number of won per US dollar, from 100 to 10000",
};

/// What the reader (or the page's author) set for the cost estimate, beyond the workload.
#[derive(Clone, Debug, PartialEq)]
pub struct CostSettings {
    pub region: Region,
    /// The instance type to pack onto; `None`: the cheapest that fits.
    pub instance_type: Option<&'static str>,
    pub hours_per_month: f64,
    pub currency: Currency,
    pub exchange_rate: ExchangeRate,
}

json_object!(CostSettings {
    "region": region,
    "instanceType": instance_type,
    "hoursPerMonth": hours_per_month,
    "currency": currency,
    "exchangeRate": exchange_rate,
});

impl Default for CostSettings {
    fn default() -> Self {
        CostSettings {
            region: Region::UsEast1,
            instance_type: None,
            hours_per_month: super::DEFAULT_HOURS_PER_MONTH,
            currency: Currency::Usd,
            exchange_rate: DEFAULT_KRW_PER_USD,
        }
    }
}

impl CostSettings {
    /// The cost input for `profile`: its orchestrator and shape; Arm images if it needs Arm;
    /// Windows if it needs Windows (and not Arm: Windows runs on x86 only); Spot if it asks
    /// for Spot. An instance type of the other architecture is dropped for
    /// the cheapest that fits, since the images could not run on it.
    pub fn input_for(&self, profile: &WorkloadProfile) -> CostInput {
        let arch = if profile.needs.arm {
            Arch::Arm
        } else {
            Arch::X86
        };
        let instance_type = self
            .instance_type
            .filter(|name| instance_type(name).is_some_and(|instance| instance.arch == arch));
        CostInput {
            region: self.region,
            vcpu: profile.vcpu,
            memory_gib: profile.memory_gib,
            replicas: profile.replicas,
            ephemeral_storage_gib: profile.ephemeral_storage_gib,
            arch,
            os: if profile.needs.windows && arch == Arch::X86 {
                Os::Windows
            } else {
                Os::Linux
            },
            hours_per_month: self
                .hours_per_month
                .clamp(f64::MIN_POSITIVE, HOURS_PER_MONTH.max),
            instance_type,
            spot: profile.needs.spot,
            ..CostInput::new(profile.orchestrator)
        }
    }
}

/// How far the break-even chart runs for `replicas`: past twice the current count, at least
/// 20 and at most 200, so the reader sees where the lines go without the series (one packing
/// per instance type per point) costing a visible pause.
pub fn chart_replicas(replicas: u32) -> u32 {
    replicas.saturating_mul(2).clamp(20, 200)
}
