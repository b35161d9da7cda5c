//! A citation: the AWS page a statement rests on, when it was checked, and a warning when the
//! fact is not settled.

use yew::prelude::*;

use crate::core::catalog::{self, Status};
use crate::core::i18n::Lang;
use crate::ui::labels;

#[derive(Properties, PartialEq)]
pub struct FactCiteProps {
    pub fact_id: &'static str,
    pub lang: Lang,
}

/// `Source · checked 2024-12-18`, plus `unverified` or `sources conflict` as text (never
/// colour alone). Renders nothing for an unknown id, which the catalog tests rule out.
#[function_component(FactCite)]
pub fn fact_cite(props: &FactCiteProps) -> Html {
    let lang = props.lang;
    let Some(fact) = catalog::fact(props.fact_id) else {
        return Html::default();
    };
    let warning = match fact.status {
        Status::Verified => None,
        Status::Unverified => Some(labels::UNVERIFIED),
        Status::Conflicting => Some(labels::CONFLICTING),
    };
    html! {
        <span class="cite">
            <a href={fact.source} target="_blank" rel="noopener noreferrer" title={fact.text.get(lang)}>
                { labels::SOURCE.get(lang) }
                <span class="sr-only">{ " " }{ labels::NEW_WINDOW.get(lang) }</span>
            </a>
            { " · " }{ labels::CHECKED.get(lang) }{ " " }
            <time datetime={fact.verified_on}>{ fact.verified_on }</time>
            if let Some(warning) = warning {
                <span class="badge warn">{ warning.get(lang) }</span>
            }
        </span>
    }
}
