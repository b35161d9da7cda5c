//! The extended view of `<ecs-eks-matrix>`: ECS/EKS × EC2/Fargate as a 2×2 table.

use yew::prelude::*;

use crate::core::i18n::Lang;
use crate::core::quadrants::{Quadrant, COLUMNS, QUADRANTS, ROWS};
use crate::ui::fact_cite::FactCite;
use crate::ui::labels;

#[derive(Properties, PartialEq)]
pub struct QuadrantGridProps {
    pub lang: Lang,
}

fn cell(quadrant: &Quadrant, lang: Lang) -> Html {
    html! {
        <td>
            <p class="summary"><strong>{ quadrant.title.get(lang) }</strong>{ ": " }
                { quadrant.summary.get(lang) }</p>
            <ul>
                { for quadrant.points.iter().map(|point| html! {
                    <li>{ point.text.get(lang) }{ " " }<FactCite fact_id={point.fact_id} {lang} /></li>
                }) }
            </ul>
        </td>
    }
}

#[function_component(QuadrantGrid)]
pub fn quadrant_grid(props: &QuadrantGridProps) -> Html {
    let lang = props.lang;
    html! {
        <table class="quadrants" part="table">
            <caption>{ labels::QUADRANTS_CAPTION.get(lang) }</caption>
            <thead>
                <tr>
                    <td></td>
                    { for COLUMNS.iter().map(|column| html! { <th scope="col">{ column.get(lang) }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for ROWS.iter().zip(QUADRANTS.chunks(2)).map(|(row, pair)| html! {
                    <tr>
                        <th scope="row">{ row.get(lang) }</th>
                        { for pair.iter().map(|quadrant| cell(quadrant, lang)) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
