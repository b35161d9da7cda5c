//! What drives a cost gap: the words a cost reason adds after the two totals (idle node
//! room, Fargate's rounding of pod sizes, nodes packed full, AWS's management fee, Spot), each
//! computed from the estimate the reason quotes.

use super::profile::Orchestrator;
use super::rules::Capacity;
use super::sizing::EKS_OVERHEAD_GB;
use crate::cost::managed::FEE_SHARE;
use crate::cost::{
    instance_type, percent, CostEstimate, CostInput, CostLine, Ec2Cost, FargateCost, LineItem, Side,
};
use crate::i18n::OwnedText;
use crate::number::format_number;

/// Below this share of the nodes' capacity used, idle room is what the EC2 side pays for.
const IDLE_BELOW: f64 = 0.6;

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
pub(super) fn drivers(
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
