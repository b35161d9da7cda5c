//! A widget's answers in the page URL, so a reader can send their answer to a colleague.
//!
//! A state is `3.` followed by the answers as the widget's own attributes would set them,
//! `name=value` pairs joined by `;` (`3.orchestrator=ecs;vcpu=0.5;needs=gpu spot`), and is
//! read back exactly as the attributes are ([`crate::presets`]): a tampered value warns and
//! its default stands. The chooser's state holds the price settings its answer rests on too
//! (Region, instance type, hours, commitment), since version 3. A state of version 2 (the
//! answers alone) still reads, and the loader turns a link of version 1 (base64url JSON,
//! from before) into one of version 2. A state of another version is refused, and the
//! widget keeps its defaults.

use crate::compute::{Need, Priority, WorkloadProfile};
use crate::cost::PriceSettings;
use crate::error::InputError;
use crate::number::format_number;
use crate::orchestrator::{Criterion, OrchestratorInput};
use crate::presets::{
    COMMITMENTS, CRITERION_NAMES, KUBERNETES_EXPERIENCE, LOAD_PATTERNS, NEED_NAMES, OPS_CAPACITIES,
    ORCHESTRATORS, PRIORITY_NAMES,
};
use crate::words::join;

/// The version written in front of every state.
pub const STATE_VERSION: &str = "3";

/// The versions read: this one, and version 2, whose pairs are a subset of this one's.
pub const READ_VERSIONS: [&str; 2] = ["2", STATE_VERSION];

/// The longest state accepted, in bytes: far above what real answers take (about 250), and
/// small enough that a hostile URL costs nothing to refuse.
pub const MAX_STATE_LEN: usize = 4096;

/// The chooser's answers and the price settings they were priced with, as URL state.
pub fn encode_chooser(profile: &WorkloadProfile, price: &PriceSettings) -> String {
    #[cfg(feature = "bench-json-state")]
    return crate::stand_ins::encode_state(&(profile, price));
    let mut pairs = profile_pairs(profile);
    pairs.push(("region", price.region.code().to_string()));
    let instance = price.instance_type.clone();
    pairs.push(("instance-type", instance.unwrap_or_default()));
    pairs.push(("hours", format_number(price.hours_per_month)));
    pairs.push(pair("commitment", name_of(&COMMITMENTS, price.commitment)));
    if let Some(discount) = price.savings_plan_discount {
        pairs.push(("savings-plan-discount", format_number(discount)));
    }
    state(&pairs)
}

/// The chooser's answers as URL state, without price settings.
pub fn encode_profile(profile: &WorkloadProfile) -> String {
    state(&profile_pairs(profile))
}

fn profile_pairs(profile: &WorkloadProfile) -> Vec<(&'static str, String)> {
    let needs: Vec<&str> = Need::ALL
        .into_iter()
        .filter(|need| profile.needs.has(*need))
        .filter_map(|need| name_of(&NEED_NAMES, need))
        .collect();
    let priorities: Vec<String> = Priority::ALL
        .into_iter()
        .filter_map(|priority| {
            let name = name_of(&PRIORITY_NAMES, priority)?;
            Some(format!("{name}:{}", profile.priorities.get(priority)))
        })
        .collect();
    let mut pairs = vec![
        pair(
            "orchestrator",
            name_of(&ORCHESTRATORS, profile.orchestrator),
        ),
        ("vcpu", format_number(profile.vcpu)),
        ("memory", format_number(profile.memory_gib)),
        ("replicas", profile.replicas.to_string()),
        ("storage", format_number(profile.ephemeral_storage_gib)),
        ("needs", join(&needs, " ")),
        pair("load", name_of(&LOAD_PATTERNS, profile.load_pattern)),
        pair("ops", name_of(&OPS_CAPACITIES, profile.ops_capacity)),
        ("priorities", join(&priorities, " ")),
        ("agent-vcpu", format_number(profile.agent_vcpu)),
        ("agent-memory", format_number(profile.agent_gib)),
    ];
    if let Some(hours) = profile.peak_hours_per_day {
        pairs.push(("peak-hours", format_number(hours)));
    }
    if let Some(off_peak) = profile.off_peak_replicas {
        pairs.push(("off-peak-replicas", off_peak.to_string()));
    }
    if profile.startup_sensitive {
        pairs.push(("startup-sensitive", String::new()));
    }
    pairs
}

/// The matrix's weights and context as URL state.
pub fn encode_matrix(input: &OrchestratorInput) -> String {
    #[cfg(feature = "bench-json-state")]
    return crate::stand_ins::encode_state(input);
    let weights: Vec<String> = Criterion::ALL
        .into_iter()
        .filter_map(|criterion| {
            let name = name_of(&CRITERION_NAMES, criterion)?;
            Some(format!("{name}:{}", input.weights.get(criterion)))
        })
        .collect();
    let context = &input.context;
    let mut pairs = vec![
        ("weights", join(&weights, " ")),
        pair(
            "kubernetes",
            name_of(&KUBERNETES_EXPERIENCE, context.kubernetes_experience),
        ),
        ("team-size", context.team_size.to_string()),
    ];
    for (flag, on) in [
        ("multi-cloud", context.multi_cloud),
        ("on-premises", context.on_premises),
        ("aws-only", context.aws_only),
    ] {
        if on {
            pairs.push((flag, String::new()));
        }
    }
    state(&pairs)
}

/// The attributes a chooser's state may hold: the ones [`encode_chooser`] writes.
pub const CHOOSER_STATE: &[&str] = &[
    "orchestrator",
    "vcpu",
    "memory",
    "replicas",
    "storage",
    "needs",
    "load",
    "ops",
    "priorities",
    "agent-vcpu",
    "agent-memory",
    "peak-hours",
    "off-peak-replicas",
    "startup-sensitive",
    "region",
    "instance-type",
    "hours",
    "commitment",
    "savings-plan-discount",
];

/// The attributes a matrix's state may hold: the ones [`encode_matrix`] writes.
pub const MATRIX_STATE: &[&str] = &[
    "weights",
    "kubernetes",
    "team-size",
    "multi-cloud",
    "on-premises",
    "aws-only",
];

/// The attribute pairs a state holds, to be read as the attributes are: an error for a state
/// of a version not read, one too long to be real, or one that is not `name=value` pairs of
/// the attributes in `names` (a state is only ever written by [`encode_chooser`],
/// [`encode_profile`] or [`encode_matrix`], so anything else has been tampered with).
pub fn state_attributes(state: &str, names: &[&str]) -> Result<Vec<(String, String)>, InputError> {
    if state.len() > MAX_STATE_LEN {
        return Err(refused(state, "too long"));
    }
    let Some((version, body)) = state.split_once('.') else {
        return Err(refused(state, "no version"));
    };
    if !READ_VERSIONS.contains(&version) {
        return Err(refused(state, "another version"));
    }
    body.split(';')
        .filter(|item| !item.is_empty())
        .map(|item| match item.split_once('=') {
            Some((name, value)) if names.contains(&name) => {
                Ok((name.to_string(), value.to_string()))
            }
            _ => Err(refused(state, "not this widget's answers")),
        })
        .collect()
}

fn pair(name: &'static str, value: Option<&str>) -> (&'static str, String) {
    (name, value.unwrap_or_default().to_string())
}

/// The attribute name of `value` in `names`.
fn name_of<T: Copy + PartialEq>(names: &[(&'static str, T)], value: T) -> Option<&'static str> {
    names
        .iter()
        .find(|(_, known)| *known == value)
        .map(|(name, _)| *name)
}

fn state(pairs: &[(&str, String)]) -> String {
    let body: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    format!("{STATE_VERSION}.{}", join(&body, ";"))
}

fn refused(state: &str, why: &str) -> InputError {
    let shown: String = state.chars().take(24).collect();
    let ellipsis = if state.chars().nth(24).is_some() {
        "…"
    } else {
        ""
    };
    InputError::new(
        "state",
        format!("\"{shown}{ellipsis}\" ({why})"),
        "a link made by \"Copy link\"",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::Orchestrator;

    #[test]
    fn a_state_reads_as_the_attributes_it_writes() {
        let mut profile = WorkloadProfile::new(Orchestrator::Ecs);
        profile.vcpu = 0.25;
        profile.needs.spot = true;
        profile.needs.gpu = true;
        let state = encode_profile(&profile);
        assert!(
            state.starts_with("3.orchestrator=ecs;vcpu=0.25;"),
            "{state}"
        );
        assert!(state.contains(";needs=gpu spot;"), "{state}");
        let attributes = state_attributes(&state, CHOOSER_STATE).expect("this version");
        assert!(attributes.contains(&("memory".to_string(), "1".to_string())));
    }

    #[test]
    fn a_state_holds_only_the_names_its_widget_reads_back() {
        let mut profile = WorkloadProfile::new(Orchestrator::Eks);
        profile.startup_sensitive = true;
        profile.peak_hours_per_day = Some(6.0);
        profile.off_peak_replicas = Some(1);
        let price = PriceSettings {
            instance_type: Some("m6i.large".to_string()),
            savings_plan_discount: Some(0.3),
            ..PriceSettings::default()
        };
        let chooser =
            state_attributes(&encode_chooser(&profile, &price), CHOOSER_STATE).expect("valid");
        assert_eq!(chooser.len(), CHOOSER_STATE.len(), "every name is written");
        let mut input = OrchestratorInput::default();
        input.context.multi_cloud = true;
        input.context.on_premises = true;
        input.context.aws_only = true;
        let matrix = state_attributes(&encode_matrix(&input), MATRIX_STATE).expect("valid");
        assert_eq!(matrix.len(), MATRIX_STATE.len(), "every name is written");
        // One widget's state is not the other's.
        assert!(state_attributes(&encode_matrix(&input), CHOOSER_STATE).is_err());
    }

    #[test]
    fn bad_states_are_refused_with_a_reason() {
        let cases = [
            ("1.e30", "another version"),
            ("4.vcpu=1", "another version"),
            ("e30", "no version"),
            (&*format!("2.{}", "a".repeat(MAX_STATE_LEN)), "too long"),
            ("3.e30", "not this widget's answers"),
            ("2.e30", "not this widget's answers"),
            ("2.vcpu=1;gpu", "not this widget's answers"),
            ("2.vcpu=1;class=x", "not this widget's answers"),
        ];
        for (state, why) in cases {
            let error = state_attributes(state, CHOOSER_STATE).unwrap_err();
            assert_eq!(error.path, "state");
            assert!(error.received.contains(why), "{state}: {error}");
        }
    }
}
