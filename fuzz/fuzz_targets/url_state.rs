//! The answers a "Copy link" puts in the page URL (share state v2: `2.` and attribute pairs),
//! two ways:
//!
//! - the input as a state: whatever a URL holds, the widgets read it without panicking, open
//!   with answers that validate, and warn only about the URL; and the answers read from a
//!   state they accept survive their own link, as below;
//! - the input as the makings of a profile and a matrix input (any numbers within bounds):
//!   the link restores them without a warning, each number as written (six significant
//!   digits), and writing the restored answers gives the same link.

#![no_main]

use container_compass_core::attributes::{AttributeWarning, ElementEnv};
use container_compass_core::compute::{
    LoadPattern, Need, OpsCapacity, Orchestrator, Priority, WorkloadProfile, EPHEMERAL_STORAGE_GIB,
    MEMORY_GIB, REPLICAS, VCPU,
};
use container_compass_core::cost::input::{DAEMONSET_GIB, DAEMONSET_VCPU};
use container_compass_core::cost::load::PEAK_HOURS_PER_DAY;
use container_compass_core::input::Bounds;
use container_compass_core::orchestrator::{
    Criterion, KubernetesExperience, OrchestratorInput, TEAM_SIZE,
};
use container_compass_core::share::{
    encode_matrix, encode_profile, state_attributes, CHOOSER_STATE, MATRIX_STATE,
};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

/// The attribute every warning about the page URL names.
const URL: &str = "the answers in the page URL";

fuzz_target!(|data: &[u8]| {
    if let Ok(state) = std::str::from_utf8(data) {
        read_any_state(state);
    }
    let mut bytes = Unstructured::new(data);
    if let (Ok(profile), Ok(input)) = (profile(&mut bytes), matrix_input(&mut bytes)) {
        profile_survives_the_link(&profile);
        matrix_input_survives_the_link(&input);
    }
});

fn env_with(state: &str) -> ElementEnv {
    ElementEnv {
        shared_state: Some(state.to_string()),
        ..ElementEnv::default()
    }
}

/// The answers a chooser opens with for `state`, and the warnings it raised.
fn open_chooser(state: &str) -> (WorkloadProfile, Vec<AttributeWarning>) {
    let mut warnings = Vec::new();
    let settings = env_with(state).chooser_settings(&mut warnings);
    (settings.profile, warnings)
}

/// The input a matrix opens with for `state`, and the warnings it raised.
fn open_matrix(state: &str) -> (OrchestratorInput, Vec<AttributeWarning>) {
    let mut warnings = Vec::new();
    let settings = env_with(state).matrix_settings(&mut warnings);
    (settings.input, warnings)
}

fn read_any_state(state: &str) {
    let (profile, chooser_warnings) = open_chooser(state);
    let (input, matrix_warnings) = open_matrix(state);
    assert_eq!(profile.validate(), Ok(()), "{state:?}");
    assert_eq!(input.validate(), Ok(()), "{state:?}");
    for warning in chooser_warnings.iter().chain(&matrix_warnings) {
        assert_eq!(warning.attribute, URL, "{state:?}: {warning}");
    }
    // Answers read from an accepted state survive their own link: the same answers, each
    // number to the six significant digits a link writes (a hand-made state may hold more).
    if state_attributes(state, CHOOSER_STATE).is_ok() {
        profile_survives_the_link(&profile);
    }
    if state_attributes(state, MATRIX_STATE).is_ok() {
        matrix_input_survives_the_link(&input);
    }
}

fn profile_survives_the_link(profile: &WorkloadProfile) {
    let link = encode_profile(profile);
    let (restored, warnings) = open_chooser(&link);
    assert!(warnings.is_empty(), "{link}: {warnings:?}");
    let numbers = |p: &WorkloadProfile| {
        [
            p.vcpu,
            p.memory_gib,
            p.ephemeral_storage_gib,
            p.agent_vcpu,
            p.agent_gib,
            p.peak_hours_per_day.unwrap_or(1.0),
        ]
    };
    for (written, read) in numbers(profile).into_iter().zip(numbers(&restored)) {
        // Six significant digits: within half a unit of the sixth.
        assert!(
            (written - read).abs() <= 5e-6 * written.abs(),
            "{link}: {written:e} read as {read:e}"
        );
    }
    assert_eq!(
        restored.peak_hours_per_day.is_some(),
        profile.peak_hours_per_day.is_some(),
        "{link}"
    );
    let same_numbers = WorkloadProfile {
        vcpu: profile.vcpu,
        memory_gib: profile.memory_gib,
        ephemeral_storage_gib: profile.ephemeral_storage_gib,
        agent_vcpu: profile.agent_vcpu,
        agent_gib: profile.agent_gib,
        peak_hours_per_day: profile.peak_hours_per_day,
        ..restored.clone()
    };
    assert_eq!(&same_numbers, profile, "{link}");
    assert_eq!(encode_profile(&restored), link);
}

fn matrix_input_survives_the_link(input: &OrchestratorInput) {
    let link = encode_matrix(input);
    let (restored, warnings) = open_matrix(&link);
    assert!(warnings.is_empty(), "{link}: {warnings:?}");
    assert_eq!(&restored, input, "{link}");
}

/// A number `bounds` admits: the fuzzer's own double when admitted, else one scaled into
/// the range.
fn number(bytes: &mut Unstructured, bounds: &Bounds) -> Result<f64> {
    let raw: f64 = bytes.arbitrary()?;
    if bounds.admits(raw) {
        return Ok(raw);
    }
    let share = f64::from(bytes.arbitrary::<u32>()?) / f64::from(u32::MAX);
    let scaled = bounds.min + share * (bounds.max - bounds.min);
    Ok(if bounds.admits(scaled) {
        scaled
    } else {
        bounds.max
    })
}

fn whole(bytes: &mut Unstructured, bounds: &Bounds) -> Result<u32> {
    // The bounds of whole numbers are within u32.
    bytes.int_in_range(bounds.min as u32..=bounds.max as u32)
}

fn profile(bytes: &mut Unstructured) -> Result<WorkloadProfile> {
    let orchestrator = *bytes.choose(&[Orchestrator::Eks, Orchestrator::Ecs])?;
    let mut p = WorkloadProfile::new(orchestrator)
        .with_load_pattern(*bytes.choose(&LoadPattern::ALL)?)
        .with_replicas(whole(bytes, &REPLICAS)?);
    p.vcpu = number(bytes, &VCPU)?;
    p.memory_gib = number(bytes, &MEMORY_GIB)?;
    p.ephemeral_storage_gib = number(bytes, &EPHEMERAL_STORAGE_GIB)?;
    p.agent_vcpu = number(bytes, &DAEMONSET_VCPU)?;
    p.agent_gib = number(bytes, &DAEMONSET_GIB)?;
    for need in Need::ALL {
        p.needs = p.needs.with(need, bytes.arbitrary()?);
    }
    p.startup_sensitive = bytes.arbitrary()?;
    p.ops_capacity = *bytes.choose(&OpsCapacity::ALL)?;
    for priority in Priority::ALL {
        p.priorities = p.priorities.with(priority, bytes.int_in_range(0..=3)?);
    }
    if bytes.arbitrary()? {
        p.peak_hours_per_day = Some(number(bytes, &PEAK_HOURS_PER_DAY)?);
        p.off_peak_replicas = Some(bytes.int_in_range(0..=p.replicas)?);
    }
    Ok(p)
}

fn matrix_input(bytes: &mut Unstructured) -> Result<OrchestratorInput> {
    let mut input = OrchestratorInput::default();
    for criterion in Criterion::ALL {
        input.weights = input.weights.with(criterion, bytes.int_in_range(0..=3)?);
    }
    let context = &mut input.context;
    context.kubernetes_experience = *bytes.choose(&KubernetesExperience::ALL)?;
    context.team_size = whole(bytes, &TEAM_SIZE)?;
    // Never AWS only together with plans beyond AWS: the reader refuses that pair.
    context.aws_only = bytes.arbitrary()?;
    context.multi_cloud = !context.aws_only && bytes.arbitrary()?;
    context.on_premises = !context.aws_only && bytes.arbitrary()?;
    Ok(input)
}
