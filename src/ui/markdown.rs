//! A widget's result as Markdown in the widget's language, with source links, for a reader to
//! paste into a blog post.

use std::fmt::Write;

use crate::core::catalog;
use crate::core::comparison::{Cell, ORCHESTRATOR};
use crate::core::compute::{Capacity, Choice, ComputeRecommendation, Need, WorkloadProfile};
use crate::core::form::show_number;
use crate::core::i18n::Lang;
use crate::core::orchestrator::{OrchestratorComparison, OrchestratorInput};
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

/// The chooser's answers and recommendation.
pub fn chooser_markdown(
    profile: &WorkloadProfile,
    result: &ComputeRecommendation,
    lang: Lang,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "**{}: {}** (EC2 {} : Fargate {})\n",
        labels::RECOMMENDATION.get(lang),
        labels::choice(result.choice).get(lang),
        result.scores.ec2,
        result.scores.fargate
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
            format!(" · {}: {}", labels::NEEDS.get(lang), needs.join(", "))
        }
    );
    let winner = match result.choice {
        Choice::Ec2 => Capacity::Ec2,
        Choice::Managed => Capacity::Managed,
        Choice::Fargate | Choice::Mixed => Capacity::Fargate,
    };
    let _ = writeln!(
        out,
        "| | {} | {} |\n|---|---:|---:|\n| {} | {} | {} |",
        labels::capacity(Capacity::Ec2).get(lang),
        labels::capacity(Capacity::Fargate).get(lang),
        labels::SCORES.get(lang),
        result.scores.ec2,
        result.scores.fargate
    );
    list(
        &mut out,
        labels::BLOCKERS.get(lang),
        result
            .blockers
            .iter()
            .map(|b| format!("{}{}", b.text.get(lang), cite(b.fact_id, lang))),
    );
    list(
        &mut out,
        labels::PLACEMENTS.get(lang),
        result.placements.iter().map(|p| {
            format!(
                "{}: {}{}",
                labels::target(p.target).get(lang),
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
                .map(|r| format!("{}{}", r.text.get(lang), cite(r.fact_id, lang))),
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
        let source = row
            .fact()
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
    use crate::core::compute::{recommend_compute, Orchestrator};
    use crate::core::orchestrator::compare_orchestrators;

    #[test]
    fn the_chooser_markdown_has_the_answer_scores_and_linked_sources() {
        let mut profile = WorkloadProfile::new(Orchestrator::Ecs);
        profile.needs.gpu = true;
        let result = recommend_compute(&profile, &Default::default());
        let md = chooser_markdown(&profile, &result, Lang::Ko);
        assert!(md.starts_with("**추천: EC2 노드 그룹**"), "{md}");
        assert!(md.contains("| 점수 |"), "{md}");
        assert!(md.contains("**Fargate가 안 되는 이유**"));
        assert!(md.contains("](https://docs.aws.amazon.com/"), "{md}");
        assert!(md.contains("GPU"));
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
