//! The ECS-or-EKS decision: weighted points per criterion, summed, with the reasons and
//! the changes that would flip it.

use super::criteria::{Criterion, Points};
use super::input::{Context, KubernetesExperience, OrchestratorInput, WEIGHT};
use crate::compute::Orchestrator;
use crate::i18n::{OwnedText, Text};
use crate::input::other_weights;

/// One option's result on one criterion: `score = points × weight`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OptionScore {
    pub points: u8,
    pub score: u32,
}

/// One criterion, scored for both options. `row` is the criterion's index among the rows
/// of [`crate::comparison::ORCHESTRATOR`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CriterionScore {
    pub criterion: Criterion,
    pub fact_id: &'static str,
    /// The criterion's row in the seed's ECS-vs-EKS table.
    pub row: Option<usize>,
    pub weight: u8,
    pub ecs: OptionScore,
    pub eks: OptionScore,
}

/// The sum of each option's scores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Totals {
    pub ecs: u32,
    pub eks: u32,
}

/// Why `option` leads on `criterion`: `points` is its margin, `score = points × weight`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OrchestratorReason {
    pub option: Orchestrator,
    pub criterion: Criterion,
    pub points: u8,
    pub weight: u8,
    pub score: u32,
    pub text: OwnedText,
    pub fact_id: &'static str,
}

/// A bilingual note with the fact behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub text: Text,
    pub fact_id: &'static str,
}

/// A change to the input that would change the answer.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrchestratorFlip {
    pub change: OwnedText,
    pub choice: Orchestrator,
}

/// The engine's answer. In JSON (abridged):
///
/// ```json
/// {"choice": "ecs",
///  "criteria": [{"criterion": "learningCurve", "factId": "orchestrator.learning-curve", "row": 1,
///                "weight": 1, "ecs": {"points": 3, "score": 3}, "eks": {"points": 0, "score": 0}}],
///  "totals": {"ecs": 12, "eks": 11},
///  "reasons": [{"option": "ecs", "criterion": "learningCurve", "points": 3, "weight": 1, "score": 3,
///               "text": {"ko": "…", "en": "…"}, "factId": "orchestrator.learning-curve"}],
///  "tieBreak": null,
///  "flips": [{"change": {"ko": "…", "en": "With portability weighted 3, EKS would win."}, "choice": "eks"}]}
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OrchestratorComparison {
    pub choice: Orchestrator,
    /// One entry per criterion, in the order of [`Criterion::ALL`].
    pub criteria: Vec<CriterionScore>,
    pub totals: Totals,
    /// One per criterion an option leads on, in the order of [`Criterion::ALL`].
    pub reasons: Vec<OrchestratorReason>,
    /// Set when the totals tie and the tie went to ECS.
    pub tie_break: Option<Note>,
    pub flips: Vec<OrchestratorFlip>,
}

/// Why a tie goes to ECS.
pub const TIE_BREAK: Note = Note {
    text: Text::new(
        "점수가 같으면 ECS를 고릅니다. 움직이는 부분이 적고 컨트롤 플레인 요금도 없기 때문입니다.",
        "A tie goes to ECS: it has fewer moving parts and no control-plane fee.",
    ),
    fact_id: "pricing.ecs-control-plane",
};

fn row_of(criterion: Criterion) -> Option<usize> {
    crate::comparison::ORCHESTRATOR
        .rows
        .iter()
        .position(|row| row.fact_id == criterion.fact_id())
}

fn option_score(points: u8, weight: u8) -> OptionScore {
    OptionScore {
        points,
        score: u32::from(points).saturating_mul(u32::from(weight)),
    }
}

/// Scores every criterion and the totals.
fn score(input: &OrchestratorInput) -> (Vec<CriterionScore>, Totals) {
    let criteria: Vec<CriterionScore> = Criterion::ALL
        .into_iter()
        .map(|criterion| {
            let weight = input.weights.get(criterion);
            let Points { ecs, eks } = criterion.points(&input.context);
            CriterionScore {
                criterion,
                fact_id: criterion.fact_id(),
                row: row_of(criterion),
                weight,
                ecs: option_score(ecs, weight),
                eks: option_score(eks, weight),
            }
        })
        .collect();
    let totals = criteria.iter().fold(Totals::default(), |sum, c| Totals {
        ecs: sum.ecs.saturating_add(c.ecs.score),
        eks: sum.eks.saturating_add(c.eks.score),
    });
    (criteria, totals)
}

/// EKS only when it scores strictly higher; a tie goes to ECS.
fn choose(totals: Totals) -> Orchestrator {
    if totals.eks > totals.ecs {
        Orchestrator::Eks
    } else {
        Orchestrator::Ecs
    }
}

pub(crate) fn choice_of(input: &OrchestratorInput) -> Orchestrator {
    choose(score(input).1)
}

fn reasons(input: &OrchestratorInput, criteria: &[CriterionScore]) -> Vec<OrchestratorReason> {
    criteria
        .iter()
        .filter_map(|c| {
            let points = Points {
                ecs: c.ecs.points,
                eks: c.eks.points,
            };
            let leader = points.leader()?;
            let margin = points.ecs.abs_diff(points.eks);
            let (text, fact_id) = c.criterion.reason(leader, &input.context);
            Some(OrchestratorReason {
                option: leader,
                criterion: c.criterion,
                points: margin,
                weight: c.weight,
                score: u32::from(margin).saturating_mul(u32::from(c.weight)),
                text,
                fact_id,
            })
        })
        .collect()
}

fn name(option: Orchestrator) -> &'static str {
    match option {
        Orchestrator::Ecs => "ECS",
        Orchestrator::Eks => "EKS",
    }
}

fn flip(ko_condition: String, en_condition: String, choice: Orchestrator) -> OrchestratorFlip {
    // Both names end in a vowel sound in Korean (에스), so the subject particle is 가.
    OrchestratorFlip {
        change: OwnedText::new(
            format!("{ko_condition} {}가 이깁니다.", name(choice)),
            format!("{en_condition}, {} would win.", name(choice)),
        ),
        choice,
    }
}

fn experience_condition(experience: KubernetesExperience) -> (&'static str, &'static str) {
    match experience {
        KubernetesExperience::None => ("쿠버네티스 경험이 없다면", "With no Kubernetes experience"),
        KubernetesExperience::Some => (
            "쿠버네티스 경험이 조금 있다면",
            "With some Kubernetes experience",
        ),
        KubernetesExperience::Strong => (
            "쿠버네티스에 능숙하다면",
            "With strong Kubernetes experience",
        ),
    }
}

/// The context changes worth trying, each with its condition in both languages.
fn context_changes(context: &Context) -> Vec<(Context, String, String)> {
    let mut out = Vec::new();
    for experience in KubernetesExperience::ALL {
        if experience != context.kubernetes_experience {
            let (ko, en) = experience_condition(experience);
            let changed = Context {
                kubernetes_experience: experience,
                ..*context
            };
            out.push((changed, ko.to_string(), en.to_string()));
        }
    }
    let toggles: [(Context, &str, &str, &str, &str); 3] = [
        (
            Context {
                multi_cloud: !context.multi_cloud,
                ..*context
            },
            "멀티 클라우드를 계획한다면",
            "With multi-cloud plans",
            "멀티 클라우드 계획이 없다면",
            "Without multi-cloud plans",
        ),
        (
            Context {
                on_premises: !context.on_premises,
                ..*context
            },
            "온프레미스로 갈 계획이 있다면",
            "With plans for on-premises",
            "온프레미스 계획이 없다면",
            "Without on-premises plans",
        ),
        (
            Context {
                aws_only: !context.aws_only,
                ..*context
            },
            "AWS에만 머물기로 했다면",
            "If you were staying on AWS only",
            "AWS 밖으로 나갈 여지를 둔다면",
            "If you were not committed to AWS only",
        ),
    ];
    for (changed, ko_on, en_on, ko_off, en_off) in toggles {
        // A toggle that contradicts the rest (AWS only with multi-cloud plans) is skipped.
        if changed.aws_only && changed.plans_beyond_aws() {
            continue;
        }
        let turned_on = changed.multi_cloud && !context.multi_cloud
            || changed.on_premises && !context.on_premises
            || changed.aws_only && !context.aws_only;
        let (ko, en) = if turned_on {
            (ko_on, en_on)
        } else {
            (ko_off, en_off)
        };
        out.push((changed, ko.to_string(), en.to_string()));
    }
    let team_size = if context.team_size >= super::criteria::LARGE_TEAM {
        super::criteria::LARGE_TEAM - 1
    } else {
        super::criteria::LARGE_TEAM
    };
    out.push((
        Context {
            team_size,
            ..*context
        },
        format!("팀이 {team_size}명이라면"),
        format!("With a team of {team_size}"),
    ));
    out
}

fn flips(input: &OrchestratorInput, current: Orchestrator) -> Vec<OrchestratorFlip> {
    let mut out = Vec::new();
    for criterion in Criterion::ALL {
        let weight = input.weights.get(criterion);
        let changed = other_weights(weight, WEIGHT.max as u8)
            .into_iter()
            .find_map(|other| {
                let altered = OrchestratorInput {
                    weights: input.weights.with(criterion, other),
                    ..*input
                };
                let choice = choice_of(&altered);
                (choice != current).then_some((other, choice))
            });
        if let Some((other, choice)) = changed {
            let criterion_name = criterion.name();
            // 2 (이) ends in a vowel in Korean; 0, 1 and 3 do not.
            let copula = if other == 2 { "라면" } else { "이라면" };
            out.push(flip(
                format!("{} 가중치가 {other}{copula}", criterion_name.ko),
                format!("With {} weighted {other}", criterion_name.en),
                choice,
            ));
        }
    }
    for (context, ko, en) in context_changes(&input.context) {
        let choice = choice_of(&OrchestratorInput { context, ..*input });
        if choice != current {
            out.push(flip(ko, en, choice));
        }
    }
    out
}

pub(crate) fn compare(input: &OrchestratorInput) -> OrchestratorComparison {
    let (criteria, totals) = score(input);
    let choice = choose(totals);
    OrchestratorComparison {
        choice,
        reasons: reasons(input, &criteria),
        criteria,
        totals,
        tie_break: (totals.ecs == totals.eks).then_some(TIE_BREAK),
        flips: flips(input, choice),
    }
}
