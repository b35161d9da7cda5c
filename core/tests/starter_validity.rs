//! Every starter configuration is one its tools accept, over a sweep of profiles and
//! settings, not just the goldens:
//!
//! - every eksctl file parses as YAML and validates against eksctl's own config schema
//!   (`fixtures/eksctl/schema.json`, vendored with its source, commit and licence), and its
//!   Korean and English texts differ only in comments (they parse to the same value);
//! - the node group, Auto Mode pool or Auto Scaling group carries the instance type and node
//!   counts of the estimate the chooser shows (one brain), on an image of its architecture;
//! - every ECS file holds only fields of its API action, every task size Fargate runs is a
//!   valid Fargate CPU/memory pair, every strategy weight is 0-1000 and base 0-100000 with
//!   at most one base above 0;
//!
//! The refusals are in `starter_refusals.rs`.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use container_compass_core::compute::{recommend_priced, Capacity, Choice, WorkloadProfile};
use container_compass_core::cost::{instance_type, Ec2Cost, PriceSettings, WorkloadCost};
use container_compass_core::read::from_json;
use container_compass_core::starter::{starter_for, Format, StarterConfig};
use proptest::prelude::*;

mod starter_ecs;
use serde_json::Value;
use starter_ecs::check_ecs;

/// The `|` in eksctl's definition names percent-encoded in every `$ref`: a `$ref` is a URI
/// reference, where `|` may not appear as it is (`%7C` is the same JSON pointer, escaped), and
/// the validator checks the schema against its meta-schema first.
fn escape_refs(value: &mut Value) {
    match value {
        Value::Object(members) => {
            for (key, member) in members.iter_mut() {
                match member {
                    Value::String(reference) if key == "$ref" => {
                        *reference = reference.replace('|', "%7C");
                    }
                    other => escape_refs(other),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(escape_refs),
        _ => {}
    }
}

/// eksctl's schema, compiled once.
fn eksctl_schema() -> &'static jsonschema::Validator {
    static SCHEMA: OnceLock<jsonschema::Validator> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let text = include_str!("fixtures/eksctl/schema.json");
        let mut schema: Value = serde_json::from_str(text).expect("the vendored schema is JSON");
        escape_refs(&mut schema);
        jsonschema::validator_for(&schema).expect("the vendored schema compiles")
    })
}

#[test]
fn the_schema_refuses_what_eksctl_would() {
    let valid = yaml("apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: a, region: us-east-1}\n");
    assert!(eksctl_schema().is_valid(&valid));
    for bad in [
        "apiVersion: eksctl.io/v1alpha4\nkind: ClusterConfig\nmetadata: {name: a, region: us-east-1}\n",
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: a}\n",
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: a, region: b}\nmanagedNodeGroups: [{name: n, instanceTypes: m5.large}]\n",
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: a, region: b}\nmanagedNodeGroups: [{name: n, desiredSize: 2}]\n",
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: a, region: b}\nfargateProfiles: [{name: f, selectors: [{labels: {a: b}}]}]\n",
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: a, region: b}\nautoModeConfig: {enabled: yes please}\n",
    ] {
        assert!(!eksctl_schema().is_valid(&yaml(bad)), "accepted:\n{bad}");
    }
}

fn yaml(text: &str) -> Value {
    serde_norway::from_str(text).unwrap_or_else(|err| panic!("not YAML ({err}):\n{text}"))
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|err| panic!("not JSON ({err}):\n{text}"))
}

/// Checks one configuration against its tools and against the estimate it was written from.
fn check(config: &StarterConfig, profile: &WorkloadProfile, cost: &WorkloadCost) {
    let estimate = &cost.estimate;
    let nodes = match config.choice {
        Choice::Managed => estimate.managed.available(),
        Choice::Ec2 | Choice::Mixed => estimate.ec2.available(),
        Choice::Fargate => None,
    };
    if let Some(nodes) = nodes {
        let instance = instance_type(nodes.instance_type).expect("a listed type");
        assert_eq!(
            instance.arch,
            profile.arch(),
            "the nodes run the images' architecture"
        );
    }
    for file in &config.files {
        let (ko, en) = (&file.text.ko, &file.text.en);
        match file.format {
            Format::Yaml => {
                let value = yaml(en);
                assert_eq!(
                    value,
                    yaml(ko),
                    "{}: the languages differ beyond comments",
                    file.name
                );
                if file.name == "cluster.yaml" {
                    let errors: Vec<String> = eksctl_schema()
                        .iter_errors(&value)
                        .map(|e| e.to_string())
                        .collect();
                    assert!(
                        errors.is_empty(),
                        "cluster.yaml against the schema: {errors:?}\n{en}"
                    );
                    check_eks(&value, config, nodes);
                } else {
                    assert_eq!(file.name, "nodepool.yaml");
                    assert_eq!(value["apiVersion"], "karpenter.sh/v1");
                    let wanted = nodes.map(|n| n.instance_type).unwrap_or_default();
                    let requirements =
                        value["spec"]["template"]["spec"]["requirements"].to_string();
                    assert!(requirements.contains(wanted), "{requirements}");
                }
            }
            Format::Json => {
                assert_eq!(ko, en, "JSON has no comments: one text");
                let value = json(en);
                check_ecs(file.name, &value, profile, config, nodes);
            }
        }
    }
}

fn check_eks(value: &Value, config: &StarterConfig, nodes: Option<&Ec2Cost>) {
    assert_eq!(value["metadata"]["region"], config.region.code());
    assert_eq!(value["metadata"]["version"], "1.34");
    let groups = value["managedNodeGroups"].as_array();
    let profiles = value["fargateProfiles"].as_array();
    assert_eq!(
        groups.is_some(),
        config.choice.uses(Capacity::Ec2),
        "{value}"
    );
    assert_eq!(
        profiles.is_some(),
        config.choice.uses(Capacity::Fargate),
        "{value}"
    );
    assert_eq!(
        value["autoModeConfig"]["enabled"] == true,
        config.choice == Choice::Managed
    );
    if let (Some(groups), Some(nodes)) = (groups, nodes) {
        let group = &groups[0];
        let types = if group["spot"] == true {
            group["instanceTypes"].clone()
        } else {
            Value::from(vec![group["instanceType"].clone()])
        };
        assert_eq!(types, Value::from(vec![nodes.instance_type]));
        let count = |key: &str| group[key].as_u64().expect("a count");
        assert!(
            count("minSize") <= count("desiredCapacity")
                && count("desiredCapacity") <= count("maxSize")
        );
        if config.choice == Choice::Ec2 {
            // The estimate's own counts: the peak, and off it.
            assert_eq!(count("desiredCapacity"), u64::from(nodes.nodes));
            assert_eq!(count("minSize"), u64::from(nodes.off_peak_nodes.max(1)));
        } else {
            assert_eq!(count("maxSize"), u64::from(nodes.nodes.max(1)));
        }
    }
}

fn profile_strategy() -> impl Strategy<Value = (String, String)> {
    let orchestrator = prop_oneof![Just("eks"), Just("ecs")];
    let needs = proptest::collection::vec(any::<bool>(), 8);
    let vcpu = prop_oneof![
        Just(0.25),
        Just(0.5),
        Just(1.0),
        Just(2.0),
        Just(3.0),
        Just(8.0),
        Just(16.0),
        Just(40.0)
    ];
    let memory = prop_oneof![
        Just(0.5),
        Just(1.0),
        Just(2.0),
        Just(7.0),
        Just(16.0),
        Just(30.0),
        Just(64.0),
        Just(120.0)
    ];
    let replicas = prop_oneof![Just(1_u32), Just(2), Just(5), Just(12), Just(40), Just(300)];
    let pattern = prop_oneof![Just("steady"), Just("bursty"), Just("scheduled")];
    let ops = prop_oneof![Just("none"), Just("some"), Just("dedicated")];
    let weights = proptest::collection::vec(0_u8..=3, 3);
    let storage = prop_oneof![Just(20.0), Just(50.0), Just(190.0)];
    let region = prop_oneof![Just("us-east-1"), Just("ap-northeast-2")];
    let commitment = prop_oneof![Just("none"), Just("computeSavingsPlan3y")];
    let headroom = prop_oneof![Just(0.8), Just(0.5), Just(1.0)];
    (
        (orchestrator, needs, vcpu, memory, replicas, pattern),
        (ops, weights, storage, region, commitment, headroom),
    )
        .prop_map(|((o, n, v, m, r, p), (ops, w, s, region, c, h))| {
            let profile = format!(
                r#"{{"orchestrator":"{o}","vcpu":{v},"memoryGib":{m},"replicas":{r},"loadPattern":"{p}",
                   "ephemeralStorageGib":{s},"opsCapacity":"{ops}",
                   "needs":{{"gpu":{},"daemonsets":{},"privileged":{},"hostNetworking":{},"blockStorage":{},"windows":{},"arm":{},"spot":{}}},
                   "priorities":{{"cost":{},"control":{},"simplicity":{}}}}}"#,
                n[0] && n[1] && n[2], n[1], n[2] && n[3], n[3] && n[4], n[4], n[5] && n[6] && n[7], n[6], n[7],
                w[0], w[1], w[2]
            );
            let settings = format!(
                r#"{{"region":"{region}","commitment":"{c}","headroom":{h}}}"#
            );
            (profile, settings)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_configuration_is_one_its_tools_accept((profile, settings) in profile_strategy()) {
        let profile: WorkloadProfile = from_json(&profile).expect("a valid profile");
        let settings: PriceSettings = from_json(&settings).expect("valid settings");
        let cost = WorkloadCost::new(&profile, &settings);
        let answer = recommend_priced(&profile, &cost);
        match starter_for(&profile, &answer, &cost) {
            Ok(config) => {
                prop_assert_eq!(config.choice, answer.choice);
                check(&config, &profile, &cost);
            }
            Err(refusal) => {
                // Refused only for what a file cannot express, naming the field.
                let why = [
                    ("needs.gpu", profile.needs.gpu),
                    ("needs.windows", profile.needs.windows),
                    ("instanceType", cost.estimate.ec2.available().is_none()),
                ];
                prop_assert!(why.contains(&(refusal.field, true)), "{:?}", refusal);
            }
        }
    }
}

/// A fixed grid beside the random sweep, which must reach every plan shape on both
/// orchestrators, each one checked, so the sweep cannot pass by refusing or by never meeting
/// a shape.
#[test]
fn a_grid_of_profiles_reaches_every_plan_shape_and_each_file_is_valid() {
    let mut shapes = BTreeSet::new();
    let mut checked = 0;
    for orchestrator in ["eks", "ecs"] {
        for needs in [
            "{}",
            r#"{"daemonsets":true}"#,
            r#"{"arm":true}"#,
            r#"{"spot":true}"#,
            r#"{"arm":true,"spot":true,"daemonsets":true}"#,
            r#"{"blockStorage":true}"#,
            r#"{"windows":true}"#,
        ] {
            for (ops, priorities) in [
                ("none", r#"{"simplicity":3}"#),
                ("dedicated", r#"{"cost":3,"control":3,"simplicity":0}"#),
                ("none", r#"{"cost":2,"simplicity":3}"#),
                ("some", "{}"),
            ] {
                for (vcpu, memory, replicas) in [(0.5, 1.0, 3), (1.0, 4.0, 10), (2.0, 8.0, 40)] {
                    let profile = format!(
                        r#"{{"orchestrator":"{orchestrator}","vcpu":{vcpu},"memoryGib":{memory},"replicas":{replicas},"needs":{needs},"opsCapacity":"{ops}","priorities":{priorities}}}"#
                    );
                    let profile: WorkloadProfile = from_json(&profile).expect("a valid profile");
                    let cost = WorkloadCost::new(&profile, &PriceSettings::default());
                    let answer = recommend_priced(&profile, &cost);
                    if let Ok(config) = starter_for(&profile, &answer, &cost) {
                        check(&config, &profile, &cost);
                        shapes.insert((orchestrator, format!("{:?}", config.choice)));
                        checked += 1;
                    }
                }
            }
        }
    }
    let every: BTreeSet<(&str, String)> = ["eks", "ecs"]
        .into_iter()
        .flat_map(|o| ["Ec2", "Managed", "Mixed", "Fargate"].map(|c| (o, c.to_string())))
        .collect();
    assert_eq!(shapes, every);
    assert!(checked > 100, "{checked} configurations checked");
}
