//! The cost section's own settings (how the workload is priced, and the currency) and the
//! cost input they make together with a chooser's workload profile.

use super::break_even::{break_even_by, BreakEven};
use super::estimate::{estimate, CostEstimate};
use super::input::CostInput;
use super::price_settings::{PriceSettings, HOURS_PER_MONTH};
use super::prices::{Arch, Os};
use super::ExchangeRate;
use crate::compute::WorkloadProfile;
use crate::input::Bounds;

/// The currency totals are shown in. Prices are USD; KRW is converted at an
/// [`ExchangeRate`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "UPPERCASE")]
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

/// Bounds of the `exchange-rate` attribute, KRW per USD: wide enough for any plausible
/// rate, narrow enough to catch a rate typed in the wrong unit.
pub const KRW_PER_USD: Bounds = Bounds {
    min: 100.0,
    min_exclusive: false,
    max: 10_000.0,
    whole: false,
    allowed: "a number of won per US dollar, from 100 to 10000",
};

/// What the reader (or the page's author) set for the cost estimate, beyond the workload:
/// how it is priced, and how amounts are shown.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CostSettings {
    /// Region, instance type, hours and the rest: what the recommendation prices with too.
    /// Written among the settings' own members.
    #[serde(flatten)]
    pub price: PriceSettings,
    pub currency: Currency,
    pub exchange_rate: ExchangeRate,
}

impl PriceSettings {
    /// The cost input for `profile` priced with these settings: its orchestrator and shape;
    /// Arm images if it needs Arm; Windows if it needs Windows (and not Arm: Windows runs on
    /// x86 only); Spot if it asks for Spot; its node agents on every node if it needs them.
    /// An instance type of the other architecture is dropped for the cheapest that fits,
    /// since the images could not run on it.
    pub fn input_for(&self, profile: &WorkloadProfile) -> CostInput {
        let arch = profile.arch();
        let instance_type = self
            .instance()
            .filter(|instance| instance.arch == arch)
            .map(|instance| instance.name.to_string());
        let (daemonset_vcpu, daemonset_gib) = if profile.needs.daemonsets {
            (profile.agent_vcpu, profile.agent_gib)
        } else {
            (0.0, 0.0)
        };
        let load = profile.load();
        CostInput {
            vcpu: profile.vcpu,
            memory_gib: profile.memory_gib,
            replicas: load.replicas,
            peak_hours_per_day: load.peak_hours_per_day,
            off_peak_replicas: load.off_peak_replicas,
            ephemeral_storage_gib: profile.ephemeral_storage_gib,
            arch,
            os: if profile.needs.windows && arch == Arch::X86 {
                Os::Windows
            } else {
                Os::Linux
            },
            daemonset_vcpu,
            daemonset_gib,
            spot: profile.needs.spot,
            pricing: PriceSettings {
                instance_type,
                hours_per_month: self
                    .hours_per_month
                    .clamp(f64::MIN_POSITIVE, HOURS_PER_MONTH.max),
                ..self.clone()
            },
            ..CostInput::new(profile.orchestrator)
        }
    }
}

/// A workload priced under some settings: what the recommendation and the cost section
/// both read, computed once.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkloadCost {
    /// The profile as the cost model takes it.
    pub input: CostInput,
    pub estimate: CostEstimate,
    /// Cost against the replica count, to [`chart_replicas`] of the profile's.
    pub series: BreakEven,
}

impl WorkloadCost {
    /// Prices `profile` under `settings`; the series at each replica count prices the
    /// profile as the reader would have it with that count typed in.
    pub fn new(profile: &WorkloadProfile, settings: &PriceSettings) -> Self {
        let input = settings.input_for(profile);
        let series = break_even_by(chart_replicas(input.replicas), |replicas| {
            estimate(&settings.input_for(&profile.with_replicas(replicas)))
        });
        WorkloadCost {
            estimate: estimate(&input),
            series,
            input,
        }
    }
}

/// How far the break-even chart runs for `replicas`: past twice the current count, at least
/// 20 and at most 200, so the reader sees where the lines go without the series (one packing
/// per instance type per point) costing a visible pause.
pub fn chart_replicas(replicas: u32) -> u32 {
    replicas.saturating_mul(2).clamp(20, 200)
}
