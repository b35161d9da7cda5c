//! The cost model: Fargate against packed EC2 nodes, per Region, for one workload.
//!
//! - [`prices`] and [`instances`]: the typed price table, each price with its Region, date,
//!   source and [`Status`](crate::core::catalog::Status);
//! - [`fargate`]: tasks and pods sized as AWS bills them, priced per second;
//! - [`packing`]: node capacity after reserves, DaemonSets and headroom, and first-fit
//!   decreasing packing onto one instance type;
//! - [`estimate`]: both sides for one input, each line citing its price;
//! - [`break_even`]: cost against replica count, and the crossover;
//! - [`input`]: [`CostInput`] and reading it from JSON.
//!
//! Amounts are USD as `f64`; formatting a currency is the caller's business. Nothing here
//! rounds: the UI rounds for display.
//!
//! ```
//! use container_compass::core::cost::{estimate, CostInput};
//!
//! let input = CostInput::from_json(
//!     r#"{"orchestrator": "ecs", "vcpu": 1, "memoryGib": 2, "replicas": 10}"#,
//! ).unwrap();
//! let answer = estimate(&input);
//! let fargate = answer.fargate.available().unwrap();
//! assert_eq!(format!("{:.2}", fargate.total_usd), "360.40");
//! ```

pub mod break_even;
pub mod estimate;
pub mod fargate;
pub mod input;
pub mod instances;
pub mod packing;
pub mod prices;
pub mod settings;

pub use break_even::{break_even, BreakEven, BreakEvenPoint, Crossover, MAX_SERIES_REPLICAS};
pub use estimate::{
    estimate, estimate_for, Breakdown, Cheaper, CostEstimate, CostLine, Ec2Cost, LineItem, Side,
    Unavailable,
};
pub use fargate::{billed_size, fargate_spot_allowed, FargateCost};
pub use input::{CostInput, DEFAULT_EC2_SPOT_DISCOUNT, DEFAULT_HOURS_PER_MONTH, HOURS_PER_MONTH};
pub use instances::{instance_type, Family, InstanceType, MaxPods, INSTANCE_TYPES};
pub use packing::{node_capacity, pack, NodeCapacity, NodeLoad, NodeOptions, Packing, PodGroup};
pub use prices::{all_prices, Arch, EksSupport, Price, Region, Unit};
pub use settings::{chart_replicas, CostSettings, Currency, KRW_PER_USD};

use crate::core::error::InputError;

/// An exchange rate, for showing USD prices in Korean won. The default is an assumption,
/// not a market quote: a page should pass a current rate where it has one.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExchangeRate {
    pub krw_per_usd: f64,
    /// `YYYY-MM-DD`: when the figure was set; empty when the page gave none.
    pub date: std::borrow::Cow<'static, str>,
    /// `true` for the default: an assumption, not a quote.
    pub assumption: bool,
}

/// The default exchange rate: roughly the won's level in late 2026, an assumption.
pub const DEFAULT_KRW_PER_USD: ExchangeRate = ExchangeRate {
    krw_per_usd: 1450.0,
    date: std::borrow::Cow::Borrowed("2026-11-25"),
    assumption: true,
};

/// `usd` in Korean won at `krw_per_usd`.
///
/// ```
/// use container_compass::core::cost::to_krw;
/// assert_eq!(to_krw(10.0, 1450.0), 14_500.0);
/// ```
pub fn to_krw(usd: f64, krw_per_usd: f64) -> f64 {
    usd * krw_per_usd
}

/// Reads and validates a [`CostInput`] from JSON text; the same as [`CostInput::from_json`].
pub fn parse_cost_input(json: &str) -> Result<CostInput, InputError> {
    CostInput::from_json(json)
}
