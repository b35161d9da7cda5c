//! The facts behind the seed post's two tables: EC2 node groups against Fargate, and ECS
//! against EKS. Their ids are cited by the rows of [`crate::core::comparison`].

use super::{Fact, Status, EKS_GUIDE_SNAPSHOT};
use crate::core::i18n::Text;

const EKS_COMPUTE: &str = "https://docs.aws.amazon.com/eks/latest/userguide/eks-compute.html";
const EKS_WHAT_IS: &str = "https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html";
const EKS_PRICING: &str = "https://aws.amazon.com/eks/pricing/";
const ECS_WHAT_IS: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html";
const ECS_PRICING: &str = "https://aws.amazon.com/ecs/pricing/";

/// The seed post's facts.
pub static FACTS: &[Fact] = &[
    // The seed post's EC2 node group vs Fargate table.
    Fact {
        id: "compute.analogy",
        text: Text::new(
            "EC2 노드 그룹은 전용 작업실을 통째로 빌리는 것, Fargate는 필요한 시간만큼 칸막이 작업실을 빌리는 것에 가깝습니다.",
            "An EC2 node group is like renting a whole private studio; Fargate is like booking a practice room by the hour when you need one.",
        ),
        source: EKS_COMPUTE,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
    Fact {
        id: "compute.management",
        text: Text::new(
            "EC2 노드는 OS 업데이트와 보안 패치 일부를 직접 맡아야 하고, Fargate는 서버 관리를 AWS가 모두 맡습니다.",
            "With EC2 nodes you handle part of the server work, such as OS updates and security patches; with Fargate AWS manages the servers entirely.",
        ),
        source: EKS_COMPUTE,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
    Fact {
        id: "compute.control",
        text: Text::new(
            "EC2 노드는 인스턴스 종류와 크기를 골라 세밀하게 제어할 수 있고, Fargate는 서버를 볼 수도 고를 수도 없습니다.",
            "EC2 nodes give fine-grained control, down to the instance type and size; with Fargate there is no server to see or choose.",
        ),
        source: EKS_COMPUTE,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
    Fact {
        id: "compute.fit",
        text: Text::new(
            "특정 서버 사양(GPU 등)이 필요하거나 비용을 최적화하려면 EC2, 인프라를 신경 쓰지 않고 빠르게 컨테이너를 돌리려면 Fargate가 맞습니다.",
            "EC2 fits when you need specific hardware (a GPU, say) or want to optimise cost; Fargate fits when you want containers running fast without looking after infrastructure.",
        ),
        source: EKS_COMPUTE,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
    // The seed post's ECS vs EKS table.
    Fact {
        id: "orchestrator.technology",
        text: Text::new(
            "ECS는 AWS가 직접 만든 오케스트레이터이고, EKS는 오픈소스 쿠버네티스를 AWS가 관리해 주는 서비스입니다.",
            "ECS is AWS's own orchestrator; EKS is AWS-managed open-source Kubernetes.",
        ),
        source: EKS_WHAT_IS,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
    Fact {
        id: "orchestrator.learning-curve",
        text: Text::new(
            "ECS는 개념이 적어 배우기 쉽고, EKS는 Pod·Service·Ingress 같은 쿠버네티스 개념을 먼저 익혀야 합니다.",
            "ECS has few concepts and is quick to learn; EKS asks you to learn Kubernetes first: pods, services, ingress and the rest.",
        ),
        source: ECS_WHAT_IS,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
    Fact {
        id: "orchestrator.flexibility",
        text: Text::new(
            "ECS는 AWS가 정한 방식 안에서 움직이고, EKS는 쿠버네티스의 모든 기능과 오픈소스 도구로 세밀하게 제어할 수 있습니다.",
            "ECS works the way AWS designed it; EKS gives the whole Kubernetes API and its open-source tooling for fine control.",
        ),
        source: EKS_WHAT_IS,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
    Fact {
        id: "orchestrator.portability",
        text: Text::new(
            "ECS 정의는 AWS 밖에서 쓸 수 없고, EKS의 쿠버네티스 매니페스트는 다른 클라우드나 온프레미스 클러스터로 옮길 수 있습니다.",
            "ECS definitions only run on AWS; Kubernetes manifests from EKS move to other clouds or on-premises clusters.",
        ),
        source: EKS_WHAT_IS,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
    Fact {
        id: "orchestrator.ecosystem",
        text: Text::new(
            "ECS의 생태계는 AWS 서비스 중심이고, EKS는 CNCF를 중심으로 한 거대한 오픈소스 커뮤니티를 그대로 씁니다.",
            "The ECS ecosystem centres on AWS services; EKS draws on the large CNCF open-source community.",
        ),
        source: EKS_WHAT_IS,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
    Fact {
        id: "orchestrator.networking",
        text: Text::new(
            "ECS 네트워킹은 VPC와 바로 맞물려 단순하고, EKS는 CNI 플러그인을 고르고 설정해야 해서 더 복잡합니다.",
            "ECS networking plugs straight into the VPC and stays simple; EKS means choosing and configuring a CNI plugin.",
        ),
        source: EKS_WHAT_IS,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
    Fact {
        id: "orchestrator.pricing",
        text: Text::new(
            "ECS는 Fargate나 EC2 사용료만 내고, EKS는 여기에 클러스터마다 시간당 컨트롤 플레인 요금이 붙습니다.",
            "ECS costs only the Fargate or EC2 capacity you use; EKS adds an hourly control-plane fee per cluster.",
        ),
        source: EKS_PRICING,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
    Fact {
        id: "orchestrator.audience",
        text: Text::new(
            "ECS는 AWS에 익숙하고 빠르고 단순하게 배포하려는 팀에, EKS는 멀티 클라우드나 표준 기술과 높은 유연성을 원하는 팀에 맞습니다.",
            "ECS suits teams at home on AWS who want to ship simply and fast; EKS suits teams planning for multi-cloud or wanting standard tooling and flexibility.",
        ),
        source: ECS_PRICING,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
];
