//! The six weighted criteria of the seed's ECS-or-EKS table, how many points each option
//! earns on each for a given [`Context`], and the reason texts.

use super::input::{Context, KubernetesExperience};
use crate::core::compute::Orchestrator;
use crate::core::i18n::Text;
use crate::core::json::{json_object, JsonWriter, ToJson};

/// A weighted criterion. Each is one row of [`crate::core::comparison::ORCHESTRATOR`]; the
/// table's other two rows (technology, audience) describe rather than score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Criterion {
    LearningCurve,
    Flexibility,
    Portability,
    Ecosystem,
    Networking,
    Pricing,
}

/// Written as its input field name, [`Criterion::key`].
impl ToJson for Criterion {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(self.key());
    }
}

/// The most points an option earns on one criterion.
pub const MAX_POINTS: u8 = 3;

/// Points for ECS and EKS on one criterion, 0 to [`MAX_POINTS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Points {
    pub ecs: u8,
    pub eks: u8,
}

json_object!(Points { "ecs": ecs, "eks": eks });

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
    /// | portability | 0 | 3 with multi-cloud or on-premises plans, 1 when staying on AWS only, else 2 |
    /// | ecosystem | 2 | 3 |
    /// | networking | 3 | 2 with strong Kubernetes experience, else 1 |
    /// | pricing | 3 | 2 (the control-plane fee) |
    pub fn points(self, context: &Context) -> Points {
        let strong = context.kubernetes_experience == KubernetesExperience::Strong;
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
                ecs: 0,
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
                eks: if strong { 2 } else { 1 },
            },
            Criterion::Pricing => Points { ecs: 3, eks: 2 },
        }
    }

    /// Why the leader on this criterion leads, and the fact that says so.
    pub fn reason(self, leader: Orchestrator, context: &Context) -> (Text, &'static str) {
        match (self, leader) {
            (Criterion::LearningCurve, Orchestrator::Ecs) => (
                Text::new(
                    "ECS는 익힐 개념이 적습니다. EKS는 먼저 파드, 서비스, 인그레스 같은 쿠버네티스 개념을 배워야 합니다.",
                    "ECS has few concepts to learn; EKS first asks the team to learn Kubernetes: pods, services, ingress.",
                ),
                self.fact_id(),
            ),
            (Criterion::Portability, Orchestrator::Eks) if context.plans_beyond_aws() => (
                Text::new(
                    "다른 클라우드나 온프레미스로 갈 계획이 있는데, 쿠버네티스 매니페스트는 그곳에서도 돌지만 ECS 정의는 그렇지 않습니다.",
                    "You plan to run beyond AWS, where Kubernetes manifests can follow and ECS definitions cannot.",
                ),
                self.fact_id(),
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
                    "쿠버네티스 매니페스트는 다른 클라우드나 온프레미스 클러스터로 옮길 수 있지만, ECS 정의는 AWS에서만 씁니다.",
                    "Kubernetes manifests move to other clouds or on-premises clusters; ECS definitions work on AWS only.",
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
                    "EKS는 CNCF를 중심으로 한 큰 오픈소스 생태계를 그대로 쓸 수 있습니다.",
                    "EKS draws on the large open-source ecosystem around the CNCF.",
                ),
                self.fact_id(),
            ),
            (Criterion::Networking, _) => (
                Text::new(
                    "ECS 네트워킹은 VPC에 바로 맞물려 단순하고, EKS는 CNI 플러그인을 고르고 설정해야 합니다.",
                    "ECS networking plugs straight into the VPC; EKS means choosing and configuring a CNI plugin.",
                ),
                self.fact_id(),
            ),
            (Criterion::Pricing, _) => (
                Text::new(
                    "ECS에는 컨트롤 플레인 요금이 없지만, EKS는 클러스터마다 시간당 0.10달러(연장 지원 기간에는 0.60달러)가 붙습니다.",
                    "ECS has no control-plane fee; each EKS cluster costs $0.10 an hour ($0.60 in extended support).",
                ),
                "pricing.eks-control-plane",
            ),
            (Criterion::LearningCurve, Orchestrator::Eks) => (
                Text::new(
                    "팀이 이미 쿠버네티스에 익숙하니 EKS에서 새로 배울 것이 거의 없습니다.",
                    "The team already knows Kubernetes, so EKS asks little new of it.",
                ),
                self.fact_id(),
            ),
        }
    }
}
