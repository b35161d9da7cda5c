//! The cost criterion, from the cost model. Of the sides the workload can use (available in
//! the estimate, not ruled out by a blocker), each earns cost points by how much it saves
//! against the dearest, none when about even; so the cheapest earns the most, and the
//! dearest none. Each such side gets a reason quoting its total and the dearest's and, for
//! the cheapest, what drives the gap. So the recommendation can never argue cost for a side
//! the cost section calls dearer than the one it compares it with.

use super::profile::Orchestrator;
use super::rules::Capacity;
use super::sizing::EKS_OVERHEAD_GB;
use crate::cost::managed::FEE_SHARE;
use crate::cost::{
    instance_type, percent, plain_money, CostEstimate, CostInput, CostLine, Currency, Ec2Cost,
    FargateCost, LineItem, Side,
};
use crate::i18n::{Lang, OwnedText};
use crate::number::format_number;

/// Below this saving (a share of the dearer total) two sides cost about the same, and cost
/// gives no points.
pub const EVEN_BAND: f64 = 0.10;

/// From each saving on, the cost points a side earns, before the reader's cost weight:
/// 10 % earns 1, 25 % earns 2, half or more 3.
pub const POINT_STEPS: [(f64, u32); 3] = [(EVEN_BAND, 1), (0.25, 2), (0.5, 3)];

/// Below this share of the nodes' capacity used, idle room is what the EC2 side pays for.
const IDLE_BELOW: f64 = 0.6;

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
                drivers.join(" ")
            ),
            Lang::En => format!(
                "{cheap} costs {low} a month against {high} on {dear}, {saving} less. {}",
                drivers.join(" ")
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

/// A side of EC2 nodes in the estimate.
fn nodes_of(estimate: &CostEstimate, side: Capacity) -> Option<&Ec2Cost> {
    match side {
        Capacity::Ec2 => estimate.ec2.available(),
        Capacity::Managed => estimate.managed.available(),
        Capacity::Fargate => None,
    }
}

/// The lines of `side` in the estimate.
fn lines_of(estimate: &CostEstimate, side: Capacity) -> &[CostLine] {
    match side {
        Capacity::Fargate => match &estimate.fargate {
            Side::Available(cost) => &cost.lines,
            Side::Unavailable(_) => &[],
        },
        nodes => nodes_of(estimate, nodes).map_or(&[], |cost| cost.lines.as_slice()),
    }
}

/// How much of `nodes` nodes `pods` pods use: the larger of their vCPU and memory shares.
fn nodes_used(ec2: &Ec2Cost, input: &CostInput, pods: u32, nodes: u32) -> Option<f64> {
    let instance = instance_type(ec2.instance_type)?;
    let (nodes, pods) = (f64::from(nodes), f64::from(pods));
    let vcpu = pods * input.vcpu / (nodes * f64::from(instance.vcpu));
    let gib = pods * input.memory_gib / (nodes * instance.memory_gib);
    let used = vcpu.max(gib);
    used.is_finite().then_some(used)
}

/// What drives the gap between `cheap` and `dear`, at most two, the weightiest first.
///
/// - Any pair: a Spot discount on the cheaper side that the dearer side lacks or does not
///   match.
/// - Fargate cheaper: the share of the EC2 nodes the pods leave idle (EC2 bills it), at the
///   peak and off it; failing those, the room every node keeps free.
/// - EC2 nodes cheaper than Fargate: Fargate's rounding of each pod or task up to a valid
///   size; nodes packed full enough that a vCPU costs less than on Fargate.
/// - The nodes you run cheaper than the ones AWS runs: AWS's management fee.
fn drivers(
    estimate: &CostEstimate,
    input: &CostInput,
    cheap: Capacity,
    dear: Capacity,
) -> Vec<OwnedText> {
    let mut found: Vec<OwnedText> = Vec::new();
    if let Some(spot) = spot_driver(estimate, input, cheap, dear) {
        found.push(spot);
    }
    let fargate = match &estimate.fargate {
        Side::Available(cost) => Some(cost),
        Side::Unavailable(_) => None,
    };
    match (cheap, nodes_of(estimate, dear), fargate) {
        (Capacity::Fargate, Some(nodes), _) => fargate_drivers(nodes, input, &mut found),
        (_, None, Some(fargate)) => {
            if let Some(nodes) = nodes_of(estimate, cheap) {
                nodes_drivers(nodes, fargate, input, &mut found);
            }
        }
        (Capacity::Ec2, Some(_), _) => {
            let name = Capacity::Managed.name(input.orchestrator);
            let share = percent(FEE_SHARE);
            found.push(OwnedText::new(
                format!(
                    "{}는 인스턴스 가격의 {share}를 관리 요금으로 더 받습니다.",
                    name.ko
                ),
                format!(
                    "{} adds a management fee of {share} of the instances' price.",
                    name.en
                ),
            ));
        }
        _ => {}
    }
    found.truncate(2);
    found
}

/// Fargate is cheaper than the nodes `ec2`: what they leave idle.
fn fargate_drivers(ec2: &Ec2Cost, input: &CostInput, found: &mut Vec<OwnedText>) {
    let nodes = format!("{} × {}", ec2.nodes, ec2.instance_type);
    let used = nodes_used(ec2, input, input.replicas, ec2.nodes);
    if let Some(used) = used.filter(|used| *used < IDLE_BELOW) {
        let share = percent(used);
        found.push(OwnedText::new(
            format!("최대 부하에도 파드가 EC2 노드({nodes}) 용량의 {share}만 쓰는데, EC2는 빈 공간까지 과금합니다."),
            format!("At the peak the pods use {share} of the EC2 nodes ({nodes}), and EC2 bills the idle rest too."),
        ));
    }
    let load = input.load();
    let off = input.off_peak_replicas;
    let idle_off_peak =
        nodes_used(ec2, input, off, ec2.off_peak_nodes).is_some_and(|used| used < IDLE_BELOW);
    if load.varies() && idle_off_peak {
        let hours = format_number(load.off_peak_hours());
        let kept = ec2.off_peak_nodes;
        found.push(OwnedText::new(
            format!(
                "하루 {hours}시간은 {off}개만 돌지만, 그동안에도 EC2 노드가 {kept}대 남습니다."
            ),
            format!(
                "For {hours} hours a day only {off} run, yet EC2 keeps {kept} {} up.",
                if kept == 1 { "node" } else { "nodes" }
            ),
        ));
    }
    if found.is_empty() {
        let (room, share) = (
            percent(1.0 - input.pricing.headroom),
            used.map_or_else(String::new, percent),
        );
        found.push(OwnedText::new(
            format!("EC2 노드({nodes})는 시스템 몫을 빼고도 {room}를 여유로 남기도록 계획하므로, 파드는 그 용량의 {share}를 씁니다."),
            format!("The EC2 nodes ({nodes}) are planned with {room} of each kept free beyond the system's reserve: the pods use {share} of them."),
        ));
    }
}

/// The nodes `ec2` are cheaper than Fargate: its rounding, and how full they are.
fn nodes_drivers(
    ec2: &Ec2Cost,
    fargate: &FargateCost,
    input: &CostInput,
    found: &mut Vec<OwnedText>,
) {
    // Fargate rounds each pod or task up to a valid size (on EKS after adding 256 MB): a
    // tenth above the request is worth saying.
    let size = fargate.billed_size;
    let (unit, overhead) = match input.orchestrator {
        Orchestrator::Eks => (("파드", "pod"), EKS_OVERHEAD_GB),
        Orchestrator::Ecs => (("작업", "task"), 0.0),
    };
    let rounded =
        size.vcpu > input.vcpu * 1.1 || size.memory_gb > (input.memory_gib + overhead) * 1.1;
    if rounded {
        let billed = format!(
            "{} vCPU / {} GB",
            format_number(size.vcpu),
            format_number(size.memory_gb)
        );
        let asked = format!(
            "{} vCPU / {} GiB",
            format_number(input.vcpu),
            format_number(input.memory_gib)
        );
        found.push(OwnedText::new(
            format!(
                "Fargate는 {asked}를 요청한 {}를 {billed}로 올려 과금합니다.",
                unit.0
            ),
            format!(
                "Fargate bills each {} asking for {asked} as {billed}.",
                unit.1
            ),
        ));
    }
    let used = nodes_used(ec2, input, input.replicas, ec2.nodes);
    if let Some(used) = used.filter(|used| *used >= IDLE_BELOW) {
        let nodes = format!("{} × {}", ec2.nodes, ec2.instance_type);
        let share = percent(used);
        found.push(OwnedText::new(
            format!("파드가 EC2 노드({nodes})를 {share}까지 채우므로, vCPU와 메모리의 단가가 Fargate보다 낮습니다."),
            format!("The pods fill the EC2 nodes ({nodes}) to {share}, where a vCPU and a GB cost less than on Fargate."),
        ));
    }
}

/// Spot, when it favours `cheap`: a discount on its side that `dear` lacks or does not
/// match. Spot on EC2 nodes is EC2 Spot, whoever runs them.
fn spot_driver(
    estimate: &CostEstimate,
    input: &CostInput,
    cheap: Capacity,
    dear: Capacity,
) -> Option<OwnedText> {
    let off = |side| {
        lines_of(estimate, side)
            .iter()
            .find(|line| line.item == LineItem::SpotSavings)
            .map_or(0.0, |line| line.price.usd)
    };
    let (cheap_off, dear_off) = (off(cheap), off(dear));
    if cheap_off <= dear_off {
        return None;
    }
    let (p, q) = (percent(cheap_off), percent(dear_off));
    let spot = |side| match side {
        Capacity::Fargate => ("Fargate Spot", "Fargate Spot"),
        _ => ("EC2 스팟", "EC2 Spot"),
    };
    let (c, d) = (spot(cheap), spot(dear));
    Some(if dear_off > 0.0 {
        OwnedText::new(
            format!("{}은 {p}, {}은 {q}를 깎아 줍니다.", c.0, d.0),
            format!("{} takes {p} off, {} {q}.", c.1, d.1),
        )
    } else {
        let dear = dear.name(input.orchestrator);
        OwnedText::new(
            format!(
                "{}은 {p}를 깎아 주지만 {}에는 스팟이 없습니다.",
                c.0, dear.ko
            ),
            format!("{} takes {p} off, and {} has no Spot here.", c.1, dear.en),
        )
    })
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
