//! The fact catalog: every comparison the widgets and the engines state, in both languages,
//! with the page it rests on and the date it was checked against that page.
//!
//! The facts live in one file per concern:
//! - `seed`: the seed post's two tables (EC2 against Fargate, ECS against EKS);
//! - `fargate_eks`: what Fargate can and cannot do under Amazon EKS;
//! - `fargate_ecs`: the same under Amazon ECS, where it differs;
//! - `operations`: start-up, AWS Batch guidance, EC2 capacity;
//! - `pricing`: control-plane fees and Fargate billing;
//! - `aws_managed`: EC2 that AWS runs (EKS Auto Mode, ECS Managed Instances), Savings Plans;
//! - `starter`: the fields the starter configurations write (eksctl, the ECS API).
//!
//! A fact is [`Status::Verified`] only where its cited page states it. Anything else is still
//! listed, with a status that says what it is instead (unverified, conflicting, the source
//! post's judgement, a secondary source, a model assumption), and the widgets show that
//! status to the reader in words.

pub(crate) mod aws_managed;
pub(crate) mod fargate_ecs;
pub(crate) mod fargate_eks;
mod operations;
pub(crate) mod pricing;
pub(crate) mod seed;
mod starter;

use crate::i18n::{Lang, Text};

/// How far a fact or a price can be trusted, and why. Widgets show anything but `Verified`
/// to the reader, in words (never colour alone), in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// The cited AWS page (or AWS's own data) states it, as checked on `verified_on`.
    Verified,
    /// Not confirmed by an AWS page.
    Unverified,
    /// AWS pages or other sources disagree.
    Conflicting,
    /// The source post's judgement (an analogy, whom a tool suits): the cited page gives the
    /// context, it does not state the judgement.
    SourcePost,
    /// A value from a secondary source (a price tracker, a blog, a third-party analysis), not
    /// read on an AWS page or in the AWS Price List files.
    SecondarySource,
    /// A model assumption the reader can change (a Spot discount), not a published figure.
    Assumption,
}

impl Status {
    /// Every status, in the order they are declared.
    pub const ALL: [Status; 6] = [
        Status::Verified,
        Status::Unverified,
        Status::Conflicting,
        Status::SourcePost,
        Status::SecondarySource,
        Status::Assumption,
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

/// The day the facts of the audit of 2026-12-01 (`aws-facts.md`) were re-checked against
/// current AWS pages: the corrections, and the opinions that lost their Verified status.
pub(crate) const RECHECKED: &str = "2026-12-01";

impl Fact {
    /// The one constructor the catalog's parts share; each part names its date and status
    /// through a helper of its own.
    pub(crate) const fn new(
        id: &'static str,
        text: Text,
        source: &'static str,
        verified_on: &'static str,
        status: Status,
    ) -> Fact {
        Fact {
            id,
            text,
            source,
            verified_on,
            status,
        }
    }
}

/// A fact re-checked against its page in the audit of [`RECHECKED`], in both languages.
pub(crate) const fn checked_today(
    id: &'static str,
    ko: &'static str,
    en: &'static str,
    source: &'static str,
    status: Status,
) -> Fact {
    Fact::new(id, Text::new(ko, en), source, RECHECKED, status)
}

/// The catalog's parts, in the order [`facts`] yields them. A `const`, not a `static`: the
/// words reach a binary only through the functions that read them ([`facts`], [`fact`]), so a
/// widget that only cites facts ships [`CITATIONS`] without the words.
const PARTS: [&[Fact]; 8] = [
    seed::COMPUTE,
    seed::ORCHESTRATOR,
    fargate_eks::FACTS,
    fargate_ecs::FACTS,
    operations::FACTS,
    pricing::FACTS,
    aws_managed::FACTS,
    starter::FACTS,
];

/// The parts whose facts a widget can cite: all but the starter configuration's, which only
/// the starter cites (through [`fact`], in the JS API), so the widgets' citation table does
/// not carry them.
const CITED_BY_WIDGETS: [&[Fact]; 7] = [
    seed::COMPUTE,
    seed::ORCHESTRATOR,
    fargate_eks::FACTS,
    fargate_ecs::FACTS,
    operations::FACTS,
    pricing::FACTS,
    aws_managed::FACTS,
];

/// Every fact the product states, in a stable order.
pub fn facts() -> impl Iterator<Item = &'static Fact> {
    PARTS.into_iter().flatten()
}

/// Looks a fact up by id.
pub fn fact(id: &str) -> Option<&'static Fact> {
    facts().find(|fact| fact.id == id)
}

/// What a citation of a fact shows: where it comes from, when it was checked, how settled it
/// is. Everything of a [`Fact`] but its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    pub id: &'static str,
    pub source: &'static str,
    pub verified_on: &'static str,
    pub status: Status,
}

// Indexing in the two consts below runs when the crate compiles: an index out of range is a
// compile error, never a panic, and iterators are not available in const evaluation.
#[allow(clippy::indexing_slicing)]
const CITED_COUNT: usize = {
    let mut count = 0;
    let mut part = 0;
    while part < CITED_BY_WIDGETS.len() {
        count += CITED_BY_WIDGETS[part].len();
        part += 1;
    }
    count
};

/// The citation of every fact a widget can cite, in the order of [`facts`], computed from
/// the facts when the crate is compiled.
#[allow(clippy::indexing_slicing)]
pub static CITATIONS: [Citation; CITED_COUNT] = {
    let mut citations = [Citation {
        id: "",
        source: "",
        verified_on: "",
        status: Status::Unverified,
    }; CITED_COUNT];
    let (mut part, mut next) = (0, 0);
    while part < CITED_BY_WIDGETS.len() {
        let mut index = 0;
        while index < CITED_BY_WIDGETS[part].len() {
            let fact = &CITED_BY_WIDGETS[part][index];
            citations[next] = Citation {
                id: fact.id,
                source: fact.source,
                verified_on: fact.verified_on,
                status: fact.status,
            };
            (index, next) = (index + 1, next + 1);
        }
        part += 1;
    }
    citations
};

/// Looks a fact's citation up by id, without its words.
pub fn citation(id: &str) -> Option<&'static Citation> {
    CITATIONS.iter().find(|citation| citation.id == id)
}

/// One fact in one language, shaped for a JavaScript caller:
/// `{"id", "text", "source", "verifiedOn", "status"}`, the status one of `"verified"`,
/// `"unverified"`, `"conflicting"`, `"sourcePost"`, `"secondarySource"`, `"assumption"`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FactView {
    /// Stable identifier, `area.topic` in kebab case: what answers cite as `factId`.
    pub id: &'static str,
    /// The statement, in the language asked for.
    pub text: &'static str,
    /// The AWS page the fact rests on.
    pub source: &'static str,
    /// `YYYY-MM-DD`: when the fact was last checked against `source`.
    pub verified_on: &'static str,
    pub status: Status,
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_citation_is_its_fact_without_the_words() {
        // Every fact but the starter's, in the catalog's order.
        let cited_by_widgets: Vec<&Fact> = facts()
            .filter(|fact| !fact.id.starts_with("starter."))
            .collect();
        assert_eq!(CITATIONS.len(), cited_by_widgets.len());
        assert_eq!(CITATIONS.len() + starter::FACTS.len(), facts().count());
        for (cited, fact) in CITATIONS.iter().zip(cited_by_widgets) {
            let Fact {
                id,
                source,
                verified_on,
                status,
                ..
            } = *fact;
            assert_eq!(
                *cited,
                Citation {
                    id,
                    source,
                    verified_on,
                    status
                }
            );
            assert_eq!(citation(id), Some(cited));
        }
        assert_eq!(citation("no.such-fact"), None);
    }
}
