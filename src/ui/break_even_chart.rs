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
use crate::ui::class_attr::with_class;
use crate::ui::compute_result::SIDES;
use crate::ui::labels;
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
    points
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
        .collect::<Vec<_>>()
        .join(" ")
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
    let show = |usd: f64| money(usd, currency, rate, lang);
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
                    again.join(", ")
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
    // A vertical line; its label, if any, on the side with room.
    let mark = |replicas: u32, class: &'static str, label: Option<String>| {
        let x = scale.x(replicas);
        let (label_x, anchor) = if x > WIDTH * 0.7 {
            (x - 4.0, "end")
        } else {
            (x + 4.0, "start")
        };
        with_class(
            "g",
            Some(class),
            html! {
                <>
                    <line x1={coord(x)} x2={coord(x)} y1={coord(TOP)}
                        y2={coord(baseline)} />
                    if let Some(label) = label {
                        <text x={coord(label_x)} y={coord(TOP + 12.0)} text-anchor={anchor}>{ label }</text>
                    }
                </>
            },
        )
    };

    html! {
        <figure class="break-even" part="chart">
            <svg viewBox={format!("0 0 {} {}", coord(WIDTH), coord(HEIGHT))} role="img"
                aria-labelledby="chart-title chart-summary" focusable="false">
                <title id="chart-title">{ labels::CHART_TITLE.get(lang) }</title>
                { for gridlines.iter().map(|usd| {
                    let y = scale.y(*usd);
                    html! {
                        <g class="grid">
                            <line x1={coord(LEFT)} x2={coord(WIDTH - RIGHT)}
                                y1={coord(y)} y2={coord(y)} />
                            <text class="axis-label" x={coord(LEFT - 6.0)} y={coord(y + 4.0)}
                                text-anchor="end">{ money_short(*usd, currency, rate, lang) }</text>
                        </g>
                    }
                }) }
                { for x_ticks.iter().map(|replicas| html! {
                    <text class="axis-label" x={coord(scale.x(*replicas))}
                        y={coord(baseline + 16.0)} text-anchor="middle">{ replicas }</text>
                }) }
                <text class="axis-label" x={coord(WIDTH - RIGHT)} y={coord(HEIGHT - 2.0)}
                    text-anchor="end">{ labels::REPLICAS_AXIS.get(lang) }</text>
                { for series.crossovers.iter().take(6).enumerate().map(|(index, crossover)| mark(
                    crossover.replicas, "crossover",
                    (index == 0).then(|| format!("{} {}", labels::CROSSOVER.get(lang), crossover.replicas)),
                )) }
                { mark(replicas.min(last.replicas), "now", Some(labels::NOW.get(lang).to_string())) }
                { for SIDES.into_iter().map(|side| with_class("g", Some(classes_of(side).0), html! {
                    <polyline class="line" points={polyline_points(&series.points, &scale, usd_of(side))} />
                })) }
            </svg>
            <figcaption>
                { for SIDES.into_iter().map(|side| with_class("span", Some(classes_of(side).1), html! {
                    { name(side) }
                })) }
                <span id="chart-summary">{ summary }</span>
            </figcaption>
            <details class="chart-table">
                <summary>{ labels::CHART_TABLE.get(lang) }</summary>
                <div class="table-wrap"><table>
                    <thead>
                        <tr>
                            <th scope="col">{ labels::REPLICAS.get(lang) }</th>
                            { for SIDES.into_iter().map(|side| html! { <th scope="col">{ name(side) }</th> }) }
                            <th scope="col">{ labels::CHEAPEST_SIDE.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for table_rows(series, replicas).into_iter().map(|point| {
                            let cell = |side: Capacity| html! {
                                <td>
                                    { usd_of(side)(point).map_or_else(|| "—".to_string(), show) }
                                    if let Some(instance) = point.instance_type.filter(|_| side == Capacity::Ec2) {
                                        <small class="instance">{ instance }</small>
                                    }
                                </td>
                            };
                            let cheapest = point.cheapest()
                                .map_or("—", |side| side.name(orchestrator).get(lang));
                            html! {
                                <tr>
                                    <th scope="row">{ point.replicas }</th>
                                    { for SIDES.into_iter().map(cell) }
                                    <td>{ cheapest }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table></div>
            </details>
        </figure>
    }
}
