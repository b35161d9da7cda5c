//! Two options' scores as labelled bars with the numbers written out.

use yew::prelude::*;

use crate::ui::class_attr::with_class;

/// One option's bar: its name, its score, and whether it is the answer.
pub struct ScoreRow {
    pub name: &'static str,
    pub score: u32,
    pub chosen: bool,
}

/// Bars scaled to the larger score under the heading `label` (for screen readers and sighted
/// readers alike); the numbers carry the meaning, the bars only show it. `<meter>`, not a
/// styled `<div>`: a strict CSP blocks `style` attributes.
///
/// A view function, not a component: each component costs about 1 KB of wasm in Yew's
/// generic machinery, and the bars have no state of their own.
pub fn score_bars(label: &'static str, rows: &[ScoreRow]) -> Html {
    let top = rows.iter().map(|row| row.score).max().unwrap_or(0).max(1);
    html! {
        <dl class="scores" aria-label={label}>
            { for rows.iter().map(|row| {
                let class = if row.chosen { "score chosen" } else { "score" };
                with_class("div", Some(class), html! {
                    <>
                        <dt>{ row.name }{ if row.chosen { " ✓" } else { "" } }</dt>
                        <dd>
                            <meter aria-hidden="true" min="0" max={top.to_string()}
                                value={row.score.to_string()}></meter>
                            <span class="value">{ row.score }</span>
                        </dd>
                    </>
                })
            }) }
        </dl>
    }
}
