//! The result card of `<ec2-fargate-chooser>`: the answer, the three options' scores with
//! their weights, what rules an option out, what runs where, the reasons on each side, and
//! what would change it.

use yew::prelude::*;

use crate::core::compute::{
    Basis, Capacity, Choice, ComputeRecommendation, Priority, EKS_SIZING_FACT,
};
use crate::core::cost::CostSettings;
use crate::core::form::show_number;
use crate::core::i18n::Lang;
use crate::ui::class_attr::with_class;
use crate::ui::fact_cite::{cited_item, fact_cite, labelled_item};
use crate::ui::labels;
use crate::ui::money::money;
use crate::ui::score_bars::{score_bars, ScoreRow};

/// How many reasons each side shows; the rest are in the `change` event's detail.
const TOP_REASONS: usize = 3;

fn basis_name(basis: Basis, lang: Lang) -> &'static str {
    match basis {
        Basis::Cost => Priority::Cost.name().get(lang),
        Basis::Control => Priority::Control.name().get(lang),
        Basis::Simplicity => Priority::Simplicity.name().get(lang),
        Basis::Workload => labels::WORKLOAD_WEIGHT.get(lang),
    }
}

/// The three options, from most to least to operate: the order of the score bars, the
/// cost sides and the chart's columns.
pub const SIDES: [Capacity; 3] = [Capacity::Ec2, Capacity::Managed, Capacity::Fargate];

/// The side that won the scores; for `mixed` that is Fargate, for the rest of the pods.
pub fn winning_side(choice: Choice) -> Capacity {
    match choice {
        Choice::Ec2 => Capacity::Ec2,
        Choice::Managed => Capacity::Managed,
        Choice::Fargate | Choice::Mixed => Capacity::Fargate,
    }
}

/// The result card for `result`; the cost reason's amounts in the currency of `settings`, as
/// the cost section shows them.
///
/// A view function, not a component: each component costs about 1 KB of wasm in Yew's
/// generic machinery, and the card has no state of its own.
pub fn compute_result(result: &ComputeRecommendation, settings: &CostSettings, lang: Lang) -> Html {
    let show = |usd: f64| money(usd, settings.currency, &settings.exchange_rate, lang);
    let orchestrator = result.orchestrator;
    let name = |side: Capacity| labels::capacity(side, orchestrator).get(lang);
    let winner = winning_side(result.choice);
    let reasons = |side_wins: bool| -> Html {
        html! {
            <ul>
                { for result.reasons.iter()
                    .filter(|reason| (reason.option == winner) == side_wins)
                    .take(TOP_REASONS)
                    .map(|reason| with_class("li", reason.cost.is_some().then_some("cost-reason"), html! {
                        <>
                            <span class="pts">{ format!("+{} ", reason.score) }</span>
                            if !side_wins {
                                <strong>{ name(reason.option) }{ ": " }</strong>
                            }
                            { match &reason.cost {
                                Some(gap) => gap.text(lang, &show),
                                None => reason.text.get(lang).to_string(),
                            } }
                            <span class="meta">
                                { format!(" ({} {} × {}) ", basis_name(reason.basis, lang),
                                    reason.points, reason.weight) }
                                { fact_cite(reason.fact_id, lang) }
                            </span>
                        </>
                    })) }
            </ul>
        }
    };
    let weights = &result.weights;
    let weights_line = format!(
        "{}: {} {} · {} {} · {} {} · {} {}",
        labels::WEIGHTS.get(lang),
        Priority::Cost.name().get(lang),
        weights.cost,
        Priority::Control.name().get(lang),
        weights.control,
        Priority::Simplicity.name().get(lang),
        weights.simplicity,
        labels::WORKLOAD_WEIGHT.get(lang),
        weights.workload,
    );
    html! {
        <section class="result" part="result" aria-labelledby="result-heading">
            <h3 id="result-heading">{ labels::RECOMMENDATION.get(lang) }</h3>
            // Only the one-line answer is live: announcing the whole card on every change
            // would drown a screen-reader user.
            <p class="answer" role="status">
                <strong>{ labels::choice(result.choice, orchestrator).get(lang) }</strong>
                { format!(" — EC2 {} : {} {} : Fargate {}", result.scores.ec2,
                    Capacity::Managed.name(orchestrator).get(lang), result.scores.managed,
                    result.scores.fargate) }
            </p>
            { score_bars(labels::SCORES.get(lang), &SIDES.map(|side| ScoreRow {
                name: name(side),
                score: result.scores.of(side),
                chosen: winner == side,
            })) }
            <p class="meta">{ weights_line }</p>
            if let Some(size) = &result.fargate_size {
                <p class="meta">{ format!("{}: {} vCPU / {} GB ", labels::FARGATE_SIZE.get(lang),
                    show_number(size.vcpu), show_number(size.memory_gb)) }
                    { fact_cite(EKS_SIZING_FACT, lang) }</p>
            }
            if !result.blockers.is_empty() {
                <h4>{ labels::BLOCKERS.get(lang) }</h4>
                <ul class="blockers">
                    { for result.blockers.iter().map(|blocker| labelled_item(
                        name(blocker.option), blocker.text.get(lang), blocker.fact_id, lang)) }
                </ul>
            }
            if !result.placements.is_empty() {
                <h4>{ labels::PLACEMENTS.get(lang) }</h4>
                <ul class="placements">
                    { for result.placements.iter().map(|placement| labelled_item(
                        labels::target(placement.target, orchestrator).get(lang),
                        placement.text.get(lang), placement.fact_id, lang)) }
                </ul>
            }
            <h4>{ labels::FOR.get(lang) }</h4>
            { reasons(true) }
            <h4>{ labels::AGAINST.get(lang) }</h4>
            { reasons(false) }
            if !result.caveats.is_empty() {
                <h4>{ labels::CAVEATS.get(lang) }</h4>
                <ul>
                    { for result.caveats.iter()
                        .map(|caveat| cited_item(caveat.text.get(lang), caveat.fact_id, lang)) }
                </ul>
            }
            <h4>{ labels::FLIPS.get(lang) }</h4>
            if result.flips.is_empty() {
                <p>{ labels::NO_FLIPS.get(lang) }</p>
            } else {
                <ul class="flips">
                    { for result.flips.iter().map(|flip| html! {
                        <li>{ flip.change.get(lang) }</li>
                    }) }
                </ul>
            }
        </section>
    }
}
