//! Control-plane fees and how Fargate bills, from the project's research notes. Exact
//! per-Region prices belong to a cost model with its own dates, not to these facts.

use super::{Fact, Status, RESEARCH_NOTES};
use crate::core::i18n::Text;

const EKS_PRICING: &str = "https://aws.amazon.com/eks/pricing/";
const ECS_PRICING: &str = "https://aws.amazon.com/ecs/pricing/";
const FARGATE_PRICING: &str = "https://aws.amazon.com/fargate/pricing/";

/// Pricing facts.
pub static FACTS: &[Fact] = &[
    Fact {
        id: "pricing.eks-control-plane",
        text: Text::new(
            "EKS 클러스터에는 컨트롤 플레인 요금이 붙습니다. 표준 지원 기간에는 클러스터당 시간당 0.10달러, 연장 지원 기간에는 0.60달러(2024년 4월 1일부터)이며, 쿠버네티스 버전마다 표준 지원 14개월과 연장 지원 12개월이 주어집니다.",
            "Every EKS cluster pays a control-plane fee: $0.10 per cluster-hour in standard support and $0.60 in extended support (since 2024-04-01); each Kubernetes version gets 14 months of standard and 12 months of extended support.",
        ),
        source: EKS_PRICING,
        verified_on: RESEARCH_NOTES,
        status: Status::Verified,
    },
    Fact {
        id: "pricing.ecs-control-plane",
        text: Text::new(
            "ECS에는 컨트롤 플레인 요금이 없습니다. 작업이 쓰는 Fargate나 EC2 용량에만 비용을 냅니다.",
            "ECS has no control-plane charge; you pay only for the Fargate or EC2 capacity your tasks use.",
        ),
        source: ECS_PRICING,
        verified_on: RESEARCH_NOTES,
        status: Status::Verified,
    },
    Fact {
        id: "pricing.fargate-billing",
        text: Text::new(
            "Fargate는 요청한 vCPU와 메모리를 초 단위로 청구하며, 최소 청구 시간은 1분입니다.",
            "Fargate bills the requested vCPU and memory per second, with a one-minute minimum.",
        ),
        source: FARGATE_PRICING,
        verified_on: RESEARCH_NOTES,
        status: Status::Verified,
    },
    Fact {
        id: "pricing.fargate-spot",
        text: Text::new(
            "Fargate Spot은 일반 Fargate보다 최대 70% 저렴합니다. 리전별 정확한 스팟 요금은 아직 확인하지 못했습니다.",
            "Fargate Spot costs up to 70% less than regular Fargate; the exact Spot rate in each Region is not confirmed here.",
        ),
        source: FARGATE_PRICING,
        verified_on: RESEARCH_NOTES,
        status: Status::Verified,
    },
];
