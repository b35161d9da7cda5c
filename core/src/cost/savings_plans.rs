//! Savings Plans: the commitment a team buys, and what it takes off which usage.
//!
//! A Compute Savings Plan covers EC2 instance usage and Fargate's vCPU and memory; an EC2
//! Instance Savings Plan covers EC2 instances only (fact `savings-plans.coverage`). The
//! estimate applies the plan's discount to exactly that on-demand usage, on each side that
//! has it, as if the commitment were used in full; never to Spot capacity, the management
//! and control-plane fees, storage or the Windows licence (fact `cost.savings-plan`). The
//! discount rates are assumptions the reader can change (`savingsPlanDiscount`): AWS
//! publishes a rate per instance type, Region, term and payment option.

use serde::{Deserialize, Serialize};

use super::prices::{Price, Region, Unit, RECHECKED};
use crate::catalog::aws_managed::SP_PRICING;
use crate::catalog::Status;
use crate::input::Bounds;

/// The facts the Savings Plans lines rest on: what each plan covers, and how the estimate
/// applies it.
pub const COVERAGE_FACT: &str = "savings-plans.coverage";
pub const MODEL_FACT: &str = "cost.savings-plan";

/// The commitment bought for the workload's compute: none, or a Savings Plan with no upfront
/// payment for 1 or 3 years.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Commitment {
    /// On-demand prices (the default).
    #[default]
    None,
    /// Covers EC2 instances and Fargate; 1 year.
    ComputeSavingsPlan1y,
    /// Covers EC2 instances and Fargate; 3 years.
    ComputeSavingsPlan3y,
    /// Covers EC2 instances of one family in one Region, not Fargate; 1 year.
    Ec2InstanceSavingsPlan1y,
    /// The same for 3 years.
    Ec2InstanceSavingsPlan3y,
}

impl Commitment {
    pub const ALL: [Commitment; 5] = [
        Commitment::None,
        Commitment::ComputeSavingsPlan1y,
        Commitment::ComputeSavingsPlan3y,
        Commitment::Ec2InstanceSavingsPlan1y,
        Commitment::Ec2InstanceSavingsPlan3y,
    ];
}

/// The usage a plan may cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Usage {
    /// EC2 instance hours, on nodes you run or nodes AWS runs.
    Ec2,
    /// Fargate vCPU and memory.
    Fargate,
}

/// Bounds of `savingsPlanDiscount`: AWS puts Savings Plans at "up to 72%" off.
pub const SAVINGS_PLAN_DISCOUNT: Bounds = Bounds {
    min: 0.0,
    min_exclusive: false,
    max: 0.72,
    whole: false,
    allowed: "a number from 0 to 0.72",
};

/// The default discount of `commitment` on `usage`, no upfront payment; `None` where the
/// plan does not cover it. Assumptions, not published rates: middle-of-the-road figures for
/// current m, c and r types and for Fargate in us-east-1, under AWS's ceilings of 66%
/// (Compute) and 72% (EC2 Instance), which need three years paid upfront.
pub fn default_discount(commitment: Commitment, usage: Usage) -> Option<f64> {
    use Commitment::*;
    match (commitment, usage) {
        (None, _) | (Ec2InstanceSavingsPlan1y | Ec2InstanceSavingsPlan3y, Usage::Fargate) => {
            Option::None
        }
        (ComputeSavingsPlan1y, Usage::Ec2) => Some(0.27),
        (ComputeSavingsPlan1y, Usage::Fargate) => Some(0.20),
        (ComputeSavingsPlan3y, Usage::Ec2) => Some(0.48),
        (ComputeSavingsPlan3y, Usage::Fargate) => Some(0.45),
        (Ec2InstanceSavingsPlan1y, Usage::Ec2) => Some(0.37),
        (Ec2InstanceSavingsPlan3y, Usage::Ec2) => Some(0.57),
    }
}

/// The discount `commitment` takes off `usage` in `region`, as a [`Unit::FractionOff`]
/// price: `discount` (the reader's `savingsPlanDiscount`) where given, else the default;
/// `None` where the plan does not cover the usage. An assumption either way.
pub fn savings_plan_discount(
    commitment: Commitment,
    usage: Usage,
    discount: Option<f64>,
    region: Region,
) -> Option<Price> {
    let default = default_discount(commitment, usage)?;
    let item = match usage {
        Usage::Ec2 => "savings-plan.ec2",
        Usage::Fargate => "savings-plan.fargate",
    };
    Some(Price {
        item,
        usd: discount.unwrap_or(default),
        unit: Unit::FractionOff,
        region,
        date: RECHECKED,
        source: SP_PRICING,
        status: Status::Assumption,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_plan_covers_its_usage_only() {
        for commitment in Commitment::ALL {
            let ec2 = default_discount(commitment, Usage::Ec2);
            let fargate = default_discount(commitment, Usage::Fargate);
            match commitment {
                Commitment::None => assert_eq!((ec2, fargate), (None, None)),
                Commitment::ComputeSavingsPlan1y | Commitment::ComputeSavingsPlan3y => {
                    assert!(ec2.is_some() && fargate.is_some())
                }
                Commitment::Ec2InstanceSavingsPlan1y | Commitment::Ec2InstanceSavingsPlan3y => {
                    assert!(ec2.is_some() && fargate.is_none())
                }
            }
            for rate in [ec2, fargate].into_iter().flatten() {
                assert!(SAVINGS_PLAN_DISCOUNT.admits(rate), "{rate}");
            }
        }
        // The reader's rate replaces the default, and only where the plan applies.
        let own = savings_plan_discount(
            Commitment::Ec2InstanceSavingsPlan3y,
            Usage::Ec2,
            Some(0.5),
            Region::UsEast1,
        );
        assert_eq!(own.map(|price| price.usd), Some(0.5));
        let fargate = savings_plan_discount(
            Commitment::Ec2InstanceSavingsPlan3y,
            Usage::Fargate,
            Some(0.5),
            Region::UsEast1,
        );
        assert_eq!(fargate, None);
    }
}
