//! The break-even series: each side's monthly cost against the replica count, and where the
//! cheapest side changes.

use super::estimate::{cheapest, estimate_for, Cheaper, CostEstimate};
use super::input::CostInput;

/// The most replicas a series may run to: each point packs every instance type once.
pub const MAX_SERIES_REPLICAS: u32 = 1000;

/// The three sides at one replica count; a side is `null` where it is unavailable.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BreakEvenPoint {
    pub replicas: u32,
    pub fargate_usd: Option<f64>,
    /// The EC2 nodes you run.
    pub ec2_usd: Option<f64>,
    /// The EC2 nodes AWS runs (EKS Auto Mode, ECS Managed Instances).
    pub managed_usd: Option<f64>,
    /// The instance type the EC2 side used at this count.
    pub instance_type: Option<&'static str>,
}

impl BreakEvenPoint {
    /// Each side's total in the order a tie goes (as [`CostEstimate::totals`]).
    pub fn totals(&self) -> [(Cheaper, Option<f64>); 3] {
        [
            (Cheaper::Fargate, self.fargate_usd),
            (Cheaper::Managed, self.managed_usd),
            (Cheaper::Ec2, self.ec2_usd),
        ]
    }

    /// The cheapest side at this count, as the estimate names it; `None` when fewer than
    /// two sides are available.
    pub fn cheapest(&self) -> Option<Cheaper> {
        cheapest(self.totals())
    }
}

/// The series and its crossover.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BreakEven {
    /// One point per replica count, from 1 up.
    pub points: Vec<BreakEvenPoint>,
    /// The first replica count at which the cheapest side differs from the one before it;
    /// `null` if it never changes (or fewer than two sides are available).
    pub crossover: Option<Crossover>,
    /// Every such count, in order: EC2 costs rise in whole nodes, so the cheapest side can
    /// change back and forth (cheaper on a full node, dearer once a new one opens).
    pub crossovers: Vec<Crossover>,
}

/// Where the cheapest side changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Crossover {
    pub replicas: u32,
    /// The side that is cheapest from `replicas` on.
    pub cheaper: Cheaper,
}

/// The series for `input` from 1 to `up_to` replicas (at most [`MAX_SERIES_REPLICAS`]);
/// its own `replicas` is ignored.
pub fn break_even(input: &CostInput, up_to: u32) -> BreakEven {
    break_even_by(up_to, |replicas| estimate_for(input, replicas))
}

/// The series from 1 to `up_to` replicas (at most [`MAX_SERIES_REPLICAS`]), each point the
/// estimate `at` gives for that many.
pub fn break_even_by(up_to: u32, at: impl Fn(u32) -> CostEstimate) -> BreakEven {
    let mut points = Vec::new();
    let mut crossovers = Vec::new();
    let mut before: Option<Cheaper> = None;
    for replicas in 1..=up_to.min(MAX_SERIES_REPLICAS) {
        let estimate = at(replicas);
        let ec2 = estimate.ec2.available();
        points.push(BreakEvenPoint {
            replicas,
            fargate_usd: estimate.fargate.available().map(|cost| cost.total_usd),
            ec2_usd: ec2.map(|cost| cost.total_usd),
            managed_usd: estimate.managed.available().map(|cost| cost.total_usd),
            instance_type: ec2.map(|cost| cost.instance_type),
        });
        if let (Some(was), Some(now)) = (before, estimate.cheaper) {
            if was != now {
                crossovers.push(Crossover {
                    replicas,
                    cheaper: now,
                });
            }
        }
        before = estimate.cheaper;
    }
    BreakEven {
        points,
        crossover: crossovers.first().copied(),
        crossovers,
    }
}
