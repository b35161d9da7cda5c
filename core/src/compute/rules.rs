//! The engine's rules as data: which needs Fargate cannot meet on which orchestrator, and
//! the scored reasons, placements and caveats the engine can state. Every rule cites the
//! catalog fact it rests on; the conditions that trigger a rule live in `recommend`.

use super::profile::{Need, Orchestrator};
use crate::i18n::Text;

/// A limit that can keep Fargate from running a workload. Written as a flat name: the
/// need's own (`"gpu"`, `"hostNetworking"`), `"podSize"` or `"ephemeralStorage"`. (By hand,
/// in `output.rs`: serde's derive of that shape costs the widgets' wasm bytes. The `ts`
/// attributes describe the same shape; `core/tests/typescript.rs` checks they agree.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "camelCase"))]
pub enum Constraint {
    /// One of the workload's [`Need`]s.
    #[cfg_attr(feature = "ts", ts(untagged))]
    Need(Need),
    /// The pod or task is larger than Fargate's largest size.
    PodSize,
    /// The pod or task asks for more ephemeral storage than Fargate gives.
    EphemeralStorage,
}

/// How much of the workload a blocker takes off Fargate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Scope {
    /// Every pod or task needs EC2.
    Whole,
    /// Only a part needs EC2 (node agents, pods with EBS volumes); the rest can use Fargate.
    Part,
}

/// A hard constraint: Fargate cannot meet `constraint` on `orchestrator`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockRule {
    pub constraint: Constraint,
    pub orchestrator: Orchestrator,
    pub scope: Scope,
    pub text: Text,
    pub fact_id: &'static str,
}

const fn block(
    constraint: Constraint,
    orchestrator: Orchestrator,
    scope: Scope,
    fact_id: &'static str,
    ko: &'static str,
    en: &'static str,
) -> BlockRule {
    BlockRule {
        constraint,
        orchestrator,
        scope,
        text: Text::new(ko, en),
        fact_id,
    }
}

use Constraint::{EphemeralStorage, PodSize};
use Orchestrator::{Ecs, Eks};

/// Every hard constraint. When each applies (a Windows task beyond 4 vCPU or 30 GB, say) is decided in
/// `recommend::applies`; ECS block storage and ECS Arm are absent because Fargate meets them.
pub static BLOCK_RULES: &[BlockRule] = &[
    block(Constraint::Need(Need::Gpu), Eks, Scope::Whole, "fargate.eks.gpu",
        "GPU가 필요한데 EKS의 Fargate에는 GPU가 없으므로 파드는 EC2 노드 그룹에서 돌아야 합니다.",
        "The pods need a GPU and EKS on Fargate has none, so they must run on an EC2 node group."),
    block(Constraint::Need(Need::Daemonsets), Eks, Scope::Part, "fargate.eks.daemonsets",
        "EKS의 Fargate는 DaemonSet을 돌리지 못하므로, 노드 에이전트와 그 에이전트가 필요한 파드에는 EC2 노드 그룹이 있어야 합니다.",
        "EKS on Fargate runs no DaemonSets, so the node agents and the pods that rely on them need an EC2 node group."),
    block(Constraint::Need(Need::Privileged), Eks, Scope::Whole, "fargate.eks.privileged",
        "특권 컨테이너는 EKS의 Fargate에서 돌릴 수 없으므로 EC2 노드가 필요합니다.",
        "Privileged containers cannot run on EKS Fargate, so they need EC2 nodes."),
    block(Constraint::Need(Need::HostNetworking), Eks, Scope::Whole, "fargate.eks.host-networking",
        "HostNetwork나 HostPort를 쓰는 파드는 EKS의 Fargate에 올릴 수 없으므로 EC2 노드가 필요합니다.",
        "Pods that use hostNetwork or hostPort cannot go on EKS Fargate, so they need EC2 nodes."),
    block(Constraint::Need(Need::BlockStorage), Eks, Scope::Part, "fargate.eks.block-storage",
        "EKS의 Fargate 파드에는 EBS 볼륨을 붙일 수 없으므로, EBS를 쓰는 파드에는 EC2 노드 그룹이 필요합니다.",
        "EBS volumes cannot be mounted into EKS Fargate pods, so the pods that keep data on EBS need an EC2 node group."),
    block(Constraint::Need(Need::Windows), Eks, Scope::Whole, "fargate.eks.windows",
        "EKS의 Fargate는 Windows 컨테이너를 돌리지 못하므로 Windows EC2 노드 그룹이 필요합니다.",
        "EKS on Fargate runs no Windows containers, so they need a Windows EC2 node group."),
    block(Constraint::Need(Need::Arm), Eks, Scope::Whole, "fargate.eks.arm",
        "EKS의 Fargate는 Arm 프로세서를 제공하지 않으므로 Graviton EC2 노드 그룹이 필요합니다.",
        "EKS on Fargate offers no Arm processors, so Arm-only images need a Graviton EC2 node group."),
    block(Constraint::Need(Need::Spot), Eks, Scope::Whole, "fargate.eks.spot",
        "EKS는 Fargate Spot을 지원하지 않으므로 스팟으로 아끼려면 EC2 스팟 노드 그룹이 필요합니다.",
        "EKS does not support Fargate Spot, so saving with spot capacity means an EC2 Spot node group."),
    block(PodSize, Eks, Scope::Whole, "fargate.eks.largest-pod",
        "구성 요소 몫 256MB를 더하면 이 파드는 EKS Fargate의 최대 크기(16 vCPU, 120GB)를 넘으므로 EC2 노드가 필요합니다.",
        "With 256 MB added for the Kubernetes components, this pod exceeds the largest EKS Fargate size (16 vCPU, 120 GB), so it needs EC2 nodes."),
    block(EphemeralStorage, Eks, Scope::Whole, "fargate.eks.ephemeral-storage",
        "이 파드는 EKS Fargate의 임시 스토리지 한도 175GiB보다 많이 요청하므로 EC2 노드가 필요합니다.",
        "This pod asks for more ephemeral storage than the 175 GiB EKS Fargate allows, so it needs EC2 nodes."),
    block(Constraint::Need(Need::Gpu), Ecs, Scope::Whole, "fargate.ecs.gpu",
        "Fargate 작업 정의에는 gpu 파라미터를 쓸 수 없으므로 GPU 작업은 EC2 용량 공급자에서 돌아야 합니다.",
        "Fargate task definitions cannot use the gpu parameter, so GPU tasks must run on an EC2 capacity provider."),
    block(Constraint::Need(Need::Daemonsets), Ecs, Scope::Part, "fargate.ecs.daemons",
        "DAEMON 스케줄링은 EC2 인스턴스에서만 되므로, 데몬 서비스와 그 데몬이 필요한 작업에는 EC2 용량 공급자가 있어야 합니다.",
        "DAEMON scheduling works on EC2 instances only, so the daemon service and the tasks that rely on it need an EC2 capacity provider."),
    block(Constraint::Need(Need::Privileged), Ecs, Scope::Whole, "fargate.ecs.privileged",
        "Fargate 작업은 privileged로 돌 수 없으므로 EC2 용량 공급자가 필요합니다.",
        "Fargate tasks cannot be privileged, so they need an EC2 capacity provider."),
    block(Constraint::Need(Need::HostNetworking), Ecs, Scope::Whole, "fargate.ecs.host-networking",
        "Fargate 작업은 awsvpc 모드만 쓰므로 host 네트워크 모드가 필요하면 EC2 용량 공급자가 있어야 합니다.",
        "Fargate tasks use awsvpc mode only, so host network mode needs an EC2 capacity provider."),
    block(Constraint::Need(Need::Windows), Ecs, Scope::Whole, "fargate.ecs.windows",
        "Fargate의 Windows 작업은 1, 2, 4 vCPU에 최대 30GB라, 이보다 큰 작업은 EC2 용량 공급자가 필요합니다.",
        "Windows tasks on Fargate come in 1, 2 or 4 vCPU, up to 30 GB, so a larger one needs an EC2 capacity provider."),
    block(Constraint::Need(Need::Spot), Ecs, Scope::Whole, "fargate.ecs.spot",
        "Fargate Spot은 Windows 작업을 받지 않으므로, Windows 작업을 스팟으로 돌리려면 EC2 스팟 용량 공급자가 필요합니다.",
        "Fargate Spot takes no Windows tasks, so running Windows on spot capacity needs an EC2 Spot capacity provider."),
    block(PodSize, Ecs, Scope::Whole, "fargate.ecs.largest-task",
        "이 작업은 Fargate의 최대 크기(16 vCPU, 120GB)를 넘으므로 EC2 용량 공급자가 필요합니다.",
        "This task exceeds the largest Fargate size (16 vCPU, 120 GB), so it needs an EC2 capacity provider."),
    block(EphemeralStorage, Ecs, Scope::Whole, "fargate.ecs.ephemeral-storage",
        "이 작업은 Fargate의 임시 스토리지 한도 200GiB보다 많이 요청하므로 EC2 용량 공급자가 필요합니다.",
        "This task asks for more ephemeral storage than the 200 GiB Fargate allows, so it needs an EC2 capacity provider."),
];

/// The rule for `constraint` on `orchestrator`, if Fargate can fall short of it there.
pub fn block_rule(
    constraint: Constraint,
    orchestrator: Orchestrator,
) -> Option<&'static BlockRule> {
    BLOCK_RULES
        .iter()
        .find(|rule| rule.constraint == constraint && rule.orchestrator == orchestrator)
}

/// The two ways to run the workload that the engine scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Capacity {
    Ec2,
    Fargate,
}

/// Where a reason's weight comes from: one of the reader's priorities, or the workload's
/// own traits, which carry the fixed weight [`WORKLOAD_WEIGHT`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Basis {
    Cost,
    Control,
    Simplicity,
    Workload,
}

/// The weight of reasons that come from the workload itself (start-up needs, isolation)
/// rather than from a priority the reader sets.
pub const WORKLOAD_WEIGHT: u8 = 2;

/// A scored reason for one option. Cost is not among them: its reason comes from the cost
/// model (`cost_gap`), with the numbers in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReasonRule {
    pub option: Capacity,
    pub basis: Basis,
    /// Points before weighting, 1 or 2.
    pub points: u32,
    pub text: Text,
    pub fact_id: &'static str,
}

const fn reason(
    option: Capacity,
    basis: Basis,
    points: u32,
    fact_id: &'static str,
    ko: &'static str,
    en: &'static str,
) -> ReasonRule {
    ReasonRule {
        option,
        basis,
        points,
        text: Text::new(ko, en),
        fact_id,
    }
}

/// Always: Fargate leaves no servers to run.
pub const FARGATE_NO_SERVERS: ReasonRule = reason(
    Capacity::Fargate,
    Basis::Simplicity,
    2,
    "compute.management",
    "Fargate에는 패치하거나 늘리고 줄일 서버가 없습니다. 파드와 작업 아래의 용량은 AWS가 맡습니다.",
    "Fargate leaves no servers to patch or scale: AWS runs the capacity under each pod or task.",
);
/// Always: EC2 lets you choose the machines.
pub const EC2_CHOICE_OF_MACHINE: ReasonRule = reason(
    Capacity::Ec2,
    Basis::Control,
    2,
    "compute.control",
    "EC2에서는 인스턴스 종류와 크기를 고르고 노드를 직접 조정할 수 있습니다.",
    "EC2 lets you pick instance types and sizes and tune the nodes yourself.",
);
/// `opsCapacity: none`.
pub const FARGATE_NO_OPS_TEAM: ReasonRule = reason(
    Capacity::Fargate,
    Basis::Simplicity,
    2,
    "compute.management",
    "팀에 서버를 돌볼 사람이 없는데, Fargate라면 돌볼 서버 자체가 없습니다.",
    "No one on the team looks after servers, and Fargate leaves none to look after.",
);
/// `opsCapacity: dedicated`.
pub const EC2_PLATFORM_TEAM: ReasonRule = reason(
    Capacity::Ec2,
    Basis::Control,
    1,
    "compute.control",
    "전담 플랫폼 팀이 있으면 노드 그룹을 운영하면서 EC2가 주는 제어권을 제대로 살릴 수 있습니다.",
    "A dedicated platform team can run the nodes and make full use of the control EC2 gives.",
);
/// EKS: Fargate nodes cannot be customised.
pub const EC2_EKS_NODE_ACCESS: ReasonRule = reason(Capacity::Ec2, Basis::Control, 1, "fargate.eks.nodes",
    "EKS의 Fargate에서는 사용자 지정 AMI나 CNI, SSH 접속, 퍼블릭 서브넷을 쓸 수 없지만 EC2 노드에서는 모두 됩니다.",
    "EKS on Fargate rules out custom AMIs, custom CNIs, SSH and public subnets; EC2 nodes allow all of them.");
/// `startupSensitive`.
pub const EC2_STARTUP: ReasonRule = reason(Capacity::Ec2, Basis::Workload, 2, "fargate.startup",
    "시작 시간이 중요한데, Fargate는 이미지 캐시가 없어 새 파드나 작업마다 이미지 전체를 먼저 받습니다. 떠 있는 EC2 노드의 여유 공간이면 기다리지 않습니다.",
    "Start-up matters here: Fargate caches no images, so each new pod or task first pulls its whole image; spare room on a running EC2 node skips that wait.");
/// `loadPattern: scheduled`.
pub const FARGATE_BATCH_START: ReasonRule = reason(Capacity::Fargate, Basis::Workload, 1, "batch.startup",
    "정해진 시간에 도는 작업이면, AWS Batch 안내대로 새 EC2 인스턴스는 보통 몇 분, Fargate 작업은 약 30초면 준비됩니다.",
    "For work at set times, the AWS Batch guide has a Fargate job provisioned in about 30 seconds, a new EC2 instance in minutes.");
/// Always, on EKS.
pub const FARGATE_ISOLATION_EKS: ReasonRule = reason(
    Capacity::Fargate,
    Basis::Workload,
    1,
    "fargate.eks.isolation",
    "Fargate에서는 파드마다 전용 가상 머신이 있어 다른 파드와 커널을 나누지 않습니다.",
    "On Fargate each pod gets its own virtual machine and shares no kernel with other pods.",
);
/// Always, on ECS.
pub const FARGATE_ISOLATION_ECS: ReasonRule = reason(Capacity::Fargate, Basis::Workload, 1, "fargate.ecs.isolation",
    "Fargate에서는 작업마다 격리된 환경이 있어 다른 작업과 커널을 나누지 않습니다.",
    "On Fargate each task runs in its own isolated environment and shares no kernel with other tasks.");

/// Every reason the engine can give, for listing the facts it cites.
pub static REASON_RULES: &[ReasonRule] = &[
    FARGATE_NO_SERVERS,
    EC2_CHOICE_OF_MACHINE,
    FARGATE_NO_OPS_TEAM,
    EC2_PLATFORM_TEAM,
    EC2_EKS_NODE_ACCESS,
    EC2_STARTUP,
    FARGATE_BATCH_START,
    FARGATE_ISOLATION_EKS,
    FARGATE_ISOLATION_ECS,
];
