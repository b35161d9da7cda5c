//! Control-plane fees and how Fargate bills, from the project's research notes. Exact
//! per-Region prices belong to a cost model with its own dates, not to these facts.

use super::{Fact, Status, RECHECKED, RESEARCH_NOTES};
use crate::i18n::Text;

/// The AWS Containers blog post that set the EKS extended-support price and restated the
/// standard one; the cost model's EKS fee rests on it too.
pub const EKS_FEE_POST: &str = "https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/";
const EKS_EXTENDED_SUPPORT: &str =
    "https://docs.aws.amazon.com/eks/latest/userguide/enable-extended-support.html";
const ECS_PRICING: &str = "https://aws.amazon.com/ecs/pricing/";
const FARGATE_PRICING: &str = "https://aws.amazon.com/fargate/pricing/";
const EC2_LIFECYCLE: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html";
const CLUSTER_AUTOSCALER_FAQ: &str =
    "https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md";
/// The day the cost model's own facts were written and checked.
const COST_MODEL: &str = "2026-12-01";

/// The Fargate Spot saving the cost model assumes; the compute engine's caveat repeats it.
pub(crate) const FARGATE_SPOT: Text = Text::new(
    "AWS는 Fargate Spot이 최대 70% 싸다고 하고 요금은 바뀝니다. 관측된 할인은 66~67%라 비용 계산은 따로 정하지 않으면 66%를 가정합니다.",
    "AWS says Fargate Spot is up to 70% off, at changing rates; observed rates run 66-67% off, so the estimate assumes 66% unless told otherwise.",
);

/// Pricing facts.
pub const FACTS: &[Fact] = &[
    Fact {
        id: "pricing.eks-control-plane",
        text: Text::new(
            "EKS 클러스터에는 컨트롤 플레인 요금이 붙습니다. 표준 지원 기간에는 클러스터당 시간당 0.10달러, 연장 지원 기간에는 0.60달러(2024년 4월 1일부터)이며, 쿠버네티스 버전마다 표준 지원 14개월과 연장 지원 12개월이 주어집니다.",
            "Every EKS cluster pays a control-plane fee: $0.10 per cluster-hour in standard support and $0.60 in extended support (since 2024-04-01); each Kubernetes version gets 14 months of standard and 12 months of extended support.",
        ),
        source: EKS_FEE_POST,
        verified_on: RECHECKED,
        status: Status::Verified,
    },
    Fact {
        id: "pricing.eks-upgrade-policy",
        text: Text::new(
            "콘솔 밖(API 등)에서 만든 EKS 클러스터는 업그레이드 정책이 EXTENDED라 표준 지원이 끝나면 더 비싼 연장 지원에 들어갑니다. STANDARD면 대신 자동 업그레이드됩니다.",
            "An EKS cluster created outside the console (through the API, say) has the EXTENDED upgrade policy: past standard support it enters extended support at the higher fee; STANDARD upgrades it automatically instead.",
        ),
        source: EKS_EXTENDED_SUPPORT,
        verified_on: RECHECKED,
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
        text: FARGATE_SPOT,
        source: FARGATE_PRICING,
        verified_on: RECHECKED,
        status: Status::Assumption,
    },
    Fact {
        id: "pricing.ec2-billing",
        text: Text::new(
            "EC2는 인스턴스가 실행 중인 시간만큼 과금하며, 파드가 그 용량을 얼마나 쓰는지는 따지지 않습니다.",
            "EC2 bills each instance for the time it is running, however much of it the pods use.",
        ),
        source: EC2_LIFECYCLE,
        verified_on: COST_MODEL,
        status: Status::Verified,
    },
    Fact {
        id: "cost.scale-in",
        text: Text::new(
            "비용 모델은 최대 부하 때 더한 노드와 파드가 부하가 줄어든 뒤 15분 더 돈다고 가정합니다. Cluster Autoscaler는 기본적으로 노드가 10분 동안 필요 없어야 내립니다.",
            "The cost model assumes what was added for the peak runs 15 minutes past it: by default the Cluster Autoscaler removes a node only after it has been unneeded for 10 minutes.",
        ),
        source: CLUSTER_AUTOSCALER_FAQ,
        verified_on: COST_MODEL,
        status: Status::Assumption,
    },
];
