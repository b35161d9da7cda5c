//! The price table's own checks: every entry used once, every instance priced, lookups exact.

use super::*;
use crate::cost::instances::INSTANCE_TYPES;

#[test]
fn every_entry_of_the_price_list_is_used_once() {
    let prices = all_prices();
    for (index, entry) in PRICE_LIST.iter().enumerate() {
        let used = prices.iter().any(|price| {
            (
                price.item,
                price.region,
                price.usd,
                price.date,
                price.status,
            ) == (
                entry.item,
                entry.region,
                entry.usd,
                entry.date,
                entry.status,
            )
        });
        assert!(used, "{entry:?} is used by nothing: a misspelt item?");
        let again = PRICE_LIST[index + 1..]
            .iter()
            .any(|other| (other.item, other.region) == (entry.item, entry.region));
        assert!(!again, "{entry:?} is listed twice");
    }
}

#[test]
fn every_instance_type_has_a_price_in_every_region() {
    for instance in INSTANCE_TYPES {
        for region in Region::ALL {
            let price = instance.price(region).expect(instance.name);
            assert_eq!((price.item, price.region), (instance.name, region));
            assert_eq!(
                (price.unit, price.source),
                (Unit::InstanceHour, EC2_PRICING)
            );
        }
    }
}

#[test]
fn lookups_match_whole_names_only() {
    assert!(same("m5.large", "m5.large"));
    assert!(!same("m5.large", "m5.larg"));
    assert!(!same("m5.larg", "m5.large"));
    assert!(same("", ""));
    assert!(ec2("m5.large", Region::UsEast1).is_some());
    assert!(ec2("m5.larg", Region::UsEast1).is_none());
    let price = listed("m5.large", Region::UsEast1, Unit::GbHour, FARGATE_PRICING);
    assert!(
        price.is_some_and(|price| (price.item, price.unit, price.source)
            == ("m5.large", Unit::GbHour, FARGATE_PRICING))
    );
}
