//! `<ec2-fargate-chooser>`: questions about a workload, and a live recommendation of EC2
//! node groups, Fargate or a mix.

use serde::Serialize;
use yew::prelude::*;

use std::rc::Rc;

use crate::core::attributes::Theme;
use crate::core::compute::{
    recommend_compute, ComputeRecommendation, Orchestrator, WorkloadProfile,
};
use crate::core::cost::{
    break_even, chart_replicas, estimate, BreakEven, CostEstimate, CostSettings,
};
use crate::core::i18n::{Lang, Text};
use crate::core::share;
use crate::ui::chooser_questions::{orchestrator_switch, ChooserQuestions, GROUPS};
use crate::ui::class_attr::widget_root;
use crate::ui::compute_result::compute_result;
use crate::ui::cost_section::CostSection;
use crate::ui::labels;
use crate::ui::markdown::chooser_markdown;
use crate::ui::share_bar::{share_bar, ShareAction, ShareKind};

/// What the `change` event carries: the answers, the recommendation and the cost.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChooserChange {
    pub profile: WorkloadProfile,
    pub recommendation: ComputeRecommendation,
    pub cost_settings: CostSettings,
    pub cost: CostEstimate,
}

/// The cost of `profile` under `settings`, and the break-even series around it.
fn costs(profile: &WorkloadProfile, settings: &CostSettings) -> (Rc<CostEstimate>, Rc<BreakEven>) {
    let input = settings.input_for(profile);
    let series = break_even(&input, chart_replicas(input.replicas));
    (Rc::new(estimate(&input)), Rc::new(series))
}

#[derive(Properties, PartialEq, Clone)]
pub struct Ec2FargateChooserProps {
    /// The language of every string the widget shows.
    #[prop_or_default]
    pub lang: Lang,
    /// Light, dark, or following the reader's system setting.
    #[prop_or_default]
    pub theme: Theme,
    /// The answers the widget opens with; a new preset replaces the reader's answers.
    #[prop_or_else(|| WorkloadProfile::new(Orchestrator::Eks))]
    pub preset: WorkloadProfile,
    /// One question group at a time, for narrow blog columns.
    #[prop_or_default]
    pub compact: bool,
    /// The cost section's Region, instance type, hours and currency to start from.
    #[prop_or_default]
    pub cost: CostSettings,
    /// Called after every change of an answer.
    #[prop_or_default]
    pub on_change: Callback<ChooserChange>,
    /// Called when the reader copies a link or Markdown or downloads JSON.
    #[prop_or_default]
    pub on_share: Callback<ShareAction>,
    /// Bumping it starts the answers over from `preset` even when the preset is unchanged:
    /// the custom element does so when it gives a mounted widget to a new element.
    #[prop_or_default]
    pub generation: u32,
}

impl Default for Ec2FargateChooserProps {
    fn default() -> Self {
        Ec2FargateChooserProps {
            lang: Lang::default(),
            theme: Theme::default(),
            preset: WorkloadProfile::new(Orchestrator::Eks),
            compact: false,
            cost: CostSettings::default(),
            on_change: Callback::noop(),
            on_share: Callback::noop(),
            generation: 0,
        }
    }
}

/// What the reader has set (the answers, the question group shown in compact mode, the cost
/// settings) and what follows from it. One reducer rather than a `use_state` per field and a
/// `use_memo` per result: every state or memo type costs the wasm its own copy of Yew's hook
/// code.
#[derive(Clone)]
struct Answers {
    profile: WorkloadProfile,
    step: usize,
    cost: CostSettings,
    /// Recomputed only when `profile` changes.
    recommendation: Rc<ComputeRecommendation>,
    /// Recomputed only when `profile` or `cost` changes.
    costs: (Rc<CostEstimate>, Rc<BreakEven>),
}

impl Answers {
    fn new(profile: WorkloadProfile, cost: CostSettings) -> Answers {
        Answers {
            recommendation: Rc::new(recommend_compute(&profile)),
            costs: costs(&profile, &cost),
            profile,
            step: 0,
            cost,
        }
    }
}

/// Equal when the reader's settings are: the results follow from them.
impl PartialEq for Answers {
    fn eq(&self, other: &Answers) -> bool {
        self.profile == other.profile && self.step == other.step && self.cost == other.cost
    }
}

/// A change to [`Answers`], applied to the latest answers (two in one tick both count).
enum Edit {
    Profile(WorkloadProfile),
    /// A new preset: its answers, from the first question group.
    Preset(WorkloadProfile),
    Step(usize),
    Cost(CostSettings),
}

impl Reducible for Answers {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut next = (*self).clone();
        match edit {
            Edit::Profile(profile) => next.profile = profile,
            Edit::Preset(profile) => {
                next.profile = profile;
                next.step = 0;
            }
            Edit::Step(step) => next.step = step,
            Edit::Cost(cost) => next.cost = cost,
        }
        if next.profile != self.profile {
            next.recommendation = Rc::new(recommend_compute(&next.profile));
        }
        if next.profile != self.profile || next.cost != self.cost {
            next.costs = costs(&next.profile, &next.cost);
        }
        Rc::new(next)
    }
}

#[function_component(Ec2FargateChooser)]
pub fn ec2_fargate_chooser(props: &Ec2FargateChooserProps) -> Html {
    let lang = props.lang;
    let answers = use_reducer_eq(|| Answers::new(props.preset.clone(), props.cost.clone()));
    let share_confirmation = use_state_eq(|| None::<Text>);
    // A changed preset (an attribute changed at run time) starts the answers over.
    {
        let edit = answers.dispatcher();
        use_effect_with(
            (props.preset.clone(), props.generation),
            move |(preset, _)| edit.dispatch(Edit::Preset(preset.clone())),
        );
    }
    {
        let edit = answers.dispatcher();
        use_effect_with((props.cost.clone(), props.generation), move |(cost, _)| {
            edit.dispatch(Edit::Cost(cost.clone()))
        });
    }
    let (profile, cost_settings) = (&answers.profile, &answers.cost);
    let (result, cost) = (&answers.recommendation, &answers.costs);

    // Every change reports the whole state: answers, recommendation and cost.
    let report = {
        let on_change = props.on_change.clone();
        Callback::from(
            move |(profile, settings): (WorkloadProfile, CostSettings)| {
                // Only the estimate: the event carries no break-even series, so it is not
                // computed twice per input ([`Answers`] computes it once).
                let recommendation = recommend_compute(&profile);
                let cost = estimate(&settings.input_for(&profile));
                on_change.emit(ChooserChange {
                    profile,
                    recommendation,
                    cost_settings: settings,
                    cost,
                });
            },
        )
    };
    let on_profile = {
        let (edit, settings, report) =
            (answers.dispatcher(), cost_settings.clone(), report.clone());
        Callback::from(move |next: WorkloadProfile| {
            edit.dispatch(Edit::Profile(next.clone()));
            report.emit((next, settings.clone()));
        })
    };
    let on_cost = {
        let (current, edit, report) = (profile.clone(), answers.dispatcher(), report);
        Callback::from(move |next: CostSettings| {
            edit.dispatch(Edit::Cost(next.clone()));
            report.emit((current.clone(), next));
        })
    };
    let on_orchestrator = {
        let (current, on_profile) = (profile.clone(), on_profile.clone());
        Callback::from(move |orchestrator: Orchestrator| {
            on_profile.emit(WorkloadProfile {
                orchestrator,
                ..current.clone()
            })
        })
    };
    let make_share = {
        let (profile, result, settings, cost) = (
            profile.clone(),
            result.clone(),
            cost_settings.clone(),
            cost.clone(),
        );
        Callback::from(move |kind: ShareKind| match kind {
            ShareKind::Link => ShareAction::CopyLink(share::encode_profile(&profile)),
            ShareKind::Markdown => {
                ShareAction::CopyMarkdown(chooser_markdown(&profile, &result, lang))
            }
            ShareKind::Json => ShareAction::DownloadJson(
                serde_json::to_string(&ChooserChange {
                    profile: profile.clone(),
                    recommendation: (*result).clone(),
                    cost_settings: settings.clone(),
                    cost: (*cost.0).clone(),
                })
                .unwrap_or_default(),
            ),
        })
    };
    let go = |to: usize| {
        let edit = answers.dispatcher();
        Callback::from(move |_: MouseEvent| edit.dispatch(Edit::Step(to)))
    };
    let last_step = GROUPS.len().saturating_sub(1);
    let current_step = answers.step.min(last_step);

    let content = html! {
        <>
            { orchestrator_switch(profile.orchestrator, lang, on_orchestrator) }
            <div class="layout">
                <form class="form" part="form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    if props.compact {
                        <p class="stepper" aria-live="polite">
                            { format!("{} {} {} {}: {}", labels::STEP.get(lang), current_step.saturating_add(1),
                                labels::OF.get(lang), GROUPS.len(),
                                GROUPS.get(current_step).map_or("", |group| group.get(lang))) }
                        </p>
                    }
                    { ChooserQuestions {
                        profile,
                        lang,
                        only_group: props.compact.then_some(current_step),
                        on_change: &on_profile,
                    }.view() }
                    if props.compact {
                        <div class="nav">
                            <button type="button" disabled={current_step == 0}
                                onclick={go(current_step.saturating_sub(1))}>{ labels::BACK.get(lang) }</button>
                            <button type="button" disabled={current_step == last_step}
                                onclick={go(current_step.saturating_add(1).min(last_step))}>{ labels::NEXT.get(lang) }</button>
                        </div>
                    }
                </form>
                <div class="result-column">
                    { compute_result(result, lang) }
                    { share_bar(lang, make_share, &props.on_share, &share_confirmation) }
                </div>
            </div>
            { CostSection {
                estimate: &cost.0,
                series: &cost.1,
                settings: cost_settings,
                replicas: profile.replicas,
                arm: profile.needs.arm,
                fargate_blocked: !result.blockers.is_empty(),
                lang,
                on_change: &on_cost,
            }.view() }
        </>
    };
    widget_root("chooser", props.theme, props.compact, lang, content)
}
