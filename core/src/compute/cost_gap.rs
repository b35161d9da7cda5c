//! The cost criterion, from the cost model. Of the sides the workload can use (available in
//! the estimate, not ruled out by a blocker), each earns cost points by how much it saves
//! against the dearest, none when about even; so the cheapest earns the most, and the
//! dearest none. Each such side gets a reason quoting its total and the dearest's and, for
//! the cheapest, what drives the gap. So the recommendation can never argue cost for a side
//! the cost section calls dearer than the one it compares it with.

use super::cost_drivers::drivers;
use super::profile::Orchestrator;
use super::rules::Capacity;
use crate::cost::{percent, plain_money, CostEstimate, CostInput, Currency};
use crate::i18n::{Lang, OwnedText};
use crate::words::join;

/// Below this saving (a share of the dearer total) two sides cost about the same, and cost
/// gives no points.
pub const EVEN_BAND: f64 = 0.10;

/// From each saving on, the cost points a side earns, before the reader's cost weight:
/// 10 % earns 1, 25 % earns 2, half or more 3.
pub const POINT_STEPS: [(f64, u32); 3] = [(EVEN_BAND, 1), (0.25, 2), (0.5, 3)];

/// The facts the cost reasons cite: how each side bills.
pub const FARGATE_BILLING: &str = "pricing.fargate-billing";
pub const EC2_BILLING: &str = "pricing.ec2-billing";
pub const AUTO_MODE_BILLING: &str = "auto-mode.billing";
pub const MANAGED_INSTANCES_BILLING: &str = "managed-instances.billing";

/// One side's monthly total against the dearest side's, the saving, the points and why.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CostGap {
    /// The side this reason favours: the cheapest for the first cost reason.
    pub cheaper: Capacity,
    /// The dearest side the workload can use, which the saving is measured against.
    pub than: Capacity,
    /// Fargate's monthly total in USD; `null` where the workload cannot use it.
    pub fargate_usd: Option<f64>,
    /// The EC2 nodes you run, in USD a month; `null` where the workload cannot use them.
    pub ec2_usd: Option<f64>,
    /// The EC2 that AWS runs (EKS Auto Mode, ECS Managed Instances), fee included, in USD a
    /// month; `null` where the workload cannot use it.
    pub managed_usd: Option<f64>,
    /// What `cheaper` saves against `than`, as a share of `than`'s total.
    pub saving: f64,
    /// Cost points before the reader's weight ([`POINT_STEPS`]): 0 under a 10 % saving
    /// ([`EVEN_BAND`]), 1 from 10 %, 2 from 25 %, 3 from 50 %.
    pub points: u32,
    /// What makes the difference, in words (an idle node, the EKS rounding, Spot, the fee),
    /// at most two, each favouring `cheaper`; only on the first cost reason.
    pub drivers: Vec<OwnedText>,
    /// Whose names the text uses for the EC2 that AWS runs.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub orchestrator: Orchestrator,
}

/// One side's cost standing: its total, its saving against the dearest side, its points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SideCost {
    pub side: Capacity,
    pub usd: f64,
    pub saving: f64,
    pub points: u32,
}

/// The monthly total of each side where the workload can use it, in the order a tie goes
/// (as [`CostEstimate::totals`]).
pub type Totals = [(Capacity, Option<f64>); 3];

/// The estimate's totals, keeping only the sides `usable` allows.
pub fn usable_totals(estimate: &CostEstimate, usable: impl Fn(Capacity) -> bool) -> Totals {
    let mut totals = estimate.totals();
    for (side, usd) in &mut totals {
        if !usable(*side) {
            *usd = None;
        }
    }
    totals
}

/// The total of `side` in `totals`.
pub fn total_of(totals: &Totals, side: Capacity) -> Option<f64> {
    totals
        .iter()
        .find(|(other, _)| *other == side)
        .and_then(|(_, usd)| *usd)
}

/// The cost points of a saving.
fn points_for(saving: f64) -> u32 {
    POINT_STEPS
        .iter()
        .rev()
        .find(|(from, _)| saving >= *from)
        .map_or(0, |(_, points)| *points)
}

/// Each usable side's saving against the dearest and its points, cheapest first (a tie goes
/// to the side with less to operate); empty when fewer than two sides are usable.
pub fn cost_points(totals: &Totals) -> Vec<SideCost> {
    // The cheapest left, again and again (the first on a tie): three sides at most.
    let mut left = *totals;
    let mut sides: Vec<SideCost> = Vec::with_capacity(3);
    while let Some((side, usd)) = left
        .iter()
        .fold(None, |best, (side, usd)| match (best, usd) {
            (Some((_, low)), Some(usd)) if *usd < low => Some((*side, *usd)),
            (None, Some(usd)) => Some((*side, *usd)),
            _ => best,
        })
    {
        for entry in &mut left {
            if entry.0 == side {
                entry.1 = None;
            }
        }
        sides.push(SideCost {
            side,
            usd,
            saving: 0.0,
            points: 0,
        });
    }
    if sides.len() < 2 {
        return Vec::new();
    }
    let dearest = sides.last().map_or(0.0, |side| side.usd);
    for side in &mut sides {
        if dearest > 0.0 {
            side.saving = (dearest - side.usd) / dearest;
        }
        side.points = points_for(side.saving);
    }
    sides
}

/// The cost gaps of `estimate` of `input` over the sides `usable` allows: the cheapest
/// side's (whatever its points), then every other side that earns points. Empty when fewer
/// than two sides are usable.
pub fn cost_gaps(
    estimate: &CostEstimate,
    input: &CostInput,
    usable: impl Fn(Capacity) -> bool,
) -> Vec<CostGap> {
    let totals = usable_totals(estimate, usable);
    let sides = cost_points(&totals);
    let mut gaps = Vec::new();
    let Some(dearest) = sides.last().map(|side| side.side) else {
        return gaps;
    };
    for side in &sides {
        let first = gaps.is_empty();
        if first || side.points > 0 {
            gaps.push(CostGap {
                cheaper: side.side,
                than: dearest,
                fargate_usd: total_of(&totals, Capacity::Fargate),
                ec2_usd: total_of(&totals, Capacity::Ec2),
                managed_usd: total_of(&totals, Capacity::Managed),
                saving: side.saving,
                points: side.points,
                drivers: if first && side.points > 0 {
                    drivers(estimate, input, side.side, dearest)
                } else {
                    Vec::new()
                },
                orchestrator: input.orchestrator,
            });
        }
    }
    gaps
}

impl CostGap {
    /// The fact the reason cites: how the cheaper side bills.
    pub fn fact_id(&self) -> &'static str {
        match (self.cheaper, self.orchestrator) {
            (Capacity::Fargate, _) => FARGATE_BILLING,
            (Capacity::Ec2, _) => EC2_BILLING,
            (Capacity::Managed, Orchestrator::Eks) => AUTO_MODE_BILLING,
            (Capacity::Managed, Orchestrator::Ecs) => MANAGED_INSTANCES_BILLING,
        }
    }

    fn total(&self, side: Capacity) -> Option<f64> {
        match side {
            Capacity::Ec2 => self.ec2_usd,
            Capacity::Managed => self.managed_usd,
            Capacity::Fargate => self.fargate_usd,
        }
    }

    /// The reason in `lang`, amounts written by `money` (the widget passes its currency's):
    /// `cheaper`'s total against `than`'s.
    pub fn text(&self, lang: Lang, money: &dyn Fn(f64) -> String) -> String {
        let name = |side: Capacity| side.name(self.orchestrator).get(lang);
        let amount = |side: Capacity| self.total(side).map_or_else(String::new, money);
        let saving = percent(self.saving);
        let (cheap, dear) = (name(self.cheaper), name(self.than));
        let (low, high) = (amount(self.cheaper), amount(self.than));
        if self.points == 0 {
            return match lang {
                Lang::Ko => format!(
                    "{cheap}와 {dear}의 월 비용 차이가 {saving}에 그쳐({cheap} {low}, {dear} {high}) 비용은 점수를 주지 않습니다."
                ),
                Lang::En => format!(
                    "{cheap} ({low} a month) and {dear} ({high}) cost about the same, {saving} apart, so cost gives no points."
                ),
            };
        }
        let drivers: Vec<&str> = self.drivers.iter().map(|d| d.get(lang)).collect();
        match lang {
            Lang::Ko => format!(
                "{cheap}가 {saving} 저렴합니다(월 {cheap} {low}, {dear} {high}). {}",
                join(&drivers, " ")
            ),
            Lang::En => format!(
                "{cheap} costs {low} a month against {high} on {dear}, {saving} less. {}",
                join(&drivers, " ")
            ),
        }
        .trim_end()
        .to_string()
    }

    /// The reason in both languages, in dollars: what the JS API and the Markdown export say.
    pub fn usd_text(&self) -> OwnedText {
        let usd = |amount: f64| plain_money(amount, Currency::Usd);
        OwnedText::new(self.text(Lang::Ko, &usd), self.text(Lang::En, &usd))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_grow_with_the_saving_against_the_dearest_and_none_inside_the_band() {
        let totals = |fargate, ec2, managed| -> Totals {
            [
                (Capacity::Fargate, fargate),
                (Capacity::Managed, managed),
                (Capacity::Ec2, ec2),
            ]
        };
        let points = |totals: Totals| -> Vec<(Capacity, u32)> {
            cost_points(&totals)
                .iter()
                .map(|side| (side.side, side.points))
                .collect()
        };
        use Capacity::{Ec2, Fargate, Managed};
        assert_eq!(
            points(totals(Some(100.0), Some(105.0), None)),
            [(Fargate, 0), (Ec2, 0)]
        );
        assert_eq!(
            points(totals(Some(100.0), Some(112.0), None)),
            [(Fargate, 1), (Ec2, 0)]
        );
        assert_eq!(
            points(totals(Some(140.0), Some(100.0), None)),
            [(Ec2, 2), (Fargate, 0)]
        );
        // Three sides: each against the dearest; EC2 and the fee-paying side both earn.
        assert_eq!(
            points(totals(Some(300.0), Some(100.0), Some(112.0))),
            [(Ec2, 3), (Managed, 3), (Fargate, 0)]
        );
        // A tie goes to the side with less to operate.
        assert_eq!(
            points(totals(Some(50.0), Some(50.0), Some(56.0))),
            [(Fargate, 1), (Ec2, 1), (Managed, 0)]
        );
        assert_eq!(points(totals(None, Some(50.0), None)), []);
    }
}
