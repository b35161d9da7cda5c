//! `<ecs-eks-matrix>`: the seed's ECS-vs-EKS comparison as a table the reader weighs, with
//! live totals and a recommendation; or, with `view="quadrants"`, the 2×2 of orchestrator
//! and compute.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::attributes::Theme;
use crate::core::comparison::{Cell, ORCHESTRATOR};
use crate::core::compute::Orchestrator;
use crate::core::i18n::{Lang, Text};
use crate::core::orchestrator::{
    compare_orchestrators, CriterionScore, KubernetesExperience, OrchestratorComparison,
    OrchestratorInput, TEAM_SIZE,
};
use crate::core::presets::MatrixView;
use crate::core::share;
use crate::ui::class_attr::widget_root;
use crate::ui::controls::{check_field, select_field, select_option};
use crate::ui::form_events::{checked, selected_value};
use crate::ui::labels;
use crate::ui::markdown::matrix_markdown;
use crate::ui::matrix_cells::{criterion_details, option_cell, result_details, total_cell};
use crate::ui::number_field::{NumberField, TypedTexts};
use crate::ui::quadrant_grid::quadrant_grid;
use crate::ui::share_bar::{share_bar, Download, ShareAction, ShareKind};

/// What the `change` event carries: the weights and context, and the comparison.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MatrixChange {
    /// The weights and context, with the defaults filled in.
    #[cfg_attr(feature = "ts", ts(type = "Required<OrchestratorInput>"))]
    pub input: OrchestratorInput,
    pub comparison: OrchestratorComparison,
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct EcsEksMatrixProps {
    /// The language of every string the widget shows.
    #[prop_or_default]
    pub lang: Lang,
    /// Light, dark, or following the reader's system setting.
    #[prop_or_default]
    pub theme: Theme,
    /// The weights and context the widget opens with; a new preset replaces the reader's.
    #[prop_or_default]
    pub preset: OrchestratorInput,
    /// The criteria table (default) or the 2×2 of orchestrator and compute.
    #[prop_or_default]
    pub view: MatrixView,
    /// Called after every change of a weight or of the context.
    #[prop_or_default]
    pub on_change: Callback<MatrixChange>,
    /// Called when the reader copies a link or Markdown or downloads JSON.
    #[prop_or_default]
    pub on_share: Callback<ShareAction>,
    /// Bumping it starts the answers over from `preset` even when the preset is unchanged:
    /// the custom element does so when it gives a mounted widget to a new element.
    #[prop_or_default]
    pub generation: u32,
}

const IMPORTANCE_LEVELS: [(u8, labels::Level); 4] = [
    (0, labels::Level::Ignore),
    (1, labels::Level::Low),
    (2, labels::Level::Medium),
    (3, labels::Level::High),
];

/// The widget: the reader's weights and context, the comparison that follows from them, and
/// what the share bar confirms.
///
/// A struct component, not a function one: with no hooks anywhere, the wasm carries none of
/// Yew's hook code, which is compiled again for every state, memo and effect type (about
/// 4 KB gzip for the three components). New props are taken in [`Component::changed`].
pub struct EcsEksMatrix {
    input: OrchestratorInput,
    /// Recomputed only when `input` changes.
    comparison: Rc<OrchestratorComparison>,
    /// What the share bar confirms: the last thing the reader took away.
    shared: Option<Text>,
    /// What was typed in the team size field.
    typed: TypedTexts,
}

/// A change from the reader: the matrix's message.
pub enum MatrixEdit {
    Input(OrchestratorInput),
    Shared(Text),
    /// Text typed in the number field with this id.
    Typed(&'static str, String),
}

/// The id of the team size field, by which the matrix keeps what was typed in it.
const TEAM_SIZE_FIELD: &str = "team-size";

impl EcsEksMatrix {
    /// Takes new weights and context, and the comparison that follows; whether they changed.
    fn set_input(&mut self, input: OrchestratorInput) -> bool {
        if input == self.input {
            return false;
        }
        let (old_size, new_size) = (self.input.context.team_size, input.context.team_size);
        self.typed.follow(
            TEAM_SIZE_FIELD,
            &TEAM_SIZE,
            f64::from(old_size),
            f64::from(new_size),
        );
        self.comparison = Rc::new(compare_orchestrators(&input));
        self.input = input;
        true
    }
}

impl Component for EcsEksMatrix {
    type Message = MatrixEdit;
    type Properties = EcsEksMatrixProps;

    fn create(ctx: &Context<Self>) -> Self {
        let input = ctx.props().preset;
        EcsEksMatrix {
            input,
            comparison: Rc::new(compare_orchestrators(&input)),
            shared: None,
            typed: TypedTexts::default(),
        }
    }

    fn update(&mut self, ctx: &Context<Self>, edit: MatrixEdit) -> bool {
        match edit {
            MatrixEdit::Input(input) => {
                let changed = self.set_input(input);
                // The host hears of the reader's changes (not of its own props), with the
                // comparison just computed.
                if changed {
                    ctx.props().on_change.emit(MatrixChange {
                        input: self.input,
                        comparison: (*self.comparison).clone(),
                    });
                }
                changed
            }
            MatrixEdit::Shared(confirmation) => {
                let changed = self.shared != Some(confirmation);
                self.shared = Some(confirmation);
                changed
            }
            MatrixEdit::Typed(id, text) => {
                self.typed.set(id, text);
                true
            }
        }
    }

    fn changed(&mut self, ctx: &Context<Self>, old: &EcsEksMatrixProps) -> bool {
        let props = ctx.props();
        // A changed preset, or the widget given to a new element, starts the answers over.
        if props.preset != old.preset || props.generation != old.generation {
            self.set_input(props.preset);
        }
        // The quadrants have no share bar and no team size field; what they showed goes with
        // them, and a later table starts without it.
        if props.view == MatrixView::Quadrants {
            self.shared = None;
            self.typed.forget(TEAM_SIZE_FIELD);
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let lang = props.lang;
        let (input, comparison) = (self.input, &self.comparison);
        let update = ctx.link().callback(MatrixEdit::Input);
        let edit = |apply: fn(&mut OrchestratorInput, &Event)| {
            let (current, update) = (input, update.clone());
            Callback::from(move |event: Event| {
                let mut next = current;
                apply(&mut next, &event);
                update.emit(next);
            })
        };

        let make_share = {
            let comparison = comparison.clone();
            Callback::from(move |kind: ShareKind| match kind {
                ShareKind::Link => ShareAction::CopyLink(share::encode_matrix(&input)),
                ShareKind::Markdown => {
                    ShareAction::CopyMarkdown(matrix_markdown(&input, &comparison, lang))
                }
                ShareKind::Json => {
                    ShareAction::DownloadJson(Download::Matrix(Box::new(MatrixChange {
                        input,
                        comparison: (*comparison).clone(),
                    })))
                }
            })
        };

        if props.view == MatrixView::Quadrants {
            return widget_root("matrix", props.theme, false, lang, quadrant_grid(lang));
        }

        let score_of = |row: usize| -> Option<&CriterionScore> {
            comparison
                .criteria
                .iter()
                .find(|score| score.row == Some(row))
        };
        let rows = ORCHESTRATOR.rows.iter().enumerate().map(|(index, row)| {
            let score = score_of(index);
            let leader = score.and_then(|s| {
                use std::cmp::Ordering::*;
                match s.ecs.points.cmp(&s.eks.points) {
                    Greater => Some(Orchestrator::Ecs),
                    Less => Some(Orchestrator::Eks),
                    Equal => None,
                }
            });
            let importance = score.map(|score| {
                let criterion = score.criterion;
                let (current, update) = (input, update.clone());
                let onchange = Callback::from(move |event: Event| {
                    let weight = selected_value(&event)
                        .and_then(|value| value.parse::<u8>().ok())
                        .unwrap_or(1)
                        .min(3);
                    let mut next = current;
                    next.weights = next.weights.with(criterion, weight);
                    update.emit(next);
                });
                let id = format!("weight-{index}");
                select_field("importance", id.into(), labels::IMPORTANCE.get(lang),
                    IMPORTANCE_LEVELS.iter().map(|(value, level)| select_option(
                        value.to_string().into(), *value == score.weight,
                        format!("{value} · {}", level.text().get(lang)).into())).collect(),
                    onchange)
            });
            let [ecs_text, eks_text] = row.cells.each_ref().map(Cell::text);
            html! {
                <tr>
                    <th scope="row">
                        { criterion_details(row, lang) }
                        { importance.unwrap_or_else(|| html! {
                            <span class="meta">{ labels::NOT_SCORED.get(lang) }</span>
                        }) }
                    </th>
                    { option_cell(ecs_text.get(lang), score.map(|s| (s.ecs.points, s.weight, s.ecs.score)),
                        leader == Some(Orchestrator::Ecs), lang) }
                    { option_cell(eks_text.get(lang), score.map(|s| (s.eks.points, s.weight, s.eks.score)),
                        leader == Some(Orchestrator::Eks), lang) }
                </tr>
            }
        });

        let context = input.context;
        let totals = comparison.totals;
        let winner = comparison.choice;
        let content = html! {
            <>
                <div class="table-wrap">
                    <table class="comparison" part="table">
                        <caption>{ labels::MATRIX_CAPTION.get(lang) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ ORCHESTRATOR.criterion_header.get(lang) }</th>
                                { for ORCHESTRATOR.options.iter().map(|option| html! {
                                    <th scope="col">{ option.get(lang) }</th>
                                }) }
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                        <tfoot>
                            <tr>
                                <th scope="row">{ labels::TOTAL.get(lang) }</th>
                                { total_cell(totals.ecs, winner == Orchestrator::Ecs) }
                                { total_cell(totals.eks, winner == Orchestrator::Eks) }
                            </tr>
                        </tfoot>
                    </table>
                </div>
                <form class="context" part="form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <fieldset class="group">
                        <legend>{ labels::CONTEXT.get(lang) }</legend>
                        { select_field("field", "k8s".into(), labels::K8S_EXPERIENCE.get(lang),
                            [("none", KubernetesExperience::None), ("some", KubernetesExperience::Some),
                             ("strong", KubernetesExperience::Strong)].iter().map(|(value, level)| select_option(
                                (*value).into(), *level == context.kubernetes_experience,
                                labels::kubernetes_experience(*level).get(lang).into())).collect(),
                            edit(|next, event| {
                                next.context.kubernetes_experience = match selected_value(event).as_deref() {
                                    Some("none") => KubernetesExperience::None,
                                    Some("strong") => KubernetesExperience::Strong,
                                    _ => KubernetesExperience::Some,
                                };
                            })) }
                        { check_field("multi-cloud".into(), labels::MULTI_CLOUD.get(lang), None, context.multi_cloud,
                            edit(|next, event| {
                                    next.context.multi_cloud = checked(event);
                                    next.context.aws_only &= !next.context.multi_cloud;
                                })) }
                        { check_field("on-premises".into(), labels::ON_PREMISES.get(lang), None, context.on_premises,
                            edit(|next, event| {
                                    next.context.on_premises = checked(event);
                                    next.context.aws_only &= !next.context.on_premises;
                                })) }
                        { check_field("aws-only".into(), labels::AWS_ONLY.get(lang), None, context.aws_only,
                            edit(|next, event| {
                                    next.context.aws_only = checked(event);
                                    if next.context.aws_only {
                                        next.context.multi_cloud = false;
                                        next.context.on_premises = false;
                                    }
                                })) }
                        { NumberField {
                            id: TEAM_SIZE_FIELD,
                            label: labels::TEAM_SIZE,
                            lang,
                            value: Some(f64::from(context.team_size)),
                            bounds: TEAM_SIZE,
                            step: "1",
                            typed: &self.typed,
                            on_typed: &ctx.link().callback(|(id, text)| MatrixEdit::Typed(id, text)),
                            on_change: {
                                let (current, update) = (input, update.clone());
                                Callback::from(move |size: f64| {
                                    let mut next = current;
                                    // TEAM_SIZE admits only whole numbers in u32's range.
                                    next.context.team_size = size as u32;
                                    update.emit(next);
                                })
                            },
                            on_clear: None,
                        }.view() }
                    </fieldset>
                </form>
                <section class="result" part="result" aria-labelledby="matrix-result">
                    <h3 id="matrix-result">{ labels::RECOMMENDATION.get(lang) }</h3>
                    <p class="answer" role="status">
                        <strong>{ labels::orchestrator(winner).get(lang) }</strong>
                        { format!(" — ECS {} : EKS {}", totals.ecs, totals.eks) }
                    </p>
                    { result_details(comparison, lang) }
                    { share_bar(lang, make_share, &props.on_share, self.shared,
                        ctx.link().callback(MatrixEdit::Shared)) }
                </section>
            </>
        };
        widget_root("matrix", props.theme, false, lang, content)
    }
}
