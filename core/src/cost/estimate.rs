//! The estimate: the three sides priced for one input (Fargate, the EC2 nodes you run, the
//! EC2 nodes AWS runs), each charge citing its price.

use super::fargate::{fargate_cost, FargateCost};
use super::input::CostInput;
use super::nodes::{managed_cost, nodes_cost};
use super::packing::NodeCapacity;
use super::prices::{Price, Region, Unit};
use crate::compute::Capacity;

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
    /// What a Savings Plan takes off the on-demand compute it covers, as a negative amount.
    SavingsPlan,
    /// EKS Auto Mode's or ECS Managed Instances' fee per instance-hour.
    ManagementFee,
}

/// One charge or saving over the month.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CostLine {
    pub item: LineItem,
    /// How much was billed, in `unit`: vCPU-hours, GB-hours, instance-hours,
    /// cluster-hours, or (for Spot and Savings Plan savings, [`Unit::FractionOff`]) the USD
    /// discounted.
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

    /// A saving (Spot, a Savings Plan) of `discount` (a [`Unit::FractionOff`] price) on `usd`.
    pub fn discount(item: LineItem, usd: f64, discount: Price) -> Self {
        CostLine {
            item,
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
    /// Zero or negative.
    pub savings_plan: f64,
    /// The AWS-managed side's fee; zero on the others.
    pub management_fee: f64,
}

impl Breakdown {
    /// The sums of `lines` by item.
    pub fn of(lines: &[CostLine]) -> Self {
        // A fold from +0, not `sum()`: an empty float sum is -0, which JSON readers get as -0.
        let sum = |item| {
            lines
                .iter()
                .filter(|line| line.item == item)
                .fold(0.0, |total, line| total + line.usd)
        };
        Breakdown {
            compute: sum(LineItem::Compute),
            storage: sum(LineItem::Storage),
            control_plane: sum(LineItem::ControlPlane),
            spot_savings: sum(LineItem::SpotSavings),
            license: sum(LineItem::License),
            savings_plan: sum(LineItem::SavingsPlan),
            management_fee: sum(LineItem::ManagementFee),
        }
    }

    pub fn total(&self) -> f64 {
        self.compute
            + self.storage
            + self.control_plane
            + self.spot_savings
            + self.license
            + self.savings_plan
            + self.management_fee
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
    /// (AWS-managed EC2 is unavailable for `windows`: it runs Linux only.)
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

/// What a side of EC2 nodes costs: the nodes you run (`ec2`) or the nodes AWS runs
/// (`managed`, with the management fee).
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
    /// USD per month, after any Spot or Savings Plan savings.
    pub total_usd: f64,
    pub breakdown: Breakdown,
    pub lines: Vec<CostLine>,
}

/// The three sides for one input.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CostEstimate {
    pub region: Region,
    pub hours_per_month: f64,
    pub fargate: Side<FargateCost>,
    /// The EC2 nodes you run: EKS node groups, an ECS EC2 capacity provider.
    pub ec2: Side<Ec2Cost>,
    /// The EC2 nodes AWS runs: EKS Auto Mode, ECS Managed Instances (Linux only).
    pub managed: Side<Ec2Cost>,
    /// `"fargate"`, `"managed"` or `"ec2"`, whichever available total is lowest (on a tie,
    /// the one with less to operate, in that order); `null` when fewer than two sides are
    /// available.
    pub cheaper: Option<Cheaper>,
}

/// The cheapest side: the compute engine's options, with their JSON names (`"ec2"`,
/// `"managed"`, `"fargate"`).
pub type Cheaper = Capacity;

impl CostEstimate {
    /// Each side's monthly total where available, in the order a tie goes: Fargate, the
    /// nodes AWS runs, the nodes you run.
    pub fn totals(&self) -> [(Capacity, Option<f64>); 3] {
        let nodes = |side: &Side<Ec2Cost>| side.available().map(|cost| cost.total_usd);
        [
            (
                Capacity::Fargate,
                self.fargate.available().map(|cost| cost.total_usd),
            ),
            (Capacity::Managed, nodes(&self.managed)),
            (Capacity::Ec2, nodes(&self.ec2)),
        ]
    }
}

/// Prices the three sides of `input` as it stands.
pub fn estimate(input: &CostInput) -> CostEstimate {
    estimate_for(input, input.replicas)
}

/// Prices the three sides of `input` with `replicas` at the peak in place of its own count
/// ([`LoadShape::with_peak`](super::load::LoadShape::with_peak)).
pub fn estimate_for(input: &CostInput, replicas: u32) -> CostEstimate {
    let load = input.load().with_peak(replicas);
    let ec2 = nodes_cost(input, &load);
    let mut estimate = CostEstimate {
        region: input.pricing.region,
        hours_per_month: input.pricing.hours_per_month,
        fargate: fargate_cost(input, &load),
        managed: managed_cost(input, &ec2),
        ec2,
        cheaper: None,
    };
    estimate.cheaper = cheapest(estimate.totals());
    estimate
}

/// The side with the lowest of `totals` (given in the order a tie goes, as
/// [`CostEstimate::totals`]); `None` when fewer than two sides are available.
pub fn cheapest(totals: [(Capacity, Option<f64>); 3]) -> Option<Cheaper> {
    let (mut lowest, mut available) = (None, 0_u8);
    for (side, total) in totals {
        if let Some(total) = total {
            available = available.saturating_add(1);
            if lowest.is_none_or(|(_, low)| total < low) {
                lowest = Some((side, total));
            }
        }
    }
    lowest.filter(|_| available > 1).map(|(side, _)| side)
}
