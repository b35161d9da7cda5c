//! Preset answers and weights from a widget's attributes, so an author can open a widget on
//! the case their post discusses. Every bad value is ignored with one warning naming it, and
//! the documented default stands (see the README's attribute tables). The answers a "Copy
//! link" put in the page URL are the same attributes ([`crate::share`]), read the same way.

mod chooser;
mod matrix;

use crate::attributes::{AttributeWarning, ElementEnv};
use crate::compute::{LoadPattern, Need, OpsCapacity, Orchestrator, Priority, WorkloadProfile};
use crate::cost::{Commitment, CostSettings};
use crate::error::InputError;
use crate::form::read_number;
use crate::input::Bounds;
use crate::orchestrator::{Criterion, KubernetesExperience, OrchestratorInput};
use crate::share;

/// How `<ecs-eks-matrix>` lays out the comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MatrixView {
    /// The criteria table with importance controls (the default).
    #[default]
    Table,
    /// The 2×2 of ECS/EKS × EC2/Fargate.
    Quadrants,
}

/// `<ec2-fargate-chooser>`'s settings beyond language and theme.
#[derive(Clone, Debug, PartialEq)]
pub struct ChooserSettings {
    /// The answers the widget opens with.
    pub profile: WorkloadProfile,
    /// Questions one group at a time, for narrow columns.
    pub compact: bool,
    /// The cost section's Region, instance type, hours and currency.
    pub cost: CostSettings,
}

/// `<ecs-eks-matrix>`'s settings beyond language and theme.
#[derive(Clone, Debug, PartialEq)]
pub struct MatrixSettings {
    /// The weights and context the widget opens with.
    pub input: OrchestratorInput,
    pub view: MatrixView,
}

pub(crate) const ORCHESTRATORS: [(&str, Orchestrator); 2] =
    [("eks", Orchestrator::Eks), ("ecs", Orchestrator::Ecs)];
pub(crate) const LOAD_PATTERNS: [(&str, LoadPattern); 3] = [
    ("steady", LoadPattern::Steady),
    ("bursty", LoadPattern::Bursty),
    ("scheduled", LoadPattern::Scheduled),
];
pub(crate) const OPS_CAPACITIES: [(&str, OpsCapacity); 3] = [
    ("none", OpsCapacity::None),
    ("some", OpsCapacity::Some),
    ("dedicated", OpsCapacity::Dedicated),
];
/// The `commitment` attribute's values, in the order of [`Commitment::ALL`]; the chooser's
/// commitment control uses them too.
pub const COMMITMENTS: [(&str, Commitment); 5] = [
    ("none", Commitment::None),
    ("compute-1y", Commitment::ComputeSavingsPlan1y),
    ("compute-3y", Commitment::ComputeSavingsPlan3y),
    ("ec2-instance-1y", Commitment::Ec2InstanceSavingsPlan1y),
    ("ec2-instance-3y", Commitment::Ec2InstanceSavingsPlan3y),
];
pub(crate) const KUBERNETES_EXPERIENCE: [(&str, KubernetesExperience); 3] = [
    ("none", KubernetesExperience::None),
    ("some", KubernetesExperience::Some),
    ("strong", KubernetesExperience::Strong),
];

pub(crate) const NEED_NAMES: [(&str, Need); 8] = [
    ("gpu", Need::Gpu),
    ("daemonsets", Need::Daemonsets),
    ("privileged", Need::Privileged),
    ("host-networking", Need::HostNetworking),
    ("block-storage", Need::BlockStorage),
    ("windows", Need::Windows),
    ("arm", Need::Arm),
    ("spot", Need::Spot),
];
pub(crate) const NEEDS_ALLOWED: &str = "a list of gpu, daemonsets, privileged, host-networking, \
                             block-storage, windows, arm, spot";

pub(crate) const PRIORITY_NAMES: [(&str, Priority); 3] = [
    ("cost", Priority::Cost),
    ("control", Priority::Control),
    ("simplicity", Priority::Simplicity),
];
pub(crate) const PRIORITIES_ALLOWED: &str =
    "a list like \"cost:3 control:0 simplicity:2\" (0 to 3)";

pub(crate) const CRITERION_NAMES: [(&str, Criterion); 6] = [
    ("learning-curve", Criterion::LearningCurve),
    ("flexibility", Criterion::Flexibility),
    ("portability", Criterion::Portability),
    ("ecosystem", Criterion::Ecosystem),
    ("networking", Criterion::Networking),
    ("pricing", Criterion::Pricing),
];
pub(crate) const WEIGHTS_ALLOWED: &str = "a list like \"portability:3 learning-curve:1\" (0 to 3)";

impl ElementEnv {
    /// The answers in the page URL, read by `read` from the state's attribute pairs; a bad
    /// state, or a bad value in it, warns as the URL's.
    fn shared_answers<T: crate::read::Input>(
        &self,
        read: fn(&ElementEnv, &mut Vec<AttributeWarning>) -> T,
        names: &[&str],
        warnings: &mut Vec<AttributeWarning>,
    ) -> Option<T> {
        let state = self.shared_env(names, warnings)?;
        let mut inner = Vec::new();
        let answers = read(&state, &mut inner);
        url_warnings(inner, warnings);
        Some(answers)
    }

    /// The attribute pairs of the state in the page URL, as an environment to read them
    /// from; `None`, with a warning, for a bad state.
    fn shared_env(
        &self,
        names: &[&str],
        warnings: &mut Vec<AttributeWarning>,
    ) -> Option<ElementEnv> {
        let state = self.shared_state.as_deref()?;
        #[cfg(feature = "bench-json-state")]
        return crate::stand_ins::decode_state(state)
            .map_err(|error| warnings.push(shared_state_warning(&error)))
            .ok();
        match share::state_attributes(state, names) {
            Ok(attributes) => Some(ElementEnv {
                attributes,
                ..ElementEnv::default()
            }),
            Err(error) => {
                warnings.push(shared_state_warning(&error));
                None
            }
        }
    }

    /// A numeric attribute inside `bounds`; anything else warns and gives `None`.
    pub(crate) fn number(
        &self,
        name: &'static str,
        bounds: &Bounds,
        warnings: &mut Vec<AttributeWarning>,
    ) -> Option<f64> {
        let value = self.attribute(name)?;
        let number = read_number(value, bounds);
        if number.is_none() {
            warnings.push(warning(name, value, bounds.allowed));
        }
        number
    }

    pub(crate) fn whole_number(
        &self,
        name: &'static str,
        bounds: &Bounds,
        warnings: &mut Vec<AttributeWarning>,
    ) -> Option<u32> {
        // The bounds admit only whole numbers inside u32's range, so the cast is exact.
        self.number(name, bounds, warnings)
            .map(|number| number as u32)
    }
}

/// Warnings about values read from the state in the page URL, as the URL's.
fn url_warnings(inner: Vec<AttributeWarning>, warnings: &mut Vec<AttributeWarning>) {
    warnings.extend(inner.iter().map(|warning| {
        shared_state_warning(&InputError::new(
            warning.attribute,
            crate::error::quoted(&warning.value),
            warning.allowed,
        ))
    }));
}

/// A state in the URL that could not be used: tampered, truncated, or of another version.
fn shared_state_warning(error: &InputError) -> AttributeWarning {
    warning(
        "the answers in the page URL",
        &error.to_string(),
        "a link made by \"Copy link\"; the defaults show instead",
    )
}

pub(crate) fn warning(
    attribute: &'static str,
    value: &str,
    allowed: &'static str,
) -> AttributeWarning {
    AttributeWarning {
        attribute,
        value: value.to_string(),
        allowed,
    }
}

/// Whether `text` reads as a `YYYY-MM-DD` date (month 1–12, day 1–31).
pub(crate) fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let number = |part: &str, len: usize, max: u32| {
        part.len() == len
            && part.bytes().all(|b| b.is_ascii_digit())
            && part.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
    };
    number(year, 4, 9999) && number(month, 2, 12) && number(day, 2, 31)
}

/// Items of a list attribute, separated by spaces or commas.
pub(crate) fn list_items(value: &str) -> impl Iterator<Item = &str> {
    value
        .split([' ', ',', '\t', '\n'])
        .filter(|item| !item.is_empty())
}

pub(crate) fn lookup<T: Copy>(names: &[(&str, T)], name: &str) -> Option<T> {
    names
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(name))
        .map(|(_, value)| *value)
}

/// `name:weight` items with weights 0 to 3; each bad item warns on its own.
pub(crate) fn weighted_list<T: Copy>(
    attribute: &'static str,
    value: &str,
    names: &[(&str, T)],
    allowed: &'static str,
    warnings: &mut Vec<AttributeWarning>,
) -> Vec<(T, u8)> {
    list_items(value)
        .filter_map(|item| {
            let parsed = item.split_once(':').and_then(|(name, weight)| {
                let weight = weight.parse::<u8>().ok().filter(|w| *w <= 3)?;
                Some((lookup(names, name)?, weight))
            });
            if parsed.is_none() {
                warnings.push(warning(attribute, item, allowed));
            }
            parsed
        })
        .collect()
}

#[cfg(test)]
mod tests;
