//! EC2 that AWS runs for you: EKS Auto Mode on EKS, ECS Managed Instances on ECS. Both bill
//! the EC2 price plus a management fee per instance-hour that depends on the instance type
//! and Region (facts `auto-mode.billing`, `managed-instances.billing`). AWS's price pages
//! list the fees per type; the model takes them as a share of the on-demand price, which is
//! what the secondary sources give (facts `auto-mode.fee`, `managed-instances.fee`). The
//! nodes are packed like the ones you run (fact `cost.managed-packing`).

use super::prices::{Price, Region, Unit, RECHECKED};
use crate::catalog::aws_managed::{AUTO_MODE_FEE_SOURCE, MANAGED_INSTANCES_FEE_SOURCE};
use crate::catalog::Status;
use crate::compute::Orchestrator;

/// The management fee as a share of the instance's on-demand price, both services.
pub const FEE_SHARE: f64 = 0.12;

/// The assumption behind the AWS-managed side's nodes.
pub const PACKING_FACT: &str = "cost.managed-packing";

/// The fact that gives the fee's rate on `orchestrator`.
pub fn fee_fact(orchestrator: Orchestrator) -> &'static str {
    match orchestrator {
        Orchestrator::Eks => "auto-mode.fee",
        Orchestrator::Ecs => "managed-instances.fee",
    }
}

/// The fact that keeps Windows off AWS-managed EC2 on `orchestrator`.
pub fn linux_only_fact(orchestrator: Orchestrator) -> &'static str {
    match orchestrator {
        Orchestrator::Eks => "auto-mode.capabilities",
        Orchestrator::Ecs => "managed-instances.capabilities",
    }
}

/// The management fee per instance-hour for an instance whose on-demand price is `ec2`.
/// From a secondary source where the EC2 price is AWS's or a secondary source's in
/// us-east-1, where the sources' share was read; unverified otherwise (Seoul, or an
/// unverified EC2 price).
pub fn management_fee(orchestrator: Orchestrator, ec2: &Price) -> Price {
    let (item, source) = match orchestrator {
        Orchestrator::Eks => ("eks-auto-mode.fee", AUTO_MODE_FEE_SOURCE),
        Orchestrator::Ecs => ("ecs-managed-instances.fee", MANAGED_INSTANCES_FEE_SOURCE),
    };
    let status = match (ec2.region, ec2.status) {
        (Region::UsEast1, Status::Verified | Status::SecondarySource) => Status::SecondarySource,
        _ => Status::Unverified,
    };
    Price {
        item,
        usd: ec2.usd * FEE_SHARE,
        unit: Unit::InstanceHour,
        region: ec2.region,
        date: RECHECKED,
        source,
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::instance_type;

    #[test]
    fn the_fee_is_the_share_of_the_instance_price_and_says_how_sure_it_is() {
        let m6i = instance_type("m6i.large").and_then(|i| i.price(Region::UsEast1));
        let fee = m6i.map(|price| management_fee(Orchestrator::Eks, &price));
        // 0.096 × 0.12 = 0.01152 USD an hour, from a secondary source (m6i.large's us-east-1
        // price is AWS's own).
        assert_eq!(
            fee.map(|f| ((f.usd * 1e6).round(), f.status, f.item)),
            Some((11_520.0, Status::SecondarySource, "eks-auto-mode.fee"))
        );
        let seoul = instance_type("m6i.large").and_then(|i| i.price(Region::ApNortheast2));
        let fee = seoul.map(|price| management_fee(Orchestrator::Ecs, &price));
        assert_eq!(fee.map(|f| f.status), Some(Status::Unverified));
    }
}
