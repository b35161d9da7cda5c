//! The two sides priced as EC2 nodes: the nodes you run (node groups, an EC2 capacity
//! provider) and the nodes AWS runs for you (EKS Auto Mode, ECS Managed Instances). The
//! second is the first plus the management fee (fact `cost.managed-packing`): the same
//! nodes, since a fee proportional to the instance price leaves the cheapest type the
//! cheapest.

use super::estimate::{Breakdown, CostLine, Ec2Cost, LineItem, Side, Unavailable};
use super::input::CostInput;
use super::instances::{Family, InstanceType, INSTANCE_TYPES};
use super::load::LoadShape;
use super::managed::{linux_only_fact, management_fee};
use super::packing::{node_capacity, pack, NodeOptions, PodGroup};
use super::prices::{eks_control_plane, Os, Price, Unit, EC2_SPOT_PRICING, PRICES_DATE};
use super::savings_plans::{savings_plan_discount, Usage};
use super::windows_prices::ec2_windows_license;
use crate::catalog::Status;
use crate::compute::Orchestrator;

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

/// The nodes you run: on the instance type asked for, or the cheapest non-burstable type of
/// the list that fits.
pub fn nodes_cost(input: &CostInput, load: &LoadShape) -> Side<Ec2Cost> {
    let options = NodeOptions {
        orchestrator: input.orchestrator,
        daemonset_vcpu: input.daemonset_vcpu,
        daemonset_gib: input.daemonset_gib,
        headroom: input.pricing.headroom,
    };
    let on = |instance, chosen| nodes_on(instance, input, &options, load, chosen);
    if let Some(instance) = input.instance() {
        // A burstable type's Windows price is not the Linux price plus the licence.
        let windows_burstable = input.os == Os::Windows && instance.family == Family::Burstable;
        if instance.price(input.pricing.region).is_none() || windows_burstable {
            return Side::Unavailable(Unavailable::new("cost.no-price", "noPrice"));
        }
        return match on(instance, false) {
            Some(cost) => Side::Available(cost),
            None => Side::Unavailable(Unavailable::new("cost.no-instance-fits", "podSize")),
        };
    }
    // The cheapest total; on a tie, the fewer nodes, then the list's order. Burstable
    // types are only used when named: their price buys CPU credits, not a steady core.
    INSTANCE_TYPES
        .iter()
        .filter(|instance| instance.arch == input.arch && instance.family != Family::Burstable)
        .filter_map(|instance| on(instance, true))
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

/// The nodes on `instance`, if it has a price in the Region and the pods fit its nodes: as
/// many nodes as the pods need at the peak, and as many as they need off it.
fn nodes_on(
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
    let compute = CostLine::priced(LineItem::Compute, node_hours, Unit::InstanceHour, price);
    let mut lines = vec![compute];
    // Spot capacity, or else a Savings Plan on the on-demand hours: a plan covers no Spot.
    if input.spot {
        lines.push(CostLine::discount(
            LineItem::SpotSavings,
            compute.usd,
            ec2_spot_discount(input),
        ));
    } else if let Some(plan) = savings_plan_discount(
        pricing.commitment,
        Usage::Ec2,
        pricing.savings_plan_discount,
        pricing.region,
    ) {
        lines.push(CostLine::discount(LineItem::SavingsPlan, compute.usd, plan));
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

/// The nodes AWS runs for the workload: `yours` plus the management fee on every
/// instance-hour, at its full rate (Spot and Savings Plans do not cut it). Linux only.
pub fn managed_cost(input: &CostInput, yours: &Side<Ec2Cost>) -> Side<Ec2Cost> {
    if input.os == Os::Windows {
        let fact = linux_only_fact(input.orchestrator);
        return Side::Unavailable(Unavailable::new(fact, "windows"));
    }
    let mut side = yours.clone();
    if let Side::Available(nodes) = &mut side {
        // The instances' on-demand price, which the fee is a share of.
        let on_demand = nodes
            .lines
            .iter()
            .find(|line| line.item == LineItem::Compute);
        if let Some(price) = on_demand.map(|line| line.price) {
            let fee = management_fee(input.orchestrator, &price);
            nodes.lines.push(CostLine::priced(
                LineItem::ManagementFee,
                nodes.node_hours,
                Unit::InstanceHour,
                fee,
            ));
            nodes.breakdown = Breakdown::of(&nodes.lines);
            nodes.total_usd = nodes.breakdown.total();
        }
    }
    side
}
