//! EC2 that AWS runs for you (EKS Auto Mode, ECS Managed Instances) and Savings Plans: what
//! each runs, what it rules out, how it bills, and how the cost model treats them. Checked
//! against current AWS pages on 2026-12-01; the fee rates rest on secondary sources and say
//! so, and the cost model's own choices are assumptions.

use super::{checked_today as fact, Fact, Status, RECHECKED};
use crate::i18n::Text;

const EKS_COMPUTE: &str = "https://docs.aws.amazon.com/eks/latest/userguide/eks-compute.html";
const AUTO_MODE: &str = "https://docs.aws.amazon.com/eks/latest/userguide/automode.html";
const AUTO_FROM_FARGATE: &str =
    "https://docs.aws.amazon.com/eks/latest/userguide/auto-migrate-fargate.html";
const AUTO_COST: &str = "https://docs.aws.amazon.com/eks/latest/userguide/auto-cost-control.html";
/// Secondary: a pricing guide that puts the Auto Mode fee at about 12% of the EC2 price.
const AUTO_FEE: &str =
    "https://www.factualminds.com/blog/amazon-eks-pricing-control-plane-addons-auto-mode/";
const MANAGED_INSTANCES: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html";
const MI_FROM_FARGATE: &str = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/migrate-fargate-to-managed-instances.html";
const MANAGED_DAEMONS: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/managed-daemons.html";
const MI_SECURITY: &str = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-shared-model-managed-instances.html";
const MI_LAUNCH_TEMPLATE: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_InstanceLaunchTemplate.html";
/// Secondary: a transcription of the ECS price page, with its Managed Instances fee example.
const MI_FEE: &str =
    "https://github.com/api-evangelist/amazon-ecs/blob/main/plans/amazon-ecs-plans-pricing.yml";
const SP_APPLYING: &str =
    "https://docs.aws.amazon.com/savingsplans/latest/userguide/sp-applying.html";
/// The Savings Plans price page: rates per instance type, Region, term and payment option.
pub(crate) const SP_PRICING: &str = "https://aws.amazon.com/savingsplans/compute-pricing/";

/// Where the fee rates come from, for the cost model's prices.
pub(crate) const AUTO_MODE_FEE_SOURCE: &str = AUTO_FEE;
pub(crate) const MANAGED_INSTANCES_FEE_SOURCE: &str = MI_FEE;

use Status::{Assumption, SecondarySource, Unverified, Verified};

// The words of the facts that the compute engine's caveats repeat as they are.
pub(crate) const AUTO_MODE_FROM_FARGATE: Text = Text::new(
    "AWS는 EKS Fargate 대신 EKS Auto Mode(GPU·스팟 지원)를 권하며, 파드는 eks.amazonaws.com/compute-type: ec2 주석으로 하나씩 옮깁니다.",
    "AWS recommends EKS Auto Mode (GPU, Spot) over EKS Fargate; pods move one at a time with eks.amazonaws.com/compute-type: ec2.",
);

/// A fact whose words a caveat of the compute engine repeats.
const fn restated(id: &'static str, text: Text, source: &'static str) -> Fact {
    Fact::new(id, text, source, RECHECKED, Verified)
}

/// AWS-managed EC2 and Savings Plans.
pub const FACTS: &[Fact] = &[
    fact(
        "auto-mode.capabilities",
        "EKS Auto Mode는 EKS가 띄우고 패치하고 늘리고 줄이는 EC2 인스턴스에서 리눅스 컨테이너만(Windows는 안 됨) 실행하며, GPU·Inferentia·Arm, DaemonSet, hostNetwork, EBS 볼륨을 지원합니다.",
        "EKS Auto Mode runs Linux containers only (no Windows), with GPUs, Inferentia, Arm, DaemonSets, hostNetwork and EBS volumes, on EC2 instances EKS launches, patches and scales.",
        EKS_COMPUTE,
        Verified,
    ),
    fact(
        "auto-mode.nodes",
        "EKS Auto Mode는 노드의 AMI를 직접 고르고, SSH·SSM 접속을 막으며, 모든 노드를 최대 21일 안에 교체합니다.",
        "EKS Auto Mode picks each node's AMI, allows no SSH or SSM access, and replaces every node within 21 days.",
        AUTO_MODE,
        Verified,
    ),
    fact(
        "auto-mode.billing",
        "EKS Auto Mode는 EC2 요금에 더해 인스턴스마다 요금을 받으며, 그 요금은 인스턴스 종류와 리전에 따라 다릅니다.",
        "EKS Auto Mode charges a fee per instance on top of the EC2 price, varying with the instance type and Region.",
        EKS_COMPUTE,
        Verified,
    ),
    fact(
        "auto-mode.fee",
        "비용 모델은 Auto Mode 요금을 2차 출처가 전하는 대로 인스턴스 온디맨드 가격의 12%로 잡습니다.",
        "The cost model puts the Auto Mode fee at 12% of the instance's on-demand price, the share secondary sources give.",
        AUTO_FEE,
        SecondarySource,
    ),
    restated("auto-mode.from-fargate", AUTO_MODE_FROM_FARGATE, AUTO_FROM_FARGATE),
    fact(
        "managed-instances.capabilities",
        "ECS 관리형 인스턴스는 AWS가 띄우고 패치하고 늘리고 줄이는 EC2 인스턴스(GPU 포함)에서 리눅스 컨테이너를 실행하며(안내서에 Windows는 없음), 기본적으로 인스턴스 하나에 작업 여러 개를 올립니다.",
        "ECS Managed Instances support Linux containers (the guide names no Windows) on EC2 instances AWS provisions, patches and scales, GPUs included, several tasks to an instance by default.",
        MANAGED_INSTANCES,
        Verified,
    ),
    fact(
        "managed-instances.daemons",
        "ECS Managed Daemons는 로그·보안 에이전트 같은 데몬 작업을 관리형 인스턴스마다 하나씩 실행합니다.",
        "ECS Managed Daemons run one daemon task, such as a log or security agent, on every Managed Instance.",
        MANAGED_DAEMONS,
        Verified,
    ),
    fact(
        "managed-instances.nodes",
        "AWS는 ECS 관리형 인스턴스에 SSH·SSM 접속을 막고, 인스턴스를 최대 21일 안에 교체합니다.",
        "AWS allows no SSH or SSM access to ECS Managed Instances and replaces each within 21 days at most.",
        MI_SECURITY,
        Verified,
    ),
    fact(
        "managed-instances.billing",
        "ECS 관리형 인스턴스는 작업이 아니라 인스턴스 전체에 관리 요금을 더해 과금합니다.",
        "ECS Managed Instances bill whole instances plus a management fee, not tasks.",
        MI_FROM_FARGATE,
        Verified,
    ),
    fact(
        "managed-instances.fee",
        "비용 모델은 관리형 인스턴스 요금을 온디맨드 가격의 12%로 잡습니다. ECS 요금 페이지의 예인 c6a.2xlarge의 시간당 0.037달러가 그 가격 0.306달러의 12%입니다.",
        "The cost model puts the Managed Instances fee at 12% of the on-demand price: the ECS price page's example, c6a.2xlarge at $0.037 an hour, is that share of its $0.306.",
        MI_FEE,
        SecondarySource,
    ),
    fact(
        "managed-instances.spot",
        "ECS 관리형 인스턴스 용량 공급자는 온디맨드나 스팟 인스턴스를 띄웁니다.",
        "An ECS Managed Instances capacity provider launches On-Demand or Spot instances.",
        MI_LAUNCH_TEMPLATE,
        Verified,
    ),
    fact(
        "aws-managed.privileged",
        "확인한 AWS 페이지들은 EKS Auto Mode나 ECS 관리형 인스턴스에서 특권 컨테이너가 도는지 말하지 않습니다.",
        "The AWS pages checked do not say whether EKS Auto Mode or ECS Managed Instances run privileged containers.",
        EKS_COMPUTE,
        Unverified,
    ),
    fact(
        "cost.managed-packing",
        "비용 모델은 AWS가 운영하는 EC2도 직접 운영하는 노드처럼 채웁니다. 목록에서 맞는 가장 싼 종류, 같은 예약분과 여유를 쓰고 요금을 더하며, 스팟은 요금을 깎지 않습니다. 실제로는 AWS가 인스턴스 종류를 고르고 합칩니다.",
        "The estimate packs AWS-managed EC2 like the nodes you run: the cheapest listed type that fits, the same reserves and headroom, plus the fee, which Spot does not cut. AWS itself picks and consolidates the types.",
        AUTO_COST,
        Assumption,
    ),
    fact(
        "savings-plans.coverage",
        "Compute Savings Plans는 EC2 인스턴스와 Fargate의 vCPU·메모리에, EC2 Instance Savings Plans는 EC2 인스턴스에만 적용되고 Fargate에는 적용되지 않습니다.",
        "Compute Savings Plans cover EC2 instances and Fargate vCPU and memory; EC2 Instance Savings Plans cover EC2 instances only, not Fargate.",
        SP_APPLYING,
        Verified,
    ),
    fact(
        "cost.savings-plan",
        "비용 모델은 약정을 다 쓴다고 보고 Savings Plan 할인을 온디맨드 EC2 인스턴스 시간(Compute는 Fargate vCPU·메모리도)에만 적용하며, 스팟·관리 요금·스토리지·라이선스에는 적용하지 않습니다. 선결제 없음 기본 할인: Compute 1년 27%(Fargate 20%), 3년 48%(45%), EC2 Instance 1년 37%, 3년 57%.",
        "The estimate takes a Savings Plan's discount off on-demand EC2 instance hours (and, for Compute, Fargate vCPU and memory) as if the commitment were used in full; not off Spot, fees, storage or licences. Default discounts, no upfront: Compute 27% (Fargate 20%) for 1 year, 48% (45%) for 3; EC2 Instance 37% and 57%.",
        SP_PRICING,
        Assumption,
    ),
];
