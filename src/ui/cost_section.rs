//! The chooser's cost section: what the workload costs a month on Fargate and on packed EC2
//! nodes, with the charges, the prices used (dated, sourced, unverified ones marked) and the
//! break-even chart.

use yew::prelude::*;

use crate::core::compute::WorkloadProfile;
use crate::core::cost::load::SCALE_IN_FACT;
use crate::core::cost::{
    Arch, Breakdown, Cheaper, CostEstimate, CostLine, CostSettings, Currency, Ec2Cost, FargateCost,
    LineItem, Price, Region, Side, Unavailable, WorkloadCost, HOURS_PER_MONTH, INSTANCE_TYPES,
};
use crate::core::i18n::{Lang, Text};
use crate::core::number::format_number;
use crate::ui::break_even_chart::break_even_chart;
use crate::ui::chooser_questions::AGENT_FIELDS;
use crate::ui::fact_cite::{cite, fact_cite};
use crate::ui::form_events::selected_value;
use crate::ui::labels;
use crate::ui::money::money;
use crate::ui::number_field::{NumberField, TypedTexts};
use crate::ui::select_option::select_option;

/// What the cost section shows, and where a change of its settings goes.
///
/// Rendered by [`CostSection::view`], not a component: each component costs about 1 KB of
/// wasm in Yew's generic machinery, and the section keeps no state (the settings and what was
/// typed in the hours field live in the chooser).
pub struct CostSection<'a> {
    /// The workload priced: the estimate and the break-even series.
    pub cost: &'a WorkloadCost,
    pub settings: &'a CostSettings,
    /// The reader's answers: the replica count is marked on the chart, Arm images choose
    /// the instance list, node agents show their control.
    pub profile: &'a WorkloadProfile,
    /// Whether the recommendation found a need Fargate cannot meet.
    pub fargate_blocked: bool,
    pub lang: Lang,
    pub on_change: &'a Callback<CostSettings>,
    /// Where a change of the node agents' size goes: it is part of the workload.
    pub on_profile: &'a Callback<WorkloadProfile>,
    /// What was typed in the hours field, and where new text goes.
    pub typed: &'a TypedTexts,
    pub on_typed: &'a Callback<(&'static str, String)>,
}

/// The id of the hours field, by which the chooser keeps what was typed in it.
pub const HOURS_FIELD: &str = "cost-hours";

fn region_name(region: Region) -> Text {
    match region {
        Region::UsEast1 => Text::new("버지니아 북부", "N. Virginia"),
        Region::ApNortheast2 => Text::new("서울", "Seoul"),
    }
}

fn line_name(item: LineItem) -> Text {
    match item {
        LineItem::Compute => labels::COMPUTE_LINE,
        LineItem::Storage => labels::STORAGE_LINE,
        LineItem::ControlPlane => labels::CONTROL_PLANE_LINE,
        LineItem::SpotSavings => labels::SPOT_LINE,
        LineItem::License => labels::LICENSE_LINE,
        LineItem::SavingsPlan => labels::SAVINGS_PLAN_LINE,
        LineItem::ManagementFee => labels::MANAGEMENT_FEE_LINE,
    }
}

/// The breakdown's non-zero parts, as `Compute $120.00`.
fn breakdown_list(breakdown: &Breakdown, show: &dyn Fn(f64) -> String, lang: Lang) -> Html {
    let parts = [
        (LineItem::Compute, breakdown.compute),
        (LineItem::Storage, breakdown.storage),
        (LineItem::ControlPlane, breakdown.control_plane),
        (LineItem::License, breakdown.license),
        (LineItem::ManagementFee, breakdown.management_fee),
        (LineItem::SpotSavings, breakdown.spot_savings),
        (LineItem::SavingsPlan, breakdown.savings_plan),
    ];
    html! {
        <ul class="breakdown">
            { for parts.into_iter().filter(|(_, usd)| *usd != 0.0).map(|(item, usd)| html! {
                <li>{ line_name(item).get(lang) }{ " " }<span class="amount">{ show(usd) }</span></li>
            }) }
        </ul>
    }
}

fn unavailable(reason: &Unavailable, lang: Lang) -> Html {
    html! { <p class="unavailable">{ labels::cost_unavailable(reason.constraint).get(lang) }</p> }
}

/// One price with its unit, Region, date and source; `unverified` as text when it is.
fn price_item(price: &Price, lang: Lang) -> Html {
    let value = match price.unit {
        crate::core::cost::Unit::FractionOff => {
            format!("{}%", format_number((price.usd * 100.0).round()))
        }
        _ => format!("${}", format_number(price.usd)),
    };
    html! {
        <li>
            <code>{ price.item }</code>{ " " }{ value }{ " · " }{ price.region.code() }{ " · " }
            { cite(price.source, price.date, price.status, lang) }
        </li>
    }
}

/// Every distinct price the estimate used.
fn prices_used(estimate: &CostEstimate) -> Vec<Price> {
    let fargate = estimate
        .fargate
        .available()
        .map(|cost| cost.lines.as_slice());
    let ec2 = estimate.ec2.available().map(|cost| cost.lines.as_slice());
    let mut prices: Vec<Price> = Vec::new();
    for line in [fargate, ec2].into_iter().flatten().flatten() {
        let CostLine { price, .. } = line;
        if !prices.iter().any(|known| known.item == price.item) {
            prices.push(*price);
        }
    }
    prices
}

impl CostSection<'_> {
    /// The section's markup.
    pub fn view(&self) -> Html {
        let lang = self.lang;
        let settings = self.settings;
        let price = &settings.price;
        let estimate = &self.cost.estimate;
        let profile = self.profile;
        let show = |usd: f64| money(usd, settings.currency, &settings.exchange_rate, lang);
        let edit = |apply: fn(&mut CostSettings, String)| {
            let (settings, on_change) = (settings.clone(), self.on_change.clone());
            Callback::from(move |event: Event| {
                let mut next = settings.clone();
                apply(&mut next, selected_value(&event).unwrap_or_default());
                on_change.emit(next);
            })
        };
        let on_hours = {
            let (settings, on_change) = (settings.clone(), self.on_change.clone());
            Callback::from(move |hours: f64| {
                let mut next = settings.clone();
                next.price.hours_per_month = hours;
                on_change.emit(next);
            })
        };
        let fargate_card = match &estimate.fargate {
            Side::Available(cost) => fargate_summary(cost, &show, lang),
            Side::Unavailable(reason) => unavailable(reason, lang),
        };
        let ec2_card = match &estimate.ec2 {
            Side::Available(cost) => {
                ec2_summary(cost, self.cost.input.load().varies(), &show, lang)
            }
            Side::Unavailable(reason) => unavailable(reason, lang),
        };
        let verdict = match (
            estimate.fargate.available(),
            estimate.ec2.available(),
            estimate.cheaper,
        ) {
            (Some(fargate), Some(ec2), Some(cheaper)) => {
                let gap = (fargate.total_usd - ec2.total_usd).abs();
                if gap < 0.005 {
                    labels::SAME_COST.get(lang).to_string()
                } else {
                    let side = match cheaper {
                        Cheaper::Fargate => "Fargate",
                        Cheaper::Ec2 => "EC2",
                        Cheaper::Managed => "AWS-managed EC2",
                    };
                    match lang {
                        Lang::Ko => format!(
                            "{side} 쪽이 월 {} {}.",
                            show(gap),
                            labels::CHEAPER_BY.get(lang)
                        ),
                        Lang::En => format!(
                            "{side} is {} a month {}.",
                            show(gap),
                            labels::CHEAPER_BY.get(lang)
                        ),
                    }
                }
            }
            _ => String::new(),
        };
        let rate = &settings.exchange_rate;
        let rate_note = (settings.currency == Currency::Krw).then(|| {
            let (label, date) = if rate.assumption {
                (labels::RATE_ASSUMED, rate.date.to_string())
            } else {
                (labels::RATE_SET, rate.date.to_string())
            };
            let date = if date.is_empty() {
                String::new()
            } else {
                format!(", {date}")
            };
            format!(
                "1 USD = {} KRW ({}{date})",
                format_number(rate.krw_per_usd),
                label.get(lang)
            )
        });

        html! {
            <section class="cost" part="cost" aria-labelledby="cost-heading">
                <h3 id="cost-heading">{ labels::COST.get(lang) }</h3>
                <fieldset class="group cost-settings">
                    <legend>{ labels::COST_SETTINGS.get(lang) }</legend>
                    <div class="field">
                        <label for="cost-region">{ labels::REGION.get(lang) }</label>
                        <select id="cost-region" onchange={edit(|next, value| {
                            next.price.region = if value == "ap-northeast-2" { Region::ApNortheast2 } else { Region::UsEast1 };
                        })}>
                            { for Region::ALL.into_iter().map(|region| select_option(
                                region.code().into(), region == price.region,
                                format!("{} ({})", region.code(), region_name(region).get(lang)).into())) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="cost-instance">{ labels::INSTANCE_TYPE.get(lang) }</label>
                        <select id="cost-instance" onchange={edit(|next, value| {
                            next.price.instance_type = INSTANCE_TYPES.iter().find(|i| i.name == value).map(|i| i.name.to_string());
                        })}>
                            { select_option("".into(), price.instance_type.is_none(), labels::CHEAPEST.get(lang).into()) }
                            { for INSTANCE_TYPES.iter().filter(|instance| (instance.arch == Arch::Arm) == profile.needs.arm).map(|instance| select_option(
                                instance.name.into(), price.instance_type.as_deref() == Some(instance.name),
                                format!("{} · {} vCPU · {} GiB", instance.name, instance.vcpu, format_number(instance.memory_gib)).into())) }
                        </select>
                    </div>
                    { NumberField {
                        id: HOURS_FIELD,
                        label: labels::HOURS,
                        lang,
                        value: price.hours_per_month,
                        bounds: HOURS_PER_MONTH,
                        step: "any",
                        typed: self.typed,
                        on_typed: self.on_typed,
                        on_change: on_hours,
                    }.view() }
                    if profile.needs.daemonsets {
                        { for AGENT_FIELDS.iter().map(|field| field.view(profile, field.bounds,
                            lang, self.typed, self.on_typed, self.on_profile)) }
                    }
                    <div class="field">
                        <label for="cost-currency">{ labels::CURRENCY.get(lang) }</label>
                        <select id="cost-currency" onchange={edit(|next, value| {
                            next.currency = if value == "KRW" { Currency::Krw } else { Currency::Usd };
                        })}>
                            { for Currency::ALL.into_iter().map(|currency| select_option(
                                currency.code().into(), currency == settings.currency, currency.code().into())) }
                        </select>
                    </div>
                </fieldset>
                <div class="cost-sides">
                    <div class="cost-side fargate">
                        <h4>{ "Fargate" }</h4>
                        { fargate_card }
                    </div>
                    <div class="cost-side ec2">
                        <h4>{ "EC2" }</h4>
                        { ec2_card }
                    </div>
                </div>
                if !verdict.is_empty() {
                    <p class="cost-verdict">{ verdict }</p>
                }
                if self.fargate_blocked {
                    <p class="note">{ labels::FARGATE_BLOCKED_NOTE.get(lang) }</p>
                }
                { break_even_chart(&self.cost.series, profile.replicas, settings.currency,
                    &settings.exchange_rate, lang) }
                if self.cost.input.load().varies() {
                    <p class="note">{ labels::SCALE_IN_NOTE.get(lang) }{ " " }{ fact_cite(SCALE_IN_FACT, lang) }</p>
                }
                <p class="note">
                    { labels::NOT_INCLUDED.get(lang) }
                    if let Some(rate_note) = rate_note {
                        { " " }{ rate_note }{ "." }
                    }
                </p>
                <details class="prices">
                    <summary>{ labels::PRICES_USED.get(lang) }</summary>
                    <ul>{ for prices_used(estimate).iter().map(|price| price_item(price, lang)) }</ul>
                </details>
            </section>
        }
    }
}

fn fargate_summary(cost: &FargateCost, show: &dyn Fn(f64) -> String, lang: Lang) -> Html {
    let size = cost.billed_size;
    html! {
        <>
            <p class="total">{ show(cost.total_usd) }<span class="unit">{ labels::PER_MONTH.get(lang) }</span></p>
            <p class="detail">
                { format!("{}: {} × {} vCPU / {} GB", labels::BILLED_AS.get(lang), cost.replicas,
                    format_number(size.vcpu), format_number(size.memory_gb)) }
            </p>
            { breakdown_list(&cost.breakdown, show, lang) }
        </>
    }
}

fn ec2_summary(cost: &Ec2Cost, varies: bool, show: &dyn Fn(f64) -> String, lang: Lang) -> Html {
    let chosen = if cost.chosen {
        format!(" ({})", labels::CHEAPEST.get(lang))
    } else {
        String::new()
    };
    let off_peak = if varies {
        format!(" · {} {}", labels::OFF_PEAK.get(lang), cost.off_peak_nodes)
    } else {
        String::new()
    };
    html! {
        <>
            <p class="total">{ show(cost.total_usd) }<span class="unit">{ labels::PER_MONTH.get(lang) }</span></p>
            <p class="detail">
                { format!("{}: {} × {}{chosen}{off_peak}", labels::NODES.get(lang), cost.nodes, cost.instance_type) }
                <br />
                { format!("{}: {}", labels::PODS_PER_NODE.get(lang), cost.max_pods_per_node) }
            </p>
            { breakdown_list(&cost.breakdown, show, lang) }
        </>
    }
}
