//! What the starter configurations rest on: the eksctl config file's fields (the eksctl user
//! guide AWS publishes), the ECS API actions whose `--cli-input-json` the ECS files are, and
//! the Kubernetes version the EKS file pins. Checked on 2026-12-01.

use super::fargate_ecs::TASK_SIZES;
use super::{checked_today as fact, Fact, Status};

const EKSCTL_MANAGED: &str = "https://docs.aws.amazon.com/eks/latest/eksctl/nodegroup-managed.html";
const EKSCTL_SPOT: &str = "https://docs.aws.amazon.com/eks/latest/eksctl/spot-instances.html";
const EKSCTL_FARGATE: &str = "https://docs.aws.amazon.com/eks/latest/eksctl/fargate.html";
const EKSCTL_AUTO_MODE: &str = "https://docs.aws.amazon.com/eks/latest/eksctl/auto-mode.html";
const NODE_POOL: &str = "https://docs.aws.amazon.com/eks/latest/userguide/create-node-pool.html";
/// eksctl's source at the commit whose schema the tests validate against.
const EKSCTL_VERSIONS: &str = "https://github.com/eksctl-io/eksctl/blob/99984adb6164ece593c0728523b7f497ea61d60e/pkg/apis/eksctl.io/v1alpha5/types.go";
const CREATE_CLUSTER: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html";
const CREATE_CAPACITY_PROVIDER: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCapacityProvider.html";
const REGISTER_TASK_DEFINITION: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html";

use Status::{Unverified, Verified};

/// The starter configurations' facts.
pub const FACTS: &[Fact] = &[
    fact(
        "starter.eksctl-node-groups",
        "eksctl 설정 파일의 managedNodeGroups는 노드 그룹마다 인스턴스 유형과 minSize, maxSize, desiredCapacity를 정합니다.",
        "In an eksctl config file, managedNodeGroups give each node group its instance type and its minSize, maxSize and desiredCapacity.",
        EKSCTL_MANAGED,
        Verified,
    ),
    fact(
        "starter.eksctl-spot",
        "eksctl 설정 파일에서 spot: true와 instanceTypes를 준 관리형 노드 그룹은 스팟 인스턴스로 뜹니다.",
        "In an eksctl config file, a managed node group with spot: true and instanceTypes runs on Spot Instances.",
        EKSCTL_SPOT,
        Verified,
    ),
    fact(
        "starter.eksctl-fargate",
        "eksctl 설정 파일의 fargateProfiles는 셀렉터(네임스페이스와 선택적 레이블)에 맞는 파드를 Fargate에서 실행합니다.",
        "In an eksctl config file, fargateProfiles run on Fargate the pods their selectors match (a namespace, optionally labels).",
        EKSCTL_FARGATE,
        Verified,
    ),
    fact(
        "starter.eksctl-auto-mode",
        "eksctl 설정 파일에서 autoModeConfig.enabled: true는 EKS Auto Mode를 켜고, nodePools를 주지 않으면 general-purpose와 system 노드 풀을 만듭니다.",
        "In an eksctl config file, autoModeConfig.enabled: true turns on EKS Auto Mode; without nodePools it creates the general-purpose and system node pools.",
        EKSCTL_AUTO_MODE,
        Verified,
    ),
    fact(
        "starter.auto-mode-node-pool",
        "EKS Auto Mode의 NodePool은 requirements(아키텍처, 용량 유형, 인스턴스 유형)로 어떤 노드를 띄울지 정하고 nodeClassRef로 NodeClass를 가리킵니다.",
        "An EKS Auto Mode NodePool sets which nodes it launches with requirements (architecture, capacity type, instance type) and names its NodeClass in nodeClassRef.",
        NODE_POOL,
        Verified,
    ),
    fact(
        "starter.kubernetes-version",
        "시작 구성은 Kubernetes 1.34를 씁니다. eksctl의 기본 버전(2026-08-21 커밋 기준)이며, AWS 페이지에서 확인한 값은 아닙니다.",
        "The starter pins Kubernetes 1.34: eksctl's default version at its commit of 2026-08-21, not a figure read on an AWS page.",
        EKSCTL_VERSIONS,
        Unverified,
    ),
    fact(
        "starter.ecs-cluster",
        "CreateCluster는 클러스터 이름, 연결할 용량 공급자, 기본 용량 공급자 전략을 받습니다.",
        "CreateCluster takes the cluster's name, the capacity providers to associate and the default capacity provider strategy.",
        CREATE_CLUSTER,
        Verified,
    ),
    fact(
        "starter.ecs-capacity-provider",
        "CreateCapacityProvider는 Auto Scaling 그룹 공급자(autoScalingGroupProvider)나 관리형 인스턴스 공급자(managedInstancesProvider)를 만듭니다.",
        "CreateCapacityProvider creates an Auto Scaling group provider (autoScalingGroupProvider) or a Managed Instances provider (managedInstancesProvider).",
        CREATE_CAPACITY_PROVIDER,
        Verified,
    ),
    fact(
        "starter.ecs-task-definition",
        "RegisterTaskDefinition은 작업 크기를 cpu와 memory 문자열로, 플랫폼을 runtimePlatform(cpuArchitecture, operatingSystemFamily)으로, 실행 환경을 requiresCompatibilities로 받습니다.",
        "RegisterTaskDefinition takes the task size as cpu and memory strings, the platform as runtimePlatform (cpuArchitecture, operatingSystemFamily) and where it runs as requiresCompatibilities.",
        REGISTER_TASK_DEFINITION,
        Verified,
    ),
    fact(
        "starter.ecs-task-sizes",
        "Fargate 작업은 정해진 CPU·메모리 조합만 받습니다. 예를 들어 0.25 vCPU(256)는 512, 1024, 2048 MiB, 16 vCPU(16384)는 32-120 GB를 8 GB 단위로 받습니다.",
        "A Fargate task takes set CPU and memory pairs only: 0.25 vCPU (256) with 512, 1024 or 2048 MiB, say, and 16 vCPU (16384) with 32-120 GB in 8 GB steps.",
        TASK_SIZES,
        Verified,
    ),
];
