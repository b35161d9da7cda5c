//! Where each part of the workload goes, and the caveats that come with Fargate and with the
//! EC2 that AWS runs, as data.

use crate::catalog::{aws_managed as managed, fargate_ecs as ecs, fargate_eks as eks};
use crate::i18n::Text;

/// A kind of capacity a part of the workload is placed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Target {
    Ec2,
    Ec2Spot,
    /// EC2 that AWS runs: EKS Auto Mode, ECS Managed Instances.
    Managed,
    ManagedSpot,
    Fargate,
    FargateSpot,
}

/// One line of the plan: what runs where, and the fact that makes it work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Placement {
    pub target: Target,
    pub text: Text,
    pub fact_id: &'static str,
}

/// Something to know when Fargate, or the EC2 that AWS runs, runs part of the workload.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Caveat {
    pub text: Text,
    pub fact_id: &'static str,
}

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

/// A caveat that says just what its fact says, in the fact's own words (one copy of them).
const fn restating(fact_id: &'static str, text: Text) -> Caveat {
    Caveat { text, fact_id }
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

pub const EKS_MANAGED_ALL: Placement = place(
    Target::Managed,
    "auto-mode.capabilities",
    "EKS Auto Mode가 모든 파드를 실행합니다.",
    "EKS Auto Mode runs every pod.",
);
pub const EKS_MANAGED_SPOT_ALL: Placement = place(
    Target::ManagedSpot,
    "auto-mode.from-fargate",
    "스팟으로 띄운 EKS Auto Mode 노드가 모든 파드를 실행합니다.",
    "EKS Auto Mode on Spot runs every pod.",
);
pub const ECS_MANAGED_ALL: Placement = place(
    Target::Managed,
    "managed-instances.capabilities",
    "관리형 인스턴스가 인스턴스마다 여러 작업씩 모든 작업을 실행합니다.",
    "Managed Instances run every task, several to an instance.",
);
pub const ECS_MANAGED_SPOT_ALL: Placement = place(
    Target::ManagedSpot,
    "managed-instances.spot",
    "스팟으로 띄운 관리형 인스턴스가 모든 작업을 실행합니다.",
    "Managed Instances on Spot run every task.",
);
pub const ECS_MANAGED_DAEMONS: Placement = place(
    Target::Managed,
    "managed-instances.daemons",
    "ECS Managed Daemons가 에이전트를 인스턴스마다 하나씩 실행합니다.",
    "ECS Managed Daemons run the agents, one task on each instance.",
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
    EKS_MANAGED_ALL,
    EKS_MANAGED_SPOT_ALL,
    ECS_MANAGED_ALL,
    ECS_MANAGED_SPOT_ALL,
    ECS_MANAGED_DAEMONS,
];

pub const EKS_LOAD_BALANCERS: Caveat = restating("fargate.eks.load-balancers", eks::LOAD_BALANCERS);
pub const EKS_IMDS: Caveat = caveat(
    "fargate.eks.imds",
    "Fargate 파드에서는 IMDS를 쓸 수 없으니 IAM 권한은 서비스 계정용 IAM 역할로 주세요.",
    "Fargate pods have no IMDS: give them IAM credentials through IAM roles for service accounts.",
);
pub const EKS_POD_IDENTITY: Caveat = restating("fargate.eks.pod-identity", eks::POD_IDENTITY);
pub const EKS_JOBS: Caveat = caveat("fargate.eks.jobs",
    "Fargate에서 도는 Job에는 ttlSecondsAfterFinished를 지정하세요. 끝난 Job의 파드도 지울 때까지 과금됩니다.",
    "Set ttlSecondsAfterFinished on Jobs that run on Fargate: a finished Job's pods are billed until deleted.");
pub const EKS_EFS: Caveat = restating("fargate.eks.efs", eks::EFS);
pub const ECS_LOAD_BALANCERS: Caveat = caveat("fargate.ecs.load-balancers",
    "Fargate 작업 앞에는 대상 유형이 ip인 ALB, NLB, Gateway Load Balancer를 두세요. Classic은 안 됩니다.",
    "Front Fargate tasks with an ALB, NLB or Gateway Load Balancer using ip targets; not a Classic one.");
pub const ECS_EBS: Caveat = restating("fargate.ecs.block-storage", ecs::BLOCK_STORAGE);
pub const ECS_WINDOWS: Caveat = restating("fargate.ecs.windows", ecs::WINDOWS);
pub const ECS_LARGE_TASK: Caveat = restating("fargate.ecs.largest-task", ecs::LARGEST_TASK);
pub const ECS_ARM_SPOT: Caveat = restating("fargate.ecs.spot-arm", ecs::SPOT_ARM);

pub const ECS_ARM: Caveat = caveat(
    "fargate.ecs.arm",
    "작업 정의의 런타임 플랫폼을 ARM64로 지정하면 Fargate가 Graviton에서 작업을 실행합니다.",
    "Set the task definition's runtime platform to ARM64 and Fargate runs the tasks on Graviton.",
);
pub const ECS_SPOT_SAVING: Caveat = restating(
    "pricing.fargate-spot",
    crate::catalog::pricing::FARGATE_SPOT,
);

pub const EKS_EPHEMERAL: Caveat =
    restating("fargate.eks.ephemeral-storage", eks::EPHEMERAL_STORAGE);
pub const ECS_EPHEMERAL: Caveat =
    restating("fargate.ecs.ephemeral-storage", ecs::EPHEMERAL_STORAGE);

/// What the EC2 that AWS runs rules out, in one text for both orchestrators.
const AWS_RUNS_NODES: Text = Text::new(
    "AWS는 이 인스턴스에 SSH 접속을 막고, 각 인스턴스를 최대 21일 안에 교체합니다.",
    "AWS allows no SSH into these instances and replaces each within 21 days.",
);
pub const AUTO_MODE_NODES: Caveat = Caveat {
    text: AWS_RUNS_NODES,
    fact_id: "auto-mode.nodes",
};
pub const MANAGED_INSTANCES_NODES: Caveat = Caveat {
    text: AWS_RUNS_NODES,
    fact_id: "managed-instances.nodes",
};
/// The migration note: how a workload on EKS Fargate today would move.
pub const AUTO_MODE_FROM_FARGATE: Caveat =
    restating("auto-mode.from-fargate", managed::AUTO_MODE_FROM_FARGATE);

/// Every caveat the engine can add, for listing the facts it cites.
pub static CAVEATS: &[Caveat] = &[
    EKS_LOAD_BALANCERS,
    EKS_IMDS,
    EKS_POD_IDENTITY,
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
    AUTO_MODE_NODES,
    MANAGED_INSTANCES_NODES,
    AUTO_MODE_FROM_FARGATE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_restating_caveat_cites_the_fact_whose_words_it_uses() {
        let restating = [
            EKS_LOAD_BALANCERS,
            EKS_EFS,
            ECS_EBS,
            ECS_WINDOWS,
            ECS_LARGE_TASK,
            EKS_EPHEMERAL,
            ECS_EPHEMERAL,
            EKS_POD_IDENTITY,
            ECS_ARM_SPOT,
            ECS_SPOT_SAVING,
            AUTO_MODE_FROM_FARGATE,
        ];
        for caveat in restating {
            let fact = crate::catalog::fact(caveat.fact_id);
            assert_eq!(
                fact.map(|f| f.text),
                Some(caveat.text),
                "{}",
                caveat.fact_id
            );
        }
    }
}
