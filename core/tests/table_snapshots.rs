//! The core's reference tables and the names it writes, as serde_json writes them, against
//! the snapshots in `core/tests/snapshots/table_snapshots__<case>.snap`: the catalog in both
//! languages, every price, the instance types, the Fargate rates, node packing, each
//! criterion's points and the JSON name of every enum value. A changed fact, price or name
//! fails here until someone reviews it; how to review and accept a change is in the header
//! of `answer_snapshots.rs`.

mod cases;

use std::path::Path;

use container_compass_core::catalog::{catalog_view, Status};
use container_compass_core::compute::{
    Basis, Capacity, Choice, Constraint, FargateSize, LoadPattern, Need, OpsCapacity, Orchestrator,
    Priority, Scope, Target,
};
use container_compass_core::cost::prices::fargate_rates;
use container_compass_core::cost::{
    all_prices, node_capacity, pack, Arch, Cheaper, Commitment, Currency, EksSupport, Family,
    LineItem, NodeLoad, NodeOptions, Os, PodGroup, Region, Unit, INSTANCE_TYPES,
};
use container_compass_core::i18n::Lang;
use container_compass_core::orchestrator::{Context, Criterion, KubernetesExperience};
use serde::Serialize;
use serde_json::{json, Map, Value};

use cases::pretty;

/// `value`'s JSON text against the snapshot of case `name`.
fn check(name: &str, value: &(impl Serialize + ?Sized)) {
    insta::assert_snapshot!(name, pretty(value));
}

/// The Fargate rates of every Region and architecture.
fn rates() -> Vec<impl Serialize> {
    Region::ALL
        .into_iter()
        .flat_map(|region| [Arch::X86, Arch::Arm].map(|arch| fargate_rates(region, arch)))
        .collect()
}

/// Pods packed onto the third instance type, by each orchestrator: two groups that fit, and
/// a pod no node holds; then an empty node's load and a Fargate size.
fn packing() -> Map<String, Value> {
    let mut packings = Map::new();
    for (name, orchestrator) in [("eks", Orchestrator::Eks), ("ecs", Orchestrator::Ecs)] {
        let options = NodeOptions {
            orchestrator,
            daemonset_vcpu: 0.1,
            daemonset_gib: 0.2,
            headroom: 0.9,
        };
        let capacity = node_capacity(&INSTANCE_TYPES[2], &options);
        let groups = [
            PodGroup {
                vcpu: 0.3,
                gib: 0.7,
                count: 9,
            },
            PodGroup {
                vcpu: 1.1,
                gib: 2.5,
                count: 2,
            },
        ];
        let too_large = PodGroup {
            vcpu: 100.0,
            gib: 1.0,
            count: 1,
        };
        packings.insert(
            format!("{name}-two-groups"),
            json!(pack(&groups, &capacity)),
        );
        packings.insert(
            format!("{name}-pod-too-large"),
            json!(pack(&[too_large], &capacity)),
        );
    }
    packings.insert("node-load-default".into(), json!(NodeLoad::default()));
    let size = FargateSize {
        vcpu: 0.25,
        memory_gb: 0.5,
    };
    packings.insert("fargate-size".into(), json!(size));
    packings
}

/// Each criterion's points in the default context.
fn criterion_points() -> Vec<Value> {
    Criterion::ALL
        .into_iter()
        .map(|criterion| {
            json!({
                "criterion": criterion,
                "points": criterion.points(&Context::default()),
            })
        })
        .collect()
}

/// Every name an enum is written with, by type.
fn enum_names() -> Value {
    let constraints: Vec<Constraint> = Need::ALL
        .into_iter()
        .map(Constraint::Need)
        .chain([Constraint::PodSize, Constraint::EphemeralStorage])
        .collect();
    json!({
        "Orchestrator": Orchestrator::ALL,
        "Choice": [Choice::Ec2, Choice::Managed, Choice::Mixed, Choice::Fargate],
        "LoadPattern": LoadPattern::ALL,
        "OpsCapacity": OpsCapacity::ALL,
        "Need": Need::ALL,
        "Priority": Priority::ALL,
        "Target": [
            Target::Ec2,
            Target::Ec2Spot,
            Target::Managed,
            Target::ManagedSpot,
            Target::Fargate,
            Target::FargateSpot,
        ],
        "Scope": [Scope::Whole, Scope::Part],
        "Capacity": Capacity::BY_LESS_TO_OPERATE,
        "Basis": [Basis::Cost, Basis::Control, Basis::Simplicity, Basis::Workload],
        "Constraint": constraints,
        "Criterion": Criterion::ALL,
        "KubernetesExperience": KubernetesExperience::ALL,
        "Lang": Lang::ALL,
        "Status": Status::ALL,
        "Region": Region::ALL,
        "Arch": [Arch::X86, Arch::Arm],
        "Unit": [
            Unit::VcpuHour,
            Unit::GbHour,
            Unit::InstanceHour,
            Unit::ClusterHour,
            Unit::FractionOff,
        ],
        "EksSupport": [EksSupport::Standard, EksSupport::Extended],
        "Family": [
            Family::Burstable,
            Family::GeneralPurpose,
            Family::ComputeOptimized,
            Family::MemoryOptimized,
        ],
        "LineItem": [
            LineItem::Compute,
            LineItem::Storage,
            LineItem::ControlPlane,
            LineItem::SpotSavings,
            LineItem::License,
            LineItem::SavingsPlan,
            LineItem::ManagementFee,
        ],
        "Os": [Os::Linux, Os::Windows],
        "Cheaper": [Cheaper::Fargate, Cheaper::Managed, Cheaper::Ec2],
        "Commitment": Commitment::ALL,
        "Currency": Currency::ALL,
    })
}

/// Every case of this file, as its snapshot is named.
const CASES: [&str; 8] = [
    "catalog-ko",
    "catalog-en",
    "prices",
    "instance-types",
    "fargate-rates",
    "packing",
    "criterion-points",
    "enum-names",
];

#[test]
fn the_catalog_in_each_language() {
    for lang in Lang::ALL {
        check(&format!("catalog-{}", lang.code()), &catalog_view(lang));
    }
}

#[test]
fn prices_instance_types_and_rates() {
    check("prices", &all_prices());
    check("instance-types", INSTANCE_TYPES);
    check("fargate-rates", &rates());
}

#[test]
fn packing_and_criterion_points() {
    check("packing", &packing());
    check("criterion-points", &criterion_points());
}

#[test]
fn every_enum_name() {
    check("enum-names", &enum_names());
}

#[test]
fn every_snapshot_is_a_case() {
    let names = CASES.map(String::from);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    cases::assert_snapshots_are_exactly(&dir, "table_snapshots", &names);
}
