//! The widgets' own words: labels, hints and headings, in both languages. Statements of fact
//! live in the core's catalog; these only name and explain controls.

use crate::core::catalog::Status;
use crate::core::compute::{
    Capacity, Choice, LoadPattern, Need, OpsCapacity, Orchestrator, Target,
};
use crate::core::cost::Commitment;
use crate::core::i18n::Text;
use crate::core::orchestrator::KubernetesExperience;

pub const ORCHESTRATOR: Text = Text::new("오케스트레이터", "Orchestrator");
pub const NEEDS: Text = Text::new("꼭 필요한 것", "Hard requirements");
pub const SHAPE: Text = Text::new("워크로드 크기", "Workload shape");
pub const RUNNING: Text = Text::new("실행 방식", "How it runs");
pub const TEAM: Text = Text::new("팀과 우선순위", "Team and priorities");

pub const VCPU: Text = Text::new("파드/태스크당 vCPU", "vCPU per pod or task");
pub const MEMORY: Text = Text::new("파드/태스크당 메모리 (GiB)", "Memory per pod or task (GiB)");
pub const REPLICAS: Text = Text::new("복제본 수", "Replicas");
pub const STORAGE: Text = Text::new("임시 스토리지 (GiB)", "Ephemeral storage (GiB)");
pub const STARTUP: Text = Text::new(
    "새 파드가 1분 안에 떠야 한다 (급증 대응 등)",
    "New pods must start within a minute (e.g. scaling into a spike)",
);
pub const LOAD: Text = Text::new("부하 형태", "Load pattern");
pub const PEAK_HOURS: Text = Text::new("하루 중 최대 부하 시간", "Hours a day at the peak");
pub const OFF_PEAK_REPLICAS: Text =
    Text::new("나머지 시간의 복제본 수", "Replicas the rest of the day");
pub const AGENT_VCPU: Text = Text::new("노드당 에이전트 vCPU", "Agents' vCPU per node");
pub const AGENT_GIB: Text = Text::new(
    "노드당 에이전트 메모리 (GiB)",
    "Agents' memory per node (GiB)",
);
pub const OFF_PEAK: Text = Text::new("한산할 때", "off peak");
pub const SCALE_IN_NOTE: Text = Text::new(
    "부하에 맞춰 양쪽 모두 늘고 줄며, 최대 부하 때 더한 용량은 그 뒤 15분 더 돈다고 가정합니다.",
    "Both sides scale with the load; what is added for the peak is assumed to run 15 minutes past it.",
);
pub const OPS: Text = Text::new("서버 운영에 쓸 수 있는 인력", "People who can run servers");
pub const PRIORITY_HINT: Text = Text::new(
    "0 = 상관없음, 3 = 가장 중요",
    "0 = does not matter, 3 = matters most",
);

pub const STEP: Text = Text::new("단계", "Step");
pub const OF: Text = Text::new("/", "of");
pub const BACK: Text = Text::new("이전", "Back");
pub const NEXT: Text = Text::new("다음", "Next");

pub const RECOMMENDATION: Text = Text::new("추천", "Recommendation");
pub const SCORES: Text = Text::new("점수", "Scores");
pub const WEIGHTS: Text = Text::new("가중치", "Weights");
pub const WORKLOAD_WEIGHT: Text = Text::new("워크로드 특성", "workload traits");
pub const BLOCKERS: Text = Text::new("선택지를 막는 요구 사항", "What rules an option out");
pub const PLACEMENTS: Text = Text::new("무엇을 어디서 돌릴까", "What runs where");
pub const FOR: Text = Text::new("이 선택을 받치는 이유", "Reasons for");
pub const AGAINST: Text = Text::new("반대쪽 이유", "Reasons against");
pub const CAVEATS: Text = Text::new("알아 둘 점", "Good to know");
pub const FLIPS: Text = Text::new("답이 바뀌는 경우", "What would change this");
pub const NO_FLIPS: Text = Text::new(
    "답을 바꾸는 단일 변경이 없습니다.",
    "No single change moves this answer.",
);
pub const FARGATE_SIZE: Text = Text::new("Fargate 과금 크기", "Fargate bills each pod as");

pub const SOURCE: Text = Text::new("출처", "Source");
pub const CHECKED: Text = Text::new("확인", "checked");
pub const POINTS: Text = Text::new("점", "pts");
pub const NEW_WINDOW: Text = Text::new("(새 창)", "(opens in a new tab)");

pub const MATRIX_CAPTION: Text = Text::new(
    "ECS와 EKS 비교: 기준마다 중요도를 정하세요",
    "ECS compared with EKS: set how much each criterion matters",
);
pub const IMPORTANCE: Text = Text::new("중요도", "Importance");
pub const TOTAL: Text = Text::new("합계", "Total");
pub const STRONGER: Text = Text::new("(더 나음)", "(stronger)");
pub const NOT_SCORED: Text = Text::new("점수 없음", "not scored");
pub const CONTEXT: Text = Text::new("상황", "Your situation");
pub const K8S_EXPERIENCE: Text = Text::new("쿠버네티스 경험", "Kubernetes experience");
pub const MULTI_CLOUD: Text = Text::new("멀티 클라우드 계획", "Multi-cloud plans");
pub const ON_PREMISES: Text = Text::new("온프레미스도 운영", "On-premises too");
pub const AWS_ONLY: Text = Text::new("AWS만 쓴다", "AWS only");
pub const TEAM_SIZE: Text = Text::new("팀 인원", "Team size");
pub const TIE: Text = Text::new("동점", "Tie");
pub const QUADRANTS_CAPTION: Text = Text::new(
    "오케스트레이터 × 컴퓨팅: 여섯 가지 조합",
    "Orchestrator × compute: the six combinations",
);

// The cost section.
pub const COST: Text = Text::new("월 비용", "Monthly cost");
pub const COST_SETTINGS: Text = Text::new("비용 계산 조건", "Cost settings");
pub const REGION: Text = Text::new("리전", "Region");
pub const INSTANCE_TYPE: Text = Text::new("EC2 인스턴스 유형", "EC2 instance type");
pub const CHEAPEST: Text = Text::new("맞는 것 중 가장 싼 유형", "Cheapest that fits");
pub const HOURS: Text = Text::new("월 실행 시간", "Hours running per month");
pub const CURRENCY: Text = Text::new("통화", "Currency");
pub const PER_MONTH: Text = Text::new("/월", "/month");
pub const COMPUTE_LINE: Text = Text::new("컴퓨팅", "Compute");
pub const STORAGE_LINE: Text = Text::new("추가 임시 스토리지", "Extra ephemeral storage");
pub const CONTROL_PLANE_LINE: Text = Text::new("EKS 컨트롤 플레인", "EKS control plane");
pub const SPOT_LINE: Text = Text::new("스팟 할인", "Spot savings");
pub const LICENSE_LINE: Text = Text::new("Windows 라이선스", "Windows licence");
pub const BILLED_AS: Text = Text::new("과금 단위", "Billed as");
pub const NODES: Text = Text::new("노드", "Nodes");
pub const PODS_PER_NODE: Text =
    Text::new("노드당 최대 파드/태스크", "Most pods or tasks on a node");
pub const SAVINGS_PLAN_LINE: Text = Text::new("Savings Plan", "Savings Plan");
pub const MANAGEMENT_FEE_LINE: Text = Text::new("관리 요금", "Management fee");
pub const LINUX_ONLY: Text = Text::new(
    "리눅스 컨테이너만 실행합니다.",
    "It runs Linux containers only.",
);
pub const COMMITMENT: Text = Text::new("Savings Plan (선결제 없음)", "Savings Plan (no upfront)");
pub const SP_DISCOUNT: Text = Text::new("Savings Plan 할인율 (%)", "Savings Plan discount (%)");
pub const SP_DEFAULT: Text = Text::new(
    "비워 두면 이 플랜의 가정 할인율",
    "Blank: the plan's assumed rates",
);
pub const CHART_TITLE: Text =
    Text::new("복제본 수에 따른 월 비용", "Monthly cost by replica count");
pub const REPLICAS_AXIS: Text = Text::new("복제본", "replicas");
pub const NOW: Text = Text::new("현재", "now");
pub const CROSSOVER: Text = Text::new("역전", "crossover");
pub const CHANGES_AGAIN: Text = Text::new("다시 바뀌는 지점", "changes again at");
pub const NO_CROSSOVER: Text = Text::new(
    "이 범위에서는 가장 싼 쪽이 바뀌지 않습니다.",
    "The cheapest side does not change in this range.",
);
pub const CHART_TABLE: Text = Text::new("차트를 표로 보기", "The chart as a table");
pub const CHEAPEST_SIDE: Text = Text::new("가장 싼 쪽", "Cheapest");
pub const PRICES_USED: Text = Text::new("사용한 가격", "Prices used");
pub const RATE_ASSUMED: Text = Text::new("가정한 환율", "assumed exchange rate");
pub const RATE_SET: Text = Text::new("이 페이지가 정한 환율", "exchange rate set by this page");
pub const NOT_INCLUDED: Text = Text::new(
    "데이터 전송, 로드 밸런서, EBS 볼륨, 예약 인스턴스 할인은 빠져 있습니다.",
    "Not included: data transfer, load balancers, EBS volumes, Reserved Instances.",
);
pub const BLOCKED_NOTE: Text = Text::new(
    "위의 요구 사항 때문에 이 워크로드를 다 돌릴 수 없는 쪽의 비용은 비교용입니다:",
    "The requirements above keep part of this workload off these sides, whose cost is for comparison only:",
);

/// A commitment in words, after the control's label ("Savings Plan (no upfront)").
pub fn commitment(value: Commitment) -> Text {
    match value {
        Commitment::None => Text::new("없음 (온디맨드)", "None (on-demand)"),
        Commitment::ComputeSavingsPlan1y => Text::new("Compute 1년", "Compute, 1 year"),
        Commitment::ComputeSavingsPlan3y => Text::new("Compute 3년", "Compute, 3 years"),
        Commitment::Ec2InstanceSavingsPlan1y => {
            Text::new("EC2 Instance 1년", "EC2 Instance, 1 year")
        }
        Commitment::Ec2InstanceSavingsPlan3y => {
            Text::new("EC2 Instance 3년", "EC2 Instance, 3 years")
        }
    }
}

/// Why one side has no price, by the model's constraint name.
pub fn cost_unavailable(constraint: &str) -> Text {
    match constraint {
        "arm" => Text::new(
            "EKS의 Fargate는 Arm 파드를 실행하지 않습니다.",
            "Fargate on EKS does not run Arm pods.",
        ),
        "podSize" => Text::new(
            "파드/태스크가 가장 큰 크기보다 큽니다.",
            "Each pod or task is larger than the largest size available.",
        ),
        "ephemeralStorage" => Text::new(
            "임시 스토리지가 Fargate 한도를 넘습니다.",
            "The ephemeral storage is above Fargate's limit.",
        ),
        "windows" => Text::new(
            "Fargate에 맞는 Windows 크기가 없습니다.",
            "Fargate has no Windows size for this.",
        ),
        _ => Text::new(
            "이 리전의 가격표에 이 가격이 없습니다.",
            "The price list has no price for this in this Region.",
        ),
    }
}

/// A status in words, for the badge beside a citation; `None` for a verified one, which
/// needs no badge.
pub fn status(value: Status) -> Option<Text> {
    match value {
        Status::Verified => None,
        Status::Unverified => Some(Text::new("검증되지 않음", "unverified")),
        Status::Conflicting => Some(Text::new("출처끼리 다름", "sources conflict")),
        Status::SourcePost => Some(Text::new("원글의 의견", "opinion, not AWS")),
        Status::SecondarySource => Some(Text::new("2차 출처", "secondary source")),
        Status::Assumption => Some(Text::new("가정", "assumption")),
    }
}

pub fn orchestrator(value: Orchestrator) -> Text {
    match value {
        Orchestrator::Eks => Text::new("EKS", "EKS"),
        Orchestrator::Ecs => Text::new("ECS", "ECS"),
    }
}

/// An option's name on `orchestrator`: EC2 that AWS runs goes by AWS's own name there
/// ("EKS Auto Mode", "ECS Managed Instances").
pub fn capacity(value: Capacity, orchestrator: Orchestrator) -> Text {
    match value {
        Capacity::Ec2 => Text::new("EC2 노드", "EC2 nodes"),
        Capacity::Managed => value.name(orchestrator),
        Capacity::Fargate => Text::new("Fargate", "Fargate"),
    }
}

/// The answer in words on `orchestrator`.
pub fn choice(value: Choice, orchestrator: Orchestrator) -> Text {
    match value {
        Choice::Ec2 => Text::new("EC2 노드 그룹", "EC2 node groups"),
        Choice::Fargate => Text::new("AWS Fargate", "AWS Fargate"),
        Choice::Mixed => Text::new("EC2와 Fargate 함께", "EC2 and Fargate together"),
        Choice::Managed => Capacity::Managed.name(orchestrator),
    }
}

/// Where a placement runs, on `orchestrator`.
pub fn target(value: Target, orchestrator: Orchestrator) -> Text {
    match (value, orchestrator) {
        (Target::Ec2, _) => Text::new("EC2", "EC2"),
        (Target::Ec2Spot, _) => Text::new("EC2 스팟", "EC2 Spot"),
        (Target::Fargate, _) => Text::new("Fargate", "Fargate"),
        (Target::FargateSpot, _) => Text::new("Fargate 스팟", "Fargate Spot"),
        (Target::Managed, _) => Capacity::Managed.name(orchestrator),
        (Target::ManagedSpot, Orchestrator::Eks) => {
            Text::new("EKS Auto Mode 스팟", "EKS Auto Mode Spot")
        }
        (Target::ManagedSpot, Orchestrator::Ecs) => {
            Text::new("ECS 관리형 인스턴스 스팟", "ECS Managed Instances Spot")
        }
    }
}

/// A need's label and its one-line explanation.
pub fn need(value: Need) -> (Text, Text) {
    match value {
        Need::Gpu => (
            Text::new("GPU", "GPU"),
            Text::new(
                "머신러닝 학습·추론 등 가속기가 필요",
                "Accelerators for ML training or inference",
            ),
        ),
        Need::Daemonsets => (
            Text::new("노드 에이전트 (DaemonSet)", "Node agents (DaemonSet)"),
            Text::new(
                "모든 노드에 로그·모니터링·보안 에이전트",
                "Log, monitoring or security agents on every node",
            ),
        ),
        Need::Privileged => (
            Text::new("특권 컨테이너", "Privileged containers"),
            Text::new(
                "호스트 커널이나 장치에 직접 접근",
                "Direct access to the host kernel or devices",
            ),
        ),
        Need::HostNetworking => (
            Text::new("호스트 네트워킹", "Host networking"),
            Text::new(
                "hostNetwork, hostPort 또는 host 네트워크 모드",
                "hostNetwork, hostPort or the host network mode",
            ),
        ),
        Need::BlockStorage => (
            Text::new("EBS 블록 스토리지", "EBS block storage"),
            Text::new(
                "데이터베이스처럼 디스크에 상태를 저장",
                "State kept on a disk, like a database",
            ),
        ),
        Need::Windows => (
            Text::new("Windows 컨테이너", "Windows containers"),
            Text::new(
                ".NET Framework 등 Windows 전용 이미지",
                "Windows-only images such as .NET Framework",
            ),
        ),
        Need::Arm => (
            Text::new("Arm (Graviton) 전용", "Arm (Graviton) only"),
            Text::new(
                "이미지가 Arm64용으로만 빌드됨",
                "Images built for Arm64 only",
            ),
        ),
        Need::Spot => (
            Text::new("스팟 용량", "Spot capacity"),
            Text::new(
                "중단을 견디는 대신 싸게",
                "Cheaper, in exchange for interruptions",
            ),
        ),
    }
}

pub fn load_pattern(value: LoadPattern) -> Text {
    match value {
        LoadPattern::Steady => Text::new("꾸준함", "Steady"),
        LoadPattern::Bursty => Text::new("들쭉날쭉함", "Bursty"),
        LoadPattern::Scheduled => Text::new("정해진 시간 (배치)", "Scheduled (batch)"),
    }
}

pub fn ops_capacity(value: OpsCapacity) -> Text {
    match value {
        OpsCapacity::None => Text::new("없음", "No one"),
        OpsCapacity::Some => Text::new("가끔 돌볼 사람", "Someone, now and then"),
        OpsCapacity::Dedicated => Text::new("전담 플랫폼 팀", "A platform team"),
    }
}

pub fn kubernetes_experience(value: KubernetesExperience) -> Text {
    match value {
        KubernetesExperience::None => Text::new("없음", "None"),
        KubernetesExperience::Some => Text::new("조금", "Some"),
        KubernetesExperience::Strong => Text::new("많음", "Strong"),
    }
}

/// How much a criterion matters, 0 to 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Ignore,
    Low,
    Medium,
    High,
}

impl Level {
    pub fn text(self) -> Text {
        match self {
            Level::Ignore => Text::new("무시", "ignore"),
            Level::Low => Text::new("낮음", "low"),
            Level::Medium => Text::new("보통", "medium"),
            Level::High => Text::new("높음", "high"),
        }
    }
}

pub const SHARE: Text = Text::new("공유", "Share");
pub const COPY_LINK: Text = Text::new("링크 복사", "Copy link");
pub const COPY_MARKDOWN: Text = Text::new("마크다운으로 복사", "Copy as Markdown");
pub const DOWNLOAD_JSON: Text = Text::new("JSON 내려받기", "Download JSON");
pub const LINK_COPIED: Text = Text::new(
    "이 답이 담긴 링크를 복사했습니다.",
    "A link to these answers is on the clipboard.",
);
pub const MARKDOWN_COPIED: Text = Text::new(
    "마크다운을 복사했습니다. 글에 붙여 넣으세요.",
    "Markdown copied: paste it into your post.",
);
pub const JSON_SAVED: Text = Text::new("JSON 파일을 내려받았습니다.", "JSON file downloaded.");

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use crate::core::catalog::Status;

    fn has_hangul(text: &str) -> bool {
        text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
    }

    /// Every status but Verified reaches the reader as words of its own, in both languages,
    /// in the citation badge, the Markdown and the fallback table alike (all three go
    /// through `status`).
    #[test]
    fn every_status_but_verified_is_shown_in_words_in_both_languages() {
        let mut seen = BTreeSet::new();
        for status in Status::ALL {
            let words = super::status(status);
            assert_eq!(words.is_some(), status != Status::Verified, "{status:?}");
            if let Some(words) = words {
                assert!(has_hangul(words.ko), "{status:?}");
                assert!(!has_hangul(words.en) && !words.en.is_empty(), "{status:?}");
                assert!(seen.insert(words.en), "{status:?} shares its words");
            }
        }
    }
}
