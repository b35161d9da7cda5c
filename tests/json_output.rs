//! The JSON text of every public answer, byte for byte, against the files recorded in
//! `tests/golden/`: the recommendation, the orchestrator comparison, the cost estimate and
//! break-even series, the catalog, the widgets' `change` details and the share states, plus
//! the edge cases of the writer itself (numbers at the ends of the double range, escapes).
//!
//! The files were recorded with serde_json 1.0.154, which wrote these answers before the
//! core's own writer did; the test keeps the text identical. After a deliberate change of an answer,
//! `UPDATE_GOLDEN=1 cargo test --test json_output` rewrites the files; review the diff.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::PathBuf;

use container_compass::core::catalog::{catalog_view, Status};
use container_compass::core::compute::{
    recommend_compute, Basis, Capacity, Choice, ComputeRecommendation, Constraint, FargateSize,
    Flip, LoadPattern, Need, OpsCapacity, Orchestrator, Priority, Scope, Target, WorkloadProfile,
};
use container_compass::core::cost::prices::fargate_rates;
use container_compass::core::cost::PriceSettings;
use container_compass::core::cost::{
    all_prices, break_even, estimate, node_capacity, pack, Arch, Cheaper, CostInput, CostSettings,
    Currency, EksSupport, ExchangeRate, Family, LineItem, NodeLoad, NodeOptions, Os, PodGroup,
    Region, Unit, INSTANCE_TYPES,
};
use container_compass::core::error::InputError;
use container_compass::core::i18n::{Lang, OwnedText};
use container_compass::core::json::{JsonWriter, ToJson};
use container_compass::core::orchestrator::{
    compare_orchestrators, Context, Criterion, CriterionWeights, KubernetesExperience,
    OrchestratorInput,
};
use container_compass::core::share;
use container_compass::ui::{ChooserChange, MatrixChange};

use Orchestrator::{Ecs, Eks};

/// The engine's answer with the default price settings (us-east-1, on demand, 730 hours).
fn recommend(profile: &WorkloadProfile) -> ComputeRecommendation {
    recommend_compute(profile, &PriceSettings::default())
}

/// The answer's JSON text, as the JS API and the widgets write it.
fn json<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = JsonWriter::default();
    value.write_json(&mut out);
    out.into_string()
}

/// A small deterministic generator (xorshift64), so the sweeps below are the same on every
/// run without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A value in `low..high` with all 53 bits of precision: the arbitrary doubles a
    /// reader's typing and the model's arithmetic produce.
    fn float(&mut self, low: f64, high: f64) -> f64 {
        let unit = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        low + unit * (high - low)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn flag(&mut self) -> bool {
        self.next() & 1 == 1
    }
}

fn profile(orchestrator: Orchestrator, edit: impl FnOnce(&mut WorkloadProfile)) -> WorkloadProfile {
    let mut profile = WorkloadProfile::new(orchestrator);
    edit(&mut profile);
    profile
}

fn cost(orchestrator: Orchestrator, edit: impl FnOnce(&mut CostInput)) -> CostInput {
    let mut input = CostInput::new(orchestrator);
    edit(&mut input);
    input
}

fn recommendations() -> Vec<(&'static str, WorkloadProfile)> {
    vec![
        ("default-eks", WorkloadProfile::new(Eks)),
        ("default-ecs", WorkloadProfile::new(Ecs)),
        (
            "eks-daemonsets",
            profile(Eks, |p| p.needs.daemonsets = true),
        ),
        ("ecs-gpu", profile(Ecs, |p| p.needs.gpu = true)),
        (
            "eks-arm-spot",
            profile(Eks, |p| {
                p.needs.arm = true;
                p.needs.spot = true;
            }),
        ),
        ("ecs-spot", profile(Ecs, |p| p.needs.spot = true)),
        (
            "ecs-arm-spot",
            profile(Ecs, |p| {
                p.needs.arm = true;
                p.needs.spot = true;
            }),
        ),
        ("eks-pod-too-large", profile(Eks, |p| p.vcpu = 40.0)),
        (
            "eks-mixed-storage",
            profile(Eks, |p| {
                p.needs.block_storage = true;
                p.needs.daemonsets = true;
                p.startup_sensitive = true;
                p.load_pattern = LoadPattern::Bursty;
                p.ops_capacity = OpsCapacity::None;
                p.priorities.cost = 3;
                p.priorities.control = 0;
                p.priorities.simplicity = 2;
            }),
        ),
        (
            "ecs-windows-privileged",
            profile(Ecs, |p| {
                p.needs.windows = true;
                p.needs.privileged = true;
                p.needs.host_networking = true;
                p.ephemeral_storage_gib = 300.0;
                p.replicas = 40;
            }),
        ),
        (
            "eks-odd-sizes",
            profile(Eks, |p| {
                p.vcpu = 0.1;
                p.memory_gib = 0.3;
                p.ephemeral_storage_gib = 21.5;
                p.load_pattern = LoadPattern::Scheduled;
                p.ops_capacity = OpsCapacity::Dedicated;
            }),
        ),
        (
            "ecs-large-fargate",
            profile(Ecs, |p| {
                p.vcpu = 16.0;
                p.memory_gib = 120.0;
                p.replicas = 10_000;
                p.priorities.cost = 0;
            }),
        ),
        (
            "eks-priorities-flip",
            profile(Eks, |p| {
                p.priorities.cost = 3;
                p.priorities.control = 3;
                p.priorities.simplicity = 0;
            }),
        ),
    ]
}

fn comparisons() -> Vec<(&'static str, OrchestratorInput)> {
    let with = |edit: fn(&mut OrchestratorInput)| {
        let mut input = OrchestratorInput::default();
        edit(&mut input);
        input
    };
    vec![
        ("default", OrchestratorInput::default()),
        (
            "strong-multi-cloud",
            with(|i| {
                i.context.kubernetes_experience = KubernetesExperience::Strong;
                i.context.multi_cloud = true;
            }),
        ),
        (
            "some-on-premises-large-team",
            with(|i| {
                i.context.kubernetes_experience = KubernetesExperience::Some;
                i.context.on_premises = true;
                i.context.team_size = 10_000;
            }),
        ),
        (
            "aws-only-pricing",
            with(|i| {
                i.context.aws_only = true;
                i.weights = CriterionWeights::default()
                    .with(Criterion::Pricing, 3)
                    .with(Criterion::Flexibility, 0);
            }),
        ),
        (
            "portability-heavy",
            with(|i| {
                i.context.multi_cloud = true;
                i.weights = CriterionWeights::default()
                    .with(Criterion::Portability, 3)
                    .with(Criterion::Ecosystem, 3)
                    .with(Criterion::LearningCurve, 0);
            }),
        ),
        (
            "all-zero",
            with(|i| {
                i.weights = Criterion::ALL
                    .into_iter()
                    .fold(CriterionWeights::default(), |w, c| w.with(c, 0));
            }),
        ),
    ]
}

fn estimates() -> Vec<(&'static str, CostInput)> {
    vec![
        ("eks-us-east-1-default", CostInput::new(Eks)),
        (
            "ecs-seoul-ten",
            cost(Ecs, |c| {
                c.pricing.region = Region::ApNortheast2;
                c.vcpu = 1.0;
                c.memory_gib = 2.0;
                c.replicas = 10;
            }),
        ),
        (
            "eks-arm",
            cost(Eks, |c| {
                c.arch = Arch::Arm;
                c.replicas = 6;
            }),
        ),
        (
            "ecs-arm-spot-seoul",
            cost(Ecs, |c| {
                c.arch = Arch::Arm;
                c.spot = true;
                c.pricing.region = Region::ApNortheast2;
            }),
        ),
        (
            "ecs-spot",
            cost(Ecs, |c| {
                c.spot = true;
                c.replicas = 12;
                c.pricing.ec2_spot_discount = 0.55;
            }),
        ),
        (
            "eks-m5-large",
            cost(Eks, |c| {
                c.pricing.instance_type = Some("m5.large");
                c.vcpu = 1.0;
                c.memory_gib = 2.0;
                c.replicas = 3;
            }),
        ),
        (
            "eks-pod-too-large",
            cost(Eks, |c| {
                c.vcpu = 64.0;
                c.memory_gib = 256.0;
            }),
        ),
        (
            "eks-extended-storage",
            cost(Eks, |c| {
                c.pricing.eks_support = EksSupport::Extended;
                c.pricing.clusters = 2;
                c.ephemeral_storage_gib = 100.0;
                c.daemonset_vcpu = 0.25;
                c.daemonset_gib = 0.5;
                c.pricing.headroom = 0.65;
                c.pricing.hours_per_month = 100.0;
                c.spot = true;
                c.pricing.region = Region::ApNortheast2;
            }),
        ),
        (
            "ecs-odd-sizes",
            cost(Ecs, |c| {
                c.vcpu = 0.3;
                c.memory_gib = 0.7;
                c.replicas = 7;
                c.pricing.hours_per_month = 123.456;
                c.ephemeral_storage_gib = 33.3;
            }),
        ),
        (
            "ecs-windows-spot",
            cost(Ecs, |c| {
                c.os = Os::Windows;
                c.vcpu = 0.5;
                c.memory_gib = 3.0;
                c.replicas = 6;
                c.spot = true;
            }),
        ),
        (
            "eks-windows-seoul",
            cost(Eks, |c| {
                c.os = Os::Windows;
                c.pricing.region = Region::ApNortheast2;
                c.pricing.instance_type = Some("m5.xlarge");
            }),
        ),
        (
            "ecs-tiny-hours",
            cost(Ecs, |c| {
                c.pricing.hours_per_month = f64::MIN_POSITIVE;
                c.vcpu = 1e-6;
                c.memory_gib = 1e-7;
            }),
        ),
    ]
}

fn series() -> Vec<(&'static str, CostInput, u32)> {
    vec![
        ("eks-us-east-1", CostInput::new(Eks), 20),
        (
            "ecs-seoul-spot",
            cost(Ecs, |c| {
                c.pricing.region = Region::ApNortheast2;
                c.spot = true;
                c.vcpu = 2.0;
                c.memory_gib = 4.0;
            }),
            40,
        ),
        (
            "eks-arm",
            cost(Eks, |c| {
                c.arch = Arch::Arm;
            }),
            5,
        ),
        (
            "ecs-c6i",
            cost(Ecs, |c| {
                c.pricing.instance_type = Some("c6i.xlarge");
                c.vcpu = 0.75;
                c.memory_gib = 1.5;
            }),
            60,
        ),
    ]
}

fn chooser_changes() -> Vec<(&'static str, WorkloadProfile, CostSettings)> {
    let krw = CostSettings {
        price: PriceSettings {
            region: Region::ApNortheast2,
            instance_type: Some("m7g.large"),
            hours_per_month: 365.5,
            ..PriceSettings::default()
        },
        currency: Currency::Krw,
        exchange_rate: ExchangeRate {
            krw_per_usd: 1387.25,
            date: Cow::Owned("2026-12-01".to_string()),
            assumption: false,
        },
    };
    vec![
        (
            "default-usd",
            WorkloadProfile::new(Eks),
            CostSettings::default(),
        ),
        (
            "arm-krw-seoul",
            profile(Eks, |p| {
                p.needs.arm = true;
                p.replicas = 9;
            }),
            krw.clone(),
        ),
        (
            "ecs-windows-usd",
            profile(Ecs, |p| {
                p.needs.windows = true;
                p.vcpu = 1.0;
                p.memory_gib = 2.0;
                p.replicas = 4;
            }),
            CostSettings::default(),
        ),
        (
            "ecs-spot-krw",
            profile(Ecs, |p| {
                p.needs.spot = true;
                p.vcpu = 4.0;
                p.memory_gib = 8.0;
            }),
            CostSettings {
                price: PriceSettings {
                    hours_per_month: 365.5,
                    ..PriceSettings::default()
                },
                ..krw
            },
        ),
    ]
}

/// Pseudo-random profiles: arbitrary sizes and every kind of need, one answer per line.
fn recommendation_sweep() -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut lines = Vec::new();
    for index in 0..16 {
        let orchestrator = if index % 2 == 0 { Eks } else { Ecs };
        let profile = profile(orchestrator, |p| {
            p.vcpu = rng.float(0.01, 20.0);
            p.memory_gib = rng.float(0.05, 130.0);
            p.replicas = 1 + rng.below(300) as u32;
            p.ephemeral_storage_gib = rng.float(0.0, 250.0);
            for need in Need::ALL {
                p.needs = p.needs.with(need, rng.below(5) == 0);
            }
            p.load_pattern = LoadPattern::ALL[rng.below(3) as usize];
            p.ops_capacity = OpsCapacity::ALL[rng.below(3) as usize];
            p.startup_sensitive = rng.flag();
            for priority in Priority::ALL {
                p.priorities = p.priorities.with(priority, rng.below(4) as u8);
            }
        });
        lines.push(json(&profile));
        lines.push(json(&recommend(&profile)));
    }
    lines.join("\n")
}

/// Pseudo-random cost inputs: arbitrary sizes, hours, reserves and discounts.
fn estimate_sweep() -> String {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut lines = Vec::new();
    for index in 0..48 {
        let orchestrator = if index % 2 == 0 { Eks } else { Ecs };
        let input = cost(orchestrator, |c| {
            c.pricing.region = Region::ALL[rng.below(2) as usize];
            c.arch = if rng.below(4) == 0 {
                Arch::Arm
            } else {
                Arch::X86
            };
            if c.arch == Arch::X86 && rng.below(5) == 0 {
                c.os = Os::Windows;
            }
            c.vcpu = rng.float(0.05, 8.0);
            c.memory_gib = rng.float(0.1, 40.0);
            c.replicas = 1 + rng.below(120) as u32;
            c.ephemeral_storage_gib = rng.float(0.0, 150.0);
            c.pricing.hours_per_month = rng.float(1.0, 744.0);
            c.daemonset_vcpu = rng.float(0.0, 0.5);
            c.daemonset_gib = rng.float(0.0, 1.0);
            c.pricing.headroom = rng.float(0.5, 1.0);
            c.spot = rng.flag();
            c.pricing.ec2_spot_discount = rng.float(0.0, 0.9);
            c.pricing.eks_support = if rng.flag() {
                EksSupport::Standard
            } else {
                EksSupport::Extended
            };
            c.pricing.clusters = 1 + rng.below(3) as u32;
        });
        lines.push(json(&input));
        lines.push(json(&estimate(&input)));
        lines.push(json(&break_even(&input, 6)));
    }
    lines.join("\n")
}

/// Doubles at the edges of how they are written: whole and fractional, where the plain
/// notation turns into an exponent, the ends of the range, and the non-finite values.
fn edge_numbers() -> Vec<PodGroup> {
    let values = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        12.0,
        0.1,
        0.1 + 0.2,
        2.0 / 3.0,
        360.4,
        0.04048,
        1234.5678,
        1e15,
        999_999_999_999_999.9,
        1e16,
        1.5e16,
        123_456_789_012_345_680.0,
        9_007_199_254_740_992.0,
        9_007_199_254_740_994.0,
        1e21,
        1e22,
        1e23,
        1e100,
        1e-4,
        1e-5,
        1.234e-5,
        1e-6,
        1.5e-6,
        1e-7,
        1.5e-7,
        1e-100,
        f64::EPSILON,
        f64::MIN_POSITIVE,
        5e-324,
        f64::MAX,
        f64::MIN,
        -1e-7,
        -123.456,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    values
        .into_iter()
        .enumerate()
        .map(|(index, vcpu)| PodGroup {
            vcpu,
            gib: -vcpu,
            count: index as u32,
        })
        .collect()
}

/// Every name an enum is written with.
fn enum_names() -> String {
    [
        json(&[Eks, Ecs]),
        json(&[Choice::Ec2, Choice::Mixed, Choice::Fargate]),
        json(&LoadPattern::ALL),
        json(&OpsCapacity::ALL),
        json(&Need::ALL),
        json(&Priority::ALL),
        json(&[
            Target::Ec2,
            Target::Ec2Spot,
            Target::Fargate,
            Target::FargateSpot,
        ]),
        json(&[Scope::Whole, Scope::Part]),
        json(&[Capacity::Ec2, Capacity::Fargate]),
        json(&[
            Basis::Cost,
            Basis::Control,
            Basis::Simplicity,
            Basis::Workload,
        ]),
        json(
            &Need::ALL
                .into_iter()
                .map(Constraint::Need)
                .chain([Constraint::PodSize, Constraint::EphemeralStorage])
                .collect::<Vec<_>>(),
        ),
        json(&Criterion::ALL),
        json(&KubernetesExperience::ALL),
        json(&Lang::ALL),
        json(&Status::ALL),
        json(&Region::ALL),
        json(&[Arch::X86, Arch::Arm]),
        json(&[
            Unit::VcpuHour,
            Unit::GbHour,
            Unit::InstanceHour,
            Unit::ClusterHour,
            Unit::FractionOff,
        ]),
        json(&[EksSupport::Standard, EksSupport::Extended]),
        json(&[
            Family::Burstable,
            Family::GeneralPurpose,
            Family::ComputeOptimized,
            Family::MemoryOptimized,
        ]),
        json(&[
            LineItem::Compute,
            LineItem::Storage,
            LineItem::ControlPlane,
            LineItem::SpotSavings,
            LineItem::License,
        ]),
        json(&[Os::Linux, Os::Windows]),
        json(&[Cheaper::Fargate, Cheaper::Ec2]),
        json(&Currency::ALL),
    ]
    .join("\n")
}

/// Strings with every character JSON escapes, and some it does not.
fn escapes() -> String {
    let tricky = "quote \" backslash \\ slash / newline \n return \r tab \t backspace \u{8} \
                  form feed \u{c} nul \u{0} unit \u{1f} delete \u{7f} next line \u{85} \
                  line sep \u{2028} 한국어 é 😀";
    let control: String = (0u8..0x20).map(char::from).collect();
    [
        json(&Flip {
            change: OwnedText::new(tricky, control.clone()),
            choice: Choice::Mixed,
        }),
        json(&InputError::new(control, tricky, "")),
        json(&ExchangeRate {
            krw_per_usd: 1450.0,
            date: Cow::Borrowed("\"2026\""),
            assumption: true,
        }),
    ]
    .join("\n")
}

/// Every case: a file name under `tests/golden/` and the text it must hold.
fn cases() -> Vec<(String, String)> {
    let mut cases = Vec::new();
    for (name, profile) in recommendations() {
        cases.push((format!("recommend-{name}"), json(&recommend(&profile))));
        cases.push((
            format!("share-profile-{name}"),
            share::encode_profile(&profile),
        ));
    }
    for (name, input) in comparisons() {
        cases.push((
            format!("compare-{name}"),
            json(&compare_orchestrators(&input)),
        ));
        cases.push((format!("share-matrix-{name}"), share::encode_matrix(&input)));
        cases.push((
            format!("matrix-change-{name}"),
            json(&MatrixChange {
                input,
                comparison: compare_orchestrators(&input),
            }),
        ));
    }
    for (name, input) in estimates() {
        cases.push((format!("estimate-{name}"), json(&estimate(&input))));
        cases.push((format!("cost-input-{name}"), json(&input)));
    }
    for (name, input, up_to) in series() {
        cases.push((
            format!("break-even-{name}"),
            json(&break_even(&input, up_to)),
        ));
    }
    for (name, profile, settings) in chooser_changes() {
        let input = settings.price.input_for(&profile);
        cases.push((
            format!("chooser-change-{name}"),
            json(&ChooserChange {
                recommendation: recommend_compute(&profile, &settings.price),
                cost: estimate(&input),
                profile,
                cost_settings: settings,
            }),
        ));
    }
    for lang in Lang::ALL {
        cases.push((
            format!("catalog-{}", lang.code()),
            json(&catalog_view(lang)),
        ));
    }
    cases.push(("prices".to_string(), json(&all_prices())));
    cases.push(("instance-types".to_string(), json(INSTANCE_TYPES)));
    let mut rates = Vec::new();
    for region in Region::ALL {
        for arch in [Arch::X86, Arch::Arm] {
            rates.push(fargate_rates(region, arch));
        }
    }
    cases.push(("fargate-rates".to_string(), json(&rates)));
    let mut packings = Vec::new();
    for orchestrator in [Eks, Ecs] {
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
        packings.push(json(&pack(&groups, &capacity)));
        packings.push(json(&pack(
            &[PodGroup {
                vcpu: 100.0,
                gib: 1.0,
                count: 1,
            }],
            &capacity,
        )));
    }
    packings.push(json(&NodeLoad::default()));
    packings.push(json(&FargateSize {
        vcpu: 0.25,
        memory_gb: 0.5,
    }));
    cases.push(("packing".to_string(), packings.join("\n")));
    let points: Vec<String> = Criterion::ALL
        .into_iter()
        .map(|criterion| json(&criterion.points(&Context::default())))
        .collect();
    cases.push(("criterion-points".to_string(), points.join("\n")));
    cases.push(("enum-names".to_string(), enum_names()));
    cases.push(("escapes".to_string(), escapes()));
    cases.push(("edge-numbers".to_string(), json(&edge_numbers())));
    cases.push((
        "error".to_string(),
        json(&InputError::new("vcpu", "500", "a number greater than 0")),
    ));
    cases.push(("sweep-recommend".to_string(), recommendation_sweep()));
    cases.push(("sweep-cost".to_string(), estimate_sweep()));
    cases
}

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

#[test]
fn answers_are_written_as_recorded() {
    let dir = golden_dir();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let cases = cases();
    let names: BTreeSet<String> = cases
        .iter()
        .map(|(name, _)| format!("{name}.json"))
        .collect();
    assert_eq!(names.len(), cases.len(), "a case name is used twice");
    if update {
        std::fs::create_dir_all(&dir).expect("the golden directory can be made");
    }
    let mut differ = Vec::new();
    for (name, text) in &cases {
        let path = dir.join(format!("{name}.json"));
        // One trailing newline, so the files end as text files do; it is not part of the text.
        let expected = format!("{text}\n");
        if update {
            std::fs::write(&path, &expected).expect("the golden file can be written");
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(recorded) if recorded == expected => {}
            Ok(recorded) => {
                let at = recorded
                    .bytes()
                    .zip(expected.bytes())
                    .position(|(a, b)| a != b)
                    .unwrap_or(recorded.len().min(expected.len()));
                let from = at.saturating_sub(60);
                differ.push(format!(
                    "{name}: differs at byte {at}\n  recorded: {:?}\n  written:  {:?}",
                    recorded.get(from..(at + 60).min(recorded.len())),
                    expected.get(from..(at + 60).min(expected.len())),
                ));
            }
            Err(err) => differ.push(format!("{name}: {err}")),
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    // Every recorded file is still a case, so a renamed case leaves nothing stale behind.
    let on_disk: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("tests/golden exists")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    assert_eq!(on_disk, names, "tests/golden holds exactly the cases");
}
