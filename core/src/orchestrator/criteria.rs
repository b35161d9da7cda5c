//! The six weighted criteria of the seed's ECS-or-EKS table, how many points each option
//! earns on each for a given [`Context`], and the reason texts.

use super::input::{Context, KubernetesExperience};
use crate::compute::Orchestrator;
use crate::cost::{eks_monthly_fee, EksSupport};
use crate::i18n::{OwnedText, Text};
use crate::number::format_usd;

/// A weighted criterion. Each is one row of [`crate::comparison::ORCHESTRATOR`]; the
/// table's other two rows (technology, audience) describe rather than score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
/// Written as its input field name, [`Criterion::key`].
#[serde(rename_all = "camelCase")]
pub enum Criterion {
    LearningCurve,
    Flexibility,
    Portability,
    Ecosystem,
    Networking,
    Pricing,
}

/// The most points an option earns on one criterion.
pub const MAX_POINTS: u8 = 3;

/// Points for ECS and EKS on one criterion, 0 to [`MAX_POINTS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Points {
    pub ecs: u8,
    pub eks: u8,
}

impl Points {
    pub fn get(&self, option: Orchestrator) -> u8 {
        match option {
            Orchestrator::Ecs => self.ecs,
            Orchestrator::Eks => self.eks,
        }
    }

    /// The option with more points, if either has.
    pub fn leader(&self) -> Option<Orchestrator> {
        match self.ecs.cmp(&self.eks) {
            std::cmp::Ordering::Greater => Some(Orchestrator::Ecs),
            std::cmp::Ordering::Less => Some(Orchestrator::Eks),
            std::cmp::Ordering::Equal => None,
        }
    }
}

/// From this team size on, someone can be spared to learn Kubernetes: EKS gains a point on
/// the learning curve.
pub const LARGE_TEAM: u32 = 10;

impl Criterion {
    pub const ALL: [Criterion; 6] = [
        Criterion::LearningCurve,
        Criterion::Flexibility,
        Criterion::Portability,
        Criterion::Ecosystem,
        Criterion::Networking,
        Criterion::Pricing,
    ];

    /// The input field name (`learningCurve`).
    pub fn key(self) -> &'static str {
        match self {
            Criterion::LearningCurve => "learningCurve",
            Criterion::Flexibility => "flexibility",
            Criterion::Portability => "portability",
            Criterion::Ecosystem => "ecosystem",
            Criterion::Networking => "networking",
            Criterion::Pricing => "pricing",
        }
    }

    /// The catalog fact of the criterion's row in the seed table.
    pub fn fact_id(self) -> &'static str {
        match self {
            Criterion::LearningCurve => "orchestrator.learning-curve",
            Criterion::Flexibility => "orchestrator.flexibility",
            Criterion::Portability => "orchestrator.portability",
            Criterion::Ecosystem => "orchestrator.ecosystem",
            Criterion::Networking => "orchestrator.networking",
            Criterion::Pricing => "orchestrator.pricing",
        }
    }

    /// The criterion a table row stands for, by the row's fact id; `None` for the rows
    /// that are not weighted.
    pub fn from_fact_id(fact_id: &str) -> Option<Criterion> {
        Criterion::ALL.into_iter().find(|c| c.fact_id() == fact_id)
    }

    /// The criterion's name in prose.
    pub fn name(self) -> Text {
        match self {
            Criterion::LearningCurve => Text::new("학습 곡선", "learning curve"),
            Criterion::Flexibility => Text::new("유연성과 제어", "flexibility"),
            Criterion::Portability => Text::new("이식성", "portability"),
            Criterion::Ecosystem => Text::new("생태계", "ecosystem"),
            Criterion::Networking => Text::new("네트워킹", "networking"),
            Criterion::Pricing => Text::new("가격", "pricing"),
        }
    }

    /// Points for each option on this criterion, given the reader's context:
    ///
    /// | criterion | ECS | EKS |
    /// |---|---|---|
    /// | learning curve | 3 | 0 with no Kubernetes experience, 1 with some, 3 with strong; +1 (up to 3) for a team of [`LARGE_TEAM`] or more |
    /// | flexibility | 1 | 3 |
    /// | portability | 1 with on-premises plans (ECS Anywhere runs tasks on your servers, still run from AWS), else 0 | 3 with multi-cloud or on-premises plans, 1 when staying on AWS only, else 2 |
    /// | ecosystem | 2 | 3 |
    /// | networking | 3 | 2 with some or strong Kubernetes experience, else 1: EKS installs the VPC CNI itself, what remains is keeping its add-ons configured and upgraded, new work for a team new to Kubernetes |
    /// | pricing | 3 | 2 (the control-plane fee) |
    pub fn points(self, context: &Context) -> Points {
        match self {
            Criterion::LearningCurve => {
                let base: u8 = match context.kubernetes_experience {
                    KubernetesExperience::None => 0,
                    KubernetesExperience::Some => 1,
                    KubernetesExperience::Strong => 3,
                };
                let bonus = u8::from(context.team_size >= LARGE_TEAM);
                Points {
                    ecs: 3,
                    eks: base.saturating_add(bonus).min(MAX_POINTS),
                }
            }
            Criterion::Flexibility => Points { ecs: 1, eks: 3 },
            Criterion::Portability => Points {
                ecs: u8::from(context.on_premises),
                eks: if context.plans_beyond_aws() {
                    3
                } else if context.aws_only {
                    1
                } else {
                    2
                },
            },
            Criterion::Ecosystem => Points { ecs: 2, eks: 3 },
            Criterion::Networking => Points {
                ecs: 3,
                eks: if context.kubernetes_experience == KubernetesExperience::None {
                    1
                } else {
                    2
                },
            },
            Criterion::Pricing => Points { ecs: 3, eks: 2 },
        }
    }

    /// Why the leader on this criterion leads, and the fact that says so.
    pub fn reason(self, leader: Orchestrator, context: &Context) -> (OwnedText, &'static str) {
        match self.fixed_reason(leader, context) {
            Some((text, fact_id)) => (text.into(), fact_id),
            None => (pricing_reason(), "pricing.eks-upgrade-policy"),
        }
    }

    /// [`Criterion::reason`] where its words are fixed; `None` for pricing, whose words
    /// carry the cost model's numbers.
    fn fixed_reason(self, leader: Orchestrator, context: &Context) -> Option<(Text, &'static str)> {
        let reason = match (self, leader) {
            (Criterion::LearningCurve, Orchestrator::Ecs) => (
                Text::new(
                    "ECS는 익힐 개념이 적습니다. EKS는 먼저 파드, 서비스, 인그레스 같은 쿠버네티스 개념을 배워야 합니다.",
                    "ECS has few concepts to learn; EKS first asks the team to learn Kubernetes: pods, services, ingress.",
                ),
                self.fact_id(),
            ),
            (Criterion::Portability, Orchestrator::Eks) if context.plans_beyond_aws() => (
                Text::new(
                    "AWS 밖으로 갈 계획인데, 쿠버네티스 매니페스트는 어느 표준 클러스터에서나 돌지만 ECS는 ECS Anywhere로 자체 서버까지만 가고 제어는 AWS에 남습니다.",
                    "You plan to run beyond AWS: Kubernetes manifests run on any standard cluster, while ECS reaches only your own servers, via ECS Anywhere, run from AWS.",
                ),
                "orchestrator.ecs-anywhere",
            ),
            (Criterion::Portability, Orchestrator::Eks) if context.aws_only => (
                Text::new(
                    "AWS에만 머문다면 이식성의 가치는 작지만, EKS는 그래도 다른 곳으로 옮길 길을 열어 둡니다.",
                    "Staying on AWS makes portability worth little, though EKS still keeps the way out open.",
                ),
                self.fact_id(),
            ),
            (Criterion::Portability, _) => (
                Text::new(
                    "쿠버네티스 매니페스트는 다른 클라우드나 온프레미스 클러스터로 옮길 수 있지만, ECS 정의는 AWS의 ECS가 있어야 돕니다.",
                    "Kubernetes manifests move to other clouds or on-premises clusters; ECS definitions need ECS, run from AWS.",
                ),
                self.fact_id(),
            ),
            (Criterion::Flexibility, _) => (
                Text::new(
                    "EKS는 쿠버네티스 API 전체와 오픈소스 도구로 세밀하게 제어할 수 있고, ECS는 AWS가 정한 방식 안에서 움직입니다.",
                    "EKS gives the whole Kubernetes API and its open-source tools for fine control; ECS works the way AWS designed it.",
                ),
                self.fact_id(),
            ),
            (Criterion::Ecosystem, _) => (
                Text::new(
                    "쿠버네티스 커뮤니티의 플러그인과 도구를 EKS에서 모두 쓸 수 있습니다.",
                    "Every plugin and tool of the Kubernetes community works with EKS.",
                ),
                self.fact_id(),
            ),
            (Criterion::Networking, _) => (
                Text::new(
                    "ECS에는 돌볼 네트워크 애드온이 없고, EKS는 VPC CNI를 깔아 주지만 콘솔 밖에서 만든 클러스터라면 애드온 업그레이드는 직접 합니다.",
                    "ECS has no network add-ons to look after; EKS installs the VPC CNI, but outside the console upgrading its add-ons is up to you.",
                ),
                self.fact_id(),
            ),
            (Criterion::Pricing, _) => return None,
            (Criterion::LearningCurve, Orchestrator::Eks) => (
                Text::new(
                    "팀이 이미 쿠버네티스에 익숙하니 EKS에서 새로 배울 것이 거의 없습니다.",
                    "The team already knows Kubernetes, so EKS asks little new of it.",
                ),
                self.fact_id(),
            ),
        };
        Some(reason)
    }
}

/// The pricing reason, with the EKS fee per month as the cost model prices it (its hourly
/// price × 730 h), standard and extended, and the upgrade policy that decides which one a
/// cluster pays.
fn pricing_reason() -> OwnedText {
    let [month, extended] = [EksSupport::Standard, EksSupport::Extended]
        .map(|support| format_usd(eks_monthly_fee(support)));
    OwnedText::new(
        format!(
            "ECS는 컨트롤 플레인 요금이 없고, EKS 클러스터는 월 {month}, 연장 지원 시 월 {extended}입니다. 콘솔 밖에서 만든 클러스터는 STANDARD가 아니면 연장 지원으로 갑니다."
        ),
        format!(
            "ECS has no control-plane fee; an EKS cluster pays {month} a month, {extended} in extended support, where clusters made outside the console go unless set to STANDARD."
        ),
    )
}
