//! The listener-free parts of `<ecs-eks-matrix>`: the table's cells and the reasons below
//! the answer, written as escaped text ([`Markup`]) where nothing in them listens.

use yew::prelude::*;

use crate::core::comparison::{Row, ORCHESTRATOR};
use crate::core::i18n::Lang;
use crate::core::orchestrator::OrchestratorComparison;
use crate::ui::class_attr::with_class;
use crate::ui::fact_cite::{write_cited_item, write_fact_cite};
use crate::ui::labels;
use crate::ui::markup::Markup;

/// One option's cell: the seed's short answer, its points × weight, and a mark if it leads.
pub fn option_cell(text: &str, score: Option<(u8, u8, u32)>, leads: bool, lang: Lang) -> Html {
    let mut content = Markup::new();
    if leads {
        content.element(
            "span",
            &[("class", Some("mark")), ("aria-hidden", Some("true"))],
            "✓ ",
        );
    }
    content.text(text);
    if leads {
        content
            .open("span", &[("class", Some("sr-only"))])
            .text(" ")
            .text(labels::STRONGER.get(lang))
            .close("span");
    }
    if let Some((points, weight, score)) = score {
        let pts = format!("{points} × {weight} = {score} {}", labels::POINTS.get(lang));
        content.element("span", &[("class", Some("pts"))], &pts);
    }
    with_class("td", leads.then_some("lead"), content.into_html())
}

/// A criterion's name, opening on the fact behind it. Written as text: it changes only with
/// the language, so a reader's open `<details>` stays open from one answer to the next.
pub fn criterion_details(row: &Row, lang: Lang) -> Html {
    let mut details = Markup::new();
    details
        .open("details", &[])
        .element("summary", &[], row.criterion.get(lang));
    if let Some(fact) = ORCHESTRATOR.fact(row) {
        details
            .open("p", &[("class", Some("detail"))])
            .text(fact.text.get(lang))
            .text(" ");
        write_fact_cite(&mut details, fact.id, lang);
        details.close("p");
    }
    details.close("details");
    details.into_html()
}

/// One option's total in the footer, marked if it wins.
pub fn total_cell(total: u32, wins: bool) -> Html {
    let text = format!("{}{total}", if wins { "✓ " } else { "" });
    with_class("td", wins.then_some("lead"), html! { { text } })
}

/// Below the answer: the tie-break note, the leading option's reasons, and what would change
/// the answer.
pub fn result_details(comparison: &OrchestratorComparison, lang: Lang) -> Html {
    let mut out = Markup::new();
    if let Some(note) = comparison.tie_break {
        out.open("p", &[("class", Some("meta"))])
            .text(labels::TIE.get(lang))
            .text(": ")
            .text(note.text.get(lang))
            .text(" ");
        write_fact_cite(&mut out, note.fact_id, lang);
        out.close("p");
    }
    out.open("ul", &[]);
    let reasons = comparison
        .reasons
        .iter()
        .filter(|r| r.option == comparison.choice);
    for reason in reasons.take(3) {
        write_cited_item(&mut out, reason.text.get(lang), reason.fact_id, lang);
    }
    out.close("ul").element("h4", &[], labels::FLIPS.get(lang));
    if comparison.flips.is_empty() {
        out.element("p", &[], labels::NO_FLIPS.get(lang));
    } else {
        out.open("ul", &[("class", Some("flips"))]);
        for flip in &comparison.flips {
            out.element("li", &[], flip.change.get(lang));
        }
        out.close("ul");
    }
    out.into_html()
}
