//! The chooser's cost section: what the workload costs a month on the EC2 nodes you run, on
//! the EC2 that AWS runs and on Fargate, with the charges, the prices used (dated, sourced,
//! unverified ones marked) and the break-even chart. Its settings are in `cost_settings`,
//! its sides in `cost_sides`.

use yew::prelude::*;

use crate::core::compute::{Blocker, WorkloadProfile};
use crate::core::cost::load::SCALE_IN_FACT;
use crate::core::cost::{cheapest, CostSettings, Currency, WorkloadCost};
use crate::core::i18n::Lang;
use crate::core::number::format_number;
use crate::core::words::join;
use crate::ui::break_even_chart::break_even_chart;
use crate::ui::compute_result::SIDES;
use crate::ui::cost_sides::{prices_used, side_cards, usable_totals, verdict};
use crate::ui::fact_cite::write_fact_cite;
use crate::ui::labels;
use crate::ui::markup::Markup;
use crate::ui::money::money;
use crate::ui::number_field::TypedTexts;

/// What the cost section shows, and where a change of its settings goes.
///
/// Rendered by [`CostSection::view`], not a component: each component costs about 1 KB of
/// wasm in Yew's generic machinery, and the section keeps no state (the settings and what was
/// typed in its number fields live in the chooser).
pub struct CostSection<'a> {
    /// The workload priced: the estimate and the break-even series.
    pub cost: &'a WorkloadCost,
    pub settings: &'a CostSettings,
    /// The reader's answers: the replica count is marked on the chart, Arm images choose
    /// the instance list, node agents show their control, the orchestrator names the EC2
    /// that AWS runs.
    pub profile: &'a WorkloadProfile,
    /// The needs the recommendation found a side cannot meet: that side's cost is for
    /// comparison only.
    pub blockers: &'a [Blocker],
    pub lang: Lang,
    pub on_change: &'a Callback<CostSettings>,
    /// Where a change of the node agents' size goes: it is part of the workload.
    pub on_profile: &'a Callback<WorkloadProfile>,
    /// What was typed in the number fields, and where new text goes.
    pub typed: &'a TypedTexts,
    pub on_typed: &'a Callback<(&'static str, String)>,
}

impl CostSection<'_> {
    /// The section's markup. Not inlined into the chooser's view: the browser compiles wasm a
    /// function at a time on its first call, so a staged first render compiles this with the
    /// cost section's part.
    #[inline(never)]
    pub fn view(&self) -> Html {
        let lang = self.lang;
        let settings = self.settings;
        let estimate = &self.cost.estimate;
        let profile = self.profile;
        let orchestrator = profile.orchestrator;
        let show = |usd: f64| money(usd, settings.currency, &settings.exchange_rate);
        let totals = usable_totals(estimate, self.blockers);
        let verdict = verdict(
            totals,
            orchestrator,
            settings.currency,
            &settings.exchange_rate,
            lang,
        );
        let blocked: Vec<&str> = SIDES
            .into_iter()
            .filter(|side| self.blockers.iter().any(|blocker| blocker.option == *side))
            .map(|side| labels::capacity(side, orchestrator).get(lang))
            .collect();
        let rate = &settings.exchange_rate;
        let rate_note = (settings.currency == Currency::Krw).then(|| {
            let label = if rate.assumption {
                labels::RATE_ASSUMED
            } else {
                labels::RATE_SET
            };
            let date = if rate.date.is_empty() {
                String::new()
            } else {
                format!(", {}", rate.date)
            };
            format!(
                "1 USD = {} KRW ({}{date})",
                format_number(rate.krw_per_usd),
                label.get(lang)
            )
        });

        let varies = self.cost.input.load().varies();
        let note = [("class", Some("note"))];
        let mut sides = Markup::new();
        side_cards(
            &mut sides,
            estimate,
            cheapest(totals),
            varies,
            orchestrator,
            &show,
            lang,
        );
        if let Some(verdict) = verdict {
            sides.element("p", &[("class", Some("cost-verdict"))], &verdict);
        }
        if !blocked.is_empty() {
            sides
                .open("p", &note)
                .text(labels::BLOCKED_NOTE.get(lang))
                .text(" ")
                .text(&join(&blocked, ", "))
                .close("p");
        }
        let mut notes = Markup::new();
        if varies {
            notes
                .open("p", &note)
                .text(labels::SCALE_IN_NOTE.get(lang))
                .text(" ");
            write_fact_cite(&mut notes, SCALE_IN_FACT, lang);
            notes.close("p");
        }
        notes.open("p", &note).text(labels::NOT_INCLUDED.get(lang));
        if let Some(rate_note) = rate_note {
            notes.text(" ").text(&rate_note).text(".");
        }
        notes.close("p");
        let mut prices = Markup::new();
        prices_used(&mut prices, estimate, lang);

        html! {
            <section class="cost" part="cost" aria-labelledby="cost-heading">
                <h3 id="cost-heading">{ labels::COST.get(lang) }</h3>
                { self.settings_fields() }
                { sides.into_html() }
                { break_even_chart(&self.cost.series, profile.replicas, orchestrator,
                    settings.currency, &settings.exchange_rate, lang) }
                { notes.into_html() }
                <details class="prices">
                    <summary>{ labels::PRICES_USED.get(lang) }</summary>
                    { prices.into_html() }
                </details>
            </section>
        }
    }
}
