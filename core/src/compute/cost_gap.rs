//! The cost criterion, from the cost model: whichever side the estimate finds cheaper gets
//! the cost points, scaled by how much it saves, and none when the two are about even. Its
//! reason quotes both monthly totals and what drives the gap, so the recommendation can
//! never argue cost for the side the cost section calls dearer.

use super::profile::Orchestrator;
use super::rules::Capacity;
use super::sizing::EKS_OVERHEAD_GB;
use crate::cost::{
    instance_type, percent, plain_money, CostEstimate, CostInput, CostLine, Currency, Ec2Cost,
    FargateCost, LineItem, Side,
};
use crate::i18n::{Lang, OwnedText};
use crate::number::format_number;

/// Below this saving (a share of the dearer total) the two sides cost about the same, and
/// cost gives no points.
pub const EVEN_BAND: f64 = 0.10;

/// From each saving on, the cost points the cheaper side earns, before the reader's cost
/// weight: 10 % earns 1, 25 % earns 2, half or more 3.
pub const POINT_STEPS: [(f64, u32); 3] = [(EVEN_BAND, 1), (0.25, 2), (0.5, 3)];

/// Below this share of the nodes' capacity used, idle room is what the EC2 side pays for.
const IDLE_BELOW: f64 = 0.6;

/// The facts the cost reason cites: how each side bills.
pub const FARGATE_BILLING: &str = "pricing.fargate-billing";
pub const EC2_BILLING: &str = "pricing.ec2-billing";

/// Both sides' monthly totals, which is cheaper, by how much, and why.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CostGap {
    /// The side with the lower monthly total (Fargate on a tie).
    pub cheaper: Capacity,
    /// Fargate's monthly total, in USD.
    pub fargate_usd: f64,
    /// The EC2 nodes' monthly total, in USD.
    pub ec2_usd: f64,
    /// What the cheaper side saves, as a share of the dearer total.
    pub saving: f64,
    /// Cost points before the reader's weight ([`POINT_STEPS`]): 0 under a 10 % saving
    /// ([`EVEN_BAND`]), 1 from 10 %, 2 from 25 %, 3 from 50 %.
    pub points: u32,
    /// What makes the difference, in words (an idle node, the EKS rounding, Spot), at most
    /// two, each favouring the cheaper side.
    pub drivers: Vec<OwnedText>,
}

/// The cheaper side of two totals (Fargate on a tie), its saving and its points.
pub fn cost_points(fargate_usd: f64, ec2_usd: f64) -> (Capacity, f64, u32) {
    let (cheaper, low, high) = if fargate_usd <= ec2_usd {
        (Capacity::Fargate, fargate_usd, ec2_usd)
    } else {
        (Capacity::Ec2, ec2_usd, fargate_usd)
    };
    let saving = if high > 0.0 { (high - low) / high } else { 0.0 };
    let points = POINT_STEPS
        .iter()
        .rev()
        .find(|(from, _)| saving >= *from)
        .map_or(0, |(_, points)| *points);
    (cheaper, saving, points)
}

/// The gap for `estimate` of `input`; `None` when a side cannot run the workload (a blocker
/// or the estimate says why).
pub fn cost_gap(estimate: &CostEstimate, input: &CostInput) -> Option<CostGap> {
    let (Side::Available(fargate), Side::Available(ec2)) = (&estimate.fargate, &estimate.ec2)
    else {
        return None;
    };
    let (cheaper, saving, points) = cost_points(fargate.total_usd, ec2.total_usd);
    let drivers = if points == 0 {
        Vec::new()
    } else {
        drivers(fargate, ec2, input, cheaper)
    };
    Some(CostGap {
        cheaper,
        fargate_usd: fargate.total_usd,
        ec2_usd: ec2.total_usd,
        saving,
        points,
        drivers,
    })
}

impl CostGap {
    /// The fact the reason cites: how the cheaper side bills.
    pub fn fact_id(&self) -> &'static str {
        match self.cheaper {
            Capacity::Fargate => FARGATE_BILLING,
            Capacity::Ec2 => EC2_BILLING,
        }
    }

    /// The reason in `lang`, amounts written by `money` (the widget passes its currency's).
    pub fn text(&self, lang: Lang, money: &dyn Fn(f64) -> String) -> String {
        let (fargate, ec2) = (money(self.fargate_usd), money(self.ec2_usd));
        let saving = percent(self.saving);
        if self.points == 0 {
            return match lang {
                Lang::Ko => format!(
                    "Fargate와 EC2의 월 비용 차이가 {saving}에 그쳐(Fargate {fargate}, EC2 {ec2}) 비용은 어느 쪽에도 점수를 주지 않습니다."
                ),
                Lang::En => format!(
                    "Fargate ({fargate} a month) and EC2 ({ec2}) cost about the same, {saving} apart, so cost gives neither side points."
                ),
            };
        }
        let (cheap, dear, low, high) = match self.cheaper {
            Capacity::Fargate => ("Fargate", "EC2", fargate, ec2),
            Capacity::Ec2 => ("EC2", "Fargate", ec2, fargate),
        };
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

/// How much of `nodes` nodes `pods` pods use: the larger of their vCPU and memory shares.
fn nodes_used(ec2: &Ec2Cost, input: &CostInput, pods: u32, nodes: u32) -> Option<f64> {
    let instance = instance_type(ec2.instance_type)?;
    let (nodes, pods) = (f64::from(nodes), f64::from(pods));
    let vcpu = pods * input.vcpu / (nodes * f64::from(instance.vcpu));
    let gib = pods * input.memory_gib / (nodes * instance.memory_gib);
    let used = vcpu.max(gib);
    used.is_finite().then_some(used)
}

/// What drives the gap, for the cheaper side, at most two, the weightiest first.
///
/// - Either side: a Spot discount the other side lacks or does not match.
/// - Fargate cheaper: the share of the EC2 nodes the pods leave idle (EC2 bills it), at the
///   peak and off it; failing those, the room every node keeps free.
/// - EC2 cheaper: Fargate's rounding of each pod or task up to a valid size; nodes packed
///   full enough that a vCPU costs less than on Fargate.
fn drivers(
    fargate: &FargateCost,
    ec2: &Ec2Cost,
    input: &CostInput,
    cheaper: Capacity,
) -> Vec<OwnedText> {
    let nodes = format!("{} × {}", ec2.nodes, ec2.instance_type);
    let used = nodes_used(ec2, input, input.replicas, ec2.nodes);
    let mut found: Vec<OwnedText> = Vec::new();
    if let Some(spot) = spot_driver(fargate, ec2, cheaper) {
        found.push(spot);
    }
    match cheaper {
        Capacity::Fargate => {
            if let Some(used) = used.filter(|used| *used < IDLE_BELOW) {
                let share = percent(used);
                found.push(OwnedText::new(
                    format!("최대 부하에도 파드가 EC2 노드({nodes}) 용량의 {share}만 쓰는데, EC2는 빈 공간까지 과금합니다."),
                    format!("At the peak the pods use {share} of the EC2 nodes ({nodes}), and EC2 bills the idle rest too."),
                ));
            }
            let load = input.load();
            let off = input.off_peak_replicas;
            let idle_off_peak = nodes_used(ec2, input, off, ec2.off_peak_nodes)
                .is_some_and(|used| used < IDLE_BELOW);
            if load.varies() && idle_off_peak {
                let hours = format_number(load.off_peak_hours());
                let kept = ec2.off_peak_nodes;
                found.push(OwnedText::new(
                    format!("하루 {hours}시간은 {off}개만 돌지만, 그동안에도 EC2 노드가 {kept}대 남습니다."),
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
        Capacity::Ec2 => {
            // Fargate rounds each pod or task up to a valid size (on EKS after adding 256
            // MB): a tenth above the request is worth saying.
            let size = fargate.billed_size;
            let (unit, overhead) = match input.orchestrator {
                Orchestrator::Eks => (("파드", "pod"), EKS_OVERHEAD_GB),
                Orchestrator::Ecs => (("작업", "task"), 0.0),
            };
            let rounded = size.vcpu > input.vcpu * 1.1
                || size.memory_gb > (input.memory_gib + overhead) * 1.1;
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
            if let Some(used) = used.filter(|used| *used >= IDLE_BELOW) {
                let share = percent(used);
                found.push(OwnedText::new(
                    format!("파드가 EC2 노드({nodes})를 {share}까지 채우므로, vCPU와 메모리의 단가가 Fargate보다 낮습니다."),
                    format!("The pods fill the EC2 nodes ({nodes}) to {share}, where a vCPU and a GB cost less than on Fargate."),
                ));
            }
        }
    }
    found.truncate(2);
    found
}

/// Spot, when it favours `cheaper`: a discount on its side that the other side lacks or
/// does not match.
fn spot_driver(fargate: &FargateCost, ec2: &Ec2Cost, cheaper: Capacity) -> Option<OwnedText> {
    let off = |lines: &[CostLine]| {
        lines
            .iter()
            .find(|line| line.item == LineItem::SpotSavings)
            .map_or(0.0, |line| line.price.usd)
    };
    let (fargate_off, ec2_off) = (off(&fargate.lines), off(&ec2.lines));
    match cheaper {
        Capacity::Fargate if fargate_off > ec2_off => Some(if ec2_off > 0.0 {
            OwnedText::new(
                format!(
                    "Fargate Spot은 {}, EC2 스팟은 {}를 깎아 줍니다.",
                    percent(fargate_off),
                    percent(ec2_off)
                ),
                format!(
                    "Fargate Spot takes {} off, EC2 Spot {}.",
                    percent(fargate_off),
                    percent(ec2_off)
                ),
            )
        } else {
            OwnedText::new(
                format!("Fargate Spot이 {}를 깎아 줍니다.", percent(fargate_off)),
                format!("Fargate Spot takes {} off.", percent(fargate_off)),
            )
        }),
        Capacity::Ec2 if ec2_off > fargate_off => Some(if fargate_off > 0.0 {
            OwnedText::new(
                format!(
                    "EC2 스팟은 {}, Fargate Spot은 {}를 깎아 줍니다.",
                    percent(ec2_off),
                    percent(fargate_off)
                ),
                format!(
                    "EC2 Spot takes {} off, Fargate Spot {}.",
                    percent(ec2_off),
                    percent(fargate_off)
                ),
            )
        } else {
            OwnedText::new(
                format!(
                    "EC2 스팟은 {}를 깎아 주지만 이 워크로드는 Fargate Spot을 쓸 수 없습니다.",
                    percent(ec2_off)
                ),
                format!(
                    "EC2 Spot takes {} off, and this workload cannot use Fargate Spot.",
                    percent(ec2_off)
                ),
            )
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_grow_with_the_saving_and_none_inside_the_band() {
        let cases = [
            ((100.0, 105.0), (Capacity::Fargate, 0)),
            ((100.0, 112.0), (Capacity::Fargate, 1)),
            ((140.0, 100.0), (Capacity::Ec2, 2)),
            ((300.0, 100.0), (Capacity::Ec2, 3)),
            ((50.0, 50.0), (Capacity::Fargate, 0)),
        ];
        for ((fargate, ec2), (cheaper, points)) in cases {
            let (side, _, got) = cost_points(fargate, ec2);
            assert_eq!((side, got), (cheaper, points), "{fargate} against {ec2}");
        }
    }
}
