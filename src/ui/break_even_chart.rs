//! The break-even chart: each side's monthly cost against the replica count, in plain SVG,
//! with the crossovers and the reader's current count marked, and the same data as a table
//! for readers who cannot see the chart.
//!
//! Styling is by class only (the stylesheet colours the lines): a strict CSP blocks `style`
//! attributes. The three lines (EC2 you run, EC2 that AWS runs, Fargate) also differ in dash
//! pattern and are labelled in text, so neither colour nor the chart alone carries the
//! meaning.

use yew::prelude::*;

use crate::core::compute::{Capacity, Orchestrator};
use crate::core::cost::{BreakEven, BreakEvenPoint, Currency, ExchangeRate};
use crate::core::i18n::Lang;
use crate::core::number::format_number;
use crate::core::words::join;
use crate::ui::compute_result::SIDES;
use crate::ui::labels;
use crate::ui::markup::Markup;
use crate::ui::money::{money, money_short};

// The drawing's coordinate system: a fixed viewBox that scales to the column's width.
const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 84.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 36.0;

/// Maps replica counts and amounts onto the plot area.
struct Scale {
    max_replicas: f64,
    max_usd: f64,
}

impl Scale {
    fn x(&self, replicas: u32) -> f64 {
        let span = (self.max_replicas - 1.0).max(1.0);
        LEFT + (f64::from(replicas) - 1.0) / span * (WIDTH - LEFT - RIGHT)
    }

    fn y(&self, usd: f64) -> f64 {
        HEIGHT - BOTTOM - usd / self.max_usd * (HEIGHT - TOP - BOTTOM)
    }
}

/// A coordinate to a tenth of a unit. Through `format_number`, not `format!("{:.1}")`: Rust's
/// fixed-precision float formatting costs the wasm about 10 KB gzip.
fn coord(value: f64) -> String {
    format_number((value * 10.0).round() / 10.0)
}

/// SVG `points` for one side; a gap where the side is unavailable starts a new run.
fn polyline_points(
    points: &[BreakEvenPoint],
    scale: &Scale,
    usd: fn(&BreakEvenPoint) -> Option<f64>,
) -> String {
    let pairs: Vec<String> = points
        .iter()
        .filter_map(|point| {
            usd(point).map(|cost| {
                format!(
                    "{},{}",
                    coord(scale.x(point.replicas)),
                    coord(scale.y(cost))
                )
            })
        })
        .collect();
    join(&pairs, " ")
}

/// A side's total at one point of the series.
fn usd_of(side: Capacity) -> fn(&BreakEvenPoint) -> Option<f64> {
    match side {
        Capacity::Ec2 => |point| point.ec2_usd,
        Capacity::Managed => |point| point.managed_usd,
        Capacity::Fargate => |point| point.fargate_usd,
    }
}

/// The classes of a side's line (on the group around it) and of its legend, by which the
/// stylesheet gives each its colour and dash pattern.
fn classes_of(side: Capacity) -> (&'static str, &'static str) {
    match side {
        Capacity::Ec2 => ("ec2", "legend ec2"),
        Capacity::Managed => ("managed", "legend managed"),
        Capacity::Fargate => ("fargate", "legend fargate"),
    }
}

/// A round step for about four gridlines up to `max`: 1, 2 or 5 times a power of ten.
/// (A loop rather than `log10`/`powf`, which would link libm's code into the wasm.)
fn nice_step(max: f64) -> f64 {
    let rough = (max / 4.0).max(0.01);
    let mut power = 0.01;
    while power * 10.0 <= rough && power < 1e12 {
        power *= 10.0;
    }
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|factor| factor * power)
        .find(|step| *step >= rough)
        .unwrap_or(rough)
}

/// Where a vertical line's label goes, and its anchor: right of the line, unless the line is
/// near the chart's right edge or another of `lines` is close on its right (it would cross
/// the text).
fn label_place(x: f64, lines: &[f64]) -> (f64, &'static str) {
    let crowded = lines.iter().any(|line| *line > x && *line - x < 90.0);
    if x > WIDTH * 0.7 || crowded {
        (x - 4.0, "end")
    } else {
        (x + 4.0, "start")
    }
}

/// The rows of the table: the first and last counts, every crossover, the reader's count,
/// and about ten evenly spaced counts between.
fn table_rows(series: &BreakEven, replicas: u32) -> Vec<&BreakEvenPoint> {
    let last = series.points.last().map_or(1, |point| point.replicas);
    let every = (last / 10).max(1);
    series
        .points
        .iter()
        .filter(|point| {
            point.replicas == 1
                || point.replicas == last
                || point.replicas == replicas
                || point.replicas.checked_rem(every) == Some(0)
                || series
                    .crossovers
                    .iter()
                    .any(|crossover| crossover.replicas == point.replicas)
        })
        .collect()
}

/// The chart of `series` in `currency`, with the reader's replica count `replicas` marked and
/// the EC2 that AWS runs named as on `orchestrator`.
///
/// A view function, not a component: each component costs about 1 KB of wasm in Yew's
/// generic machinery, and the chart has no state of its own.
pub fn break_even_chart(
    series: &BreakEven,
    replicas: u32,
    orchestrator: Orchestrator,
    currency: Currency,
    rate: &ExchangeRate,
    lang: Lang,
) -> Html {
    let show = |usd: f64| money(usd, currency, rate);
    let max_usd = series
        .points
        .iter()
        .flat_map(|point| [point.fargate_usd, point.ec2_usd, point.managed_usd])
        .flatten()
        .fold(0.0_f64, f64::max);
    let Some(last) = series.points.last() else {
        return Html::default();
    };
    let step = nice_step(max_usd);
    let scale = Scale {
        max_replicas: f64::from(last.replicas),
        max_usd: (max_usd / step).ceil().max(1.0) * step,
    };
    let gridlines: Vec<f64> = (0..=8)
        .map(|index| f64::from(index) * step)
        .take_while(|usd| *usd <= scale.max_usd + step / 2.0)
        .collect();
    let x_ticks: Vec<u32> = {
        let every = (last.replicas / 5).max(1);
        (0..=5)
            .map(|index: u32| index.saturating_mul(every).max(1))
            .filter(|replicas| *replicas <= last.replicas)
            .collect()
    };
    // "From 12 replicas on, cheaper: EC2 (changes again at 13, 15)": EC2's cost rises in
    // whole nodes, so the cheaper side can change back and forth.
    let summary = match series.crossovers.split_first() {
        Some((first, rest)) => {
            let again: Vec<String> = rest.iter().map(|c| c.replicas.to_string()).collect();
            let again = if again.is_empty() {
                String::new()
            } else {
                format!(
                    " ({} {})",
                    labels::CHANGES_AGAIN.get(lang),
                    join(&again, ", ")
                )
            };
            let side = first.cheaper.name(orchestrator).get(lang);
            match lang {
                Lang::Ko => format!(
                    "복제본 {}개부터 {side} 쪽이 가장 쌉니다{again}.",
                    first.replicas
                ),
                Lang::En => format!(
                    "From {} replicas on, {side} is the cheapest{again}.",
                    first.replicas
                ),
            }
        }
        None => labels::NO_CROSSOVER.get(lang).to_string(),
    };
    let name = |side: Capacity| labels::capacity(side, orchestrator).get(lang);
    let baseline = HEIGHT - BOTTOM;
    let mut svg = Markup::new();
    let view_box = format!("0 0 {} {}", coord(WIDTH), coord(HEIGHT));
    svg.open(
        "svg",
        &[
            ("viewBox", Some(&view_box)),
            ("role", Some("img")),
            ("aria-labelledby", Some("chart-title chart-summary")),
            ("focusable", Some("false")),
        ],
    )
    .element(
        "title",
        &[("id", Some("chart-title"))],
        labels::CHART_TITLE.get(lang),
    );
    // A line from (x1, y1) to (x2, y2).
    let line = |svg: &mut Markup, x1: f64, x2: f64, y1: f64, y2: f64| {
        let [x1, x2, y1, y2] = [x1, x2, y1, y2].map(coord);
        svg.open(
            "line",
            &[
                ("x1", Some(&x1)),
                ("x2", Some(&x2)),
                ("y1", Some(&y1)),
                ("y2", Some(&y2)),
            ],
        )
        .close("line");
    };
    // A label at (x, y), anchored at `anchor`.
    let label =
        |svg: &mut Markup, class: Option<&str>, x: f64, y: f64, anchor: &str, text: &str| {
            let (x, y) = (coord(x), coord(y));
            svg.element(
                "text",
                &[
                    ("class", class),
                    ("x", Some(&x)),
                    ("y", Some(&y)),
                    ("text-anchor", Some(anchor)),
                ],
                text,
            );
        };
    for usd in &gridlines {
        let y = scale.y(*usd);
        svg.open("g", &[("class", Some("grid"))]);
        line(&mut svg, LEFT, WIDTH - RIGHT, y, y);
        let amount = money_short(*usd, currency, rate, lang);
        label(
            &mut svg,
            Some("axis-label"),
            LEFT - 6.0,
            y + 4.0,
            "end",
            &amount,
        );
        svg.close("g");
    }
    for replicas in &x_ticks {
        let x = scale.x(*replicas);
        label(
            &mut svg,
            Some("axis-label"),
            x,
            baseline + 16.0,
            "middle",
            &replicas.to_string(),
        );
    }
    let axis = labels::REPLICAS_AXIS.get(lang);
    label(
        &mut svg,
        Some("axis-label"),
        WIDTH - RIGHT,
        HEIGHT - 2.0,
        "end",
        axis,
    );
    // The vertical lines: the crossovers (the first labelled) and the reader's count.
    let now = replicas.min(last.replicas);
    // At most six crossovers (`get` is `None` when there are fewer: then all of them).
    let crossovers = series.crossovers.get(..6).unwrap_or(&series.crossovers);
    let lines: Vec<f64> = crossovers
        .iter()
        .map(|crossover| scale.x(crossover.replicas))
        .chain([scale.x(now)])
        .collect();
    let mut mark = |replicas: u32, class: &str, text: Option<String>| {
        let x = scale.x(replicas);
        let (label_x, anchor) = label_place(x, &lines);
        svg.open("g", &[("class", Some(class))]);
        line(&mut svg, x, x, TOP, baseline);
        if let Some(text) = text {
            label(&mut svg, None, label_x, TOP + 12.0, anchor, &text);
        }
        svg.close("g");
    };
    for (index, crossover) in crossovers.iter().enumerate() {
        let text =
            (index == 0).then(|| format!("{} {}", labels::CROSSOVER.get(lang), crossover.replicas));
        mark(crossover.replicas, "crossover", text);
    }
    mark(now, "now", Some(labels::NOW.get(lang).to_string()));
    for side in SIDES {
        let points = polyline_points(&series.points, &scale, usd_of(side));
        svg.open("g", &[("class", Some(classes_of(side).0))])
            .open(
                "polyline",
                &[("class", Some("line")), ("points", Some(&points))],
            )
            .close("polyline")
            .close("g");
    }
    svg.close("svg");

    let mut table = Markup::new();
    table.open("table", &[]).open("thead", &[]).open("tr", &[]);
    let column = [("scope", Some("col"))];
    table.element("th", &column, labels::REPLICAS.get(lang));
    for side in SIDES {
        table.element("th", &column, name(side));
    }
    table.element("th", &column, labels::CHEAPEST_SIDE.get(lang));
    table.close("tr").close("thead").open("tbody", &[]);
    for point in table_rows(series, replicas) {
        table.open("tr", &[]);
        table.element("th", &[("scope", Some("row"))], &point.replicas.to_string());
        for side in SIDES {
            table.open("td", &[]);
            table.text(&usd_of(side)(point).map_or_else(|| "—".to_string(), show));
            if let Some(instance) = point.instance_type.filter(|_| side == Capacity::Ec2) {
                table.element("small", &[("class", Some("instance"))], instance);
            }
            table.close("td");
        }
        let cheapest = point
            .cheapest()
            .map_or("—", |side| side.name(orchestrator).get(lang));
        table.element("td", &[], cheapest).close("tr");
    }
    table.close("tbody").close("table");

    let mut caption = Markup::new();
    for side in SIDES {
        caption.element("span", &[("class", Some(classes_of(side).1))], name(side));
    }
    caption.element("span", &[("id", Some("chart-summary"))], &summary);

    html! {
        <figure class="break-even" part="chart">
            { svg.into_html() }
            <figcaption>{ caption.into_html() }</figcaption>
            <details class="chart-table">
                <summary>{ labels::CHART_TABLE.get(lang) }</summary>
                <div class="table-wrap">{ table.into_html() }</div>
            </details>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_goes_where_no_line_crosses_it() {
        // Room on the right.
        assert_eq!(label_place(100.0, &[100.0, 400.0]), (104.0, "start"));
        // The next crossover 20 units on: the label goes left of its line.
        assert_eq!(label_place(300.0, &[300.0, 320.0]), (296.0, "end"));
        // A line on the left does not matter.
        assert_eq!(label_place(300.0, &[280.0, 300.0]), (304.0, "start"));
        // Near the right edge.
        assert_eq!(label_place(600.0, &[600.0]), (596.0, "end"));
    }
}
