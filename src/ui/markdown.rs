//! A widget's result as Markdown in the widget's language, with source links, for a reader to
//! paste into a blog post.

use std::fmt::Write;

use crate::core::catalog;
use crate::core::comparison::{Cell, ORCHESTRATOR};
use crate::core::compute::{Capacity, ComputeRecommendation, Need, WorkloadProfile};
use crate::core::cost::{
    plain_money, savings_plans, CostEstimate, Currency, Ec2Cost, PriceSettings, Side,
    DEFAULT_KRW_PER_USD,
};
use crate::core::form::show_number;
use crate::core::i18n::Lang;
use crate::core::orchestrator::{OrchestratorComparison, OrchestratorInput};
use crate::core::words::join;
use crate::ui::compute_result::{winning_side, SIDES};
use crate::ui::cost_settings::plan_rates;
use crate::ui::cost_sides::{usable_totals, verdict};
use crate::ui::labels;

/// ` ([Source](url), checked 2024-12-18)`, with the fact's status when it is not settled.
fn cite(fact_id: &str, lang: Lang) -> String {
    let Some(citation) = catalog::citation(fact_id) else {
        return String::new();
    };
    let status = labels::status(citation.status)
        .map(|status| format!(", {}", status.get(lang)))
        .unwrap_or_default();
    format!(
        " ([{}]({}), {} {}{status})",
        labels::SOURCE.get(lang),
        citation.source,
        labels::CHECKED.get(lang),
        citation.verified_on
    )
}

/// Text for a table cell: no line breaks, no column separators.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn list(out: &mut String, heading: &str, items: impl IntoIterator<Item = String>) {
    let items: Vec<String> = items.into_iter().collect();
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n**{heading}**\n");
    for item in items {
        let _ = writeln!(out, "- {item}");
    }
}

/// The chooser's answers and recommendation, and the three sides' monthly cost in USD under
/// `price` (its commitment stated).
pub fn chooser_markdown(
    profile: &WorkloadProfile,
    result: &ComputeRecommendation,
    estimate: &CostEstimate,
    price: &PriceSettings,
    lang: Lang,
) -> String {
    let orchestrator = profile.orchestrator;
    let usd = |amount: f64| plain_money(amount, Currency::Usd);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "**{}: {}**\n",
        labels::RECOMMENDATION.get(lang),
        labels::choice(result.choice, orchestrator).get(lang),
    );
    let needs: Vec<&str> = Need::ALL
        .into_iter()
        .filter(|need| profile.needs.has(*need))
        .map(|need| labels::need(need).0.get(lang))
        .collect();
    let _ = writeln!(
        out,
        "{} · {} vCPU · {} GiB · {} × {}{}\n",
        labels::orchestrator(profile.orchestrator).get(lang),
        show_number(profile.vcpu),
        show_number(profile.memory_gib),
        labels::REPLICAS.get(lang),
        profile.replicas,
        if needs.is_empty() {
            String::new()
        } else {
            format!(" · {}: {}", labels::NEEDS.get(lang), join(&needs, ", "))
        }
    );
    let winner = winning_side(result.choice);
    let row = |cells: [String; 3]| join(&cells.map(|text| format!(" {text} |")), "");
    let total = |side: Capacity| {
        let nodes = |side: &Side<Ec2Cost>| side.available().map(|cost| cost.total_usd);
        let total = match side {
            Capacity::Ec2 => nodes(&estimate.ec2),
            Capacity::Managed => nodes(&estimate.managed),
            Capacity::Fargate => estimate.fargate.available().map(|cost| cost.total_usd),
        };
        total.map_or_else(|| "—".to_string(), usd)
    };
    let _ = writeln!(
        out,
        "| |{}\n|---|---:|---:|---:|\n| {} |{}\n| {} (USD) |{}\n",
        row(SIDES.map(|side| labels::capacity(side, orchestrator).get(lang).to_string())),
        labels::SCORES.get(lang),
        row(SIDES.map(|side| result.scores.of(side).to_string())),
        labels::COST.get(lang),
        row(SIDES.map(total)),
    );
    let totals = usable_totals(estimate, &result.blockers);
    // In dollars, like the rest of the export (no rate applies to them).
    if let Some(verdict) = verdict(
        totals,
        orchestrator,
        Currency::Usd,
        &DEFAULT_KRW_PER_USD,
        lang,
    ) {
        let _ = write!(out, "{verdict} ");
    }
    let rates = plan_rates(price.commitment, price.savings_plan_discount);
    let _ = writeln!(
        out,
        "{}: {}{}",
        labels::COMMITMENT.get(lang),
        labels::commitment(price.commitment).get(lang),
        if rates.is_empty() {
            String::new()
        } else {
            format!(" ({rates}){}", cite(savings_plans::MODEL_FACT, lang))
        }
    );
    list(
        &mut out,
        labels::BLOCKERS.get(lang),
        result.blockers.iter().map(|b| {
            format!(
                "{}: {}{}",
                labels::capacity(b.option, orchestrator).get(lang),
                b.text.get(lang),
                cite(b.fact_id, lang)
            )
        }),
    );
    list(
        &mut out,
        labels::PLACEMENTS.get(lang),
        result.placements.iter().map(|p| {
            format!(
                "{}: {}{}",
                labels::target(p.target, orchestrator).get(lang),
                p.text.get(lang),
                cite(p.fact_id, lang)
            )
        }),
    );
    for (heading, for_winner) in [(labels::FOR, true), (labels::AGAINST, false)] {
        list(
            &mut out,
            heading.get(lang),
            result
                .reasons
                .iter()
                .filter(|r| (r.option == winner) == for_winner)
                .map(|r| {
                    let side = if for_winner {
                        String::new()
                    } else {
                        format!("{}: ", labels::capacity(r.option, orchestrator).get(lang))
                    };
                    format!("{side}{}{}", r.text.get(lang), cite(r.fact_id, lang))
                }),
        );
    }
    list(
        &mut out,
        labels::FLIPS.get(lang),
        result.flips.iter().map(|f| f.change.get(lang).to_string()),
    );
    out
}

/// The matrix with the reader's weights, the totals and the recommendation.
pub fn matrix_markdown(
    input: &OrchestratorInput,
    comparison: &OrchestratorComparison,
    lang: Lang,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "**{}: {}** (ECS {} : EKS {})\n",
        labels::RECOMMENDATION.get(lang),
        labels::orchestrator(comparison.choice).get(lang),
        comparison.totals.ecs,
        comparison.totals.eks
    );
    let _ = writeln!(
        out,
        "| {} | {} | ECS | EKS |\n|---|---:|---|---|",
        ORCHESTRATOR.criterion_header.get(lang),
        labels::IMPORTANCE.get(lang)
    );
    for (index, row) in ORCHESTRATOR.rows.iter().enumerate() {
        let score = comparison
            .criteria
            .iter()
            .find(|score| score.row == Some(index));
        let mark = |points: Option<u8>, other: Option<u8>| match (points, other) {
            (Some(a), Some(b)) if a > b => "✓ ",
            _ => "",
        };
        let (ecs, eks) = (score.map(|s| s.ecs.points), score.map(|s| s.eks.points));
        let [ecs_text, eks_text] = row.cells.each_ref().map(Cell::text);
        let source = ORCHESTRATOR
            .fact(row)
            .map(|fact| format!(" [{}]({})", labels::SOURCE.get(lang), fact.source))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "| {}{source} | {} | {}{}{} | {}{}{} |",
            cell(row.criterion.get(lang)),
            score.map_or_else(|| "–".to_string(), |s| s.weight.to_string()),
            mark(ecs, eks),
            cell(ecs_text.get(lang)),
            score.map_or_else(String::new, |s| format!(" ({})", s.ecs.score)),
            mark(eks, ecs),
            cell(eks_text.get(lang)),
            score.map_or_else(String::new, |s| format!(" ({})", s.eks.score)),
        );
    }
    let _ = writeln!(
        out,
        "| **{}** | | **{}** | **{}** |",
        labels::TOTAL.get(lang),
        comparison.totals.ecs,
        comparison.totals.eks
    );
    let context = input.context;
    let _ = writeln!(
        out,
        "\n{}: {} {}{}{}{}",
        labels::CONTEXT.get(lang),
        labels::K8S_EXPERIENCE.get(lang),
        labels::kubernetes_experience(context.kubernetes_experience).get(lang),
        if context.multi_cloud {
            format!(" · {}", labels::MULTI_CLOUD.get(lang))
        } else {
            String::new()
        },
        if context.on_premises {
            format!(" · {}", labels::ON_PREMISES.get(lang))
        } else {
            String::new()
        },
        if context.aws_only {
            format!(" · {}", labels::AWS_ONLY.get(lang))
        } else {
            String::new()
        },
    );
    list(
        &mut out,
        labels::FLIPS.get(lang),
        comparison
            .flips
            .iter()
            .map(|f| f.change.get(lang).to_string()),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compute::{recommend_priced, Orchestrator};
    use crate::core::cost::{Commitment, WorkloadCost};
    use crate::core::orchestrator::compare_orchestrators;

    /// The Markdown of `profile` priced under `price`, as the widget copies it.
    fn markdown_of(profile: &WorkloadProfile, price: &PriceSettings, lang: Lang) -> String {
        let cost = WorkloadCost::new(profile, price);
        let result = recommend_priced(profile, &cost);
        chooser_markdown(profile, &result, &cost.estimate, price, lang)
    }

    #[test]
    fn the_chooser_markdown_has_the_answer_three_sides_and_linked_sources() {
        let mut profile = WorkloadProfile::new(Orchestrator::Ecs);
        profile.needs.gpu = true;
        let md = markdown_of(&profile, &PriceSettings::default(), Lang::Ko);
        assert!(md.starts_with("**추천: EC2 노드 그룹**"), "{md}");
        let table = "| | EC2 노드 | ECS 관리형 인스턴스 | Fargate |\n|---|---:|---:|---:|\n\
                     | 점수 | 3 | 2 | 4 |\n| 월 비용 (USD) | $62.05 | $69.50 | $36.04 |\n";
        assert!(md.contains(table), "{md}");
        // Fargate cannot run GPU tasks: the cheapest named is of the sides that can, as in
        // the cost reason ($69.50 - $62.05).
        assert!(
            md.contains("EC2 쪽이 가장 쌉니다. ECS 관리형 인스턴스보다 월 $7.45 덜 듭니다."),
            "{md}"
        );
        assert!(md.contains("**선택지를 막는 요구 사항**\n\n- Fargate: Fargate 작업에는 gpu"));
        assert!(
            md.contains("- ECS 관리형 인스턴스: 이 EC2 인스턴스는"),
            "{md}"
        );
        assert!(md.contains("](https://docs.aws.amazon.com/"), "{md}");
    }

    #[test]
    fn the_chooser_markdown_states_the_commitment_and_its_rates() {
        let profile = WorkloadProfile::new(Orchestrator::Eks);
        let on_demand = markdown_of(&profile, &PriceSettings::default(), Lang::En);
        assert!(
            on_demand.contains("| Monthly cost (USD) | $135.05 | $142.50 | $115.53 |"),
            "{on_demand}"
        );
        assert!(on_demand.contains(". Savings Plan (no upfront): None (on-demand)\n"));

        let price = PriceSettings {
            commitment: Commitment::ComputeSavingsPlan1y,
            ..PriceSettings::default()
        };
        let md = markdown_of(&profile, &price, Lang::En);
        // 20% off Fargate's $42.53 of vCPU and memory; the $73 control plane stays.
        assert!(
            md.contains("| Monthly cost (USD) | $118.30 | $125.74 | $107.02 |"),
            "{md}"
        );
        assert!(
            md.contains(
                "Savings Plan (no upfront): Compute, 1 year (EC2 27%, Fargate 20%) \
                 ([Source](https://aws.amazon.com/savingsplans/compute-pricing/), checked \
                 2026-12-01, assumption)"
            ),
            "{md}"
        );

        let own = PriceSettings {
            commitment: Commitment::Ec2InstanceSavingsPlan3y,
            savings_plan_discount: Some(0.3),
            ..PriceSettings::default()
        };
        let md = markdown_of(&profile, &own, Lang::Ko);
        // An EC2 Instance plan leaves Fargate at its on-demand $115.53.
        assert!(md.contains(" | $115.53 |\n"), "{md}");
        assert!(
            md.contains("Savings Plan (선결제 없음): EC2 Instance 3년 (EC2 30%) ("),
            "{md}"
        );
    }

    #[test]
    fn the_matrix_markdown_is_a_table_with_every_criterion_and_the_totals() {
        let input = OrchestratorInput::default();
        let comparison = compare_orchestrators(&input);
        let md = matrix_markdown(&input, &comparison, Lang::En);
        let rows = md.lines().filter(|line| line.starts_with("| ")).count();
        assert_eq!(rows, 1 + 8 + 1, "header, eight criteria, total:\n{md}");
        assert!(md.contains(&format!("**{}**", comparison.totals.ecs)));
        assert!(md.contains("✓ Gentle"));
    }
}
