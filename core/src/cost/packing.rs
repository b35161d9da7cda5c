//! The EC2 side's first half: how much of a node the workload's pods can use, and how many
//! nodes of one instance type hold them.
//!
//! A node's capacity for workload pods is what is left after:
//! 1. the reserve for the node's own software:
//!    - on EKS, the EKS AMI's kube-reserved formula: CPU 6% of the first core, 1% of the
//!      second, 0.5% of the next two and 0.25% of the rest; memory 255 MiB + 11 MiB per pod
//!      the node may run (its max pods);
//!    - on ECS, an assumption ([`ECS_RESERVED_GIB`]): no CPU (ECS registers every vCPU)
//!      and 0.5 GiB of memory for the OS, the container runtime and the ECS agent, about
//!      the gap between nominal and registered memory on a `.large` instance;
//! 2. the DaemonSets (or ECS daemon services) every node runs, as given;
//! 3. the headroom: only `headroom` (0.8 by default) of what remains is planned for, so
//!    nodes are not run flat out.
//!
//! On EKS a node also runs at most its max pods, of which two go to the host-network
//! system pods (`aws-node`, `kube-proxy`) the formula's `+ 2` is for; DaemonSets of the
//! reader's own are counted in CPU and memory only.
//!
//! Packing is first-fit decreasing over pod groups (largest share of a node first), placing
//! as many pods of a group on a node as fit at once, so identical pods cost one step per
//! node rather than one per pod. It is deterministic.

use super::instances::InstanceType;
use crate::compute::Orchestrator;

/// Memory the ECS model reserves per node for the OS, runtime and agent: an assumption.
pub const ECS_RESERVED_GIB: f64 = 0.5;
/// Host-network system pods on every EKS node (`aws-node`, `kube-proxy`).
pub const EKS_SYSTEM_PODS: u32 = 2;
/// The default share of a node's allocatable capacity planned for.
pub const DEFAULT_HEADROOM: f64 = 0.8;

/// Tolerance for comparing sums of float sizes.
const EPSILON: f64 = 1e-9;
const MIB_PER_GIB: f64 = 1024.0;

/// What one node spends before the workload's pods, and what it offers them.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NodeCapacity {
    /// The node's own software (kubelet and system on EKS, agent on ECS).
    pub reserved_vcpu: f64,
    pub reserved_gib: f64,
    /// What the workload's pods may use, after reserves, DaemonSets and headroom.
    pub vcpu: f64,
    pub gib: f64,
    /// How many workload pods a node may run (EKS: max pods less the system pods); `None`
    /// on ECS, where `awsvpc` ENI trunking is not modelled.
    pub pods: Option<u32>,
}

/// What the reader runs on every node, and how full nodes may get.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NodeOptions {
    pub orchestrator: Orchestrator,
    pub daemonset_vcpu: f64,
    pub daemonset_gib: f64,
    /// From above 0 to 1.
    pub headroom: f64,
}

/// The EKS AMI's CPU reserve for a node of `vcpu` cores, in vCPU.
pub fn eks_reserved_vcpu(vcpu: u32) -> f64 {
    let cores = f64::from(vcpu);
    let tiers = [
        (1.0, 0.06),
        (1.0, 0.01),
        (2.0, 0.005),
        (f64::INFINITY, 0.0025),
    ];
    let mut left = cores;
    let mut reserved = 0.0;
    for (size, share) in tiers {
        let here = left.min(size).max(0.0);
        reserved += here * share;
        left -= here;
    }
    reserved
}

/// The EKS AMI's memory reserve for a node running up to `max_pods` pods, in GiB.
pub fn eks_reserved_gib(max_pods: u32) -> f64 {
    (255.0 + 11.0 * f64::from(max_pods)) / MIB_PER_GIB
}

/// The capacity one node of `instance` offers the workload's pods.
pub fn node_capacity(instance: &InstanceType, options: &NodeOptions) -> NodeCapacity {
    let (reserved_vcpu, reserved_gib, pods) = match options.orchestrator {
        Orchestrator::Eks => (
            eks_reserved_vcpu(instance.vcpu),
            eks_reserved_gib(instance.max_pods.pods),
            Some(instance.max_pods.pods.saturating_sub(EKS_SYSTEM_PODS)),
        ),
        Orchestrator::Ecs => (0.0, ECS_RESERVED_GIB, None),
    };
    let headroom = options.headroom.clamp(0.0, 1.0);
    let usable = |total: f64, reserved: f64, daemonsets: f64| {
        ((total - reserved - daemonsets) * headroom).max(0.0)
    };
    NodeCapacity {
        reserved_vcpu,
        reserved_gib,
        vcpu: usable(
            f64::from(instance.vcpu),
            reserved_vcpu,
            options.daemonset_vcpu,
        ),
        gib: usable(instance.memory_gib, reserved_gib, options.daemonset_gib),
        pods,
    }
}

/// `count` identical pods.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct PodGroup {
    pub vcpu: f64,
    pub gib: f64,
    pub count: u32,
}

/// What the pods on one node use.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct NodeLoad {
    pub vcpu: f64,
    pub gib: f64,
    pub pods: u32,
}

impl NodeLoad {
    /// How many more pods of `group` fit beside what is already here.
    fn room_for(&self, group: &PodGroup, capacity: &NodeCapacity) -> u32 {
        let by = |free: f64, each: f64| {
            if each <= 0.0 {
                u32::MAX
            } else {
                // Saturating float-to-int cast: a negative room is 0, a vast one u32::MAX.
                ((free + EPSILON) / each).floor() as u32
            }
        };
        let pods = capacity
            .pods
            .map_or(u32::MAX, |max| max.saturating_sub(self.pods));
        by(capacity.vcpu - self.vcpu, group.vcpu)
            .min(by(capacity.gib - self.gib, group.gib))
            .min(pods)
    }

    fn add(&mut self, group: &PodGroup, count: u32) {
        self.vcpu += group.vcpu * f64::from(count);
        self.gib += group.gib * f64::from(count);
        self.pods = self.pods.saturating_add(count);
    }
}

/// The nodes that hold the pods, in the order they were opened.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Packing {
    pub capacity: NodeCapacity,
    pub nodes: Vec<NodeLoad>,
}

/// Packs `groups` onto as few nodes of `capacity` as first-fit decreasing finds; `None` when
/// some pod does not fit even an empty node.
pub fn pack(groups: &[PodGroup], capacity: &NodeCapacity) -> Option<Packing> {
    let share = |group: &PodGroup| {
        let of = |each: f64, total: f64| if total > 0.0 { each / total } else { 0.0 };
        of(group.vcpu, capacity.vcpu).max(of(group.gib, capacity.gib))
    };
    // Largest share first; groups of equal share keep the order given. Built by insertion,
    // not `sort_by`: the lists are short, and std's stable sort costs the wasm ~3 KB.
    let mut order: Vec<(&PodGroup, f64)> = Vec::with_capacity(groups.len());
    for group in groups.iter().filter(|group| group.count > 0) {
        let size = share(group);
        let at = order
            .iter()
            .position(|(_, other)| size > *other)
            .unwrap_or(order.len());
        order.insert(at, (group, size));
    }

    let mut nodes: Vec<NodeLoad> = Vec::new();
    for (group, _) in order {
        let mut left = group.count;
        for node in nodes.iter_mut() {
            if left == 0 {
                break;
            }
            let here = node.room_for(group, capacity).min(left);
            node.add(group, here);
            left = left.saturating_sub(here);
        }
        let per_node = NodeLoad::default().room_for(group, capacity);
        if left > 0 && per_node == 0 {
            return None;
        }
        while left > 0 {
            let here = per_node.min(left);
            let mut node = NodeLoad::default();
            node.add(group, here);
            nodes.push(node);
            left = left.saturating_sub(here);
        }
    }
    Some(Packing {
        capacity: *capacity,
        nodes,
    })
}
