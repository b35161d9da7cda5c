//! The engine's rules as data: which needs Fargate or AWS-managed EC2 cannot meet on which
//! orchestrator, and the scored reasons the engine can state. Every rule cites the catalog
//! fact it rests on; the conditions that trigger a rule live in `recommend`.

use super::needs::Need;
use super::profile::Orchestrator;
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

/// How much of the workload a blocker takes off its option.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Scope {
    /// No pod or task can run on the option.
    Whole,
    /// Only a part cannot (node agents, pods with EBS volumes on Fargate); the rest can.
    Part,
}

/// A hard constraint: `option` cannot meet `constraint` on `orchestrator`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockRule {
    pub constraint: Constraint,
    pub orchestrator: Orchestrator,
    /// The option ruled out: Fargate, or the EC2 that AWS runs. (Nothing rules out the EC2
    /// nodes you run.)
    pub option: Capacity,
    pub scope: Scope,
    pub text: Text,
    pub fact_id: &'static str,
}

/// A need Fargate cannot meet.
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
        option: Capacity::Fargate,
        scope,
        text: Text::new(ko, en),
        fact_id,
    }
}

/// A need the EC2 that AWS runs (EKS Auto Mode, ECS Managed Instances) cannot meet, or is not
/// known to: the whole workload stays off it.
const fn managed_block(
    constraint: Constraint,
    orchestrator: Orchestrator,
    fact_id: &'static str,
    text: Text,
) -> BlockRule {
    BlockRule {
        constraint,
        orchestrator,
        option: Capacity::Managed,
        scope: Scope::Whole,
        text,
        fact_id,
    }
}

const MANAGED_LINUX_ONLY: Text = Text::new(
    "AWS가 운영하는 EC2는 리눅스만 돌리므로 Windows는 직접 운영하는 EC2가 맡습니다.",
    "EC2 that AWS runs takes Linux only, so Windows stays on EC2 you run.",
);
const MANAGED_PRIVILEGED: Text = Text::new(
    "AWS는 자신이 운영하는 EC2에서 특권 컨테이너가 도는지 밝히지 않으므로 직접 운영하는 EC2에 둡니다.",
    "AWS does not say EC2 it runs takes privileged containers, so they stay on EC2 you run.",
);

use Constraint::{EphemeralStorage, PodSize};
use Orchestrator::{Ecs, Eks};

/// Every hard constraint. When each applies (a Windows task beyond 4 vCPU or 30 GB, say) is decided in
/// `recommend::applies`; ECS block storage and ECS Arm are absent because Fargate meets them,
/// and AWS-managed EC2 meets every need but Windows and (unconfirmed) privileged containers.
pub static BLOCK_RULES: &[BlockRule] = &[
    block(Constraint::Need(Need::Gpu), Eks, Scope::Whole, "fargate.eks.gpu",
        "EKS의 Fargate에는 GPU가 없으므로 GPU 파드는 EC2 노드가 필요합니다.",
        "EKS on Fargate has no GPUs, so the pods need EC2 nodes."),
    block(Constraint::Need(Need::Daemonsets), Eks, Scope::Part, "fargate.eks.daemonsets",
        "EKS의 Fargate는 DaemonSet을 돌리지 못하므로, 에이전트와 그에 기대는 파드는 EC2 노드가 필요합니다.",
        "EKS on Fargate runs no DaemonSets, so the agents and the pods relying on them need EC2 nodes."),
    block(Constraint::Need(Need::Privileged), Eks, Scope::Whole, "fargate.eks.privileged",
        "EKS의 Fargate는 특권 컨테이너를 돌리지 못하므로 EC2 노드가 필요합니다.",
        "EKS on Fargate runs no privileged containers, so they need EC2 nodes."),
    block(Constraint::Need(Need::HostNetworking), Eks, Scope::Whole, "fargate.eks.host-networking",
        "hostNetwork·hostPort 파드는 EKS의 Fargate에 올릴 수 없으므로 EC2 노드가 필요합니다.",
        "Pods using hostNetwork or hostPort cannot run on EKS Fargate, so they need EC2 nodes."),
    block(Constraint::Need(Need::BlockStorage), Eks, Scope::Part, "fargate.eks.block-storage",
        "EKS의 Fargate 파드에는 EBS를 붙일 수 없으므로, EBS를 쓰는 파드는 EC2 노드가 필요합니다.",
        "EKS Fargate pods cannot mount EBS, so the pods keeping data on EBS need EC2 nodes."),
    block(Constraint::Need(Need::Windows), Eks, Scope::Whole, "fargate.eks.windows",
        "EKS의 Fargate는 Windows 컨테이너를 돌리지 못하므로 Windows EC2 노드가 필요합니다.",
        "EKS on Fargate runs no Windows containers, so they need Windows EC2 nodes."),
    block(Constraint::Need(Need::Arm), Eks, Scope::Whole, "fargate.eks.arm",
        "EKS의 Fargate에는 Arm이 없으므로 Arm 전용 이미지는 Graviton EC2 노드가 필요합니다.",
        "EKS on Fargate offers no Arm, so Arm-only images need Graviton EC2 nodes."),
    block(Constraint::Need(Need::Spot), Eks, Scope::Whole, "fargate.eks.spot",
        "EKS는 Fargate Spot을 지원하지 않으므로 스팟에는 EC2 스팟 노드가 필요합니다.",
        "EKS has no Fargate Spot, so Spot means EC2 Spot nodes."),
    block(PodSize, Eks, Scope::Whole, "fargate.eks.largest-pod",
        "256MB를 더하면 이 파드는 EKS Fargate의 최대 크기(16 vCPU, 120GB)를 넘으므로 EC2 노드가 필요합니다.",
        "With 256 MB added, this pod exceeds the largest EKS Fargate size (16 vCPU, 120 GB), so it needs EC2 nodes."),
    block(EphemeralStorage, Eks, Scope::Whole, "fargate.eks.ephemeral-storage",
        "이 파드는 EKS Fargate의 임시 스토리지 한도 175GiB를 넘으므로 EC2 노드가 필요합니다.",
        "This pod asks for more than the 175 GiB of ephemeral storage EKS Fargate allows, so it needs EC2 nodes."),
    block(Constraint::Need(Need::Gpu), Ecs, Scope::Whole, "fargate.ecs.gpu",
        "Fargate 작업에는 gpu 파라미터를 쓸 수 없으므로 GPU 작업은 EC2 인스턴스가 필요합니다.",
        "Fargate tasks cannot use the gpu parameter, so GPU tasks need EC2 instances."),
    block(Constraint::Need(Need::Daemonsets), Ecs, Scope::Part, "fargate.ecs.daemons",
        "DAEMON 스케줄링은 EC2에서만 되므로, 데몬과 그에 기대는 작업은 EC2 인스턴스가 필요합니다.",
        "DAEMON scheduling works on EC2 only, so the daemon and the tasks relying on it need EC2 instances."),
    block(Constraint::Need(Need::Privileged), Ecs, Scope::Whole, "fargate.ecs.privileged",
        "Fargate 작업은 privileged로 돌 수 없으므로 EC2 인스턴스가 필요합니다.",
        "Fargate tasks cannot be privileged, so they need EC2 instances."),
    block(Constraint::Need(Need::HostNetworking), Ecs, Scope::Whole, "fargate.ecs.host-networking",
        "Fargate 작업은 awsvpc 모드만 쓰므로 host 네트워크 모드에는 EC2 인스턴스가 필요합니다.",
        "Fargate tasks use awsvpc mode only, so host network mode needs EC2 instances."),
    block(Constraint::Need(Need::Windows), Ecs, Scope::Whole, "fargate.ecs.windows",
        "Fargate의 Windows 작업은 1, 2, 4 vCPU에 최대 30GB라 더 큰 작업은 EC2 인스턴스가 필요합니다.",
        "Windows tasks on Fargate come in 1, 2 or 4 vCPU, up to 30 GB, so a larger one needs EC2 instances."),
    block(Constraint::Need(Need::Spot), Ecs, Scope::Whole, "fargate.ecs.spot",
        "Fargate Spot은 Windows 작업을 받지 않으므로 Windows 스팟에는 EC2 스팟 인스턴스가 필요합니다.",
        "Fargate Spot takes no Windows tasks, so Windows on Spot needs EC2 Spot instances."),
    block(PodSize, Ecs, Scope::Whole, "fargate.ecs.largest-task",
        "이 작업은 Fargate의 최대 크기(16 vCPU, 120GB)를 넘으므로 EC2 인스턴스가 필요합니다.",
        "This task exceeds the largest Fargate size (16 vCPU, 120 GB), so it needs EC2 instances."),
    block(EphemeralStorage, Ecs, Scope::Whole, "fargate.ecs.ephemeral-storage",
        "이 작업은 Fargate의 임시 스토리지 한도 200GiB를 넘으므로 EC2 인스턴스가 필요합니다.",
        "This task asks for more than the 200 GiB of ephemeral storage Fargate allows, so it needs EC2 instances."),
    managed_block(Constraint::Need(Need::Windows), Eks, "auto-mode.capabilities", MANAGED_LINUX_ONLY),
    managed_block(Constraint::Need(Need::Windows), Ecs, "managed-instances.capabilities", MANAGED_LINUX_ONLY),
    managed_block(Constraint::Need(Need::Privileged), Eks, "aws-managed.privileged", MANAGED_PRIVILEGED),
    managed_block(Constraint::Need(Need::Privileged), Ecs, "aws-managed.privileged", MANAGED_PRIVILEGED),
];

/// The rule for `constraint` on `orchestrator` against `option`, if `option` can fall short
/// of it there.
pub fn block_rule(
    constraint: Constraint,
    orchestrator: Orchestrator,
    option: Capacity,
) -> Option<&'static BlockRule> {
    BLOCK_RULES.iter().find(|rule| {
        rule.constraint == constraint && rule.orchestrator == orchestrator && rule.option == option
    })
}

/// The three ways to run the workload that the engine scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Capacity {
    /// EC2 nodes you run: EKS node groups, an ECS EC2 capacity provider.
    Ec2,
    /// EC2 that AWS runs: EKS Auto Mode on EKS, ECS Managed Instances on ECS.
    Managed,
    Fargate,
}

impl Capacity {
    /// Every option, in the order a tie goes when nothing else tells them apart: the one
    /// with less to operate first.
    pub const BY_LESS_TO_OPERATE: [Capacity; 3] =
        [Capacity::Fargate, Capacity::Managed, Capacity::Ec2];

    /// The option's short name on `orchestrator`, as the cost reasons write it: AWS's own
    /// name for the EC2 it runs (EKS Auto Mode, ECS Managed Instances).
    pub fn name(self, orchestrator: Orchestrator) -> Text {
        match (self, orchestrator) {
            (Capacity::Ec2, _) => Text::new("EC2", "EC2"),
            (Capacity::Fargate, _) => Text::new("Fargate", "Fargate"),
            (Capacity::Managed, Orchestrator::Eks) => AUTO_MODE,
            (Capacity::Managed, Orchestrator::Ecs) => MANAGED_INSTANCES,
        }
    }
}

/// AWS's names for the EC2 it runs, one per orchestrator.
pub const AUTO_MODE: Text = Text::new("EKS Auto Mode", "EKS Auto Mode");
pub const MANAGED_INSTANCES: Text = Text::new("ECS 관리형 인스턴스", "ECS Managed Instances");

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

/// A scored reason for one option. Cost is not among them: its reasons come from the cost
/// model (`cost_gap`), with the numbers in them.
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
    shared(option, basis, points, fact_id, Text::new(ko, en))
}

/// A reason whose words another reason, for another option, shares.
const fn shared(
    option: Capacity,
    basis: Basis,
    points: u32,
    fact_id: &'static str,
    text: Text,
) -> ReasonRule {
    ReasonRule {
        option,
        basis,
        points,
        text,
        fact_id,
    }
}

/// Fargate runs the whole workload: it leaves no servers to run.
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
const NO_OPS_TEAM: Text = Text::new(
    "팀에 서버를 돌볼 사람이 없는데, Fargate나 AWS가 운영하는 EC2라면 AWS가 돌봅니다.",
    "No one on the team looks after servers; on Fargate or EC2 that AWS runs, AWS does.",
);
/// `opsCapacity: none`, when Fargate runs the whole workload.
pub const FARGATE_NO_OPS_TEAM: ReasonRule = shared(
    Capacity::Fargate,
    Basis::Simplicity,
    2,
    "compute.management",
    NO_OPS_TEAM,
);
/// `opsCapacity: none`, EKS Auto Mode.
pub const AUTO_MODE_NO_OPS_TEAM: ReasonRule = shared(
    Capacity::Managed,
    Basis::Simplicity,
    2,
    "auto-mode.capabilities",
    NO_OPS_TEAM,
);
/// `opsCapacity: none`, ECS Managed Instances.
pub const MANAGED_INSTANCES_NO_OPS_TEAM: ReasonRule = shared(
    Capacity::Managed,
    Basis::Simplicity,
    2,
    "managed-instances.capabilities",
    NO_OPS_TEAM,
);
const AWS_RUNS_NODES: Text = Text::new(
    "이 EC2 인스턴스는 AWS가 띄우고 패치하고 교체합니다.",
    "AWS launches, patches and replaces these EC2 instances.",
);
/// Always, EKS Auto Mode.
pub const AUTO_MODE_RUNS_NODES: ReasonRule = shared(
    Capacity::Managed,
    Basis::Simplicity,
    2,
    "auto-mode.capabilities",
    AWS_RUNS_NODES,
);
/// Always, ECS Managed Instances.
pub const MANAGED_INSTANCES_RUN_NODES: ReasonRule = shared(
    Capacity::Managed,
    Basis::Simplicity,
    2,
    "managed-instances.capabilities",
    AWS_RUNS_NODES,
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
    "EKS의 Fargate에서는 사용자 지정 AMI나 CNI, SSH 접속, 퍼블릭 서브넷을 쓸 수 없지만 직접 운영하는 노드에서는 모두 됩니다.",
    "EKS on Fargate rules out custom AMIs, custom CNIs, SSH and public subnets; nodes you run allow all of them.");
const STARTUP: Text = Text::new(
    "시작 시간이 중요한데, Fargate는 이미지 캐시가 없어 새 파드나 작업마다 이미지 전체를 먼저 받습니다. 떠 있는 EC2 노드의 여유 공간이면 기다리지 않습니다.",
    "Start-up matters here: Fargate caches no images, so each new pod or task first pulls its whole image; spare room on a running EC2 node skips that wait.",
);
/// `startupSensitive`: EC2 nodes you run.
pub const EC2_STARTUP: ReasonRule = shared(
    Capacity::Ec2,
    Basis::Workload,
    2,
    "fargate.startup",
    STARTUP,
);
/// `startupSensitive`: EC2 nodes AWS runs keep spare room and images too.
pub const MANAGED_STARTUP: ReasonRule = shared(
    Capacity::Managed,
    Basis::Workload,
    2,
    "fargate.startup",
    STARTUP,
);
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
    AUTO_MODE_NO_OPS_TEAM,
    MANAGED_INSTANCES_NO_OPS_TEAM,
    AUTO_MODE_RUNS_NODES,
    MANAGED_INSTANCES_RUN_NODES,
    MANAGED_STARTUP,
    EC2_PLATFORM_TEAM,
    EC2_EKS_NODE_ACCESS,
    EC2_STARTUP,
    FARGATE_BATCH_START,
    FARGATE_ISOLATION_EKS,
    FARGATE_ISOLATION_ECS,
];
