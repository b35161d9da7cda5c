//! A citation: the AWS page a statement rests on, when it was checked, and a warning when the
//! fact is not settled.

use yew::prelude::*;

use crate::core::catalog::{self, Status};
use crate::core::i18n::Lang;
use crate::ui::labels;

/// `Source · checked 2024-12-18`, plus the status in words when it is not verified
/// (`unverified`, `opinion, not AWS`, `assumption`…: never colour alone). Renders nothing for an unknown id, which the catalog tests rule out.
///
/// A view function, not a component: each component costs about 1 KB of wasm in Yew's
/// generic machinery, and a citation has no state of its own.
pub fn fact_cite(fact_id: &str, lang: Lang) -> Html {
    // The citation alone, not the fact's words: the statement it follows says them, and
    // the words of the whole catalog would cost the bundle about 5 KB.
    let Some(citation) = catalog::citation(fact_id) else {
        return Html::default();
    };
    cite(citation.source, citation.verified_on, citation.status, lang)
}

/// A list item: a statement, then the citation of the fact it rests on. Every cited list in
/// the results goes through it, so its markup is compiled once.
pub fn cited_item(text: &str, fact_id: &str, lang: Lang) -> Html {
    html! { <li>{ text }{ " " }{ fact_cite(fact_id, lang) }</li> }
}

/// A list item led by a name in bold (`Fargate: …`, `EC2 Spot: …`), then the statement and
/// its citation: the blockers and the placements alike.
pub fn labelled_item(label: &str, text: &str, fact_id: &str, lang: Lang) -> Html {
    html! { <li><strong>{ label }</strong>{ ": " }{ text }{ " " }{ fact_cite(fact_id, lang) }</li> }
}

/// The markup of a citation: a link to `source`, the date it was checked, and the status in
/// words when it is not verified. Facts and prices cite alike through it.
pub fn cite(source: &'static str, date: &'static str, status: Status, lang: Lang) -> Html {
    let warning = labels::status(status);
    html! {
        <span class="cite">
            <a href={source} target="_blank" rel="noopener noreferrer">
                { labels::SOURCE.get(lang) }
                <span class="sr-only">{ " " }{ labels::NEW_WINDOW.get(lang) }</span>
            </a>
            { " · " }{ labels::CHECKED.get(lang) }{ " " }
            <time datetime={date}>{ date }</time>
            if let Some(warning) = warning {
                <span class="badge warn">{ warning.get(lang) }</span>
            }
        </span>
    }
}
