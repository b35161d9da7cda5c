//! The ECS-or-EKS engine: cases from the seed's table and invariants over generated inputs.

use container_compass_core::catalog::fact;
use container_compass_core::comparison::ORCHESTRATOR;
use container_compass_core::orchestrator::{
    cited_fact_ids, compare_orchestrators, Context, Criterion, CriterionWeights,
    KubernetesExperience, Orchestrator, OrchestratorComparison, OrchestratorInput,
};
use proptest::prelude::*;

mod common;
use common::Json;
use common::{at, number_at, text_at, written};

fn input(change: impl FnOnce(&mut OrchestratorInput)) -> OrchestratorInput {
    let mut input = OrchestratorInput::default();
    change(&mut input);
    input
}

/// Runs the engine and checks the choice and that the answer cites `fact_id`.
#[track_caller]
fn check(
    name: &str,
    input: OrchestratorInput,
    expected: Orchestrator,
    fact_id: &str,
) -> OrchestratorComparison {
    assert!(
        fact(fact_id).is_some(),
        "{name}: {fact_id} is not in the catalog"
    );
    let answer = compare_orchestrators(&input);
    assert_eq!(answer.choice, expected, "{name}: {:?}", answer.totals);
    let cited: Vec<&str> = answer
        .reasons
        .iter()
        .map(|r| r.fact_id)
        .chain(answer.criteria.iter().map(|c| c.fact_id))
        .chain(answer.tie_break.iter().map(|n| n.fact_id))
        .collect();
    assert!(cited.contains(&fact_id), "{name}: does not cite {fact_id}");
    answer
}

#[test]
fn cases_from_the_seed_table() {
    let cases: Vec<(&str, OrchestratorInput, Orchestrator, &str)> = vec![
        (
            "defaults: a team new to Kubernetes ships simply on ECS",
            OrchestratorInput::default(),
            Orchestrator::Ecs,
            "orchestrator.learning-curve",
        ),
        (
            "a Kubernetes-fluent team",
            input(|i| i.context.kubernetes_experience = KubernetesExperience::Strong),
            Orchestrator::Eks,
            "orchestrator.flexibility",
        ),
        (
            "multi-cloud plans with portability weighted 3",
            input(|i| {
                i.context.multi_cloud = true;
                i.weights.portability = 3;
            }),
            Orchestrator::Eks,
            "orchestrator.portability",
        ),
        (
            "staying on AWS, price first",
            input(|i| {
                i.context.aws_only = true;
                i.weights.pricing = 3;
            }),
            Orchestrator::Ecs,
            "pricing.eks-upgrade-policy",
        ),
        (
            "every weight zero is a tie, and a tie goes to ECS",
            input(|i| {
                i.weights = CriterionWeights {
                    learning_curve: 0,
                    flexibility: 0,
                    portability: 0,
                    ecosystem: 0,
                    networking: 0,
                    pricing: 0,
                }
            }),
            Orchestrator::Ecs,
            "pricing.ecs-control-plane",
        ),
    ];
    for (name, input, expected, fact_id) in cases {
        check(name, input, expected, fact_id);
    }
}

/// The pricing row in numbers: the EKS fee per cluster and month, standard and extended, as
/// the cost model prices it (0.10 and 0.60 per cluster-hour × 730 h), in the table's cell and
/// in the reason, which also says which fee a new cluster ends up paying.
#[test]
fn the_pricing_row_quotes_the_cost_models_fee() {
    use container_compass_core::comparison::Cell;
    use container_compass_core::cost::prices::eks_control_plane;
    use container_compass_core::cost::{eks_monthly_fee, EksSupport, Region};

    let monthly = |support| eks_monthly_fee(support);
    let hourly = |support| eks_control_plane(Region::UsEast1, support).usd;
    assert_eq!(
        monthly(EksSupport::Standard),
        hourly(EksSupport::Standard) * 730.0
    );
    assert_eq!(
        (monthly(EksSupport::Standard), monthly(EksSupport::Extended)),
        (73.0, 438.0)
    );
    for region in Region::ALL {
        assert_eq!(eks_control_plane(region, EksSupport::Extended).usd, 0.60);
    }

    let row = ORCHESTRATOR
        .rows
        .iter()
        .find(|row| row.fact_id == "orchestrator.pricing")
        .expect("a pricing row");
    assert_eq!(row.cells[1], Cell::EksFee);
    let cell = row.cells[1].text();
    assert!(cell.en.contains("$73/month per cluster"), "{}", cell.en);
    assert!(cell.en.contains("$438 extended"), "{}", cell.en);
    assert!(
        cell.ko.contains("월 $73") && cell.ko.contains("$438"),
        "{}",
        cell.ko
    );

    let answer = compare_orchestrators(&input(|i| i.weights.pricing = 3));
    let reason = answer
        .reasons
        .iter()
        .find(|r| r.criterion == Criterion::Pricing)
        .expect("ECS leads on pricing");
    assert_eq!(reason.fact_id, "pricing.eks-upgrade-policy");
    for quoted in ["$73 a month", "$438 in extended support", "STANDARD"] {
        assert!(
            reason.text.en.contains(quoted),
            "{quoted}: {}",
            reason.text.en
        );
    }
    assert!(reason.text.ko.contains("$73") && reason.text.ko.contains("STANDARD"));
    // The catalog states the same fee the model charges.
    let fee = fact("pricing.eks-control-plane").expect("the fee fact");
    assert!(fee.text.en.contains("$0.10") && fee.text.en.contains("$0.60"));
}

/// The audit's networking and portability corrections, as points and reasons.
#[test]
fn networking_and_portability_follow_the_audit() {
    use container_compass_core::orchestrator::Points;
    let networking = |experience| {
        Criterion::Networking.points(&Context {
            kubernetes_experience: experience,
            ..Context::default()
        })
    };
    // EKS installs the VPC CNI itself: the extra work is add-on upkeep, not choosing a CNI.
    assert_eq!(
        networking(KubernetesExperience::None),
        Points { ecs: 3, eks: 1 }
    );
    assert_eq!(
        networking(KubernetesExperience::Some),
        Points { ecs: 3, eks: 2 }
    );
    assert_eq!(
        networking(KubernetesExperience::Strong),
        Points { ecs: 3, eks: 2 }
    );
    let on_premises = Context {
        on_premises: true,
        ..Context::default()
    };
    // ECS Anywhere takes ECS to your own servers, still run from AWS.
    assert_eq!(
        Criterion::Portability.points(&on_premises),
        Points { ecs: 1, eks: 3 }
    );
    assert_eq!(
        Criterion::Portability.points(&Context::default()),
        Points { ecs: 0, eks: 2 }
    );
    let (text, fact_id) = Criterion::Portability.reason(Orchestrator::Eks, &on_premises);
    assert_eq!(fact_id, "orchestrator.ecs-anywhere");
    assert!(text.en.contains("ECS Anywhere"), "{}", text.en);
    let (text, _) = Criterion::Networking.reason(Orchestrator::Ecs, &Context::default());
    assert!(!text.en.contains("choosing"), "{}", text.en);
}

#[test]
fn defaults_score_as_documented() {
    let answer = compare_orchestrators(&OrchestratorInput::default());
    assert_eq!((answer.totals.ecs, answer.totals.eks), (12, 11));
    assert!(answer.tie_break.is_none());
    let learning = &answer.criteria[0];
    assert_eq!(learning.criterion, Criterion::LearningCurve);
    assert_eq!((learning.ecs.points, learning.eks.points), (3, 0));
}

#[test]
fn flips_say_what_would_change_the_answer() {
    let answer = compare_orchestrators(&OrchestratorInput::default());
    let english: Vec<&str> = answer.flips.iter().map(|f| f.change.en.as_str()).collect();
    assert!(
        english.contains(&"With portability weighted 2, EKS would win."),
        "{english:?}"
    );
    assert!(
        english.contains(&"With strong Kubernetes experience, EKS would win."),
        "{english:?}"
    );
    let korean: Vec<&str> = answer.flips.iter().map(|f| f.change.ko.as_str()).collect();
    assert!(
        korean.contains(&"이식성 가중치가 2라면 EKS가 이깁니다."),
        "{korean:?}"
    );
    assert!(answer.flips.iter().all(|f| f.choice == Orchestrator::Eks));
}

#[test]
fn criteria_match_the_rows_of_the_seed_table() {
    let answer = compare_orchestrators(&OrchestratorInput::default());
    assert_eq!(answer.criteria.len(), 6);
    for score in &answer.criteria {
        let row = score
            .row
            .and_then(|row| ORCHESTRATOR.rows.get(row))
            .expect("a row");
        assert_eq!(row.fact_id, score.fact_id);
        assert_eq!(Criterion::from_fact_id(row.fact_id), Some(score.criterion));
    }
    let unscored: Vec<&str> = ORCHESTRATOR
        .rows
        .iter()
        .filter(|row| Criterion::from_fact_id(row.fact_id).is_none())
        .map(|row| row.fact_id)
        .collect();
    assert_eq!(
        unscored,
        ["orchestrator.technology", "orchestrator.audience"]
    );
}

#[test]
fn the_answer_serializes_in_camel_case() {
    let json = written(&compare_orchestrators(&OrchestratorInput::default()));
    assert_eq!(text_at(&json, "choice"), Some("ecs"));
    assert_eq!(
        text_at(&json, "criteria.0.criterion"),
        Some("learningCurve")
    );
    assert_eq!(
        text_at(&json, "criteria.0.factId"),
        Some("orchestrator.learning-curve")
    );
    assert_eq!(number_at(&json, "criteria.0.row"), Some(1.0));
    assert_eq!(number_at(&json, "criteria.0.eks.points"), Some(0.0));
    assert_eq!(number_at(&json, "totals.ecs"), Some(12.0));
    assert_eq!(at(&json, "tieBreak"), &Json::Null);
}

fn weights() -> impl Strategy<Value = CriterionWeights> {
    proptest::collection::vec(0u8..=3, 6).prop_map(|w| {
        Criterion::ALL
            .into_iter()
            .zip(w)
            .fold(CriterionWeights::default(), |all, (c, w)| all.with(c, w))
    })
}

fn context() -> impl Strategy<Value = Context> {
    (
        prop_oneof![
            Just(KubernetesExperience::None),
            Just(KubernetesExperience::Some),
            Just(KubernetesExperience::Strong)
        ],
        any::<bool>(),
        any::<bool>(),
        1u32..30,
        any::<bool>(),
    )
        .prop_map(
            |(kubernetes_experience, multi_cloud, on_premises, team_size, aws_only)| Context {
                kubernetes_experience,
                multi_cloud,
                on_premises,
                team_size,
                aws_only: aws_only && !multi_cloud && !on_premises,
            },
        )
}

fn any_input() -> impl Strategy<Value = OrchestratorInput> {
    (weights(), context()).prop_map(|(weights, context)| OrchestratorInput { weights, context })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_answer_is_deterministic(input in any_input()) {
        prop_assert_eq!(compare_orchestrators(&input), compare_orchestrators(&input.clone()));
    }

    #[test]
    fn reasons_cite_listed_facts(input in any_input()) {
        prop_assert!(input.validate().is_ok());
        let answer = compare_orchestrators(&input);
        prop_assert!(!answer.reasons.is_empty());
        let listed = cited_fact_ids();
        let ids = answer.reasons.iter().map(|r| r.fact_id)
            .chain(answer.criteria.iter().map(|c| c.fact_id))
            .chain(answer.tie_break.iter().map(|n| n.fact_id));
        for id in ids {
            prop_assert!(fact(id).is_some(), "{} is not in the catalog", id);
            prop_assert!(listed.contains(&id), "{} is missing from cited_fact_ids", id);
        }
    }

    #[test]
    fn raising_a_leaders_weight_never_flips_away_from_it(input in any_input(), index in 0usize..6) {
        let criterion = Criterion::ALL[index];
        let before = compare_orchestrators(&input);
        let points = criterion.points(&input.context);
        let weight = input.weights.get(criterion);
        if weight < 3 {
            let raised = OrchestratorInput { weights: input.weights.with(criterion, weight + 1), ..input };
            let after = compare_orchestrators(&raised).choice;
            if points.eks > points.ecs && before.choice == Orchestrator::Eks {
                prop_assert_eq!(after, Orchestrator::Eks);
            }
            if points.ecs > points.eks && before.choice == Orchestrator::Ecs {
                prop_assert_eq!(after, Orchestrator::Ecs);
            }
        }
    }

    #[test]
    fn totals_add_up_and_decide(input in any_input()) {
        let answer = compare_orchestrators(&input);
        let ecs: u32 = answer.criteria.iter().map(|c| c.ecs.score).sum();
        let eks: u32 = answer.criteria.iter().map(|c| c.eks.score).sum();
        prop_assert_eq!((answer.totals.ecs, answer.totals.eks), (ecs, eks));
        let expected = if eks > ecs { Orchestrator::Eks } else { Orchestrator::Ecs };
        prop_assert_eq!(answer.choice, expected);
        prop_assert_eq!(answer.tie_break.is_some(), ecs == eks);
        for flip in &answer.flips {
            prop_assert_ne!(flip.choice, answer.choice);
        }
    }
}
