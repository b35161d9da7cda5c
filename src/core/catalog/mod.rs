//! The fact catalog: every comparison the widgets and the engines state, in both languages,
//! with the page it rests on and the date it was checked against that page.
//!
//! The facts live in one file per concern:
//! - `seed`: the seed post's two tables (EC2 against Fargate, ECS against EKS);
//! - `fargate_eks`: what Fargate can and cannot do under Amazon EKS;
//! - `fargate_ecs`: the same under Amazon ECS, where it differs;
//! - `operations`: start-up, AWS Batch guidance, EC2 capacity;
//! - `pricing`: control-plane fees and Fargate billing.
//!
//! A fact that no AWS page settles is still listed, but with [`Status::Unverified`] or
//! [`Status::Conflicting`], and the widgets must show that to the reader.

mod fargate_ecs;
mod fargate_eks;
mod operations;
mod pricing;
mod seed;

use crate::core::i18n::{Lang, Text};
use crate::core::json::{json_object, Keyword};

/// How far a fact can be trusted. Widgets show anything but `Verified` to the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Checked against the cited AWS page on `verified_on`.
    Verified,
    /// Not confirmed by an AWS page; shown with a warning.
    Unverified,
    /// AWS pages or other sources disagree; shown with a warning.
    Conflicting,
}

impl Keyword for Status {
    const KEYWORDS: &'static [(&'static str, Self)] = &[
        ("verified", Status::Verified),
        ("unverified", Status::Unverified),
        ("conflicting", Status::Conflicting),
    ];
}

/// One sourced statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fact {
    /// Stable identifier, `area.topic` in kebab case; engines and widgets cite facts by it.
    pub id: &'static str,
    pub text: Text,
    /// The page the statement rests on (https); an AWS page wherever one exists.
    pub source: &'static str,
    /// `YYYY-MM-DD`: when the statement was last checked against `source`.
    pub verified_on: &'static str,
    pub status: Status,
}

/// The snapshot of the Amazon EKS user guide the EKS facts were checked against.
pub(crate) const EKS_GUIDE_SNAPSHOT: &str = "2024-12-18";

/// The day this project recorded the facts of its research notes that the EKS snapshot
/// does not contain (ECS, AWS Batch, pricing).
pub(crate) const RESEARCH_NOTES: &str = "2026-11-25";

/// The catalog's parts, in the order [`facts`] yields them.
const PARTS: [&[Fact]; 5] = [
    seed::FACTS,
    fargate_eks::FACTS,
    fargate_ecs::FACTS,
    operations::FACTS,
    pricing::FACTS,
];

/// Every fact the product states, in a stable order.
pub fn facts() -> impl Iterator<Item = &'static Fact> {
    PARTS.into_iter().flatten()
}

/// Looks a fact up by id.
pub fn fact(id: &str) -> Option<&'static Fact> {
    facts().find(|fact| fact.id == id)
}

/// One fact in one language, shaped for a JavaScript caller:
/// `{"id", "text", "source", "verifiedOn", "status": "verified" | "unverified" | "conflicting"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactView {
    pub id: &'static str,
    pub text: &'static str,
    pub source: &'static str,
    pub verified_on: &'static str,
    pub status: Status,
}

json_object!(FactView {
    "id": id,
    "text": text,
    "source": source,
    "verifiedOn": verified_on,
    "status": status,
});

impl FactView {
    /// The view of `fact` in `lang`.
    pub fn new(fact: &'static Fact, lang: Lang) -> Self {
        FactView {
            id: fact.id,
            text: fact.text.get(lang),
            source: fact.source,
            verified_on: fact.verified_on,
            status: fact.status,
        }
    }
}

/// The whole catalog in one language, in the order of [`facts`].
pub fn catalog_view(lang: Lang) -> Vec<FactView> {
    facts().map(|fact| FactView::new(fact, lang)).collect()
}
