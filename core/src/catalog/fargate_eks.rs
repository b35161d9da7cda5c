//! What Fargate can and cannot do under Amazon EKS, from the EKS user guide snapshot.

use super::{Fact, Status, EKS_GUIDE_SNAPSHOT, RECHECKED};
use crate::i18n::Text;

const FARGATE: &str = "https://docs.aws.amazon.com/eks/latest/userguide/fargate.html";
const POD_CONFIGURATION: &str =
    "https://docs.aws.amazon.com/eks/latest/userguide/fargate-pod-configuration.html";
const POD_IDENTITIES: &str = "https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html";

/// A fact checked against the EKS user guide snapshot.
const fn eks(id: &'static str, ko: &'static str, en: &'static str, source: &'static str) -> Fact {
    eks_text(id, Text::new(ko, en), source)
}

/// A fact whose words a caveat of the compute engine repeats: one text for both.
const fn eks_text(id: &'static str, text: Text, source: &'static str) -> Fact {
    Fact::new(id, text, source, EKS_GUIDE_SNAPSHOT, Status::Verified)
}

// The words of the facts that the compute engine's caveats repeat as they are.
pub(crate) const EPHEMERAL_STORAGE: Text = Text::new(
    "EKS의 Fargate 파드는 임시 스토리지를 기본 20GiB 받으며, 최대 175GiB까지 늘릴 수 있습니다.",
    "A pod on EKS Fargate gets 20 GiB of ephemeral storage by default and can ask for up to 175 GiB.",
);
pub(crate) const EFS: Text = Text::new(
    "EKS의 Fargate 파드도 EFS는 쓸 수 있지만 정적 프로비저닝만 되고, FSx for Lustre는 쓸 수 없습니다.",
    "Pods on EKS Fargate can use EFS, with static provisioning only; FSx for Lustre is not available.",
);
pub(crate) const LOAD_BALANCERS: Text = Text::new(
    "EKS의 Fargate 파드 앞에는 ALB나 NLB를 IP 대상 유형으로만 둘 수 있습니다.",
    "An ALB or NLB can front pods on EKS Fargate with IP targets only.",
);
pub(crate) const POD_IDENTITY: Text = Text::new(
    "EKS Pod Identity는 리눅스 EC2 인스턴스에서 도는 파드에만 쓸 수 있으며, Fargate의 리눅스·Windows 파드는 지원하지 않습니다.",
    "EKS Pod Identity works only for pods on Linux EC2 instances: Linux and Windows pods on Fargate are not supported.",
);

/// EKS on Fargate.
pub const FACTS: &[Fact] = &[
    eks(
        "fargate.eks.gpu",
        "EKS의 Fargate에서는 GPU도 Inferentia 칩도 쓸 수 없습니다. 가속기가 필요한 파드는 EC2 노드에서 돌려야 합니다.",
        "EKS on Fargate offers no GPUs and no Inferentia chips; pods that need an accelerator must run on EC2 nodes.",
        FARGATE,
    ),
    eks(
        "fargate.eks.daemonsets",
        "EKS의 Fargate에서는 DaemonSet을 실행할 수 없습니다. 데몬이 꼭 필요하면 각 파드에 사이드카 컨테이너로 넣어야 합니다.",
        "EKS on Fargate does not run DaemonSets; a daemon has to become a sidecar container in each pod.",
        FARGATE,
    ),
    eks(
        "fargate.eks.privileged",
        "EKS의 Fargate에서는 특권(privileged) 컨테이너를 실행할 수 없습니다.",
        "EKS on Fargate does not run privileged containers.",
        FARGATE,
    ),
    eks(
        "fargate.eks.host-networking",
        "EKS의 Fargate 파드는 매니페스트에 HostNetwork나 HostPort를 지정할 수 없습니다.",
        "Pods on EKS Fargate cannot set hostNetwork or hostPort in their manifest.",
        FARGATE,
    ),
    eks(
        "fargate.eks.largest-pod",
        "EKS의 Fargate 파드는 가장 커도 16 vCPU, 메모리 120GB입니다. 그보다 큰 파드는 EC2 노드가 필요합니다.",
        "The largest pod EKS runs on Fargate has 16 vCPU and 120 GB of memory; anything bigger needs EC2 nodes.",
        POD_CONFIGURATION,
    ),
    eks(
        "fargate.eks.sizing",
        "EKS의 Fargate는 쿠버네티스 구성 요소 몫으로 파드의 메모리 요청에 256MB를 더한 다음, 가장 가까운 유효한 vCPU·메모리 조합으로 올려 잡습니다. 그래서 1 vCPU·8GB를 요청하면 2 vCPU·9GB가 할당됩니다.",
        "EKS on Fargate adds 256 MB to a pod's memory request for the Kubernetes components, then rounds up to the nearest valid vCPU and memory combination: a request for 1 vCPU and 8 GB is given 2 vCPU and 9 GB.",
        POD_CONFIGURATION,
    ),
    eks_text(
        "fargate.eks.ephemeral-storage",
        EPHEMERAL_STORAGE,
        POD_CONFIGURATION,
    ),
    eks(
        "fargate.eks.block-storage",
        "EKS의 Fargate 파드에는 EBS 볼륨을 붙일 수 없습니다. EBS CSI 노드 플러그인이 EC2에서만 도는 DaemonSet이기 때문입니다.",
        "EBS volumes cannot be mounted into pods on EKS Fargate: the EBS CSI node plugin is a DaemonSet that only runs on EC2.",
        FARGATE,
    ),
    eks_text(
        "fargate.eks.efs",
        EFS,
        FARGATE,
    ),
    eks(
        "fargate.eks.arm",
        "EKS의 Fargate는 Arm(Graviton) 프로세서가 필요한 워크로드를 실행하지 못합니다.",
        "EKS on Fargate cannot run workloads that need Arm (Graviton) processors.",
        FARGATE,
    ),
    eks(
        "fargate.eks.windows",
        "EKS의 Fargate는 리눅스 컨테이너만 실행하며, Windows 컨테이너는 지원하지 않습니다.",
        "EKS on Fargate runs Linux containers only; Windows containers are not supported.",
        FARGATE,
    ),
    eks(
        "fargate.eks.spot",
        "EKS는 Fargate Spot을 지원하지 않습니다. EKS에서 스팟 요금을 쓰려면 EC2 스팟 노드가 필요합니다.",
        "EKS does not support Fargate Spot; on EKS, spot pricing means EC2 Spot nodes.",
        FARGATE,
    ),
    eks_text(
        "fargate.eks.load-balancers",
        LOAD_BALANCERS,
        FARGATE,
    ),
    eks(
        "fargate.eks.imds",
        "EKS의 Fargate 파드는 EC2 인스턴스 메타데이터 서비스(IMDS)를 쓸 수 없습니다. IAM 권한은 서비스 계정용 IAM 역할로 주고, 리전 같은 값은 파드 명세에 직접 적어야 합니다.",
        "Pods on EKS Fargate cannot reach the EC2 instance metadata service (IMDS): give them IAM credentials through IAM roles for service accounts, and write values such as the Region into the pod spec.",
        FARGATE,
    ),
    Fact {
        id: "fargate.eks.pod-identity",
        text: POD_IDENTITY,
        source: POD_IDENTITIES,
        verified_on: RECHECKED,
        status: Status::Verified,
    },
    eks(
        "fargate.eks.nodes",
        "EKS의 Fargate 파드는 프라이빗 서브넷에서만 돌고, 사용자 지정 AMI나 CNI, SSH 접속을 쓸 수 없으며, Outposts·Wavelength·Local Zones에는 배포할 수 없습니다.",
        "Pods on EKS Fargate run in private subnets only, with no custom AMI, no custom CNI and no SSH, and cannot be placed on Outposts, Wavelength or Local Zones.",
        FARGATE,
    ),
    eks(
        "fargate.eks.isolation",
        "EKS의 Fargate 파드는 저마다 별도의 가상 머신에서 돌아 커널·CPU·메모리·네트워크 인터페이스를 다른 파드와 나누지 않습니다. 반면 EC2 노드의 파드들은 노드의 커널을 함께 씁니다.",
        "Each pod on EKS Fargate runs in its own virtual machine and shares no kernel, CPU, memory or network interface with other pods; pods on an EC2 node share that node's kernel.",
        FARGATE,
    ),
    eks(
        "fargate.eks.jobs",
        "EKS의 Fargate에서 끝나거나 실패한 Job의 파드는 지우기 전까지 남아 있고 그동안 비용도 계속 나갑니다. Job에 ttlSecondsAfterFinished를 지정하면 자동으로 정리됩니다.",
        "On EKS Fargate, the pods of a finished or failed Job stay, and keep costing, until deleted; set ttlSecondsAfterFinished on the Job to have them cleaned up.",
        FARGATE,
    ),
];
