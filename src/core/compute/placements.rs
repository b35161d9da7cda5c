//! Where each part of the workload goes, and the caveats that come with Fargate, as data.

use crate::core::i18n::Text;
use crate::core::json::{json_object, Keyword};

/// A kind of capacity a part of the workload is placed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Ec2,
    Ec2Spot,
    Fargate,
    FargateSpot,
}

impl Keyword for Target {
    const KEYWORDS: &'static [(&'static str, Self)] = &[
        ("ec2", Target::Ec2),
        ("ec2Spot", Target::Ec2Spot),
        ("fargate", Target::Fargate),
        ("fargateSpot", Target::FargateSpot),
    ];
}

/// One line of the plan: what runs where, and the fact that makes it work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    pub target: Target,
    pub text: Text,
    pub fact_id: &'static str,
}

json_object!(Placement { "target": target, "text": text, "factId": fact_id });

/// Something to know when Fargate runs part of the workload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caveat {
    pub text: Text,
    pub fact_id: &'static str,
}

json_object!(Caveat { "text": text, "factId": fact_id });

const fn place(
    target: Target,
    fact_id: &'static str,
    ko: &'static str,
    en: &'static str,
) -> Placement {
    Placement {
        target,
        text: Text::new(ko, en),
        fact_id,
    }
}

const fn caveat(fact_id: &'static str, ko: &'static str, en: &'static str) -> Caveat {
    Caveat {
        text: Text::new(ko, en),
        fact_id,
    }
}

pub const EKS_EC2_ALL: Placement = place(
    Target::Ec2,
    "ec2.capabilities",
    "관리형 노드 그룹이 모든 파드를 실행합니다.",
    "A managed node group runs every pod.",
);
pub const EKS_EC2_SPOT_ALL: Placement = place(
    Target::Ec2Spot,
    "ec2.spot",
    "스팟 인스턴스로 된 관리형 노드 그룹이 모든 파드를 실행합니다.",
    "A managed node group of Spot Instances runs every pod.",
);
pub const EKS_FARGATE_ALL: Placement = place(
    Target::Fargate,
    "compute.management",
    "워크로드의 네임스페이스를 고르는 Fargate 프로파일이 모든 파드를 실행합니다.",
    "A Fargate profile that selects the workload's namespace runs every pod.",
);
pub const EKS_EC2_AGENTS: Placement = place(Target::Ec2, "fargate.eks.daemonsets",
    "관리형 노드 그룹이 DaemonSet 에이전트와, 그 에이전트가 같은 노드에 있어야 하는 파드를 실행합니다.",
    "A managed node group runs the DaemonSet agents and the pods that need an agent on their node.");
pub const EKS_EC2_EBS: Placement = place(
    Target::Ec2,
    "fargate.eks.block-storage",
    "관리형 노드 그룹이 EBS 볼륨을 붙이는 파드를 실행합니다.",
    "A managed node group runs the pods that mount EBS volumes.",
);
pub const EKS_FARGATE_REST_SIDECAR: Placement = place(Target::Fargate, "fargate.eks.daemonsets",
    "나머지 파드는 Fargate 프로파일이 실행하고, 에이전트가 필요하면 사이드카 컨테이너로 붙입니다.",
    "A Fargate profile runs the other pods; any agent they need rides along as a sidecar container.");
pub const EKS_FARGATE_REST: Placement = place(
    Target::Fargate,
    "compute.management",
    "나머지 상태 없는 파드는 Fargate 프로파일이 실행합니다.",
    "A Fargate profile runs the stateless rest.",
);

pub const ECS_EC2_ALL: Placement = place(
    Target::Ec2,
    "ec2.capabilities",
    "EC2 용량 공급자(Auto Scaling 그룹)가 모든 작업을 실행합니다.",
    "An EC2 capacity provider (an Auto Scaling group) runs every task.",
);
pub const ECS_EC2_SPOT_ALL: Placement = place(
    Target::Ec2Spot,
    "ec2.spot",
    "스팟 인스턴스로 된 EC2 용량 공급자가 모든 작업을 실행합니다.",
    "An EC2 capacity provider backed by Spot Instances runs every task.",
);
pub const ECS_FARGATE_ALL: Placement = place(
    Target::Fargate,
    "compute.management",
    "FARGATE 용량 공급자가 모든 작업을 실행합니다.",
    "The FARGATE capacity provider runs every task.",
);
pub const ECS_FARGATE_BASE: Placement = place(Target::Fargate, "fargate.ecs.capacity-strategy",
    "용량 공급자 전략의 base로 일정 수의 작업을 일반 FARGATE에 두어, 스팟 회수가 한꺼번에 모든 작업을 가져가지 않게 합니다.",
    "A capacity provider strategy keeps a base of tasks on regular FARGATE, so a Spot reclaim never takes them all.");
pub const ECS_FARGATE_SPOT_REST: Placement = place(Target::FargateSpot, "fargate.ecs.spot",
    "나머지 작업은 weight에 따라 FARGATE_SPOT이 맡고, 회수 2분 전에 알림을 받습니다.",
    "FARGATE_SPOT takes the rest by weight, and each task hears two minutes before it is reclaimed.");
pub const ECS_EC2_DAEMONS: Placement = place(Target::Ec2, "fargate.ecs.daemons",
    "EC2 용량 공급자가 DAEMON 서비스와, 그 데몬이 같은 호스트에 있어야 하는 작업을 실행합니다.",
    "An EC2 capacity provider runs the DAEMON service and the tasks that need the daemon on their host.");
pub const ECS_FARGATE_REST_SIDECAR: Placement = place(
    Target::Fargate,
    "fargate.ecs.daemons",
    "나머지 작업은 Fargate가 실행하고, 에이전트가 필요하면 사이드카 컨테이너로 붙입니다.",
    "Fargate runs the other tasks; any agent they need rides along as a sidecar container.",
);

/// Every placement the engine can propose, for listing the facts it cites.
pub static PLACEMENTS: &[Placement] = &[
    EKS_EC2_ALL,
    EKS_EC2_SPOT_ALL,
    EKS_FARGATE_ALL,
    EKS_EC2_AGENTS,
    EKS_EC2_EBS,
    EKS_FARGATE_REST_SIDECAR,
    EKS_FARGATE_REST,
    ECS_EC2_ALL,
    ECS_EC2_SPOT_ALL,
    ECS_FARGATE_ALL,
    ECS_FARGATE_BASE,
    ECS_FARGATE_SPOT_REST,
    ECS_EC2_DAEMONS,
    ECS_FARGATE_REST_SIDECAR,
];

pub const EKS_LOAD_BALANCERS: Caveat = caveat(
    "fargate.eks.load-balancers",
    "Fargate 파드 앞의 ALB나 NLB는 IP 대상 유형으로 만들어야 합니다.",
    "Put the ALB or NLB in front of Fargate pods in IP target mode.",
);
pub const EKS_IMDS: Caveat = caveat(
    "fargate.eks.imds",
    "Fargate 파드에서는 IMDS를 쓸 수 없으니 리전 같은 값은 파드 명세에 직접 적으세요.",
    "Fargate pods have no IMDS: write values such as the Region into the pod spec.",
);
pub const EKS_POD_IDENTITY: Caveat = caveat(
    "fargate.eks.pod-identity",
    "Fargate 파드는 EKS Pod Identity를 쓸 수 없으니 IAM 권한은 서비스 계정용 IAM 역할(IRSA)로 주세요.",
    "Fargate pods cannot use EKS Pod Identity: give them IAM roles through IAM roles for service accounts (IRSA).",
);
pub const EKS_PATCHING: Caveat = caveat(
    "fargate.eks.patching",
    "EKS는 Fargate 파드를 수시로 패치하며, 축출되지 않는 파드는 지울 수 있습니다.",
    "EKS patches Fargate pods from time to time and may delete one it cannot evict.",
);
pub const EKS_JOBS: Caveat = caveat("fargate.eks.jobs",
    "Fargate에서 도는 Job에는 ttlSecondsAfterFinished를 지정하세요. 끝난 Job의 파드도 지울 때까지 과금됩니다.",
    "Set ttlSecondsAfterFinished on Jobs that run on Fargate: a finished Job's pods are billed until deleted.");
pub const EKS_EFS: Caveat = caveat(
    "fargate.eks.efs",
    "Fargate 파드에 공유 파일 시스템이 필요하면 정적 프로비저닝한 EFS를 쓸 수 있습니다.",
    "Fargate pods that need shared files can use EFS, provisioned statically.",
);
pub const ECS_LOAD_BALANCERS: Caveat = caveat("fargate.ecs.load-balancers",
    "Fargate 작업 앞에는 대상 유형이 ip인 ALB, NLB, Gateway Load Balancer를 두세요. Classic Load Balancer는 쓸 수 없습니다.",
    "Front Fargate tasks with an Application, Network or Gateway Load Balancer using ip targets; the Classic Load Balancer does not work.");
pub const ECS_EBS: Caveat = caveat(
    "fargate.ecs.block-storage",
    "Fargate 작업에는 시작할 때 EBS 볼륨을 하나만 붙일 수 있습니다.",
    "A Fargate task gets one EBS volume, attached at launch.",
);
pub const ECS_WINDOWS: Caveat = caveat("fargate.ecs.windows",
    "Fargate의 Windows 작업은 1, 2, 4 vCPU에 최대 30GB이므로, 요청은 그중 가장 가까운 큰 크기로 과금됩니다.",
    "Windows tasks on Fargate come in 1, 2 or 4 vCPU, up to 30 GB: the task is billed at the nearest size up.");
pub const ECS_LARGE_TASK: Caveat = caveat(
    "fargate.ecs.largest-task",
    "8 vCPU나 16 vCPU 크기의 Fargate 작업은 플랫폼 버전 1.4.0 이상이 필요합니다.",
    "Fargate tasks of 8 or 16 vCPU need platform version 1.4.0 or later.",
);
pub const ECS_ARM_SPOT: Caveat = caveat("fargate.ecs.spot-arm",
    "FARGATE_SPOT은 플랫폼 버전 1.4.0 이상에서만 ARM64 작업을 받으니, 플랫폼 버전을 LATEST나 1.4.0으로 두세요.",
    "FARGATE_SPOT takes ARM64 tasks on platform version 1.4.0 or later only: keep the platform version at LATEST or 1.4.0.");

pub const ECS_ARM: Caveat = caveat(
    "fargate.ecs.arm",
    "작업 정의의 런타임 플랫폼을 ARM64로 지정하면 Fargate가 Graviton에서 작업을 실행합니다.",
    "Set the task definition's runtime platform to ARM64 and Fargate runs the tasks on Graviton.",
);
pub const ECS_SPOT_SAVING: Caveat = caveat(
    "pricing.fargate-spot",
    "비용 계산은 관측된 요금을 바탕으로 Fargate Spot을 66% 할인으로 가정합니다. AWS는 최대 70%라고만 하며 요금을 수시로 바꿉니다.",
    "The estimate assumes Fargate Spot at 66% off, from observed rates; AWS says only up to 70%, and changes its rates.",
);

pub const EKS_EPHEMERAL: Caveat = caveat(
    "fargate.eks.ephemeral-storage",
    "기본 20GiB보다 많은 임시 스토리지는 컨테이너마다 ephemeral-storage 요청으로 받을 수 있으며, 파드당 최대 175GiB입니다.",
    "Ephemeral storage beyond the default 20 GiB comes from each container's ephemeral-storage request, up to 175 GiB per pod.",
);
pub const ECS_EPHEMERAL: Caveat = caveat(
    "fargate.ecs.ephemeral-storage",
    "기본 20GiB보다 많은 임시 스토리지는 작업 정의에서 늘릴 수 있으며, 작업당 최대 200GiB입니다.",
    "Ephemeral storage beyond the default 20 GiB is set in the task definition, up to 200 GiB per task.",
);

/// Every caveat the engine can add, for listing the facts it cites.
pub static CAVEATS: &[Caveat] = &[
    EKS_LOAD_BALANCERS,
    EKS_IMDS,
    EKS_POD_IDENTITY,
    EKS_PATCHING,
    EKS_JOBS,
    EKS_EFS,
    ECS_LOAD_BALANCERS,
    ECS_EBS,
    ECS_WINDOWS,
    ECS_LARGE_TASK,
    ECS_ARM_SPOT,
    ECS_ARM,
    ECS_SPOT_SAVING,
    EKS_EPHEMERAL,
    ECS_EPHEMERAL,
];
