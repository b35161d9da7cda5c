//! What Fargate can and cannot do under Amazon ECS, where it differs from EKS. Recorded from
//! the project's research notes on the ECS developer guide.

use super::{checked_today, Fact, Status, RECHECKED, RESEARCH_NOTES};
use crate::i18n::Text;

const TASKS_SERVICES: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html";
const TASK_STORAGE: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html";
pub(crate) const TASK_SIZES: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html";
const SERVICE_LOAD_BALANCING: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html";
const STRATEGY_ITEM: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html";
const EBS_VOLUMES: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html";
const SERVICE_OPTIONS: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_service-options.html";
const AWS_FARGATE: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html";

/// A fact from the research notes, with the status the notes give it.
const fn ecs(
    id: &'static str,
    ko: &'static str,
    en: &'static str,
    source: &'static str,
    status: Status,
) -> Fact {
    Fact::new(id, Text::new(ko, en), source, RESEARCH_NOTES, status)
}

// The words of the facts that the compute engine's caveats repeat as they are.
pub(crate) const LARGEST_TASK: Text = Text::new(
    "ECS의 Fargate 작업은 가장 커도 16 vCPU, 메모리 120GB이며, 8 vCPU와 16 vCPU 크기는 플랫폼 버전 1.4.0 이상에서만 고를 수 있습니다.",
    "The largest ECS task on Fargate has 16 vCPU and 120 GB of memory; the 8 and 16 vCPU sizes need platform version 1.4.0 or later.",
);
pub(crate) const EPHEMERAL_STORAGE: Text = Text::new(
    "ECS의 Fargate 작업은 임시 스토리지를 기본 20GiB 받으며, 최대 200GiB까지 늘릴 수 있습니다.",
    "An ECS task on Fargate gets 20 GiB of ephemeral storage by default and can be given up to 200 GiB.",
);
pub(crate) const BLOCK_STORAGE: Text = Text::new(
    "ECS의 Fargate 작업에는 시작할 때 EBS 볼륨을 하나 붙일 수 있고, EFS도 함께 쓸 수 있습니다.",
    "An ECS task on Fargate can have one EBS volume attached at launch, and can use EFS as well.",
);
pub(crate) const WINDOWS: Text = Text::new(
    "ECS의 Fargate는 Windows 컨테이너도 실행하지만, 작업 크기는 1 vCPU(2~8GB), 2 vCPU(4~16GB), 4 vCPU(8~30GB) 가운데서만 고를 수 있습니다.",
    "ECS on Fargate runs Windows containers too, but only in task sizes of 1 vCPU (2-8 GB), 2 vCPU (4-16 GB) or 4 vCPU (8-30 GB).",
);
pub(crate) const SPOT_ARM: Text = Text::new(
    "FARGATE_SPOT은 플랫폼 버전 1.4.0 이상에서 ARM64 작업을 받습니다.",
    "FARGATE_SPOT takes ARM64 tasks on platform version 1.4.0 or later.",
);

/// A fact re-checked against a current AWS page on [`RECHECKED`].
const fn rechecked(
    id: &'static str,
    ko: &'static str,
    en: &'static str,
    source: &'static str,
) -> Fact {
    checked_today(id, ko, en, source, Status::Verified)
}

/// ECS on Fargate.
pub const FACTS: &[Fact] = &[
    ecs(
        "fargate.ecs.gpu",
        "Fargate용 ECS 작업 정의에서는 gpu 파라미터를 쓸 수 없습니다. GPU가 필요한 작업은 EC2 용량 공급자에서 돌려야 합니다.",
        "The gpu parameter is not valid in an ECS task definition for Fargate; GPU tasks need an EC2 capacity provider.",
        TASKS_SERVICES,
        Status::Verified,
    ),
    ecs(
        "fargate.ecs.daemons",
        "ECS의 DAEMON 스케줄링 전략은 EC2 컨테이너 인스턴스마다 작업을 하나씩 두는 방식이라, Fargate 작업에서는 쓸 수 없습니다.",
        "The ECS DAEMON scheduling strategy puts one task on each EC2 container instance; Fargate tasks do not support it.",
        SERVICE_OPTIONS,
        Status::Verified,
    ),
    ecs(
        "fargate.ecs.privileged",
        "ECS의 Fargate 작업은 privileged로 실행할 수 없습니다. 추가할 수 있는 리눅스 권한(capability)은 CAP_SYS_PTRACE 하나뿐이고, devices·tmpfs·sharedMemorySize도 지원하지 않습니다.",
        "ECS tasks on Fargate cannot be privileged: the only Linux capability they may add is CAP_SYS_PTRACE, and devices, tmpfs and sharedMemorySize are not supported.",
        TASKS_SERVICES,
        Status::Verified,
    ),
    ecs(
        "fargate.ecs.host-networking",
        "ECS의 Fargate 작업은 언제나 awsvpc 네트워크 모드로 돌기 때문에 host 네트워크 모드를 쓸 수 없습니다.",
        "ECS tasks on Fargate always use the awsvpc network mode, so host networking is not available.",
        TASKS_SERVICES,
        Status::Verified,
    ),
    Fact {
        id: "fargate.ecs.largest-task",
        text: LARGEST_TASK,
        source: TASKS_SERVICES,
        verified_on: RESEARCH_NOTES,
        status: Status::Verified,
    },
    Fact {
        id: "fargate.ecs.ephemeral-storage",
        text: EPHEMERAL_STORAGE,
        source: TASK_STORAGE,
        verified_on: RESEARCH_NOTES,
        status: Status::Verified,
    },
    Fact {
        id: "fargate.ecs.block-storage",
        text: BLOCK_STORAGE,
        source: EBS_VOLUMES,
        verified_on: RESEARCH_NOTES,
        status: Status::Verified,
    },
    ecs(
        "fargate.ecs.arm",
        "ECS의 Fargate는 ARM64(Graviton) 작업을 실행할 수 있습니다.",
        "ECS on Fargate runs ARM64 (Graviton) tasks.",
        TASKS_SERVICES,
        Status::Verified,
    ),
    Fact {
        id: "fargate.ecs.windows",
        text: WINDOWS,
        source: TASK_SIZES,
        verified_on: RECHECKED,
        status: Status::Verified,
    },
    rechecked(
        "fargate.ecs.spot",
        "FARGATE_SPOT은 리눅스 작업만 받으며(x86은 플랫폼 1.3.0, ARM64는 1.4.0부터), 회수 2분 전에 알려 줍니다.",
        "FARGATE_SPOT takes Linux tasks only (x86 from platform 1.3.0, ARM64 from 1.4.0), with two minutes' warning before a reclaim.",
        STRATEGY_ITEM,
    ),
    Fact {
        id: "fargate.ecs.spot-arm",
        text: SPOT_ARM,
        source: STRATEGY_ITEM,
        verified_on: RECHECKED,
        status: Status::Verified,
    },
    ecs(
        "fargate.ecs.capacity-strategy",
        "ECS 서비스는 용량 공급자 전략으로 작업을 나눠 둘 수 있습니다. base로 최소 작업 수를 한 공급자에 고정하고, 나머지는 weight 비율대로 FARGATE와 FARGATE_SPOT 같은 공급자에 나눕니다.",
        "An ECS service can split its tasks with a capacity provider strategy: base keeps a minimum number of tasks on one provider, and weight shares the rest between providers such as FARGATE and FARGATE_SPOT.",
        STRATEGY_ITEM,
        Status::Verified,
    ),
    rechecked(
        "fargate.ecs.load-balancers",
        "Fargate에서 도는 ECS 서비스는 Application, Network, Gateway Load Balancer를 쓸 수 있고, Classic Load Balancer는 쓸 수 없습니다.",
        "ECS services on Fargate support Application, Network and Gateway Load Balancers; the Classic Load Balancer is not supported.",
        SERVICE_LOAD_BALANCING,
    ),
    ecs(
        "fargate.ecs.isolation",
        "ECS의 Fargate 작업은 저마다 격리된 환경에서 돌아 커널·CPU·메모리·네트워크 인터페이스를 다른 작업과 나누지 않습니다.",
        "Each ECS task on Fargate runs in its own isolated environment and shares no kernel, CPU, memory or network interface with other tasks.",
        AWS_FARGATE,
        Status::Verified,
    ),
];
