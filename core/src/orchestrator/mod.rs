//! The ECS-or-EKS engine: weighs the seed's six scored criteria (learning curve,
//! flexibility, portability, ecosystem, networking, pricing) by the reader's weights, with
//! points that depend on the reader's context, and recommends one orchestrator.
//!
//! How it decides: each option earns 0 to 3 points per criterion ([`Criterion::points`]
//! has the table), multiplied by the reader's weight for it (0 to 3, default 1); the higher
//! total wins and a tie goes to ECS ([`TIE_BREAK`]). Because the score is a weighted sum,
//! raising the weight of a criterion EKS leads on can never turn EKS into ECS, and the
//! other way round. The flips re-run the comparison with one weight or one context field
//! changed at a time.
//!
//! The per-criterion points are exposed so an interactive matrix over the rows of
//! [`crate::comparison::ORCHESTRATOR`] can show them: [`Criterion::from_fact_id`]
//! maps a row to its criterion, and [`CriterionScore::row`] maps back.

mod compare;
mod criteria;
mod input;

pub use crate::compute::Orchestrator;
pub use compare::{
    CriterionScore, Note, OptionScore, OrchestratorComparison, OrchestratorFlip,
    OrchestratorReason, Totals, TIE_BREAK,
};
pub use criteria::{Criterion, Points, LARGE_TEAM, MAX_POINTS};
pub use input::{
    Context, CriterionWeights, KubernetesExperience, OrchestratorInput, TEAM_SIZE, WEIGHT,
};

use crate::error::InputError;

/// Compares ECS and EKS for the reader.
///
/// ```
/// use container_compass_core::orchestrator::{
///     compare_orchestrators, KubernetesExperience, Orchestrator, OrchestratorInput,
/// };
///
/// // With every default: no Kubernetes experience, every criterion weighted 1.
/// let mut input = OrchestratorInput::default();
/// assert_eq!(compare_orchestrators(&input).choice, Orchestrator::Ecs);
///
/// input.context.kubernetes_experience = KubernetesExperience::Strong;
/// input.context.multi_cloud = true;
/// let answer = compare_orchestrators(&input);
/// assert_eq!(answer.choice, Orchestrator::Eks);
/// assert!(answer.totals.eks > answer.totals.ecs);
/// ```
pub fn compare_orchestrators(input: &OrchestratorInput) -> OrchestratorComparison {
    compare::compare(input)
}

/// Reads and validates the engine's input from JSON text, reporting the first bad field
/// with its path; the same as [`OrchestratorInput::from_json`].
///
/// ```
/// use container_compass_core::orchestrator::parse_orchestrator_input;
///
/// let error = parse_orchestrator_input(r#"{"weights": {"portability": 5}}"#).unwrap_err();
/// assert_eq!(error.path, "weights.portability");
/// ```
pub fn parse_orchestrator_input(json: &str) -> Result<OrchestratorInput, InputError> {
    OrchestratorInput::from_json(json)
}

/// Every fact id the engine can cite: each criterion's row fact and the fact behind each
/// reason it can give (in every context that changes the reason), plus the tie-break's.
pub fn cited_fact_ids() -> Vec<&'static str> {
    let contexts = [
        Context::default(),
        Context {
            multi_cloud: true,
            ..Context::default()
        },
        Context {
            aws_only: true,
            ..Context::default()
        },
        Context {
            kubernetes_experience: KubernetesExperience::Strong,
            ..Context::default()
        },
    ];
    let mut ids = vec![TIE_BREAK.fact_id];
    for criterion in Criterion::ALL {
        ids.push(criterion.fact_id());
        for context in &contexts {
            for leader in [Orchestrator::Ecs, Orchestrator::Eks] {
                ids.push(criterion.reason(leader, context).1);
            }
        }
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}
