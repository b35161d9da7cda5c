//! The extended view of `<ecs-eks-matrix>`: ECS/EKS × the three capacity options (EC2 you
//! run, EC2 that AWS runs, Fargate) as a 2×3 table.

use yew::prelude::*;

use crate::core::i18n::Lang;
use crate::core::quadrants::{COLUMNS, QUADRANTS, ROWS};
use crate::ui::fact_cite::write_cited_item;
use crate::ui::labels;
use crate::ui::markup::Markup;

/// The 2×3 table, each cell a summary and cited points.
pub fn quadrant_grid(lang: Lang) -> Html {
    let mut table = Markup::new();
    // Scrolls sideways in a column too narrow for three (a phone's), as the chart's table does.
    table
        .open("div", &[("class", Some("table-wrap"))])
        .open(
            "table",
            &[("class", Some("quadrants")), ("part", Some("table"))],
        )
        .element("caption", &[], labels::QUADRANTS_CAPTION.get(lang))
        .open("thead", &[])
        .open("tr", &[])
        .element("td", &[], "");
    for column in COLUMNS {
        table.element("th", &[("scope", Some("col"))], column.get(lang));
    }
    table.close("tr").close("thead").open("tbody", &[]);
    for (row, cells) in ROWS.iter().zip(QUADRANTS.chunks(COLUMNS.len())) {
        table
            .open("tr", &[])
            .element("th", &[("scope", Some("row"))], row.get(lang));
        for quadrant in cells {
            table
                .open("td", &[])
                .open("p", &[("class", Some("summary"))])
                .element("strong", &[], quadrant.title.get(lang))
                .text(": ")
                .text(quadrant.summary.get(lang))
                .close("p")
                .open("ul", &[]);
            for point in quadrant.points {
                write_cited_item(&mut table, point.text.get(lang), point.fact_id, lang);
            }
            table.close("ul").close("td");
        }
        table.close("tr");
    }
    table.close("tbody").close("table").close("div");
    table.into_html()
}
