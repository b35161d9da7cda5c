//! `<ecs-eks-matrix>`'s attributes: the weights and context it opens with, and its view.

use super::{
    warning, weighted_list, MatrixSettings, MatrixView, CRITERION_NAMES, KUBERNETES_EXPERIENCE,
    WEIGHTS_ALLOWED,
};
use crate::attributes::{AttributeWarning, ElementEnv};
use crate::orchestrator::{OrchestratorInput, TEAM_SIZE};
use crate::share;

impl ElementEnv {
    /// Reads `<ecs-eks-matrix>`'s attributes: the weights and context (see
    /// `ElementEnv::matrix_answers`), which the answers in the page URL replace, and
    /// `view`.
    pub fn matrix_settings(&self, warnings: &mut Vec<AttributeWarning>) -> MatrixSettings {
        let answers = self.matrix_answers(warnings);
        let input = self
            .shared_answers(ElementEnv::matrix_answers, share::MATRIX_STATE, warnings)
            .unwrap_or(answers);
        let view = self
            .choice(
                "view",
                &[
                    ("table", MatrixView::Table),
                    ("quadrants", MatrixView::Quadrants),
                ],
                "\"table\" or \"quadrants\"",
                warnings,
            )
            .unwrap_or_default();
        MatrixSettings { input, view }
    }

    /// The weights and context among the attributes (or in a shared state's pairs):
    /// `weights`, `kubernetes`, `multi-cloud`, `on-premises`, `aws-only`, `team-size`.
    pub(crate) fn matrix_answers(&self, warnings: &mut Vec<AttributeWarning>) -> OrchestratorInput {
        let mut input = OrchestratorInput::default();
        if let Some(value) = self.attribute("weights") {
            for (criterion, weight) in weighted_list(
                "weights",
                value,
                &CRITERION_NAMES,
                WEIGHTS_ALLOWED,
                warnings,
            ) {
                input.weights = input.weights.with(criterion, weight);
            }
        }
        if let Some(experience) = self.choice(
            "kubernetes",
            &KUBERNETES_EXPERIENCE,
            "\"none\", \"some\" or \"strong\"",
            warnings,
        ) {
            input.context.kubernetes_experience = experience;
        }
        input.context.multi_cloud = self.flag("multi-cloud");
        input.context.on_premises = self.flag("on-premises");
        input.context.aws_only = self.flag("aws-only");
        if input.context.aws_only && (input.context.multi_cloud || input.context.on_premises) {
            warnings.push(warning(
                "aws-only",
                "",
                "only without multi-cloud or on-premises",
            ));
            input.context.aws_only = false;
        }
        if let Some(team) = self.whole_number("team-size", &TEAM_SIZE, warnings) {
            input.context.team_size = team;
        }
        input
    }
}
