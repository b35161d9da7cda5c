//! `<ec2-fargate-chooser>`: questions about a workload, and a live recommendation of EC2
//! node groups, the EC2 that AWS runs (EKS Auto Mode, ECS Managed Instances), Fargate or a
//! mix.

use yew::prelude::*;

use crate::core::attributes::Theme;
use crate::core::compute::{LoadPattern, Orchestrator, WorkloadProfile};
use crate::core::cost::{Commitment, CostSettings, HOURS_PER_MONTH};
use crate::core::i18n::{Lang, Text};
use crate::ui::chooser_answer::{priced, AnswerColumn, ChooserChange, Priced};
use crate::ui::chooser_questions::{
    orchestrator_switch, profile_fields, ChooserQuestions, AGENT_FIELDS, GROUPS, LOAD_FIELDS,
    RUNNING_GROUP, SHAPE_FIELDS, SHAPE_GROUP,
};
use crate::ui::class_attr::widget_root;
use crate::ui::cost_section::CostSection;
use crate::ui::cost_settings::{as_percent, DISCOUNT_FIELD, DISCOUNT_PERCENT, HOURS_FIELD};
use crate::ui::labels;
use crate::ui::number_field::TypedTexts;
use crate::ui::share_bar::ShareAction;

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
    /// Renders in four parts, each in a task of its own, so that a slow device is never
    /// blocked for the whole first render: the frame (Yew's own first work), the
    /// questions, the answer, the cost section. A part not yet shown is an empty `.pending`
    /// element.
    #[prop_or_default]
    pub staged: bool,
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
            staged: false,
        }
    }
}

/// The widget: what the reader has set (the answers, the question group shown in compact
/// mode, the cost settings), what follows from it, and what the share bar confirms.
///
/// A struct component, not a function one: with no hooks anywhere, the wasm carries none of
/// Yew's hook code, which is compiled again for every state, memo and effect type (about
/// 4 KB gzip for the three components). New props are taken in [`Component::changed`].
pub struct Ec2FargateChooser {
    profile: WorkloadProfile,
    /// The question group shown in compact mode.
    step: usize,
    cost: CostSettings,
    /// The workload priced, and the recommendation priced the same way: recomputed only when
    /// `profile` or the price settings change. `None` only before the answer of a staged
    /// first render.
    priced: Option<Priced>,
    /// How much of a staged first render is shown.
    shown: Shown,
    /// What the share bar confirms: the last thing the reader took away.
    shared: Option<Text>,
    /// What was typed in the number fields.
    typed: TypedTexts,
}

/// The parts of a staged first render, in order.
#[derive(Clone, Copy, PartialEq)]
enum Shown {
    /// The widget's frame alone: Yew's own first work, apart from the questions'.
    Frame,
    Questions,
    Answer,
    All,
}

/// A change from the reader: the chooser's message.
pub enum ChooserEdit {
    Profile(WorkloadProfile),
    Step(usize),
    Cost(CostSettings),
    Shared(Text),
    /// Text typed in the number field with this id.
    Typed(&'static str, String),
    /// The next part of a staged first render.
    ShowMore,
}

impl Ec2FargateChooser {
    /// Takes new answers, and the recommendation and cost that follow; whether they changed.
    fn set_profile(&mut self, profile: WorkloadProfile) -> bool {
        if profile == self.profile {
            return false;
        }
        for field in profile_fields() {
            let (old, new) = ((field.get)(&self.profile), (field.get)(&profile));
            self.typed.follow(field.id, &field.bounds, old, new);
        }
        self.priced = Some(priced(&profile, &self.cost));
        self.profile = profile;
        true
    }

    /// Takes new cost settings, and the cost that follows; whether they changed.
    fn set_cost(&mut self, cost: CostSettings) -> bool {
        if cost == self.cost {
            return false;
        }
        let (old, new) = (&self.cost.price, &cost.price);
        self.typed.follow(
            HOURS_FIELD,
            &HOURS_PER_MONTH,
            old.hours_per_month,
            new.hours_per_month,
        );
        // A blank discount field (no discount of the reader's) as a number it cannot hold.
        let discount = |fraction: Option<f64>| fraction.map_or(-1.0, as_percent);
        self.typed.follow(
            DISCOUNT_FIELD,
            &DISCOUNT_PERCENT,
            discount(old.savings_plan_discount),
            discount(new.savings_plan_discount),
        );
        // The currency only changes how amounts are shown.
        if cost.price != self.cost.price {
            self.priced = Some(priced(&self.profile, &cost));
        }
        self.cost = cost;
        true
    }

    /// Tells the host, through `on_change`, of a change the reader made (props changed by
    /// the host are not reported back); passes `changed` on. The event carries the state
    /// `update` has just computed, so nothing is computed twice per input.
    fn report(&self, ctx: &Context<Self>, changed: bool) -> bool {
        if let (true, Some((cost, recommendation))) = (changed, &self.priced) {
            ctx.props().on_change.emit(ChooserChange {
                profile: self.profile.clone(),
                recommendation: (**recommendation).clone(),
                cost_settings: self.cost.clone(),
                cost: cost.estimate.clone(),
            });
        }
        changed
    }

    /// What was typed in a number field goes when the field is hidden (compact mode shows
    /// another group, a steady load has no shape, no node agents), as it would with the
    /// field: shown again, it starts from the answer.
    fn forget_hidden_typing(&mut self, compact: bool) {
        let last_step = GROUPS.len().saturating_sub(1);
        let hidden = |group: usize| compact && self.step.min(last_step) != group;
        let steady = self.profile.load_pattern == LoadPattern::Steady;
        if self.cost.price.commitment == Commitment::None {
            self.typed.forget(DISCOUNT_FIELD);
        }
        let hidden_fields = [
            (&SHAPE_FIELDS[..], hidden(SHAPE_GROUP)),
            (&LOAD_FIELDS[..], hidden(RUNNING_GROUP) || steady),
            (&AGENT_FIELDS[..], !self.profile.needs.daemonsets),
        ];
        for (fields, gone) in hidden_fields {
            if gone {
                for field in fields {
                    self.typed.forget(field.id);
                }
            }
        }
    }
}

impl Component for Ec2FargateChooser {
    type Message = ChooserEdit;
    type Properties = Ec2FargateChooserProps;

    fn create(ctx: &Context<Self>) -> Self {
        let props = ctx.props();
        let (profile, cost) = (props.preset.clone(), props.cost.clone());
        Ec2FargateChooser {
            // Staged, the answer's part prices the workload.
            priced: (!props.staged).then(|| priced(&profile, &cost)),
            shown: if props.staged {
                Shown::Frame
            } else {
                Shown::All
            },
            profile,
            step: 0,
            cost,
            shared: None,
            typed: TypedTexts::default(),
        }
    }

    fn update(&mut self, ctx: &Context<Self>, edit: ChooserEdit) -> bool {
        match edit {
            ChooserEdit::Profile(profile) => {
                let changed = self.set_profile(profile);
                self.report(ctx, changed)
            }
            ChooserEdit::Step(step) => {
                let changed = step != self.step;
                self.step = step;
                self.forget_hidden_typing(ctx.props().compact);
                changed
            }
            ChooserEdit::Cost(cost) => {
                let changed = self.set_cost(cost);
                self.forget_hidden_typing(ctx.props().compact);
                self.report(ctx, changed)
            }
            ChooserEdit::Shared(confirmation) => {
                let changed = self.shared != Some(confirmation);
                self.shared = Some(confirmation);
                changed
            }
            ChooserEdit::Typed(id, text) => {
                self.typed.set(id, text);
                true
            }
            ChooserEdit::ShowMore => {
                self.shown = match self.shown {
                    Shown::Frame => Shown::Questions,
                    Shown::Questions => {
                        if self.priced.is_none() {
                            self.priced = Some(priced(&self.profile, &self.cost));
                        }
                        Shown::Answer
                    }
                    Shown::Answer | Shown::All => Shown::All,
                };
                true
            }
        }
    }

    fn rendered(&mut self, ctx: &Context<Self>, _first_render: bool) {
        // The next part after a zero-delay timer: in a task of its own, so the browser may
        // paint and take input in between. Sent at once, Yew's scheduler would run it in
        // this task whenever this one took under its 16 ms slice, and on a device a few
        // times slower that joined task is a long one.
        if self.shown != Shown::All {
            let link = ctx.link().clone();
            #[cfg(target_arch = "wasm32")]
            gloo::timers::callback::Timeout::new(0, move || {
                link.send_message(ChooserEdit::ShowMore)
            })
            .forget();
            // Rendered on the server, a component is never `rendered`.
            #[cfg(not(target_arch = "wasm32"))]
            link.send_message(ChooserEdit::ShowMore);
        }
    }

    fn changed(&mut self, ctx: &Context<Self>, old: &Ec2FargateChooserProps) -> bool {
        let props = ctx.props();
        // A bumped generation (the widget given to a new element) starts everything over.
        let renewed = props.generation != old.generation;
        // A changed preset (an attribute changed at run time) starts the answers over.
        if renewed || props.preset != old.preset {
            self.set_profile(props.preset.clone());
            self.step = 0;
        }
        if renewed || props.cost != old.cost {
            self.set_cost(props.cost.clone());
        }
        self.forget_hidden_typing(props.compact);
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let lang = props.lang;
        // The parts a staged first render has not reached yet.
        let pending = || html! { <div class="pending"></div> };
        if self.shown == Shown::Frame {
            return widget_root("chooser", props.theme, props.compact, lang, pending());
        }
        let profile = &self.profile;

        let on_profile = ctx.link().callback(ChooserEdit::Profile);
        let on_orchestrator = {
            let (current, on_profile) = (profile.clone(), on_profile.clone());
            Callback::from(move |orchestrator: Orchestrator| {
                on_profile.emit(WorkloadProfile {
                    orchestrator,
                    ..current.clone()
                })
            })
        };
        let go = |to: usize| {
            ctx.link()
                .callback(move |_: MouseEvent| ChooserEdit::Step(to))
        };
        let on_typed = ctx
            .link()
            .callback(|(id, text)| ChooserEdit::Typed(id, text));
        let last_step = GROUPS.len().saturating_sub(1);
        let current_step = self.step.min(last_step);
        let (answer, costs) = match &self.priced {
            Some((cost, result)) if self.shown != Shown::Questions => (
                AnswerColumn {
                    profile,
                    settings: &self.cost,
                    cost,
                    result,
                    lang,
                    shared: self.shared,
                    on_share: &props.on_share,
                    on_shared: ctx.link().callback(ChooserEdit::Shared),
                }
                .view(),
                if self.shown == Shown::All {
                    CostSection {
                        cost,
                        settings: &self.cost,
                        profile,
                        blockers: &result.blockers,
                        lang,
                        on_change: &ctx.link().callback(ChooserEdit::Cost),
                        on_profile: &on_profile,
                        typed: &self.typed,
                        on_typed: &on_typed,
                    }
                    .view()
                } else {
                    pending()
                },
            ),
            _ => (pending(), pending()),
        };

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
                            typed: &self.typed,
                            on_typed: &on_typed,
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
                    { answer }
                </div>
                { costs }
            </>
        };
        widget_root("chooser", props.theme, props.compact, lang, content)
    }
}
