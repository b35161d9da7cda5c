//! "What would change the answer": the engine is re-run with one thing changed at a time
//! (a blocking need taken away, a priority weighted differently, another load pattern or
//! operations capacity, start-up sensitivity toggled, more or fewer replicas) and every
//! change that gives a different answer is reported. The replica counts come from the
//! break-even series the cost section draws: each count's cost points, on top of the
//! reasons that do not depend on the count, give the answer there.

use super::cost_gap::cost_points;
use super::output::{Choice, Flip, Scores};
use super::priorities::Priority;
use super::profile::{LoadPattern, OpsCapacity, Orchestrator, WorkloadProfile, WEIGHT};
use super::recommend::{decide, evaluate, reprice, usable, weight_of, Evaluation, Priced};
use super::rules::{Basis, Capacity, Constraint};
use crate::cost::{percent, WorkloadCost};
use crate::i18n::{OwnedText, Text};
use crate::input::other_weights;
use crate::words::join;

/// "`condition`, the answer would be `choice`."
fn flip(on: Orchestrator, condition: OwnedText, choice: Choice) -> Flip {
    let name = choice.name(on);
    Flip {
        change: OwnedText::new(
            format!("{} 답은 {}입니다.", condition.ko, name.ko),
            format!("{}, the answer would be {}.", condition.en, name.en),
        ),
        choice,
    }
}

fn constraint_name(constraint: Constraint) -> Text {
    match constraint {
        Constraint::Need(need) => need.name(),
        Constraint::PodSize => Text::new("파드 크기", "pod-size"),
        Constraint::EphemeralStorage => Text::new("임시 스토리지", "ephemeral-storage"),
    }
}

fn without(constraint: Constraint) -> OwnedText {
    match constraint {
        Constraint::Need(need) => {
            let name = need.name();
            OwnedText::new(
                format!("{} 요구가 없다면", name.ko),
                format!("Without the {} need", name.en),
            )
        }
        Constraint::PodSize => OwnedText::from(Text::new(
            "파드나 작업이 Fargate의 최대 크기 안에 들어간다면",
            "If each pod or task fit within Fargate's largest size",
        )),
        Constraint::EphemeralStorage => OwnedText::from(Text::new(
            "임시 스토리지 요청이 Fargate 한도 안에 든다면",
            "If the ephemeral storage fit within Fargate's limit",
        )),
    }
}

/// Names in prose: `가, 나, 다` and `a, b and c`.
fn joined(names: &[Text]) -> (String, String) {
    let ko: Vec<&str> = names.iter().map(|name| name.ko).collect();
    let en: Vec<&str> = names.iter().map(|name| name.en).collect();
    let en = match en.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", join(rest, ", ")),
        _ => join(&en, ""),
    };
    (join(&ko, ", "), en)
}

fn load_condition(pattern: LoadPattern) -> Text {
    match pattern {
        LoadPattern::Steady => Text::new("부하가 꾸준하다면", "With a steady load"),
        LoadPattern::Bursty => Text::new("부하가 들쭉날쭉하다면", "With a bursty load"),
        LoadPattern::Scheduled => {
            Text::new("정해진 시간에만 돈다면", "If it ran only at set times")
        }
    }
}

fn ops_condition(capacity: OpsCapacity) -> Text {
    match capacity {
        OpsCapacity::None => Text::new("서버를 돌볼 사람이 없다면", "With no one to run servers"),
        OpsCapacity::Some => Text::new(
            "가끔 서버를 돌볼 사람이 있다면",
            "With someone to look after servers now and then",
        ),
        OpsCapacity::Dedicated => {
            Text::new("전담 플랫폼 팀이 있다면", "With a dedicated platform team")
        }
    }
}

pub(crate) fn flips(
    profile: &WorkloadProfile,
    current: &Evaluation,
    cost: &WorkloadCost,
) -> Vec<Flip> {
    let mut out = Vec::new();
    let on = profile.orchestrator;
    // Only the load pattern and the replica count change the prices; the rest is re-decided
    // with the estimate as it stands (over the sides its blockers leave).
    let priced = Priced {
        input: &cost.input,
        estimate: &cost.estimate,
    };
    let mut constraints: Vec<Constraint> = current.blockers.iter().map(|b| b.constraint).collect();
    constraints.dedup();

    for constraint in &constraints {
        let choice = evaluate(profile, std::slice::from_ref(constraint), priced).choice;
        if choice != current.choice {
            out.push(flip(on, without(*constraint), choice));
        }
    }
    if constraints.len() > 1 {
        let choice = evaluate(profile, &constraints, priced).choice;
        let singles_flip = out.iter().any(|flip| flip.choice == choice);
        if choice != current.choice && !singles_flip {
            let names: Vec<Text> = constraints.iter().map(|c| constraint_name(*c)).collect();
            let (ko, en) = joined(&names);
            let condition = OwnedText::new(
                format!("{ko} 요구가 모두 없다면"),
                format!("Without the {en} needs together"),
            );
            out.push(flip(on, condition, choice));
        }
    }

    for priority in Priority::ALL {
        let weight = profile.priorities.get(priority);
        let changed = other_weights(weight, WEIGHT.max as u8)
            .into_iter()
            .find_map(|other| {
                let mut altered = profile.clone();
                altered.priorities = profile.priorities.with(priority, other);
                let choice = evaluate(&altered, &[], priced).choice;
                (choice != current.choice).then_some((other, choice))
            });
        if let Some((other, choice)) = changed {
            let name = priority.name();
            // Korean picks the copula by the number's last sound: 2 (이) ends in a vowel.
            let condition = OwnedText::new(
                format!(
                    "{} 가중치가 {other}{}",
                    name.ko,
                    if other == 2 { "라면" } else { "이라면" }
                ),
                format!("With {} weighted {other}", name.en),
            );
            out.push(flip(on, condition, choice));
        }
    }

    for pattern in LoadPattern::ALL {
        if pattern != profile.load_pattern {
            let altered = profile.with_load_pattern(pattern);
            let (input, estimate) = reprice(&altered, cost);
            let repriced = Priced {
                input: &input,
                estimate: &estimate,
            };
            let choice = evaluate(&altered, &[], repriced).choice;
            if choice != current.choice {
                out.push(flip(on, load_condition(pattern).into(), choice));
            }
        }
    }

    for capacity in OpsCapacity::ALL {
        if capacity != profile.ops_capacity {
            let mut altered = profile.clone();
            altered.ops_capacity = capacity;
            let choice = evaluate(&altered, &[], priced).choice;
            if choice != current.choice {
                out.push(flip(on, ops_condition(capacity).into(), choice));
            }
        }
    }

    let mut altered = profile.clone();
    altered.startup_sensitive = !profile.startup_sensitive;
    let choice = evaluate(&altered, &[], priced).choice;
    if choice != current.choice {
        let condition = if altered.startup_sensitive {
            Text::new("시작 시간이 중요하다면", "If start-up time mattered")
        } else {
            Text::new(
                "시작 시간이 중요하지 않다면",
                "If start-up time did not matter",
            )
        };
        out.push(flip(on, condition.into(), choice));
    }

    out.extend(replica_flips(profile, current, cost));
    out
}

/// The answer at one replica count, and the cheapest side there with its saving.
#[derive(Clone, Copy)]
struct AnswerAt {
    replicas: u32,
    choice: Choice,
    cheaper: Option<(Capacity, f64)>,
}

/// The answer at each replica count of the series: the cost points there on top of every
/// other reason, which the count does not change.
fn answers_by_replicas(
    profile: &WorkloadProfile,
    current: &Evaluation,
    cost: &WorkloadCost,
) -> Vec<AnswerAt> {
    let others = current
        .reasons
        .iter()
        .filter(|reason| reason.cost.is_none())
        .fold(Scores::default(), |sum, reason| {
            sum.plus(reason.option, reason.score)
        });
    let weight = u32::from(weight_of(Basis::Cost, profile));
    let usable = |side| usable(&current.blockers, side);
    cost.series
        .points
        .iter()
        .map(|point| {
            let totals = [
                (Capacity::Fargate, point.fargate_usd),
                (Capacity::Managed, point.managed_usd),
                (Capacity::Ec2, point.ec2_usd),
            ]
            .map(|(side, usd)| (side, usd.filter(|_| usable(side))));
            let sides = cost_points(&totals);
            let scores = sides.iter().fold(others, |sum, side| {
                sum.plus(side.side, side.points.saturating_mul(weight))
            });
            AnswerAt {
                replicas: point.replicas,
                choice: decide(&current.blockers, scores),
                cheaper: sides.first().map(|side| (side.side, side.saving)),
            }
        })
        .collect()
}

/// The nearest replica counts above and below the reader's at which the answer changes,
/// each with how far the change lasts within the series.
fn replica_flips(
    profile: &WorkloadProfile,
    current: &Evaluation,
    cost: &WorkloadCost,
) -> Vec<Flip> {
    let answers = answers_by_replicas(profile, current, cost);
    let here = profile.replicas;
    let differs = |answer: &&AnswerAt| answer.choice != current.choice;
    let mut out = Vec::new();
    // Upwards: the first count above that answers otherwise, and how long that lasts.
    let above = answers.iter().filter(|a| a.replicas > here);
    if let Some(change) = above.clone().find(differs) {
        let last = above
            .skip_while(|a| a.replicas < change.replicas)
            .take_while(|a| a.choice == change.choice)
            .last()
            .map_or(change.replicas, |a| a.replicas);
        let open = answers.last().is_some_and(|end| end.replicas == last);
        out.push(replica_flip(
            profile.orchestrator,
            change.replicas,
            last,
            open,
            Side::Above,
            change,
        ));
    }
    // Downwards, the same from the count below.
    let below = answers.iter().rev().filter(|a| a.replicas < here);
    if let Some(change) = below.clone().find(differs) {
        let first = below
            .skip_while(|a| a.replicas > change.replicas)
            .take_while(|a| a.choice == change.choice)
            .last()
            .map_or(change.replicas, |a| a.replicas);
        out.push(replica_flip(
            profile.orchestrator,
            first,
            change.replicas,
            first == 1,
            Side::Below,
            change,
        ));
    }
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Above,
    Below,
}

/// "From 12 replicas on, EC2 costs 15% less, and the answer would be EC2."
fn replica_flip(
    on: Orchestrator,
    first: u32,
    last: u32,
    open: bool,
    side: Side,
    change: &AnswerAt,
) -> Flip {
    let choice = change.choice;
    let when = match (open, side) {
        (true, Side::Above) => OwnedText::new(
            format!("복제본이 {first}개 이상이면"),
            format!("From {first} replicas on"),
        ),
        (true, Side::Below) => OwnedText::new(
            format!("복제본이 {last}개 이하이면"),
            format!("At {last} replicas or fewer"),
        ),
        (false, _) if first == last => OwnedText::new(
            format!("복제본이 {first}개이면"),
            format!("At {first} replicas"),
        ),
        (false, _) => OwnedText::new(
            format!("복제본이 {first}~{last}개이면"),
            format!("At {first} to {last} replicas"),
        ),
    };
    let Some((cheaper, saving)) = change.cheaper else {
        return flip(on, when, choice);
    };
    let (side, saving, answer) = (cheaper.name(on), percent(saving), choice.name(on));
    // The cheapest side wins there, or its lead is too small to.
    let wins = match cheaper {
        Capacity::Ec2 => choice == Choice::Ec2,
        Capacity::Managed => choice == Choice::Managed,
        Capacity::Fargate => choice.uses(Capacity::Fargate),
    };
    let (ko_cost, en_cost) = if wins {
        (
            format!("{}가 {saving} 저렴해지고", side.ko),
            format!("{} costs {saving} less and", side.en),
        )
    } else {
        (
            format!("{}가 {saving}만 저렴해", side.ko),
            format!("{} saves only {saving} and", side.en),
        )
    };
    Flip {
        change: OwnedText::new(
            format!("{} {ko_cost} 답은 {}입니다.", when.ko, answer.ko),
            format!("{}, {en_cost} the answer would be {}.", when.en, answer.en),
        ),
        choice,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_join_into_prose() {
        let names = [
            Text::new("가", "a"),
            Text::new("나", "b"),
            Text::new("다", "c"),
        ];
        assert_eq!(
            joined(&names),
            ("가, 나, 다".to_string(), "a, b and c".to_string())
        );
    }
}
