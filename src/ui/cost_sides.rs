//! The cost section's three sides (the EC2 nodes you run, the EC2 that AWS runs, Fargate):
//! each one's monthly total, what it bills and its breakdown, with the management fee and
//! the Savings Plan as lines of their own; the verdict that names the cheapest; and every
//! price used, dated and sourced.

use crate::core::compute::cost_gap::{self, Totals};
use crate::core::compute::{Blocker, Capacity, Orchestrator, Scope};
use crate::core::cost::{
    cheapest, Breakdown, CostEstimate, CostLine, Currency, Ec2Cost, ExchangeRate, FargateCost,
    LineItem, Price, Side, Unavailable,
};
use crate::core::i18n::{Lang, Text};
use crate::core::number::format_number;
use crate::ui::compute_result::SIDES;
use crate::ui::fact_cite::{write_cite, write_fact_cite};
use crate::ui::labels;
use crate::ui::markup::Markup;
use crate::ui::money::money_less;

/// Amounts as the section shows them, in the reader's currency.
pub type Show<'a> = &'a dyn Fn(f64) -> String;

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
fn breakdown_list(out: &mut Markup, breakdown: &Breakdown, show: Show, lang: Lang) {
    let parts = [
        (LineItem::Compute, breakdown.compute),
        (LineItem::Storage, breakdown.storage),
        (LineItem::ControlPlane, breakdown.control_plane),
        (LineItem::License, breakdown.license),
        (LineItem::ManagementFee, breakdown.management_fee),
        (LineItem::SpotSavings, breakdown.spot_savings),
        (LineItem::SavingsPlan, breakdown.savings_plan),
    ];
    out.open("ul", &[("class", Some("breakdown"))]);
    for (item, usd) in parts.into_iter().filter(|(_, usd)| *usd != 0.0) {
        out.open("li", &[])
            .text(line_name(item).get(lang))
            .text(" ")
            .element("span", &[("class", Some("amount"))], &show(usd))
            .close("li");
    }
    out.close("ul");
}

/// Why a side has no price; for the EC2 that AWS runs, a Windows workload is out because
/// it runs Linux only, with the fact that says so.
fn unavailable(out: &mut Markup, reason: &Unavailable, side: Capacity, lang: Lang) {
    out.open("p", &[("class", Some("unavailable"))]);
    if side == Capacity::Managed && reason.constraint == "windows" {
        out.text(labels::LINUX_ONLY.get(lang)).text(" ");
        write_fact_cite(out, reason.fact_id, lang);
    } else {
        out.text(labels::cost_unavailable(reason.constraint).get(lang));
    }
    out.close("p");
}

/// A monthly total, as the large figure of a side.
fn total(out: &mut Markup, usd: f64, show: Show, lang: Lang) {
    out.open("p", &[("class", Some("total"))])
        .text(&show(usd))
        .element(
            "span",
            &[("class", Some("unit"))],
            labels::PER_MONTH.get(lang),
        )
        .close("p");
}

fn fargate_summary(out: &mut Markup, cost: &FargateCost, show: Show, lang: Lang) {
    let size = cost.billed_size;
    total(out, cost.total_usd, show, lang);
    let billed = format!(
        "{}: {} × {} vCPU / {} GB",
        labels::BILLED_AS.get(lang),
        cost.replicas,
        format_number(size.vcpu),
        format_number(size.memory_gb)
    );
    out.element("p", &[("class", Some("detail"))], &billed);
    breakdown_list(out, &cost.breakdown, show, lang);
}

/// A side of EC2 nodes, run by you or by AWS: the nodes at the peak and off it.
fn nodes_summary(out: &mut Markup, cost: &Ec2Cost, varies: bool, show: Show, lang: Lang) {
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
    total(out, cost.total_usd, show, lang);
    out.open("p", &[("class", Some("detail"))])
        .text(&format!(
            "{}: {} × {}{chosen}{off_peak}",
            labels::NODES.get(lang),
            cost.nodes,
            cost.instance_type
        ))
        .open("br", &[])
        .text(&format!(
            "{}: {}",
            labels::PODS_PER_NODE.get(lang),
            cost.max_pods_per_node
        ))
        .close("p");
    breakdown_list(out, &cost.breakdown, show, lang);
}

/// Each side's total where the workload can use it: a side a blocker rules out for the
/// whole workload is priced for comparison only, and is not named the cheapest (the
/// engine's cost reasons leave it out alike).
pub fn usable_totals(estimate: &CostEstimate, blockers: &[Blocker]) -> Totals {
    cost_gap::usable_totals(estimate, |side| {
        !blockers
            .iter()
            .any(|blocker| blocker.option == side && blocker.scope == Scope::Whole)
    })
}

/// The three sides as cards, from most to least to operate; the cheapest side the workload
/// can use marked ✓ (the verdict below says so in words).
pub fn side_cards(
    out: &mut Markup,
    estimate: &CostEstimate,
    cheapest: Option<Capacity>,
    varies: bool,
    orchestrator: Orchestrator,
    show: Show,
    lang: Lang,
) {
    out.open("div", &[("class", Some("cost-sides"))]);
    for side in SIDES {
        let class = match side {
            Capacity::Ec2 => "cost-side ec2",
            Capacity::Managed => "cost-side managed",
            Capacity::Fargate => "cost-side fargate",
        };
        let mark = if cheapest == Some(side) { " ✓" } else { "" };
        out.open("div", &[("class", Some(class))])
            .open("h4", &[])
            .text(labels::capacity(side, orchestrator).get(lang))
            .text(mark)
            .close("h4");
        match side {
            Capacity::Fargate => match &estimate.fargate {
                Side::Available(cost) => fargate_summary(out, cost, show, lang),
                Side::Unavailable(reason) => unavailable(out, reason, side, lang),
            },
            Capacity::Ec2 | Capacity::Managed => {
                let nodes = if side == Capacity::Ec2 {
                    &estimate.ec2
                } else {
                    &estimate.managed
                };
                match nodes {
                    Side::Available(cost) => nodes_summary(out, cost, varies, show, lang),
                    Side::Unavailable(reason) => unavailable(out, reason, side, lang),
                }
            }
        }
        out.close("div");
    }
    out.close("div");
}

/// The verdict: the cheapest of `totals` (the sides the workload can use), and how much
/// less it costs a month than the next cheapest; `None` when fewer than two are available.
pub fn verdict(
    totals: Totals,
    orchestrator: Orchestrator,
    currency: Currency,
    rate: &ExchangeRate,
    lang: Lang,
) -> Option<String> {
    let cheapest = cheapest(totals)?;
    let low = cost_gap::total_of(&totals, cheapest)?;
    // The next cheapest: the lowest of the others, the first of equals in the order a tie
    // goes.
    let (next, high) = totals
        .iter()
        .filter(|(side, _)| *side != cheapest)
        .filter_map(|(side, total)| total.map(|total| (*side, total)))
        .fold(
            None,
            |best: Option<(Capacity, f64)>, (side, total)| match best {
                Some((_, lowest)) if lowest <= total => best,
                _ => Some((side, total)),
            },
        )?;
    let (cheap, next) = (
        cheapest.name(orchestrator).get(lang),
        next.name(orchestrator).get(lang),
    );
    Some(match (lang, money_less(high, low, currency, rate)) {
        (Lang::Ko, None) => format!("{cheap}와 {next}의 비용이 같습니다."),
        (Lang::En, None) => format!("{cheap} and {next} cost the same."),
        (Lang::Ko, Some(less)) => {
            format!("{cheap} 쪽이 가장 쌉니다. {next}보다 월 {less} 덜 듭니다.")
        }
        (Lang::En, Some(less)) => {
            format!("{cheap} is the cheapest, {less} a month less than {next}.")
        }
    })
}

/// One price with its unit, Region, date and source; `unverified` as text when it is.
fn price_item(out: &mut Markup, price: &Price, lang: Lang) {
    let value = match price.unit {
        crate::core::cost::Unit::FractionOff => {
            format!("{}%", format_number((price.usd * 100.0).round()))
        }
        _ => format!("${}", format_number(price.usd)),
    };
    out.open("li", &[])
        .element("code", &[], price.item)
        .text(" ")
        .text(&value)
        .text(" · ")
        .text(price.region.code())
        .text(" · ");
    write_cite(out, price.source, price.date, price.status, lang);
    out.close("li");
}

/// Every distinct price the estimate used, on any side.
pub fn prices_used(out: &mut Markup, estimate: &CostEstimate, lang: Lang) {
    fn lines(side: &Side<Ec2Cost>) -> Option<&[CostLine]> {
        side.available().map(|cost| cost.lines.as_slice())
    }
    let fargate = estimate
        .fargate
        .available()
        .map(|cost| cost.lines.as_slice());
    let mut prices: Vec<Price> = Vec::new();
    let sides = [fargate, lines(&estimate.ec2), lines(&estimate.managed)];
    for line in sides.into_iter().flatten().flatten() {
        let CostLine { price, .. } = line;
        if !prices.iter().any(|known| known.item == price.item) {
            prices.push(*price);
        }
    }
    out.open("ul", &[]);
    for price in &prices {
        price_item(out, price, lang);
    }
    out.close("ul");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::cost::DEFAULT_KRW_PER_USD;

    #[test]
    fn the_verdicts_difference_is_that_of_the_totals_as_shown() {
        // Shown as $100.00 and $80.48: $19.52 apart, though the unrounded gap is 19.528.
        let totals: Totals = [
            (Capacity::Ec2, Some(100.004)),
            (Capacity::Fargate, Some(80.476)),
            (Capacity::Managed, None),
        ];
        let rate = DEFAULT_KRW_PER_USD;
        let text = verdict(totals, Orchestrator::Eks, Currency::Usd, &rate, Lang::En).unwrap();
        assert!(text.contains("$19.52 a month less"), "{text}");
        // In won each total is rounded to the won: ₩1,000.4 and ₩500.6 are shown as ₩1,000
        // and ₩501, ₩499 apart (the unrounded gap, ₩499.8, would read ₩500).
        let won = |krw: f64| Some(krw / rate.krw_per_usd);
        let totals: Totals = [
            (Capacity::Ec2, won(1000.4)),
            (Capacity::Fargate, won(500.6)),
            (Capacity::Managed, None),
        ];
        let text = verdict(totals, Orchestrator::Eks, Currency::Krw, &rate, Lang::En).unwrap();
        assert!(text.contains("₩499 a month less"), "{text}");
        // Equal as shown: the same.
        let even: Totals = [
            (Capacity::Ec2, Some(10.001)),
            (Capacity::Fargate, Some(10.0)),
            (Capacity::Managed, None),
        ];
        let text = verdict(even, Orchestrator::Eks, Currency::Usd, &rate, Lang::En).unwrap();
        assert_eq!(text, "Fargate and EC2 cost the same.");
    }
}
