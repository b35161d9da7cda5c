//! The extended view of `<ecs-eks-matrix>`: ECS or EKS crossed with the three capacity
//! options (EC2 you run, EC2 that AWS runs, Fargate), and what changes in each of the six
//! cells. Every point cites a catalog fact.

use crate::i18n::Text;

/// One cell: an orchestrator on one kind of capacity.
#[derive(Debug, PartialEq, Eq)]
pub struct Quadrant {
    pub title: Text,
    /// The quadrant in one line.
    pub summary: Text,
    pub points: &'static [Point],
}

/// A short statement and the fact behind it.
#[derive(Debug, PartialEq, Eq)]
pub struct Point {
    pub text: Text,
    pub fact_id: &'static str,
}

const fn point(fact_id: &'static str, ko: &'static str, en: &'static str) -> Point {
    Point {
        text: Text::new(ko, en),
        fact_id,
    }
}

/// The rows (ECS, EKS) and columns (EC2 you run, EC2 that AWS runs, Fargate) of the 2×3,
/// from most to least to operate.
pub const ROWS: [Text; 2] = [Text::new("ECS", "ECS"), Text::new("EKS", "EKS")];
pub const COLUMNS: [Text; 3] = [
    Text::new("EC2 (직접 관리)", "EC2 (you manage)"),
    Text::new("EC2 (AWS가 관리)", "EC2 (AWS manages)"),
    Text::new("Fargate (서버리스)", "Fargate (serverless)"),
];

/// The six cells, row by row: ECS on EC2, ECS Managed Instances, ECS on Fargate, then the
/// same for EKS (on EC2, Auto Mode, on Fargate).
pub static QUADRANTS: [Quadrant; 6] = [
    Quadrant {
        title: Text::new("ECS + EC2", "ECS on EC2"),
        summary: Text::new(
            "가장 단순한 오케스트레이션에 서버 제어를 더한 조합",
            "The simplest orchestration, with control over the servers",
        ),
        points: &[
            point(
                "ec2.capabilities",
                "GPU, 특권 컨테이너, 데몬 서비스를 모두 쓸 수 있습니다",
                "GPUs, privileged containers and daemon services all work",
            ),
            point(
                "ec2.ecs.largest-task",
                "태스크 크기는 인스턴스가 허락하는 만큼 커질 수 있습니다",
                "A task can be as large as its instance allows",
            ),
            point(
                "pricing.ecs-control-plane",
                "컨트롤 플레인 요금이 없습니다",
                "No control-plane fee",
            ),
        ],
    },
    Quadrant {
        title: Text::new("ECS 관리형 인스턴스", "ECS Managed Instances"),
        summary: Text::new(
            "EC2의 선택지는 그대로, 서버는 AWS가 돌보는 조합",
            "EC2's choices, with AWS looking after the servers",
        ),
        points: &[
            point(
                "managed-instances.capabilities",
                "GPU를 포함한 EC2에서 인스턴스 하나에 태스크 여러 개를 올립니다 (리눅스)",
                "GPUs included, several tasks to an instance (Linux)",
            ),
            point(
                "managed-instances.daemons",
                "로그·보안 에이전트는 Managed Daemons로 인스턴스마다 하나씩 돕니다",
                "Log or security agents run on every instance as Managed Daemons",
            ),
            point(
                "managed-instances.nodes",
                "SSH·SSM 접속이 없고 인스턴스는 21일 안에 교체됩니다",
                "No SSH or SSM access; instances are replaced within 21 days",
            ),
            point(
                "managed-instances.billing",
                "인스턴스 요금에 관리 요금이 더해집니다",
                "Whole instances are billed, plus a management fee",
            ),
        ],
    },
    Quadrant {
        title: Text::new("ECS + Fargate", "ECS on Fargate"),
        summary: Text::new(
            "관리할 서버도 클러스터도 거의 없는 조합",
            "Almost nothing to operate: no servers, no cluster fee",
        ),
        points: &[
            point(
                "fargate.ecs.block-storage",
                "태스크마다 EBS 볼륨 하나를 붙일 수 있고 EFS도 됩니다",
                "One EBS volume per task, and EFS, are supported",
            ),
            point(
                "fargate.ecs.windows",
                "Windows 컨테이너는 1, 2, 4 vCPU 크기로 돌아갑니다",
                "Windows containers run at 1, 2 or 4 vCPU",
            ),
            point(
                "fargate.ecs.spot",
                "리눅스 태스크는 x86이든 ARM64든 Fargate Spot으로 아낄 수 있습니다",
                "Linux tasks, x86 or ARM64, can save with Fargate Spot",
            ),
        ],
    },
    Quadrant {
        title: Text::new("EKS + EC2", "EKS on EC2"),
        summary: Text::new(
            "쿠버네티스의 모든 기능을 쓰되 노드는 직접 돌보는 조합",
            "All of Kubernetes, with nodes you look after",
        ),
        points: &[
            point(
                "ec2.spot",
                "DaemonSet, GPU, Spot 노드 그룹을 모두 쓸 수 있습니다",
                "DaemonSets, GPUs and Spot node groups all work",
            ),
            point(
                "batch.ec2-when",
                "16 vCPU나 120 GiB를 넘는 작업, 맞춤 AMI가 필요하면 EC2 쪽입니다",
                "Beyond 16 vCPU or 120 GiB, or with a custom AMI, EC2 is the way",
            ),
            point(
                "pricing.eks-control-plane",
                "클러스터마다 시간당 컨트롤 플레인 요금이 붙습니다",
                "Each cluster adds an hourly control-plane fee",
            ),
        ],
    },
    Quadrant {
        title: Text::new("EKS Auto Mode", "EKS Auto Mode"),
        summary: Text::new(
            "쿠버네티스의 기능 대부분을 쓰고 노드는 AWS가 돌보는 조합",
            "Most of Kubernetes, with AWS running the nodes",
        ),
        points: &[
            point(
                "auto-mode.capabilities",
                "GPU, Arm, DaemonSet, hostNetwork, EBS 볼륨이 되고 리눅스만 돕니다",
                "GPUs, Arm, DaemonSets, hostNetwork and EBS volumes; Linux only",
            ),
            point(
                "auto-mode.nodes",
                "AMI는 EKS가 고르고 SSH·SSM 접속은 없으며 노드는 21일 안에 교체됩니다",
                "EKS picks the AMI; no SSH or SSM; nodes are replaced within 21 days",
            ),
            point(
                "auto-mode.billing",
                "EC2 요금에 인스턴스마다 Auto Mode 요금이 더해집니다",
                "The EC2 price plus an Auto Mode fee per instance",
            ),
            point(
                "auto-mode.from-fargate",
                "AWS는 EKS Fargate 대신 Auto Mode를 권하고 옮기는 방법을 안내합니다",
                "AWS recommends Auto Mode over EKS Fargate and documents the move",
            ),
        ],
    },
    Quadrant {
        title: Text::new("EKS + Fargate", "EKS on Fargate"),
        summary: Text::new(
            "쿠버네티스 API는 그대로, 노드 관리는 AWS에 맡기는 조합",
            "The Kubernetes API without nodes to manage",
        ),
        points: &[
            point(
                "fargate.eks.nodes",
                "노드에 SSH나 맞춤 AMI를 쓸 수 없고 프라이빗 서브넷에서만 돕니다",
                "No SSH or custom AMI on nodes; private subnets only",
            ),
            point(
                "fargate.eks.imds",
                "인스턴스 메타데이터(IMDS)를 쓸 수 없습니다",
                "No instance metadata service (IMDS)",
            ),
            point(
                "fargate.eks.efs",
                "EBS는 안 되고 EFS는 정적 프로비저닝으로만 됩니다",
                "No EBS; EFS with static provisioning only",
            ),
            point(
                "fargate.eks.load-balancers",
                "로드 밸런서는 IP 대상으로만 연결합니다",
                "Load balancers reach pods through IP targets only",
            ),
            point(
                "fargate.eks.jobs",
                "끝난 Job도 지우기 전까지 용량과 요금이 남습니다",
                "Finished Jobs keep their capacity, and billing, until deleted",
            ),
        ],
    },
];

/// Every fact the quadrant view cites.
pub fn cited_fact_ids() -> impl Iterator<Item = &'static str> {
    QUADRANTS
        .iter()
        .flat_map(|quadrant| quadrant.points.iter().map(|point| point.fact_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;

    #[test]
    fn every_point_cites_a_catalog_fact() {
        for id in cited_fact_ids() {
            assert!(catalog::fact(id).is_some(), "{id} is not in the catalog");
        }
    }
}
