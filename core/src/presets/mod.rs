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
mod tests {
    use super::*;
    use crate::cost::{Currency, PriceSettings, Region};

    fn env(pairs: &[(&str, &str)]) -> ElementEnv {
        ElementEnv::with_attributes(pairs)
    }

    #[test]
    fn chooser_presets_set_the_opening_answers() {
        let mut warnings = Vec::new();
        let settings = env(&[
            ("orchestrator", "ECS"),
            ("needs", "gpu, spot"),
            ("vcpu", "2"),
            ("replicas", "12"),
            ("load", "bursty"),
            ("priorities", "cost:3 simplicity:0"),
            ("compact", ""),
        ])
        .chooser_settings(&mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        let profile = &settings.profile;
        assert_eq!(profile.orchestrator, Orchestrator::Ecs);
        assert!(profile.needs.gpu && profile.needs.spot && !profile.needs.arm);
        assert_eq!((profile.vcpu, profile.replicas), (2.0, 12));
        assert_eq!(profile.load_pattern, LoadPattern::Bursty);
        assert_eq!(
            (profile.priorities.cost, profile.priorities.simplicity),
            (3, 0)
        );
        assert!(settings.compact);
    }

    #[test]
    fn cost_attributes_set_region_type_hours_and_currency() {
        let mut warnings = Vec::new();
        let cost = env(&[
            ("region", "AP-NORTHEAST-2"),
            ("instance-type", "m7g.large"),
            ("hours", "200"),
            ("currency", "krw"),
            ("exchange-rate", "1380.5"),
            ("exchange-rate-date", "2026-11-20"),
            ("commitment", "EC2-Instance-3y"),
            ("savings-plan-discount", "0.5"),
        ])
        .cost_settings(&mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(cost.price.commitment, Commitment::Ec2InstanceSavingsPlan3y);
        assert_eq!(cost.price.savings_plan_discount, Some(0.5));
        assert_eq!(cost.price.region, Region::ApNortheast2);
        assert_eq!(cost.price.instance_type.as_deref(), Some("m7g.large"));
        assert_eq!(cost.price.hours_per_month, 200.0);
        assert_eq!(cost.currency, Currency::Krw);
        assert_eq!(cost.exchange_rate.krw_per_usd, 1380.5);
        assert_eq!(cost.exchange_rate.date, "2026-11-20");
        assert!(!cost.exchange_rate.assumption);
    }

    #[test]
    fn bad_cost_attributes_warn_and_keep_the_defaults() {
        let mut warnings = Vec::new();
        let cost = env(&[
            ("region", "eu-west-1"),
            ("instance-type", "p5.48xlarge"),
            ("hours", "800"),
            ("currency", "eur"),
            ("exchange-rate", "1.45"),
            ("exchange-rate-date", "yesterday"),
            ("commitment", "reserved-1y"),
            ("savings-plan-discount", "0.9"),
        ])
        .cost_settings(&mut warnings);
        let named: Vec<_> = warnings.iter().map(|w| w.attribute).collect();
        assert_eq!(
            named,
            [
                "region",
                "instance-type",
                "hours",
                "commitment",
                "savings-plan-discount",
                "currency",
                "exchange-rate"
            ]
        );
        let allowed: Vec<_> = warnings.iter().map(|w| w.allowed).collect();
        assert!(allowed.contains(&"a number from 0 to 0.72"), "{allowed:?}");
        assert!(
            allowed.iter().any(|a| a.contains("\"compute-1y\"")),
            "{allowed:?}"
        );
        assert_eq!(cost, CostSettings::default());
        assert!(cost.exchange_rate.assumption);

        // A good rate with a bad date keeps the rate, drops the date, and says so.
        let mut warnings = Vec::new();
        let cost = env(&[
            ("exchange-rate", "1400"),
            ("exchange-rate-date", "2026-13-01"),
        ])
        .cost_settings(&mut warnings);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(
            warnings.first().map(|w| w.attribute),
            Some("exchange-rate-date")
        );
        assert_eq!(
            (
                cost.exchange_rate.krw_per_usd,
                cost.exchange_rate.date.as_ref()
            ),
            (1400.0, "")
        );
    }

    #[test]
    fn each_bad_preset_warns_by_name_and_keeps_its_default() {
        let mut warnings = Vec::new();
        let settings = env(&[
            ("orchestrator", "nomad"),
            ("needs", "gpu quantum"),
            ("vcpu", "-1"),
            ("replicas", "2.5"),
            ("priorities", "cost:9 speed:1 control:2"),
        ])
        .chooser_settings(&mut warnings);
        let named: Vec<_> = warnings
            .iter()
            .map(|w| format!("{}={}", w.attribute, w.value))
            .collect();
        assert_eq!(
            named,
            [
                "orchestrator=nomad",
                "needs=quantum",
                "vcpu=-1",
                "replicas=2.5",
                "priorities=cost:9",
                "priorities=speed:1"
            ]
        );
        let defaults = WorkloadProfile::new(Orchestrator::Eks);
        assert_eq!(settings.profile.orchestrator, defaults.orchestrator);
        assert!(
            settings.profile.needs.gpu,
            "the good item of a list still counts"
        );
        assert_eq!(settings.profile.vcpu, defaults.vcpu);
        assert_eq!(settings.profile.replicas, defaults.replicas);
        assert_eq!(settings.profile.priorities.control, 2);
        assert_eq!(settings.profile.priorities.cost, defaults.priorities.cost);
    }

    #[test]
    fn matrix_presets_set_weights_context_and_view() {
        let mut warnings = Vec::new();
        let settings = env(&[
            ("weights", "portability:3 learning-curve:0"),
            ("kubernetes", "strong"),
            ("multi-cloud", ""),
            ("team-size", "40"),
            ("view", "quadrants"),
        ])
        .matrix_settings(&mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(settings.input.weights.portability, 3);
        assert_eq!(settings.input.weights.learning_curve, 0);
        assert_eq!(
            settings.input.context.kubernetes_experience,
            KubernetesExperience::Strong
        );
        assert!(settings.input.context.multi_cloud);
        assert_eq!(settings.input.context.team_size, 40);
        assert_eq!(settings.view, MatrixView::Quadrants);
        assert!(settings.input.validate().is_ok());
    }

    #[test]
    fn answers_in_the_url_win_over_presets_and_bad_ones_warn() {
        let mut shared = WorkloadProfile::new(Orchestrator::Ecs);
        shared.needs.gpu = true;
        let mut with_state = env(&[("orchestrator", "eks")]);
        with_state.shared_state = Some(share::encode_profile(&shared));
        let mut warnings = Vec::new();
        assert_eq!(with_state.chooser_settings(&mut warnings).profile, shared);
        assert!(warnings.is_empty());

        with_state.shared_state = Some("9.vcpu=1".to_string());
        let settings = with_state.chooser_settings(&mut warnings);
        assert_eq!(
            settings.profile.orchestrator,
            Orchestrator::Eks,
            "the preset stands"
        );
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0]
            .to_string()
            .contains("the answers in the page URL"));
    }

    /// A link of version 3 carries the price settings the answer was priced with, and they
    /// win over the page's attributes; a link of version 2 (answers only) still restores,
    /// leaving the page's price settings as they are.
    #[test]
    fn price_settings_in_the_url_win_and_old_links_restore() {
        let mut shared = WorkloadProfile::new(Orchestrator::Ecs);
        shared.needs.gpu = true;
        shared.replicas = 7;
        let price = PriceSettings {
            region: Region::ApNortheast2,
            instance_type: Some("m7g.large".to_string()),
            hours_per_month: 300.0,
            commitment: Commitment::ComputeSavingsPlan3y,
            savings_plan_discount: Some(0.4),
            ..PriceSettings::default()
        };
        let mut page = env(&[("region", "us-east-1"), ("commitment", "ec2-instance-1y")]);
        page.shared_state = Some(share::encode_chooser(&shared, &price));
        let mut warnings = Vec::new();
        let settings = page.chooser_settings(&mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(settings.profile, shared);
        assert_eq!(settings.cost.price, price);

        let old = "2.orchestrator=ecs;vcpu=0.25;memory=0.5;replicas=7;needs=gpu";
        page.shared_state = Some(old.to_string());
        let settings = page.chooser_settings(&mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(settings.profile.orchestrator, Orchestrator::Ecs);
        assert_eq!(settings.profile.replicas, 7);
        assert!(settings.profile.needs.gpu);
        assert_eq!(settings.cost.price.region, Region::UsEast1);
        assert_eq!(
            settings.cost.price.commitment,
            Commitment::Ec2InstanceSavingsPlan1y,
            "the page's own commitment stands"
        );

        // The cheapest type, chosen by the reader, wins over the page's named one.
        let mut page = env(&[("instance-type", "m6i.large")]);
        page.shared_state = Some(share::encode_chooser(&shared, &PriceSettings::default()));
        let settings = page.chooser_settings(&mut warnings);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(settings.cost.price.instance_type, None);

        // A bad commitment in a link warns as the URL's and keeps the page's.
        let mut page = env(&[("commitment", "ec2-instance-1y")]);
        page.shared_state = Some("3.orchestrator=eks;commitment=forever".to_string());
        let settings = page.chooser_settings(&mut warnings);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0]
            .to_string()
            .contains("the answers in the page URL"));
        assert_eq!(
            settings.cost.price.commitment,
            Commitment::Ec2InstanceSavingsPlan1y
        );
    }

    #[test]
    fn contradictory_context_is_refused_not_passed_on() {
        let mut warnings = Vec::new();
        let settings = env(&[("aws-only", ""), ("multi-cloud", "")]).matrix_settings(&mut warnings);
        assert_eq!(warnings.len(), 1);
        assert!(settings.input.validate().is_ok());
    }
}
