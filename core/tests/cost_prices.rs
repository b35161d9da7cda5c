//! Every price the cost model uses: dated, sourced, and marked with what its source supports.

use container_compass_core::catalog::Status;
use container_compass_core::cost::{all_prices, instance_type, Price, INSTANCE_TYPES};

/// The status of every price says where it comes from (the audit of 2026-12-01): Verified
/// only for the us-east-1 prices found matching AWS and the EKS fee AWS's own post states;
/// secondary sources for the Seoul rates and the unrounded us-east-1 Arm rates; an
/// assumption for the Spot discount; Unverified for the rest. Every max-pods value matches
/// the EKS AMI's own table.
#[test]
fn every_price_is_dated_sourced_and_marked() {
    use Status::{Assumption, SecondarySource, Unverified, Verified};
    let marked: [(&str, &str, f64, Status); 25] = [
        ("us-east-1", "fargate.x86.vcpu", 0.04048, Verified),
        ("us-east-1", "fargate.x86.memory", 0.004445, Verified),
        ("us-east-1", "fargate.arm.vcpu", 0.032384, SecondarySource),
        ("us-east-1", "fargate.arm.memory", 0.003556, SecondarySource),
        ("us-east-1", "fargate.ephemeral-storage", 0.000111, Verified),
        (
            "ap-northeast-2",
            "fargate.x86.vcpu",
            0.04656,
            SecondarySource,
        ),
        (
            "ap-northeast-2",
            "fargate.x86.memory",
            0.00511,
            SecondarySource,
        ),
        (
            "ap-northeast-2",
            "fargate.arm.vcpu",
            0.03725,
            SecondarySource,
        ),
        (
            "ap-northeast-2",
            "fargate.arm.memory",
            0.00409,
            SecondarySource,
        ),
        ("us-east-1", "m5.large", 0.096, Verified),
        ("us-east-1", "m6i.large", 0.096, Verified),
        ("us-east-1", "m7g.large", 0.0816, Verified),
        ("us-east-1", "c6i.large", 0.085, Verified),
        ("us-east-1", "t3.medium", 0.0416, Verified),
        ("ap-northeast-2", "m5.large", 0.118, SecondarySource),
        ("ap-northeast-2", "t3.medium", 0.052, SecondarySource),
        ("us-east-1", "eks.control-plane.standard", 0.10, Verified),
        ("us-east-1", "eks.control-plane.extended", 0.60, Verified),
        ("us-east-1", "fargate-spot.discount", 0.66, Assumption),
        (
            "us-east-1",
            "fargate.windows.vcpu",
            0.09148,
            SecondarySource,
        ),
        (
            "us-east-1",
            "fargate.windows.license",
            0.046,
            SecondarySource,
        ),
        (
            "us-east-1",
            "fargate.windows.memory",
            0.01005,
            SecondarySource,
        ),
        ("us-east-1", "ec2.windows-license", 0.046, SecondarySource),
        (
            "ap-northeast-2",
            "ec2.windows-license",
            0.046,
            SecondarySource,
        ),
        ("ap-northeast-2", "fargate-spot.discount", 0.66, Assumption),
    ];
    let latest = "2026-12-01";
    // The management fees follow the instance price they are listed after: 12 % of it, from
    // a secondary source where that price is AWS's own or a secondary source's in
    // us-east-1, unverified otherwise.
    let mut instance: Option<Price> = None;
    for price in all_prices() {
        let region = price.region.code();
        assert!(price.source.starts_with("https://"), "{}", price.item);
        assert!(
            valid_date(price.date) && price.date <= latest,
            "{}",
            price.item
        );
        assert!(price.usd > 0.0, "{}", price.item);
        if price.item.ends_with(".fee") {
            let of = instance.expect("a fee follows its instance price");
            assert!((price.usd - 0.12 * of.usd).abs() < 1e-12, "{}", of.item);
            assert_eq!((price.region, price.date), (of.region, "2026-12-01"));
            let sure = region == "us-east-1" && matches!(of.status, Verified | SecondarySource);
            let expected = if sure { SecondarySource } else { Unverified };
            assert_eq!(price.status, expected, "{region} {} fee", of.item);
            continue;
        }
        if instance_type(price.item).is_some() {
            instance = Some(price);
        }
        let expected = marked
            .iter()
            .find(|(r, item, _, _)| {
                (*r == region || item.starts_with("eks.")) && *item == price.item
            })
            .map_or(Unverified, |(_, _, usd, status)| {
                assert_eq!(price.usd, *usd, "{region} {}", price.item);
                *status
            });
        assert_eq!(price.status, expected, "{region} {}", price.item);
    }
    assert!(INSTANCE_TYPES.len() >= 20);
    for instance in INSTANCE_TYPES {
        assert_eq!(
            instance.max_pods.status,
            Status::Verified,
            "{}",
            instance.name
        );
        assert!(instance
            .max_pods
            .source
            .ends_with("amazon-eks-ami/blob/main/nodeadm/internal/kubelet/instance-info.jsonl"));
    }
    // nodeadm's own formula, ENIs × (IPv4 per ENI − 1) + 2: m5.large 29, t3.medium 17,
    // m5.xlarge 58.
    let pods = |name| instance_type(name).map(|i| i.max_pods.pods);
    assert_eq!(
        (pods("m5.large"), pods("t3.medium"), pods("m5.xlarge")),
        (Some(29), Some(17), Some(58))
    );
}

fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let (m, d): (u32, u32) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
            y.parse::<u32>().is_ok() && (1..=12).contains(&m) && (1..=31).contains(&d)
        }
        _ => false,
    }
}
