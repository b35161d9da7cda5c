//! The two side-by-side comparisons from the seed post, as data: the EC2 node group vs
//! Fargate table and the ECS vs EKS table. Each row cites the catalog fact behind it.

use crate::catalog::{self, Fact};
use crate::cost::{eks_monthly_fee, EksSupport};
use crate::i18n::{OwnedText, Text};
use crate::number::format_usd;

/// A two-column comparison table.
#[derive(Debug, PartialEq, Eq)]
pub struct Comparison {
    pub caption: Text,
    /// The header of the criterion column.
    pub criterion_header: Text,
    /// The two options compared, left then right.
    pub options: [Text; 2],
    pub rows: &'static [Row],
    /// The seed facts the rows cite.
    pub facts: &'static [Fact],
}

/// One criterion of a [`Comparison`].
#[derive(Debug, PartialEq, Eq)]
pub struct Row {
    pub criterion: Text,
    /// The short answer for each option, in the order of [`Comparison::options`].
    pub cells: [Cell; 2],
    /// The id of the catalog fact this row rests on.
    pub fact_id: &'static str,
}

/// A row's short answer for one option: fixed words, or words around a number the cost model
/// computes, so the table and the model cannot disagree.
#[derive(Debug, PartialEq, Eq)]
pub enum Cell {
    Fixed(Text),
    /// The EKS control-plane fee per cluster and month, standard and extended.
    EksFee,
}

impl Cell {
    /// The cell's words in both languages.
    pub fn text(&self) -> OwnedText {
        match self {
            Cell::Fixed(text) => (*text).into(),
            Cell::EksFee => {
                let [standard, extended] = [EksSupport::Standard, EksSupport::Extended]
                    .map(|support| format_usd(eks_monthly_fee(support)));
                OwnedText::new(
                    format!("클러스터당 월 {standard}(연장 지원 {extended}) + 컴퓨팅"),
                    format!("{standard}/month per cluster ({extended} extended) + compute"),
                )
            }
        }
    }
}

/// Fixed words for a cell.
const fn fixed(ko: &'static str, en: &'static str) -> Cell {
    Cell::Fixed(Text::new(ko, en))
}

impl Comparison {
    /// The seed fact behind `row`; `None` only if the seed lost it, which a test forbids.
    /// Looked up among this table's facts alone, so a widget showing the table carries its
    /// words and not the whole catalog's, nor the other table's.
    pub fn fact(&self, row: &Row) -> Option<&'static Fact> {
        self.facts.iter().find(|fact| fact.id == row.fact_id)
    }
}

/// EC2 node groups against AWS Fargate (the seed's four rows).
pub static COMPUTE: Comparison = Comparison {
    facts: catalog::seed::COMPUTE,
    caption: Text::new(
        "EC2 노드 그룹과 AWS Fargate 비교",
        "EC2 node groups compared with AWS Fargate",
    ),
    criterion_header: Text::new("구분", "Criterion"),
    options: [
        Text::new("EC2 노드 그룹", "EC2 node group"),
        Text::new("AWS Fargate", "AWS Fargate"),
    ],
    rows: &[
        Row {
            criterion: Text::new("비유", "Analogy"),
            cells: [
                fixed("전용 작업실을 통째로 빌리기", "Renting a private studio"),
                fixed("연습실을 시간 단위로 빌리기", "Booking a room by the hour"),
            ],
            fact_id: "compute.analogy",
        },
        Row {
            criterion: Text::new("관리 책임", "Who manages servers"),
            cells: [
                fixed("일부는 사용자 몫", "Partly you"),
                fixed("전부 AWS", "AWS, entirely"),
            ],
            fact_id: "compute.management",
        },
        Row {
            criterion: Text::new("제어 수준", "Control"),
            cells: [
                fixed("높음: 인스턴스 종류 선택", "High: pick the instance type"),
                fixed("낮음: 서버가 보이지 않음", "Low: no server to see"),
            ],
            fact_id: "compute.control",
        },
        Row {
            criterion: Text::new("잘 맞는 경우", "Best for"),
            cells: [
                fixed(
                    "특정 사양이 필요하거나 비용을 최적화할 때",
                    "Specific hardware, or tuning cost",
                ),
                fixed(
                    "인프라 걱정 없이 빠르게 실행할 때",
                    "Running fast with no infrastructure to mind",
                ),
            ],
            fact_id: "compute.fit",
        },
    ],
};

/// Amazon ECS against Amazon EKS (the seed's eight criteria).
pub static ORCHESTRATOR: Comparison = Comparison {
    facts: catalog::seed::ORCHESTRATOR,
    caption: Text::new(
        "Amazon ECS와 Amazon EKS 비교",
        "Amazon ECS compared with Amazon EKS",
    ),
    criterion_header: Text::new("기준", "Criterion"),
    options: [Text::new("ECS", "ECS"), Text::new("EKS", "EKS")],
    rows: &[
        Row {
            criterion: Text::new("기반 기술", "Technology"),
            cells: [
                fixed("AWS 자체 기술", "AWS's own"),
                fixed("오픈소스 쿠버네티스", "Open-source Kubernetes"),
            ],
            fact_id: "orchestrator.technology",
        },
        Row {
            criterion: Text::new("학습 곡선", "Learning curve"),
            cells: [fixed("낮음", "Gentle"), fixed("높음", "Steep")],
            fact_id: "orchestrator.learning-curve",
        },
        Row {
            criterion: Text::new("유연성과 제어", "Flexibility and control"),
            cells: [fixed("제한적", "Limited"), fixed("매우 높음", "Very high")],
            fact_id: "orchestrator.flexibility",
        },
        Row {
            criterion: Text::new("이식성", "Portability"),
            cells: [
                fixed(
                    "낮음: AWS, 또는 ECS Anywhere로 자체 서버",
                    "Low: AWS, or your servers via ECS Anywhere",
                ),
                fixed("매우 높음", "Very high"),
            ],
            fact_id: "orchestrator.portability",
        },
        Row {
            criterion: Text::new("생태계", "Ecosystem"),
            cells: [
                fixed("AWS 중심", "AWS-centred"),
                fixed("CNCF 오픈소스", "CNCF open source"),
            ],
            fact_id: "orchestrator.ecosystem",
        },
        Row {
            criterion: Text::new("네트워킹", "Networking"),
            cells: [
                fixed("단순: VPC와 통합", "Simple: built into the VPC"),
                fixed(
                    "보통: VPC CNI 기본 설치, 애드온은 직접 관리",
                    "Moderate: VPC CNI built in, add-ons to upgrade",
                ),
            ],
            fact_id: "orchestrator.networking",
        },
        Row {
            criterion: Text::new("가격 모델", "Pricing"),
            cells: [fixed("컴퓨팅 사용료만", "Compute only"), Cell::EksFee],
            fact_id: "orchestrator.pricing",
        },
        Row {
            criterion: Text::new("잘 맞는 팀", "Best for"),
            cells: [
                fixed("빠르고 단순한 배포", "Shipping simply and fast"),
                fixed("멀티 클라우드, 표준 기술", "Multi-cloud, standard tooling"),
            ],
            fact_id: "orchestrator.audience",
        },
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_tables_keep_their_shape() {
        assert_eq!(
            COMPUTE.rows.len(),
            4,
            "the seed compares EC2 and Fargate on four rows"
        );
        assert_eq!(
            ORCHESTRATOR.rows.len(),
            8,
            "the seed compares ECS and EKS on eight criteria"
        );
    }

    #[test]
    fn every_row_cites_a_seed_fact() {
        for (comparison, row) in [&COMPUTE, &ORCHESTRATOR]
            .into_iter()
            .flat_map(|comparison| comparison.rows.iter().map(move |row| (comparison, row)))
        {
            assert!(
                comparison.fact(row).is_some(),
                "row {:?} cites a missing fact",
                row.criterion.en
            );
        }
    }
}
