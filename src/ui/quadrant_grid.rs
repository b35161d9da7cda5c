//! The extended view of `<ecs-eks-matrix>`: ECS/EKS × the three capacity options (EC2 you
//! run, EC2 that AWS runs, Fargate) as a 2×3 table.

use yew::prelude::*;

use crate::core::i18n::Lang;
use crate::core::quadrants::{Quadrant, COLUMNS, QUADRANTS, ROWS};
use crate::ui::fact_cite::cited_item;
use crate::ui::labels;

fn cell(quadrant: &Quadrant, lang: Lang) -> Html {
    html! {
        <td>
            <p class="summary"><strong>{ quadrant.title.get(lang) }</strong>{ ": " }
                { quadrant.summary.get(lang) }</p>
            <ul>
                { for quadrant.points.iter()
                    .map(|point| cited_item(point.text.get(lang), point.fact_id, lang)) }
            </ul>
        </td>
    }
}

/// The 2×3 table, each cell a summary and cited points.
///
/// A view function, not a component: each component costs about 1 KB of wasm in Yew's
/// generic machinery, and the grid has no state of its own.
pub fn quadrant_grid(lang: Lang) -> Html {
    html! {
        // Scrolls sideways in a column too narrow for three (a phone's), as the chart's table does.
        <div class="table-wrap"><table class="quadrants" part="table">
            <caption>{ labels::QUADRANTS_CAPTION.get(lang) }</caption>
            <thead>
                <tr>
                    <td></td>
                    { for COLUMNS.iter().map(|column| html! { <th scope="col">{ column.get(lang) }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for ROWS.iter().zip(QUADRANTS.chunks(COLUMNS.len())).map(|(row, cells)| html! {
                    <tr>
                        <th scope="row">{ row.get(lang) }</th>
                        { for cells.iter().map(|quadrant| cell(quadrant, lang)) }
                    </tr>
                }) }
            </tbody>
        </table></div>
    }
}
