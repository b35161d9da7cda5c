//! The getting-started checklist of the source post's section 4 (tools, network, cluster,
//! connection, deployment) for the plan's files, with the exact commands.

use super::ecs::{Provider, APP, NODES};
use super::eksctl::FARGATE_NAMESPACE;
use super::{fill, Plan, Step, CLUSTER_NAME};
use crate::compute::Choice;
use crate::i18n::Text;

const EKS_TOOLS: Text = Text::new(
    "도구 설치: AWS CLI, eksctl, kubectl을 설치하고 AWS CLI에 자격 증명과 리전을 넣습니다.",
    "Tools: install the AWS CLI, eksctl and kubectl, and give the AWS CLI your credentials and Region.",
);
const EKS_NETWORK: Text = Text::new(
    "네트워크: cluster.yaml에 VPC가 없으니 eksctl이 퍼블릭·프라이빗 서브넷을 갖춘 VPC를 만듭니다. 기존 VPC를 쓰려면 파일에 vpc.subnets를 더하세요.",
    "Network: cluster.yaml names no VPC, so eksctl creates one with public and private subnets; to use your own, add vpc.subnets to the file.",
);
const EKS_CREATE: Text = Text::new(
    "클러스터 생성: cluster.yaml로 컨트롤 플레인과, 구성이 고른 데이터 플레인을 만듭니다.",
    "Cluster: create the control plane and the data plane the plan chose from cluster.yaml.",
);
const EKS_CONNECT: Text = Text::new(
    "연결: kubectl이 클러스터와 통신하도록 kubeconfig를 설정하고 응답을 확인합니다.",
    "Connect: point kubectl at the cluster and check that it answers.",
);
const EKS_CONNECT_POOL: Text = Text::new(
    "연결: kubectl이 클러스터와 통신하도록 kubeconfig를 설정하고, 이 워크로드의 노드 풀(nodepool.yaml)을 더합니다.",
    "Connect: point kubectl at the cluster, then add this workload's node pool (nodepool.yaml).",
);
const EKS_DEPLOY: Text = Text::new(
    "배포: 애플리케이션의 매니페스트를 적용합니다.",
    "Deploy: apply your application's manifests.",
);
const EKS_DEPLOY_MIXED: Text = Text::new(
    "배포: Fargate에 둘 파드는 app 네임스페이스에, 노드 에이전트가 필요한 파드는 다른 네임스페이스에 적용합니다.",
    "Deploy: apply the pods for Fargate in the app namespace, and the ones that need the node agents in another.",
);
const ECS_TOOLS: Text = Text::new(
    "도구 설치: AWS CLI를 설치하고 자격 증명과, 견적을 낸 리전을 넣습니다.",
    "Tools: install the AWS CLI and give it your credentials and the Region the estimate priced.",
);
const ECS_NETWORK: Text = Text::new(
    "네트워크: 작업은 awsvpc 네트워킹을 씁니다. 기본 VPC의 서브넷(또는 직접 만든 VPC의 서브넷)을 골라 아래 <subnet-id> 자리에 넣으세요.",
    "Network: the tasks use awsvpc networking; pick the default VPC's subnets (or your own VPC's) for the <subnet-id> below.",
);
const ECS_NODES: Text = Text::new(
    "노드: 견적이 계산한 EC2 인스턴스를 만듭니다. 시작 템플릿(인스턴스 유형, ECS 최적화 AMI, ecsInstanceRole 인스턴스 프로파일), Auto Scaling 그룹, 그리고 그룹의 ARN을 capacity-provider.json에 넣은 뒤 용량 공급자를 만듭니다.",
    "Nodes: create the EC2 instances the estimate priced: a launch template (the instance type, the ECS-optimized image, the ecsInstanceRole instance profile), an Auto Scaling group, then, with the group's ARN put into capacity-provider.json, its capacity provider.",
);
const ECS_CLUSTER: Text = Text::new(
    "클러스터 생성: 용량 공급자와 기본 용량 공급자 전략을 갖춘 클러스터를 만듭니다.",
    "Cluster: create the cluster with its capacity providers and default capacity provider strategy.",
);
const ECS_CLUSTER_MANAGED: Text = Text::new(
    "클러스터 생성: 클러스터를 만들고, capacity-provider.json에 계정 ID와 서브넷을 넣어(인프라 역할과 인스턴스 프로파일이 있어야 합니다) 관리형 인스턴스 공급자를 만든 뒤 기본 전략으로 지정합니다.",
    "Cluster: create the cluster, then its Managed Instances provider (put your account ID and subnet into capacity-provider.json; the infrastructure role and instance profile must exist), and make it the default.",
);
const ECS_DEPLOY: Text = Text::new(
    "배포: task-definition.json에 이미지를 넣어 작업 정의를 등록하고, 피크 때 작업 수만큼 서비스를 실행합니다.",
    "Deploy: put your image into task-definition.json, register it, and run it as a service of the peak's task count.",
);

fn step(text: Text, commands: &[&str]) -> Step {
    Step {
        text,
        commands: commands.iter().map(|command| command.to_string()).collect(),
    }
}

/// The checklist for an EKS plan; `own_pool` when nodepool.yaml goes with cluster.yaml.
pub(super) fn eks(plan: &Plan, own_pool: bool) -> Vec<Step> {
    let connect = fill(
        "aws eks update-kubeconfig --region {} --name {}",
        &[plan.region.code(), CLUSTER_NAME],
    );
    let mut connected = step(EKS_CONNECT, &[&connect, "kubectl get nodes"]);
    if own_pool {
        connected = step(
            EKS_CONNECT_POOL,
            &[&connect, "kubectl apply -f nodepool.yaml"],
        );
    }
    let deploy = if plan.answer.choice == Choice::Mixed {
        let create = fill("kubectl create namespace {}", &[FARGATE_NAMESPACE]);
        let apply = fill("kubectl apply -n {} -f app.yaml", &[FARGATE_NAMESPACE]);
        step(EKS_DEPLOY_MIXED, &[&create, &apply])
    } else {
        step(EKS_DEPLOY, &["kubectl apply -f app.yaml"])
    };
    vec![
        step(
            EKS_TOOLS,
            &[
                "aws configure",
                "eksctl version",
                "kubectl version --client",
            ],
        ),
        step(EKS_NETWORK, &[]),
        step(EKS_CREATE, &["eksctl create cluster -f cluster.yaml"]),
        connected,
        deploy,
    ]
}

/// The checklist for an ECS plan on `provider`.
pub(super) fn ecs(plan: &Plan, provider: Provider) -> Vec<Step> {
    let region = fill("aws configure set region {}", &[plan.region.code()]);
    let mut steps = vec![
        step(ECS_TOOLS, &["aws configure", &region]),
        step(
            ECS_NETWORK,
            &["aws ec2 describe-subnets --filters Name=default-for-az,Values=true --query \"Subnets[].SubnetId\""],
        ),
    ];
    let create_cluster = "aws ecs create-cluster --cli-input-json file://cluster.json";
    let create_provider =
        "aws ecs create-capacity-provider --cli-input-json file://capacity-provider.json";
    match (provider, plan.nodes) {
        (Provider::AutoScaling, Some(nodes)) => {
            let [min, desired, max] = plan.node_counts(nodes).map(|count| count.to_string());
            let template = fill(
                "aws ec2 create-launch-template --launch-template-name {} --launch-template-data file://launch-template.json",
                &[NODES],
            );
            let group = fill(
                "aws autoscaling create-auto-scaling-group --auto-scaling-group-name {} --launch-template LaunchTemplateName={} --min-size {} --max-size {} --desired-capacity {} --vpc-zone-identifier \"<subnet-id>,<subnet-id>\"",
                &[NODES, NODES, &min, &max, &desired],
            );
            let arn = fill(
                "aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names {} --query \"AutoScalingGroups[0].AutoScalingGroupARN\" --output text",
                &[NODES],
            );
            steps.push(step(ECS_NODES, &[&template, &group, &arn, create_provider]));
            steps.push(step(ECS_CLUSTER, &[create_cluster]));
        }
        (Provider::Managed, _) => steps.push(step(
            ECS_CLUSTER_MANAGED,
            &[
                create_cluster,
                create_provider,
                "aws ecs put-cluster-capacity-providers --cli-input-json file://capacity-providers.json",
            ],
        )),
        _ => steps.push(step(ECS_CLUSTER, &[create_cluster])),
    }
    let service = fill(
        "aws ecs create-service --cluster {} --service-name {} --task-definition {} --desired-count {} --network-configuration \"awsvpcConfiguration={subnets=[<subnet-id>]}\"",
        &[CLUSTER_NAME, APP, APP, &plan.profile.replicas.to_string()],
    );
    steps.push(step(
        ECS_DEPLOY,
        &[
            "aws ecs register-task-definition --cli-input-json file://task-definition.json",
            &service,
        ],
    ));
    steps
}
