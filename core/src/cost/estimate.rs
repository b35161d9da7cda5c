//! The estimate: both sides priced for one input, each charge citing its price.

use super::fargate::{fargate_cost, FargateCost};
use super::input::CostInput;
use super::instances::{Family, InstanceType, INSTANCE_TYPES};
use super::load::LoadShape;
use super::packing::{node_capacity, pack, NodeCapacity, NodeOptions, PodGroup};
use super::prices::{
    ec2_windows_license, eks_control_plane, Os, Price, Region, Unit, EC2_SPOT_PRICING, PRICES_DATE,
};
use crate::catalog::Status;
use crate::compute::Orchestrator;

/// What a line charges (or saves) for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum LineItem {
    /// vCPU and memory (Fargate) or instances (EC2).
    Compute,
    /// Fargate ephemeral storage above 20 GB. EC2 nodes' EBS volumes are not priced.
    Storage,
    /// The EKS control-plane fee; ECS has none.
    ControlPlane,
    /// What Spot takes off the compute, as a negative amount.
    SpotSavings,
    /// The Windows licence, per vCPU-hour, on Fargate or on EC2 nodes.
    License,
}

/// One charge or saving over the month.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CostLine {
    pub item: LineItem,
    /// How much was billed, in `unit`: vCPU-hours, GB-hours, instance-hours,
    /// cluster-hours, or (for Spot savings, [`Unit::FractionOff`]) the USD discounted.
    pub quantity: f64,
    pub unit: Unit,
    /// USD for the month; negative for savings.
    pub usd: f64,
    /// The price or discount used, with its Region, date, source and status.
    pub price: Price,
}

impl CostLine {
    /// `quantity` units at `price`.
    pub fn priced(item: LineItem, quantity: f64, unit: Unit, price: Price) -> Self {
        CostLine {
            item,
            quantity,
            unit,
            usd: quantity * price.usd,
            price,
        }
    }

    /// A saving of `discount` (a [`Unit::FractionOff`] price) on `usd`.
    pub fn discount(usd: f64, discount: Price) -> Self {
        CostLine {
            item: LineItem::SpotSavings,
            quantity: usd,
            unit: Unit::FractionOff,
            usd: -(usd * discount.usd),
            price: discount,
        }
    }
}

/// A side's monthly total by kind of charge, in USD.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Breakdown {
    pub compute: f64,
    pub storage: f64,
    pub control_plane: f64,
    /// Zero or negative.
    pub spot_savings: f64,
    /// The Windows licence; zero for Linux.
    pub license: f64,
}

impl Breakdown {
    /// The sums of `lines` by item.
    pub fn of(lines: &[CostLine]) -> Self {
        let sum = |item| {
            lines
                .iter()
                .filter(|line| line.item == item)
                .map(|line| line.usd)
                .sum()
        };
        Breakdown {
            compute: sum(LineItem::Compute),
            storage: sum(LineItem::Storage),
            control_plane: sum(LineItem::ControlPlane),
            spot_savings: sum(LineItem::SpotSavings),
            license: sum(LineItem::License),
        }
    }

    pub fn total(&self) -> f64 {
        self.compute + self.storage + self.control_plane + self.spot_savings + self.license
    }
}

/// Why one side cannot run the workload.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Unavailable {
    /// The catalog fact that says so, or a model reason (`cost.no-instance-fits`).
    pub fact_id: &'static str,
    /// What is in the way: `arm`, `windows`, `podSize`, `ephemeralStorage`, `noPrice`.
    pub constraint: &'static str,
}

impl Unavailable {
    pub fn new(fact_id: &'static str, constraint: &'static str) -> Self {
        Unavailable {
            fact_id,
            constraint,
        }
    }
}

/// One side's answer: `{"status": "available", …}` or `{"status": "unavailable",
/// "factId", "constraint"}`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "status", rename_all = "camelCase")]
pub enum Side<T> {
    Available(T),
    Unavailable(Unavailable),
}

impl<T> Side<T> {
    pub fn available(&self) -> Option<&T> {
        match self {
            Side::Available(cost) => Some(cost),
            Side::Unavailable(_) => None,
        }
    }
}

/// What the EC2 side costs.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Ec2Cost {
    pub instance_type: &'static str,
    /// Whether the type was chosen as the cheapest that fits, rather than asked for.
    pub chosen: bool,
    /// Nodes at the peak.
    pub nodes: u32,
    /// Nodes the rest of the day (as many as `nodes` for a steady load).
    pub off_peak_nodes: u32,
    /// Instance-hours over the month, at the peak and off it.
    pub node_hours: f64,
    /// The most workload pods on any one node.
    pub max_pods_per_node: u32,
    pub node_capacity: NodeCapacity,
    /// USD per month, after any Spot savings.
    pub total_usd: f64,
    pub breakdown: Breakdown,
    pub lines: Vec<CostLine>,
}

/// Both sides for one input.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CostEstimate {
    pub region: Region,
    pub hours_per_month: f64,
    pub fargate: Side<FargateCost>,
    pub ec2: Side<Ec2Cost>,
    /// `"fargate"` or `"ec2"`, whichever total is lower (Fargate on a tie); `null` when a
    /// side is unavailable.
    pub cheaper: Option<Cheaper>,
}

/// The cheaper side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Cheaper {
    Fargate,
    Ec2,
}

/// Prices both sides of `input` as it stands.
pub fn estimate(input: &CostInput) -> CostEstimate {
    estimate_for(input, input.replicas)
}

/// Prices both sides of `input` with `replicas` at the peak in place of its own count
/// ([`LoadShape::with_peak`]).
pub fn estimate_for(input: &CostInput, replicas: u32) -> CostEstimate {
    let load = input.load().with_peak(replicas);
    let fargate = fargate_cost(input, &load);
    let ec2 = ec2_cost(input, &load);
    let cheaper = match (fargate.available(), ec2.available()) {
        (Some(f), Some(e)) if f.total_usd <= e.total_usd => Some(Cheaper::Fargate),
        (Some(_), Some(_)) => Some(Cheaper::Ec2),
        _ => None,
    };
    CostEstimate {
        region: input.pricing.region,
        hours_per_month: input.pricing.hours_per_month,
        fargate,
        ec2,
        cheaper,
    }
}

/// The EC2 Spot discount used: the reader's, or the default; an assumption either way,
/// since Spot prices move per instance type and Availability Zone.
pub fn ec2_spot_discount(input: &CostInput) -> Price {
    Price {
        item: "ec2-spot.discount",
        usd: input.pricing.ec2_spot_discount,
        unit: Unit::FractionOff,
        region: input.pricing.region,
        date: PRICES_DATE,
        source: EC2_SPOT_PRICING,
        status: Status::Assumption,
    }
}

/// The EC2 side: the instance type asked for, or the cheapest non-burstable type of the
/// list that fits.
pub fn ec2_cost(input: &CostInput, load: &LoadShape) -> Side<Ec2Cost> {
    let options = NodeOptions {
        orchestrator: input.orchestrator,
        daemonset_vcpu: input.daemonset_vcpu,
        daemonset_gib: input.daemonset_gib,
        headroom: input.pricing.headroom,
    };
    if let Some(instance) = input.instance() {
        // A burstable type's Windows price is not the Linux price plus the licence.
        let windows_burstable = input.os == Os::Windows && instance.family == Family::Burstable;
        if instance.price(input.pricing.region).is_none() || windows_burstable {
            return Side::Unavailable(Unavailable::new("cost.no-price", "noPrice"));
        }
        return match ec2_on(instance, input, &options, load, false) {
            Some(cost) => Side::Available(cost),
            None => Side::Unavailable(Unavailable::new("cost.no-instance-fits", "podSize")),
        };
    }
    // The cheapest total; on a tie, the fewer nodes, then the list's order. Burstable
    // types are only used when named: their price buys CPU credits, not a steady core.
    INSTANCE_TYPES
        .iter()
        .filter(|instance| instance.arch == input.arch && instance.family != Family::Burstable)
        .filter_map(|instance| ec2_on(instance, input, &options, load, true))
        .reduce(|best, next| {
            let better = next.total_usd < best.total_usd
                || (next.total_usd == best.total_usd && next.nodes < best.nodes);
            if better {
                next
            } else {
                best
            }
        })
        .map_or(
            Side::Unavailable(Unavailable::new("cost.no-instance-fits", "podSize")),
            Side::Available,
        )
}

/// The EC2 side on `instance`, if it has a price in the Region and the pods fit its nodes:
/// as many nodes as the pods need at the peak, and as many as they need off it.
fn ec2_on(
    instance: &'static InstanceType,
    input: &CostInput,
    options: &NodeOptions,
    load: &LoadShape,
    chosen: bool,
) -> Option<Ec2Cost> {
    let pricing = &input.pricing;
    let price = instance.price(pricing.region)?;
    let capacity = node_capacity(instance, options);
    let pods = |count| PodGroup {
        vcpu: input.vcpu,
        gib: input.memory_gib,
        count,
    };
    let packing = pack(&[pods(load.replicas)], &capacity)?;
    let nodes = u32::try_from(packing.nodes.len()).unwrap_or(u32::MAX);
    let off_peak_nodes = if load.varies() {
        pack(&[pods(load.off_peak_replicas)], &capacity)
            .map_or(nodes, |off| u32::try_from(off.nodes.len()).unwrap_or(nodes))
    } else {
        nodes
    };
    let hours = pricing.hours_per_month;
    let node_hours = load.unit_hours(hours, f64::from(nodes), f64::from(off_peak_nodes));
    let mut lines = vec![CostLine::priced(
        LineItem::Compute,
        node_hours,
        Unit::InstanceHour,
        price,
    )];
    if input.spot {
        let compute = lines.iter().map(|line| line.usd).sum();
        lines.push(CostLine::discount(compute, ec2_spot_discount(input)));
    }
    if input.os == Os::Windows {
        // License-included Windows: the Linux price plus the licence per vCPU-hour, which
        // Spot does not discount.
        let vcpu_hours = f64::from(nodes) * f64::from(instance.vcpu) * hours;
        lines.push(CostLine::priced(
            LineItem::License,
            vcpu_hours,
            Unit::VcpuHour,
            ec2_windows_license(input.pricing.region),
        ));
    }
    if input.orchestrator == Orchestrator::Eks {
        lines.push(CostLine::priced(
            LineItem::ControlPlane,
            f64::from(pricing.clusters) * hours,
            Unit::ClusterHour,
            eks_control_plane(pricing.region, pricing.eks_support),
        ));
    }
    let breakdown = Breakdown::of(&lines);
    Some(Ec2Cost {
        instance_type: instance.name,
        chosen,
        nodes,
        off_peak_nodes,
        node_hours,
        max_pods_per_node: packing.nodes.iter().map(|n| n.pods).max().unwrap_or(0),
        node_capacity: capacity,
        total_usd: breakdown.total(),
        breakdown,
        lines,
    })
}
