//! A citation: the AWS page a statement rests on, when it was checked, and a warning when the
//! fact is not settled. Written as [`Markup`]: citations sit in every list of the results.

use yew::prelude::*;

use crate::core::catalog::{self, Status};
use crate::core::i18n::Lang;
use crate::ui::labels;
use crate::ui::markup::Markup;

/// `Source · checked 2024-12-18`, plus the status in words when it is not verified
/// (`unverified`, `opinion, not AWS`, `assumption`…: never colour alone). Writes nothing for
/// an unknown id, which the catalog tests rule out.
pub fn write_fact_cite(out: &mut Markup, fact_id: &str, lang: Lang) {
    // The citation alone, not the fact's words: the statement it follows says them, and
    // the words of the whole catalog would cost the bundle about 5 KB.
    if let Some(citation) = catalog::citation(fact_id) {
        write_cite(
            out,
            citation.source,
            citation.verified_on,
            citation.status,
            lang,
        );
    }
}

/// [`write_fact_cite`] as a node, for views written with `html!`.
pub fn fact_cite(fact_id: &str, lang: Lang) -> Html {
    let mut out = Markup::new();
    write_fact_cite(&mut out, fact_id, lang);
    out.into_html()
}

/// A list item: a statement, then the citation of the fact it rests on.
pub fn write_cited_item(out: &mut Markup, text: &str, fact_id: &str, lang: Lang) {
    out.open("li", &[]).text(text).text(" ");
    write_fact_cite(out, fact_id, lang);
    out.close("li");
}

/// A list item led by a name in bold (`Fargate: …`, `EC2 Spot: …`), then the statement and
/// its citation: the blockers and the placements alike.
pub fn write_labelled_item(out: &mut Markup, label: &str, text: &str, fact_id: &str, lang: Lang) {
    out.open("li", &[])
        .element("strong", &[], label)
        .text(": ")
        .text(text)
        .text(" ");
    write_fact_cite(out, fact_id, lang);
    out.close("li");
}

/// The markup of a citation: a link to `source`, the date it was checked, and the status in
/// words when it is not verified. Facts and prices cite alike through it.
pub fn write_cite(out: &mut Markup, source: &str, date: &str, status: Status, lang: Lang) {
    out.open("span", &[("class", Some("cite"))])
        .open(
            "a",
            &[
                ("href", Some(source)),
                ("target", Some("_blank")),
                ("rel", Some("noopener noreferrer")),
            ],
        )
        .text(labels::SOURCE.get(lang))
        .open("span", &[("class", Some("sr-only"))])
        .text(" ")
        .text(labels::NEW_WINDOW.get(lang))
        .close("span")
        .close("a")
        .text(" · ")
        .text(labels::CHECKED.get(lang))
        .text(" ")
        .element("time", &[("datetime", Some(date))], date);
    if let Some(warning) = labels::status(status) {
        out.element("span", &[("class", Some("badge warn"))], warning.get(lang));
    }
    out.close("span");
}
