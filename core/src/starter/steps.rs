//! The getting-started checklist of the source post's section 4 (tools, network, cluster,
//! connection, deployment) for the plan's files, with the exact commands.

use super::ecs::{Provider, APP, NODES};
use super::eksctl::FARGATE_NAMESPACE;
use super::{fill, Plan, Step, CLUSTER_NAME};
use crate::compute::Choice;
use crate::i18n::Text;

const EKS_TOOLS: Text = Text::new(
    "도구: AWS CLI, eksctl, kubectl을 설치하고 CLI에 자격 증명을 넣습니다.",
    "Tools: install the AWS CLI, eksctl and kubectl; give the CLI your credentials.",
);
const EKS_NETWORK: Text = Text::new(
    "네트워크: VPC는 eksctl이 만듭니다. 기존 VPC를 쓰려면 vpc.subnets를 더하세요.",
    "Network: eksctl creates the VPC; add vpc.subnets to use yours.",
);
const EKS_CREATE: Text = Text::new(
    "클러스터: cluster.yaml로 만듭니다.",
    "Cluster: create it from cluster.yaml.",
);
const EKS_CONNECT: Text = Text::new(
    "연결: kubectl을 클러스터에 연결합니다.",
    "Connect: point kubectl at the cluster.",
);
const EKS_CONNECT_POOL: Text = Text::new(
    "연결: kubectl을 연결하고 노드 풀을 더합니다.",
    "Connect: point kubectl at the cluster, then add the node pool.",
);
const EKS_DEPLOY: Text = Text::new(
    "배포: 매니페스트를 적용합니다.",
    "Deploy: apply your manifests.",
);
const EKS_DEPLOY_MIXED: Text = Text::new(
    "배포: Fargate에 둘 파드는 app 네임스페이스에 적용합니다.",
    "Deploy: apply the pods for Fargate in the app namespace.",
);
const ECS_TOOLS: Text = Text::new(
    "도구: AWS CLI를 설치하고 자격 증명과 리전을 넣습니다.",
    "Tools: install the AWS CLI; give it your credentials and the Region.",
);
const ECS_NETWORK: Text = Text::new(
    "네트워크: <subnet-id>에 쓸 서브넷(기본 VPC 또는 직접 만든 VPC)을 고릅니다.",
    "Network: pick the subnets for <subnet-id> (the default VPC's, or yours).",
);
const ECS_NODES: Text = Text::new(
    "노드: 시작 템플릿과 Auto Scaling 그룹을 만들고, 그 ARN을 capacity-provider.json에 넣어 용량 공급자를 만듭니다.",
    "Nodes: create the launch template and the Auto Scaling group, then, its ARN in capacity-provider.json, the capacity provider.",
);
const ECS_CLUSTER: Text = Text::new(
    "클러스터: 용량 공급자와 기본 전략을 갖춰 만듭니다.",
    "Cluster: create it with its capacity providers and default strategy.",
);
const ECS_CLUSTER_MANAGED: Text = Text::new(
    "클러스터: 클러스터와 관리형 인스턴스 공급자(계정 ID와 서브넷을 채워서)를 만들고 기본 전략으로 지정합니다.",
    "Cluster: create it and its Managed Instances provider (fill in your account ID and subnet), and make that the default.",
);
const ECS_DEPLOY: Text = Text::new(
    "배포: task-definition.json에 이미지를 넣어 등록하고 서비스를 실행합니다.",
    "Deploy: put your image in task-definition.json, register it and run the service.",
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
