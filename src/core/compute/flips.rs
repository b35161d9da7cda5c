//! "What would change the answer": the engine is re-run with one thing changed at a time
//! (a blocking need taken away, a priority weighted differently, another load pattern or
//! operations capacity, start-up sensitivity toggled) and every change that gives a
//! different answer is reported.

use super::output::{Choice, Flip};
use super::profile::{LoadPattern, OpsCapacity, Priority, WorkloadProfile, WEIGHT};
use super::recommend::{evaluate, Evaluation};
use super::rules::Constraint;
use crate::core::i18n::{OwnedText, Text};
use crate::core::input::other_weights;

fn flip(ko_condition: String, en_condition: String, choice: Choice) -> Flip {
    let name = choice.name();
    Flip {
        change: OwnedText::new(
            format!("{ko_condition} 답은 {}입니다.", name.ko),
            format!("{en_condition}, the answer would be {}.", name.en),
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

fn without(constraint: Constraint) -> (String, String) {
    match constraint {
        Constraint::Need(need) => {
            let name = need.name();
            (
                format!("{} 요구가 없다면", name.ko),
                format!("Without the {} need", name.en),
            )
        }
        Constraint::PodSize => (
            "파드나 작업이 Fargate의 최대 크기 안에 들어간다면".to_string(),
            "If each pod or task fit within Fargate's largest size".to_string(),
        ),
        Constraint::EphemeralStorage => (
            "임시 스토리지 요청이 Fargate 한도 안에 든다면".to_string(),
            "If the ephemeral storage fit within Fargate's limit".to_string(),
        ),
    }
}

fn joined(names: &[Text], ko_sep: &str, en_last: &str) -> (String, String) {
    let ko: Vec<&str> = names.iter().map(|name| name.ko).collect();
    let en: Vec<&str> = names.iter().map(|name| name.en).collect();
    let en = match en.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {en_last} {last}", rest.join(", ")),
        _ => en.join(""),
    };
    (ko.join(ko_sep), en)
}

fn load_condition(pattern: LoadPattern) -> (&'static str, &'static str) {
    match pattern {
        LoadPattern::Steady => ("부하가 꾸준하다면", "With a steady load"),
        LoadPattern::Bursty => ("부하가 들쭉날쭉하다면", "With a bursty load"),
        LoadPattern::Scheduled => ("정해진 시간에만 돈다면", "If it ran only at set times"),
    }
}

fn ops_condition(capacity: OpsCapacity) -> (&'static str, &'static str) {
    match capacity {
        OpsCapacity::None => ("서버를 돌볼 사람이 없다면", "With no one to run servers"),
        OpsCapacity::Some => (
            "가끔 서버를 돌볼 사람이 있다면",
            "With someone to look after servers now and then",
        ),
        OpsCapacity::Dedicated => ("전담 플랫폼 팀이 있다면", "With a dedicated platform team"),
    }
}

pub(crate) fn flips(profile: &WorkloadProfile, current: &Evaluation) -> Vec<Flip> {
    let mut out = Vec::new();
    let mut constraints: Vec<Constraint> = current.blockers.iter().map(|b| b.constraint).collect();
    constraints.dedup();

    for constraint in &constraints {
        let choice = evaluate(profile, std::slice::from_ref(constraint)).choice;
        if choice != current.choice {
            let (ko, en) = without(*constraint);
            out.push(flip(ko, en, choice));
        }
    }
    if constraints.len() > 1 {
        let choice = evaluate(profile, &constraints).choice;
        let singles_flip = out.iter().any(|flip| flip.choice == choice);
        if choice != current.choice && !singles_flip {
            let names: Vec<Text> = constraints.iter().map(|c| constraint_name(*c)).collect();
            let (ko, en) = joined(&names, ", ", "and");
            out.push(flip(
                format!("{ko} 요구가 모두 없다면"),
                format!("Without the {en} needs together"),
                choice,
            ));
        }
    }

    for priority in Priority::ALL {
        let weight = profile.priorities.get(priority);
        let changed = other_weights(weight, WEIGHT.max as u8)
            .into_iter()
            .find_map(|other| {
                let mut altered = profile.clone();
                altered.priorities = profile.priorities.with(priority, other);
                let choice = evaluate(&altered, &[]).choice;
                (choice != current.choice).then_some((other, choice))
            });
        if let Some((other, choice)) = changed {
            let name = priority.name();
            out.push(flip(
                // Korean picks the copula by the number's last sound: 2 (이) ends in a vowel.
                format!(
                    "{} 가중치가 {other}{}",
                    name.ko,
                    if other == 2 { "라면" } else { "이라면" }
                ),
                format!("With {} weighted {other}", name.en),
                choice,
            ));
        }
    }

    for pattern in LoadPattern::ALL {
        if pattern != profile.load_pattern {
            let mut altered = profile.clone();
            altered.load_pattern = pattern;
            let choice = evaluate(&altered, &[]).choice;
            if choice != current.choice {
                let (ko, en) = load_condition(pattern);
                out.push(flip(ko.to_string(), en.to_string(), choice));
            }
        }
    }

    for capacity in OpsCapacity::ALL {
        if capacity != profile.ops_capacity {
            let mut altered = profile.clone();
            altered.ops_capacity = capacity;
            let choice = evaluate(&altered, &[]).choice;
            if choice != current.choice {
                let (ko, en) = ops_condition(capacity);
                out.push(flip(ko.to_string(), en.to_string(), choice));
            }
        }
    }

    let mut altered = profile.clone();
    altered.startup_sensitive = !profile.startup_sensitive;
    let choice = evaluate(&altered, &[]).choice;
    if choice != current.choice {
        let (ko, en) = if altered.startup_sensitive {
            ("시작 시간이 중요하다면", "If start-up time mattered")
        } else {
            (
                "시작 시간이 중요하지 않다면",
                "If start-up time did not matter",
            )
        };
        out.push(flip(ko.to_string(), en.to_string(), choice));
    }
    out
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
            joined(&names, ", ", "and"),
            ("가, 나, 다".to_string(), "a, b and c".to_string())
        );
    }
}
