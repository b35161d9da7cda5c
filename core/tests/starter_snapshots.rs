//! Golden starter configurations: for each main plan shape, the Markdown the chooser's export
//! will carry (every file in full, the checklist, the sources) in Korean and English, against
//! `core/tests/snapshots/starter_snapshots__<case>-<lang>.snap`; and each case's plan, so a
//! change in the engine that moves a case to another shape fails here by name.
//!
//! Reviewed against the schemas: the eksctl files field by field against eksctl's
//! `schema.json` (vendored in `fixtures/eksctl/`, which `starter_validity.rs` also checks
//! mechanically), the ECS files against the API reference pages of CreateCluster,
//! CreateCapacityProvider, PutClusterCapacityProviders and RegisterTaskDefinition, and the
//! launch template against EC2's RequestLaunchTemplateData. Update as `answer_snapshots.rs`
//! says (`cargo insta review`, or `INSTA_UPDATE=always` and read the diff).

mod cases;

use std::path::Path;

use container_compass_core::compute::{Choice, Orchestrator, WorkloadProfile};
use container_compass_core::cost::PriceSettings;
use container_compass_core::i18n::Lang;
use container_compass_core::read::from_json;
use container_compass_core::starter::{markdown, starter_config};

/// (name, profile, settings, the plan it must give, its files).
fn goldens() -> Vec<(
    &'static str,
    &'static str,
    &'static str,
    Choice,
    &'static [&'static str],
)> {
    vec![
        (
            "eks-ec2-spot-arm",
            r#"{"orchestrator":"eks","vcpu":1,"memoryGib":2,"replicas":12,"needs":{"arm":true,"spot":true},
                "opsCapacity":"dedicated","priorities":{"cost":3,"control":3,"simplicity":0}}"#,
            "{}",
            Choice::Ec2,
            &["cluster.yaml"],
        ),
        (
            "eks-fargate",
            r#"{"orchestrator":"eks","vcpu":0.5,"memoryGib":1,"replicas":3,"loadPattern":"bursty",
                "opsCapacity":"none","priorities":{"simplicity":3}}"#,
            "{}",
            Choice::Fargate,
            &["cluster.yaml"],
        ),
        (
            "eks-mixed-agents",
            r#"{"orchestrator":"eks","needs":{"daemonsets":true}}"#,
            r#"{"region":"ap-northeast-2"}"#,
            Choice::Mixed,
            &["cluster.yaml"],
        ),
        (
            "ecs-fargate-spot",
            r#"{"orchestrator":"ecs","vcpu":1,"memoryGib":3,"replicas":8,"ephemeralStorageGib":30,
                "needs":{"spot":true},"opsCapacity":"none"}"#,
            "{}",
            Choice::Fargate,
            &["cluster.json", "task-definition.json"],
        ),
        (
            "ecs-ec2",
            r#"{"orchestrator":"ecs","vcpu":2,"memoryGib":4,"replicas":20,"needs":{"privileged":true},
                "opsCapacity":"dedicated","priorities":{"cost":3,"control":3,"simplicity":0}}"#,
            r#"{"instanceType":"c6i.xlarge"}"#,
            Choice::Ec2,
            &[
                "launch-template.json",
                "capacity-provider.json",
                "cluster.json",
                "task-definition.json",
            ],
        ),
        (
            "eks-auto-mode",
            r#"{"orchestrator":"eks","vcpu":1,"memoryGib":4,"replicas":10,"needs":{"arm":true},
                "opsCapacity":"none","priorities":{"cost":2,"simplicity":3}}"#,
            "{}",
            Choice::Managed,
            &["cluster.yaml", "nodepool.yaml"],
        ),
        (
            "ecs-managed-instances",
            r#"{"orchestrator":"ecs","vcpu":1,"memoryGib":2,"replicas":10,"needs":{"gpu":false,"daemonsets":true,"spot":true},
                "opsCapacity":"none","priorities":{"cost":3,"simplicity":3}}"#,
            "{}",
            Choice::Managed,
            &[
                "cluster.json",
                "capacity-provider.json",
                "capacity-providers.json",
                "task-definition.json",
            ],
        ),
    ]
}

#[test]
fn each_plan_shape_writes_its_golden_files_in_both_languages() {
    let mut names = Vec::new();
    for (name, profile, settings, choice, files) in goldens() {
        let profile: WorkloadProfile = from_json(profile).unwrap_or_else(|e| panic!("{name}: {e}"));
        let settings: PriceSettings = from_json(settings).unwrap_or_else(|e| panic!("{name}: {e}"));
        let config =
            starter_config(&profile, &settings).unwrap_or_else(|r| panic!("{name}: {r:?}"));
        assert_eq!(config.choice, choice, "{name}");
        let written: Vec<&str> = config.files.iter().map(|file| file.name).collect();
        assert_eq!(written, files, "{name}");
        assert_eq!(
            config.kubernetes_version.is_some(),
            profile.orchestrator == Orchestrator::Eks,
            "{name}"
        );
        for lang in Lang::ALL {
            let case = format!("{name}-{}", lang.code());
            insta::assert_snapshot!(case.clone(), markdown(&config, lang));
            names.push(case);
        }
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    cases::assert_snapshots_are_exactly(&dir, "starter_snapshots", &names);
}
