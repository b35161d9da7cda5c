//! The facts behind the seed post's two tables: EC2 node groups against Fargate, and ECS
//! against EKS. Their ids are cited by the rows of [`crate::comparison`].

use super::pricing::EKS_FEE_POST;
use super::{checked_today, Fact, Status, EKS_GUIDE_SNAPSHOT, RECHECKED};
use crate::i18n::Text;

const EKS_COMPUTE: &str = "https://docs.aws.amazon.com/eks/latest/userguide/eks-compute.html";
const EKS_WHAT_IS: &str = "https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html";
const EKS_NETWORKING_ADD_ONS: &str =
    "https://docs.aws.amazon.com/eks/latest/userguide/eks-networking-add-ons.html";
const ECS_WHAT_IS: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html";
/// The ECS API's `launchType`, whose `EXTERNAL` value is ECS Anywhere.
const ECS_CREATE_SERVICE: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html";

/// The source post's judgement: the cited page gives the context, not the judgement.
const fn opinion(
    id: &'static str,
    ko: &'static str,
    en: &'static str,
    source: &'static str,
) -> Fact {
    checked_today(id, ko, en, source, Status::SourcePost)
}

/// The facts behind the seed post's EC2 node group vs Fargate table. Apart from the ECS vs
/// EKS ones, so that a widget showing one table carries only that table's words.
pub const COMPUTE: &[Fact] = &[
    opinion(
        "compute.analogy",
        "EC2 노드 그룹은 전용 작업실을 통째로 빌리는 것, Fargate는 필요한 시간만큼 칸막이 작업실을 빌리는 것에 가깝습니다.",
        "An EC2 node group is like renting a whole private studio; Fargate is like booking a practice room by the hour when you need one.",
        EKS_COMPUTE,
    ),
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
    opinion(
        "compute.fit",
        "특정 서버 사양(GPU 등)이 필요하거나 비용을 최적화하려면 EC2, 인프라를 신경 쓰지 않고 빠르게 컨테이너를 돌리려면 Fargate가 맞습니다.",
        "EC2 fits when you need specific hardware (a GPU, say) or want to optimise cost; Fargate fits when you want containers running fast without looking after infrastructure.",
        EKS_COMPUTE,
    ),
];

/// The facts behind the seed post's ECS vs EKS table.
pub const ORCHESTRATOR: &[Fact] = &[
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
    opinion(
        "orchestrator.learning-curve",
        "ECS는 개념이 적어 배우기 쉽고, EKS는 Pod·Service·Ingress 같은 쿠버네티스 개념을 먼저 익혀야 합니다.",
        "ECS has few concepts and is quick to learn; EKS asks you to learn Kubernetes first: pods, services, ingress and the rest.",
        ECS_WHAT_IS,
    ),
    opinion(
        "orchestrator.flexibility",
        "ECS는 AWS가 정한 방식 안에서 움직이고, EKS는 쿠버네티스의 모든 기능과 오픈소스 도구로 세밀하게 제어할 수 있습니다.",
        "ECS works the way AWS designed it; EKS gives the whole Kubernetes API and its open-source tooling for fine control.",
        EKS_WHAT_IS,
    ),
    Fact {
        id: "orchestrator.portability",
        text: Text::new(
            "EKS의 애플리케이션은 온프레미스나 다른 클라우드의 표준 쿠버네티스 환경과 호환되어 매니페스트를 그대로 옮길 수 있습니다.",
            "EKS apps are compatible with any standard Kubernetes environment, on premises or in other clouds, so their manifests move there.",
        ),
        source: EKS_WHAT_IS,
        verified_on: RECHECKED,
        status: Status::Verified,
    },
    Fact {
        id: "orchestrator.ecs-anywhere",
        text: Text::new(
            "ECS Anywhere(EXTERNAL 시작 유형)는 클러스터에 등록한 자체 서버나 VM에서 ECS 작업을 돌리며, 제어는 AWS의 ECS가 맡습니다.",
            "ECS Anywhere (the EXTERNAL launch type) runs ECS tasks on your own servers or VMs registered to the cluster, still run by ECS in AWS.",
        ),
        source: ECS_CREATE_SERVICE,
        verified_on: RECHECKED,
        status: Status::Verified,
    },
    Fact {
        id: "orchestrator.ecosystem",
        text: Text::new(
            "EKS는 최신 오픈소스 쿠버네티스를 돌리므로 쿠버네티스 커뮤니티의 플러그인과 도구를 모두 쓸 수 있습니다.",
            "EKS runs up-to-date open-source Kubernetes, so every plugin and tool of the Kubernetes community works with it.",
        ),
        source: EKS_WHAT_IS,
        verified_on: RECHECKED,
        status: Status::Verified,
    },
    Fact {
        id: "orchestrator.networking",
        text: Text::new(
            "EKS는 Amazon VPC CNI를 기본 설치해 파드마다 VPC 주소를 주며, 콘솔 밖에서 만든 클러스터는 CNI, CoreDNS, kube-proxy를 직접 설정·업그레이드합니다.",
            "EKS installs the Amazon VPC CNI by default, giving each pod a VPC address; in a cluster created outside the console, you configure and upgrade the CNI, CoreDNS and kube-proxy yourself.",
        ),
        source: EKS_NETWORKING_ADD_ONS,
        verified_on: RECHECKED,
        status: Status::Verified,
    },
    Fact {
        id: "orchestrator.pricing",
        text: Text::new(
            "EKS 클러스터는 컨트롤 플레인 몫으로 시간당 요금을 내며, 워크로드를 돌리는 EC2나 Fargate 비용은 따로 냅니다.",
            "Each EKS cluster pays an hourly fee for its control plane, on top of the EC2 instances or Fargate pods that run its workloads.",
        ),
        source: EKS_FEE_POST,
        verified_on: RECHECKED,
        status: Status::Verified,
    },
    opinion(
        "orchestrator.audience",
        "ECS는 AWS에 익숙하고 빠르고 단순하게 배포하려는 팀에, EKS는 멀티 클라우드나 표준 기술과 높은 유연성을 원하는 팀에 맞습니다.",
        "ECS suits teams at home on AWS who want to ship simply and fast; EKS suits teams planning for multi-cloud or wanting standard tooling and flexibility.",
        ECS_WHAT_IS,
    ),
];
