//! Start-up time, AWS Batch guidance and what EC2 capacity offers, from the project's
//! research notes.

use super::{Fact, Status, EKS_GUIDE_SNAPSHOT, RESEARCH_NOTES};
use crate::core::i18n::Text;

const BATCH_COMPUTE_ENVIRONMENTS: &str =
    "https://docs.aws.amazon.com/batch/latest/userguide/compute_environments.html";
const EKS_COMPUTE: &str = "https://docs.aws.amazon.com/eks/latest/userguide/eks-compute.html";
const EKS_MANAGED_NODE_GROUPS: &str =
    "https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html";
const ECS_TASK_DEFINITION_PARAMETERS: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html";
/// The open roadmap issue where users report Fargate start-up times and ask for an image
/// cache; a user report, not an AWS statement.
const ROADMAP_IMAGE_CACHE: &str = "https://github.com/aws/containers-roadmap/issues/649";

/// Operational facts.
pub static FACTS: &[Fact] = &[
    Fact {
        id: "fargate.startup",
        text: Text::new(
            "AWS는 Fargate 파드나 작업이 시작되는 데 걸리는 시간을 공식 수치로 밝히지 않습니다. 사용자들은 60~90초쯤 걸리고 실행 사이에 이미지 캐시도 없다고 보고합니다.",
            "AWS publishes no start-up time for Fargate pods or tasks; users report 60 to 90 seconds, with no image cache kept between launches.",
        ),
        source: ROADMAP_IMAGE_CACHE,
        verified_on: RESEARCH_NOTES,
        status: Status::Unverified,
    },
    Fact {
        id: "batch.startup",
        text: Text::new(
            "AWS Batch 안내에 따르면 Fargate 작업은 30초 안팎이면 시작하지만, 새 EC2 인스턴스를 띄우는 데는 몇 분이 걸립니다.",
            "The AWS Batch guide says Fargate jobs start in about 30 seconds, while launching a new EC2 instance takes a few minutes.",
        ),
        source: BATCH_COMPUTE_ENVIRONMENTS,
        verified_on: RESEARCH_NOTES,
        status: Status::Verified,
    },
    Fact {
        id: "batch.ec2-when",
        text: Text::new(
            "AWS Batch는 작업 하나에 16 vCPU나 120GiB를 넘게 쓰거나, GPU, 사용자 지정 AMI, linuxParameters가 필요하면 EC2를 고르라고 권합니다.",
            "AWS Batch advises EC2 when a job needs more than 16 vCPU or 120 GiB, a GPU, a custom AMI or linuxParameters.",
        ),
        source: BATCH_COMPUTE_ENVIRONMENTS,
        verified_on: RESEARCH_NOTES,
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
