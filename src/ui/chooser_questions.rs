//! The questions of `<ec2-fargate-chooser>`, in four groups. Every change produces a new
//! [`WorkloadProfile`] for the parent; nothing here decides anything.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::compute::{
    LoadPattern, Need, OpsCapacity, Orchestrator, Priority, WorkloadProfile, EPHEMERAL_STORAGE_GIB,
    MEMORY_GIB, REPLICAS, VCPU,
};
use crate::core::cost::input::{DAEMONSET_GIB, DAEMONSET_VCPU};
use crate::core::cost::load::{OFF_PEAK_REPLICAS, PEAK_HOURS_PER_DAY};
use crate::core::i18n::{Lang, Text};
use crate::core::input::Bounds;
use crate::ui::controls::check_field;
use crate::ui::form_events::checked;
use crate::ui::labels;
use crate::ui::number_field::{NumberField, TypedTexts};

/// The question groups, in order; `compact` shows one at a time.
pub const GROUPS: [Text; 4] = [labels::NEEDS, labels::SHAPE, labels::RUNNING, labels::TEAM];

/// The position of the workload shape, the group with number fields, in [`GROUPS`].
pub const SHAPE_GROUP: usize = 1;
/// The position of how it runs, with the load's shape, in [`GROUPS`].
pub const RUNNING_GROUP: usize = 2;

/// A number field of the workload: which answer it shows and sets.
pub struct ShapeField {
    pub id: &'static str,
    pub label: Text,
    pub bounds: Bounds,
    pub step: &'static str,
    pub get: fn(&WorkloadProfile) -> f64,
    pub set: fn(&mut WorkloadProfile, f64),
}

impl ShapeField {
    /// The field's markup, with the widget's typed text and a change going to `on_change`.
    pub fn view(
        &self,
        profile: &WorkloadProfile,
        bounds: Bounds,
        lang: Lang,
        typed: &TypedTexts,
        on_typed: &Callback<(&'static str, String)>,
        on_change: &Callback<WorkloadProfile>,
    ) -> Html {
        let (current, set, on_change) = (profile.clone(), self.set, on_change.clone());
        NumberField {
            id: self.id,
            label: self.label,
            lang,
            value: Some((self.get)(profile)),
            bounds,
            step: self.step,
            typed,
            on_typed,
            on_change: Callback::from(move |value: f64| {
                let mut next = current.clone();
                set(&mut next, value);
                on_change.emit(next);
            }),
            on_clear: None,
        }
        .view()
    }
}

/// The workload shape's number fields, in order.
pub const SHAPE_FIELDS: [ShapeField; 4] = [
    ShapeField {
        id: "vcpu",
        label: labels::VCPU,
        bounds: VCPU,
        step: "any",
        get: |p| p.vcpu,
        set: |p, v| p.vcpu = v,
    },
    ShapeField {
        id: "memory",
        label: labels::MEMORY,
        bounds: MEMORY_GIB,
        step: "any",
        get: |p| p.memory_gib,
        set: |p, v| p.memory_gib = v,
    },
    ShapeField {
        id: "replicas",
        label: labels::REPLICAS,
        bounds: REPLICAS,
        step: "1",
        get: |p| f64::from(p.replicas),
        // REPLICAS admits only whole numbers from 1 to 10000: the cast is exact.
        set: |p, v| *p = p.with_replicas(v as u32),
    },
    ShapeField {
        id: "storage",
        label: labels::STORAGE,
        bounds: EPHEMERAL_STORAGE_GIB,
        step: "any",
        get: |p| p.ephemeral_storage_gib,
        set: |p, v| p.ephemeral_storage_gib = v,
    },
];

/// The load's shape, shown for a load that is not steady.
pub const LOAD_FIELDS: [ShapeField; 2] = [
    ShapeField {
        id: "peak-hours",
        label: labels::PEAK_HOURS,
        bounds: PEAK_HOURS_PER_DAY,
        step: "any",
        get: |p| p.load().peak_hours_per_day,
        set: |p, v| p.peak_hours_per_day = Some(v),
    },
    ShapeField {
        id: "off-peak-replicas",
        label: labels::OFF_PEAK_REPLICAS,
        bounds: OFF_PEAK_REPLICAS,
        step: "1",
        get: |p| f64::from(p.load().off_peak_replicas),
        // Whole and at most the replicas (the field's bounds): the cast is exact.
        set: |p, v| p.off_peak_replicas = Some(v as u32),
    },
];

/// The node agents' size on every node, shown in the cost section with the agents' need.
pub const AGENT_FIELDS: [ShapeField; 2] = [
    ShapeField {
        id: "agent-vcpu",
        label: labels::AGENT_VCPU,
        bounds: DAEMONSET_VCPU,
        step: "any",
        get: |p| p.agent_vcpu,
        set: |p, v| p.agent_vcpu = v,
    },
    ShapeField {
        id: "agent-gib",
        label: labels::AGENT_GIB,
        bounds: DAEMONSET_GIB,
        step: "any",
        get: |p| p.agent_gib,
        set: |p, v| p.agent_gib = v,
    },
];

/// Every number field of the workload, for the widget to follow what was typed in them.
pub fn profile_fields() -> impl Iterator<Item = &'static ShapeField> {
    SHAPE_FIELDS.iter().chain(&LOAD_FIELDS).chain(&AGENT_FIELDS)
}

/// The bounds `field` has for `profile`: the off-peak count at most the replicas.
pub fn bounds_for(field: &ShapeField, profile: &WorkloadProfile) -> Bounds {
    if field.id == "off-peak-replicas" {
        Bounds {
            max: f64::from(profile.replicas),
            ..field.bounds
        }
    } else {
        field.bounds
    }
}

/// The current answers, and where a changed copy goes.
///
/// Rendered by [`ChooserQuestions::view`], not a component: each component costs about 1 KB
/// of wasm in Yew's generic machinery, and the questions keep no state (the answers and
/// what was typed in the number fields live in the chooser).
pub struct ChooserQuestions<'a> {
    pub profile: &'a WorkloadProfile,
    pub lang: Lang,
    /// The one group to show, or every group when `None`.
    pub only_group: Option<usize>,
    pub on_change: &'a Callback<WorkloadProfile>,
    /// What was typed in the number fields, and where new text goes.
    pub typed: &'a TypedTexts,
    pub on_typed: &'a Callback<(&'static str, String)>,
}

/// A callback that applies `edit` to a copy of the current profile and reports it.
fn edit<T: 'static>(
    questions: &ChooserQuestions,
    edit: impl Fn(&mut WorkloadProfile, T) + 'static,
) -> Callback<T> {
    let (profile, on_change) = (questions.profile.clone(), questions.on_change.clone());
    Callback::from(move |value: T| {
        let mut next = profile.clone();
        edit(&mut next, value);
        on_change.emit(next);
    })
}

/// A group of radio buttons for one enum-valued answer.
fn radios<T: Copy + PartialEq + 'static>(
    name: &'static str,
    legend: Text,
    lang: Lang,
    options: &'static [T],
    current: T,
    label: fn(T) -> Text,
    on_pick: Callback<T>,
) -> Html {
    let mut labels = Vec::with_capacity(options.len());
    for &option in options {
        labels.push(label(option));
    }
    let on_pick = Callback::from(move |index: usize| {
        if let Some(&option) = options.get(index) {
            on_pick.emit(option);
        }
    });
    let current = options.iter().position(|&option| option == current);
    radio_group(name, legend, lang, &labels, current, on_pick)
}

/// The markup of [`radios`], by position: compiled once, not once per enum.
fn radio_group(
    name: &'static str,
    legend: Text,
    lang: Lang,
    labels: &[Text],
    current: Option<usize>,
    on_pick: Callback<usize>,
) -> Html {
    html! {
        <fieldset class="choices">
            <legend>{ legend.get(lang) }</legend>
            { for labels.iter().enumerate().map(|(index, label)| {
                let on_pick = on_pick.clone();
                let onchange = Callback::from(move |event: Event| {
                    if checked(&event) { on_pick.emit(index) }
                });
                html! {
                    <label class="choice">
                        <input type="radio" {name} checked={current == Some(index)} {onchange} />
                        <span>{ label.get(lang) }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}

impl ChooserQuestions<'_> {
    /// The questions' markup.
    pub fn view(&self) -> Html {
        let lang = self.lang;
        let profile = self.profile;
        let shown = |group: usize| self.only_group.is_none_or(|only| only == group);

        let needs = html! {
            <fieldset class="group">
                <legend>{ labels::NEEDS.get(lang) }</legend>
                { for Need::ALL.iter().map(|&need| {
                    let (name, hint) = labels::need(need);
                    let id = format!("need-{}", need_key(need));
                    let onchange = edit(self, move |p: &mut WorkloadProfile, on: bool| {
                        p.needs = p.needs.with(need, on);
                    });
                    check_field(id.into(), name.get(lang), Some(hint.get(lang)),
                        profile.needs.has(need), onchange.reform(|e: Event| checked(&e)))
                }) }
            </fieldset>
        };

        let number = |field: &ShapeField| {
            field.view(
                profile,
                bounds_for(field, profile),
                lang,
                self.typed,
                self.on_typed,
                self.on_change,
            )
        };
        let shape = html! {
            <fieldset class="group">
                <legend>{ labels::SHAPE.get(lang) }</legend>
                { for SHAPE_FIELDS.iter().map(number) }
            </fieldset>
        };

        let running = html! {
            <fieldset class="group">
                <legend>{ labels::RUNNING.get(lang) }</legend>
                { radios("load", labels::LOAD, lang, &LoadPattern::ALL, profile.load_pattern,
                    labels::load_pattern,
                    edit(self, |p: &mut WorkloadProfile, v| *p = p.with_load_pattern(v))) }
                if profile.load_pattern != LoadPattern::Steady {
                    { for LOAD_FIELDS.iter().map(number) }
                }
                { check_field("startup".into(), labels::STARTUP.get(lang), None,
                    profile.startup_sensitive,
                    edit(self, |p: &mut WorkloadProfile, on| p.startup_sensitive = on)
                        .reform(|e: Event| checked(&e))) }
            </fieldset>
        };

        let team = html! {
            <fieldset class="group">
                <legend>{ labels::TEAM.get(lang) }</legend>
                { radios("ops", labels::OPS, lang, &OpsCapacity::ALL, profile.ops_capacity,
                    labels::ops_capacity,
                    edit(self, |p: &mut WorkloadProfile, v| p.ops_capacity = v)) }
                <p class="hint" id="priority-hint">{ labels::PRIORITY_HINT.get(lang) }</p>
                { for Priority::ALL.iter().map(|&priority| {
                    let id = format!("priority-{}", priority_key(priority));
                    let weight = profile.priorities.get(priority);
                    let oninput = edit(self, move |p: &mut WorkloadProfile, w: u8| {
                        p.priorities = p.priorities.with(priority, w);
                    });
                    html! {
                        <div class="slider">
                            <label for={id.clone()}>{ priority.name().get(lang) }</label>
                            <input type="range" id={id.clone()} min="0" max="3" step="1"
                                value={weight.to_string()} aria-describedby="priority-hint"
                                oninput={oninput.reform(|e: InputEvent| {
                                    e.target_dyn_into::<HtmlInputElement>()
                                        .and_then(|input| input.value().parse::<u8>().ok())
                                        .map_or(1, |w| w.min(3))
                                })} />
                            <output for={id}>{ weight }</output>
                        </div>
                    }
                }) }
            </fieldset>
        };

        html! {
            <div class="questions">
                if shown(0) { { needs } }
                if shown(SHAPE_GROUP) { { shape } }
                if shown(RUNNING_GROUP) { { running } }
                if shown(3) { { team } }
            </div>
        }
    }
}

/// The EKS / ECS switch above the questions. A view function, like the questions.
pub fn orchestrator_switch(
    value: Orchestrator,
    lang: Lang,
    on_change: Callback<Orchestrator>,
) -> Html {
    html! {
        <div class="switch">
            { radios("orchestrator", labels::ORCHESTRATOR, lang, &Orchestrator::ALL,
                value, labels::orchestrator, on_change) }
        </div>
    }
}

/// The keys in element ids (`need-gpu`), the same words the `needs` attribute takes.
fn need_key(need: Need) -> &'static str {
    match need {
        Need::Gpu => "gpu",
        Need::Daemonsets => "daemonsets",
        Need::Privileged => "privileged",
        Need::HostNetworking => "host-networking",
        Need::BlockStorage => "block-storage",
        Need::Windows => "windows",
        Need::Arm => "arm",
        Need::Spot => "spot",
    }
}

fn priority_key(priority: Priority) -> &'static str {
    match priority {
        Priority::Cost => "cost",
        Priority::Control => "control",
        Priority::Simplicity => "simplicity",
    }
}
