//! Start-up time, AWS Batch guidance and what EC2 capacity offers, from the project's
//! research notes.

use super::{Fact, Status, EKS_GUIDE_SNAPSHOT, RECHECKED, RESEARCH_NOTES};
use crate::i18n::Text;

const BATCH_WHEN_FARGATE: &str =
    "https://docs.aws.amazon.com/batch/latest/userguide/when-to-use-fargate.html";
const EKS_COMPUTE: &str = "https://docs.aws.amazon.com/eks/latest/userguide/eks-compute.html";
const EKS_MANAGED_NODE_GROUPS: &str =
    "https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html";
const ECS_TASK_DEFINITION_PARAMETERS: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html";
const FARGATE_PULL_BEHAVIOR: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-pull-behavior.html";

/// Operational facts.
pub const FACTS: &[Fact] = &[
    Fact {
        id: "fargate.startup",
        text: Text::new(
            "Fargate 작업은 일회용 인스턴스에서 돌아 이미지 캐시가 없어, 리눅스 작업은 매번 이미지 전체를 받고 그만큼 늦게 뜹니다. AWS는 250MB 넘는 이미지에 SOCI 지연 로딩을 권합니다.",
            "Each Fargate task runs on a single-use instance that caches no images: a Linux task pulls its whole image every time, which delays its start; AWS suggests SOCI lazy loading above 250 MB.",
        ),
        source: FARGATE_PULL_BEHAVIOR,
        verified_on: RECHECKED,
        status: Status::Verified,
    },
    Fact {
        id: "batch.startup",
        text: Text::new(
            "AWS Batch 안내: 새 EC2 인스턴스는 보통 몇 분이 걸리지만 Fargate 작업은 약 30초면 준비되며, 이미지 크기와 작업 수에 따라 다릅니다.",
            "The AWS Batch guide: a new EC2 instance typically takes minutes, a Fargate job is provisioned in about 30 seconds, depending on image size and job count.",
        ),
        source: BATCH_WHEN_FARGATE,
        verified_on: RECHECKED,
        status: Status::Verified,
    },
    Fact {
        id: "batch.ec2-when",
        text: Text::new(
            "AWS Batch는 16 vCPU나 120GiB 초과, GPU, 사용자 지정 AMI, linuxParameters가 필요하거나 동시 작업이 Fargate 한도를 넘으면 EC2를 권합니다.",
            "AWS Batch advises EC2 for a job needing over 16 vCPU or 120 GiB, a GPU, a custom AMI or linuxParameters, or for more concurrent jobs than Fargate's throttling limits allow.",
        ),
        source: BATCH_WHEN_FARGATE,
        verified_on: RECHECKED,
        status: Status::Verified,
    },
    Fact {
        id: "ec2.capabilities",
        text: Text::new(
            "EC2 노드는 GPU, Arm 프로세서, Windows 컨테이너를 모두 실행할 수 있고, 노드마다 OS와 인스턴스 종류를 직접 고를 수 있습니다.",
            "EC2 nodes can run GPU, Arm and Windows workloads, and you choose each node's operating system and instance type.",
        ),
        source: EKS_COMPUTE,
        verified_on: EKS_GUIDE_SNAPSHOT,
        status: Status::Verified,
    },
    Fact {
        id: "ec2.spot",
        text: Text::new(
            "EKS 관리형 노드 그룹과 ECS의 EC2 용량 공급자는 모두 EC2 스팟 인스턴스를 쓸 수 있습니다.",
            "EKS managed node groups and ECS EC2 capacity providers can both run on EC2 Spot Instances.",
        ),
        source: EKS_MANAGED_NODE_GROUPS,
        verified_on: RESEARCH_NOTES,
        status: Status::Verified,
    },
    Fact {
        id: "ec2.ecs.largest-task",
        text: Text::new(
            "EC2에서 도는 ECS 작업의 크기는 인스턴스가 정하며, 작업 하나가 최대 192 vCPU까지 쓸 수 있습니다.",
            "An ECS task on EC2 is bounded by its instance, up to 192 vCPU for one task.",
        ),
        source: ECS_TASK_DEFINITION_PARAMETERS,
        verified_on: RESEARCH_NOTES,
        status: Status::Verified,
    },
];
