//! The options' scores as labelled bars with the numbers written out.

use crate::ui::markup::Markup;

/// One option's bar: its name, its score, and whether it is the answer.
pub struct ScoreRow {
    pub name: &'static str,
    pub score: u32,
    pub chosen: bool,
}

/// Bars scaled to the larger score under the heading `label` (for screen readers and sighted
/// readers alike); the numbers carry the meaning, the bars only show it. `<meter>`, not a
/// styled `<div>`: a strict CSP blocks `style` attributes.
pub fn score_bars(out: &mut Markup, label: &str, rows: &[ScoreRow]) {
    let top = rows
        .iter()
        .map(|row| row.score)
        .max()
        .unwrap_or(0)
        .max(1)
        .to_string();
    out.open(
        "dl",
        &[("class", Some("scores")), ("aria-label", Some(label))],
    );
    for row in rows {
        let (class, mark) = if row.chosen {
            ("score chosen", " ✓")
        } else {
            ("score", "")
        };
        let score = row.score.to_string();
        out.open("div", &[("class", Some(class))])
            .open("dt", &[])
            .text(row.name)
            .text(mark)
            .close("dt")
            .open("dd", &[])
            .open(
                "meter",
                &[
                    ("aria-hidden", Some("true")),
                    ("min", Some("0")),
                    ("max", Some(&top)),
                    ("value", Some(&score)),
                ],
            )
            .close("meter")
            .element("span", &[("class", Some("value"))], &score)
            .close("dd")
            .close("div");
    }
    out.close("dl");
}
