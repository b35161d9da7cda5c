//! A two-column comparison table with a source link per row.

use yew::prelude::*;

use crate::core::comparison::Comparison;
use crate::core::i18n::{Lang, Text};
use crate::ui::labels;

const SOURCE: Text = Text::new("출처", "Source");
const CHECKED: Text = Text::new("확인", "checked");

/// Renders a [`Comparison`] as an accessible table: a caption, column and row headers, and
/// for each row a link to the AWS page behind it with the date it was checked, and the fact's
/// status in words when it is not verified.
///
/// A view function, not a component: each component costs about 1 KB of wasm in Yew's
/// generic machinery, and the table has no state of its own.
pub fn comparison_table(comparison: &Comparison, lang: Lang) -> Html {
    html! {
        <table class="comparison" part="table">
            <caption>{ comparison.caption.get(lang) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ comparison.criterion_header.get(lang) }</th>
                    { for comparison.options.iter().map(|option| html! {
                        <th scope="col">{ option.get(lang) }</th>
                    }) }
                </tr>
            </thead>
            <tbody>
                { for comparison.rows.iter().map(|row| html! {
                    <tr>
                        <th scope="row">
                            { row.criterion.get(lang) }
                            // The source sits under the criterion, not in a column of its
                            // own, so the table still fits a 320 px column.
                            { match comparison.fact(row) {
                                Some(fact) => html! { <>
                                    <a class="source" href={fact.source} title={fact.text.get(lang)}
                                       target="_blank" rel="noopener">
                                        { SOURCE.get(lang) }
                                        <span class="date">
                                            { format!(" · {} {}", CHECKED.get(lang), fact.verified_on) }
                                        </span>
                                    </a>
                                    if let Some(status) = labels::status(fact.status) {
                                        <span class="date">{ " · " }{ status.get(lang) }</span>
                                    }
                                </> },
                                None => Html::default(),
                            } }
                        </th>
                        { for row.cells.iter().map(|cell| html! { <td>{ cell.text().get(lang).to_owned() }</td> }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
