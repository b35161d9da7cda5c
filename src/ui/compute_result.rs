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
use crate::ui::fact_cite::{write_cited_item, write_fact_cite, write_labelled_item};
use crate::ui::labels;
use crate::ui::markup::Markup;
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
/// The heading and the one-line answer are Yew's, so the live region stays the same element
/// from one answer to the next; the rest only shows the answer and is written as [`Markup`].
pub fn compute_result(result: &ComputeRecommendation, settings: &CostSettings, lang: Lang) -> Html {
    let show = |usd: f64| money(usd, settings.currency, &settings.exchange_rate);
    let orchestrator = result.orchestrator;
    let name = |side: Capacity| labels::capacity(side, orchestrator).get(lang);
    let winner = winning_side(result.choice);
    let mut card = Markup::new();
    score_bars(
        &mut card,
        labels::SCORES.get(lang),
        &SIDES.map(|side| ScoreRow {
            name: name(side),
            score: result.scores.of(side),
            chosen: winner == side,
        }),
    );
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
    let meta = [("class", Some("meta"))];
    card.element("p", &meta, &weights_line);
    if let Some(size) = &result.fargate_size {
        card.open("p", &meta).text(&format!(
            "{}: {} vCPU / {} GB ",
            labels::FARGATE_SIZE.get(lang),
            show_number(size.vcpu),
            show_number(size.memory_gb)
        ));
        write_fact_cite(&mut card, EKS_SIZING_FACT, lang);
        card.close("p");
    }
    if !result.blockers.is_empty() {
        card.element("h4", &[], labels::BLOCKERS.get(lang))
            .open("ul", &[("class", Some("blockers"))]);
        for blocker in &result.blockers {
            let text = blocker.text.get(lang);
            write_labelled_item(&mut card, name(blocker.option), text, blocker.fact_id, lang);
        }
        card.close("ul");
    }
    if !result.placements.is_empty() {
        card.element("h4", &[], labels::PLACEMENTS.get(lang))
            .open("ul", &[("class", Some("placements"))]);
        for placement in &result.placements {
            let target = labels::target(placement.target, orchestrator).get(lang);
            let text = placement.text.get(lang);
            write_labelled_item(&mut card, target, text, placement.fact_id, lang);
        }
        card.close("ul");
    }
    for (heading, side_wins) in [(labels::FOR, true), (labels::AGAINST, false)] {
        card.element("h4", &[], heading.get(lang)).open("ul", &[]);
        let reasons = result
            .reasons
            .iter()
            .filter(|reason| (reason.option == winner) == side_wins)
            .take(TOP_REASONS);
        for reason in reasons {
            let class = reason.cost.is_some().then_some("cost-reason");
            card.open("li", &[("class", class)]).element(
                "span",
                &[("class", Some("pts"))],
                &format!("+{} ", reason.score),
            );
            if !side_wins {
                card.open("strong", &[])
                    .text(name(reason.option))
                    .text(": ")
                    .close("strong");
            }
            match &reason.cost {
                Some(gap) => card.text(&gap.text(lang, &show)),
                None => card.text(reason.text.get(lang)),
            };
            card.open("span", &meta).text(&format!(
                " ({} {} × {}) ",
                basis_name(reason.basis, lang),
                reason.points,
                reason.weight
            ));
            write_fact_cite(&mut card, reason.fact_id, lang);
            card.close("span").close("li");
        }
        card.close("ul");
    }
    if !result.caveats.is_empty() {
        card.element("h4", &[], labels::CAVEATS.get(lang))
            .open("ul", &[]);
        for caveat in &result.caveats {
            write_cited_item(&mut card, caveat.text.get(lang), caveat.fact_id, lang);
        }
        card.close("ul");
    }
    card.element("h4", &[], labels::FLIPS.get(lang));
    if result.flips.is_empty() {
        card.element("p", &[], labels::NO_FLIPS.get(lang));
    } else {
        card.open("ul", &[("class", Some("flips"))]);
        for flip in &result.flips {
            card.element("li", &[], flip.change.get(lang));
        }
        card.close("ul");
    }
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
            { card.into_html() }
        </section>
    }
}
