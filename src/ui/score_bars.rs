//! Two options' scores as labelled bars with the numbers written out.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScoreBarsProps {
    /// The heading of the list, for screen readers and sighted readers alike.
    pub label: AttrValue,
    /// Each option's name, score, and whether it is the answer.
    pub rows: Vec<(AttrValue, u32, bool)>,
}

/// Bars scaled to the larger score; the numbers carry the meaning, the bars only show it.
/// `<meter>`, not a styled `<div>`: a strict CSP blocks `style` attributes.
#[function_component(ScoreBars)]
pub fn score_bars(props: &ScoreBarsProps) -> Html {
    let top = props.rows.iter().map(|row| row.1).max().unwrap_or(0).max(1);
    html! {
        <dl class="scores" aria-label={props.label.clone()}>
            { for props.rows.iter().map(|(name, score, chosen)| {
                html! {
                    <div class={classes!("score", chosen.then_some("chosen"))}>
                        <dt>{ name.clone() }{ if *chosen { " ✓" } else { "" } }</dt>
                        <dd>
                            <meter aria-hidden="true" min="0" max={top.to_string()}
                                value={score.to_string()}></meter>
                            <span class="value">{ score }</span>
                        </dd>
                    </div>
                }
            }) }
        </dl>
    }
}
