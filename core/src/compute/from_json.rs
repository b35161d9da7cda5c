//! Reading a [`WorkloadProfile`] from the JSON a caller sends, field by field.

use super::profile::{
    LoadPattern, Needs, OpsCapacity, Orchestrator, Priorities, WorkloadProfile,
    EPHEMERAL_STORAGE_GIB, MEMORY_GIB, REPLICAS, VCPU, WEIGHT,
};
use crate::cost::input::{DAEMONSET_GIB, DAEMONSET_VCPU};
use crate::cost::load::{OFF_PEAK_REPLICAS, PEAK_HOURS_PER_DAY};
use crate::error::InputError;
use crate::json::{self, Keyword, ObjectReader};

impl Keyword for Orchestrator {
    const KEYWORDS: &'static [(&'static str, Self)] =
        &[("eks", Orchestrator::Eks), ("ecs", Orchestrator::Ecs)];
}

impl Keyword for LoadPattern {
    const KEYWORDS: &'static [(&'static str, Self)] = &[
        ("steady", LoadPattern::Steady),
        ("bursty", LoadPattern::Bursty),
        ("scheduled", LoadPattern::Scheduled),
    ];
}

impl Keyword for OpsCapacity {
    const KEYWORDS: &'static [(&'static str, Self)] = &[
        ("none", OpsCapacity::None),
        ("some", OpsCapacity::Some),
        ("dedicated", OpsCapacity::Dedicated),
    ];
}

impl WorkloadProfile {
    /// Reads and validates a profile from JSON text (the shape [`WorkloadProfile`] shows),
    /// reporting the first bad field with its path.
    ///
    /// ```
    /// use container_compass_core::compute::{Orchestrator, WorkloadProfile};
    ///
    /// let profile = WorkloadProfile::from_json(r#"{"orchestrator": "ecs", "vcpu": 2}"#).unwrap();
    /// assert_eq!((profile.orchestrator, profile.vcpu), (Orchestrator::Ecs, 2.0));
    ///
    /// let error = WorkloadProfile::from_json(r#"{"orchestrator": "gke"}"#).unwrap_err();
    /// assert_eq!(error.to_string(), r#"orchestrator: received "gke", allowed "eks" or "ecs""#);
    /// ```
    pub fn from_json(text: &str) -> Result<WorkloadProfile, InputError> {
        let profile = json::read_object(text, read_profile)?;
        profile.validate()?;
        Ok(profile)
    }
}

fn read_profile(object: &mut ObjectReader<'_>) -> Result<WorkloadProfile, InputError> {
    let defaults = WorkloadProfile::new(object.required_enum("orchestrator")?);
    let vcpu = object.optional_number("vcpu", &VCPU)?;
    let memory_gib = object.optional_number("memoryGib", &MEMORY_GIB)?;
    let replicas = object
        .optional_u32("replicas", &REPLICAS)?
        .unwrap_or(defaults.replicas);
    let peak_hours = object.optional_number("peakHoursPerDay", &PEAK_HOURS_PER_DAY)?;
    let off_peak = object.optional_u32("offPeakReplicas", &OFF_PEAK_REPLICAS)?;
    let storage = object.optional_number("ephemeralStorageGib", &EPHEMERAL_STORAGE_GIB)?;
    let needs = object.optional_object("needs", read_needs)?;
    let agent_vcpu = object.optional_number("agentVcpu", &DAEMONSET_VCPU)?;
    let agent_gib = object.optional_number("agentGib", &DAEMONSET_GIB)?;
    let load_pattern: LoadPattern = object
        .optional_enum("loadPattern")?
        .unwrap_or(defaults.load_pattern);
    // What the reader left out of the load's shape, the pattern's own shape fills in.
    let shape = load_pattern.default_shape(replicas);
    Ok(WorkloadProfile {
        vcpu: vcpu.unwrap_or(defaults.vcpu),
        memory_gib: memory_gib.unwrap_or(defaults.memory_gib),
        replicas,
        peak_hours_per_day: peak_hours.unwrap_or(shape.peak_hours_per_day),
        off_peak_replicas: off_peak.unwrap_or(shape.off_peak_replicas),
        ephemeral_storage_gib: storage.unwrap_or(defaults.ephemeral_storage_gib),
        needs: needs.unwrap_or(defaults.needs),
        agent_vcpu: agent_vcpu.unwrap_or(defaults.agent_vcpu),
        agent_gib: agent_gib.unwrap_or(defaults.agent_gib),
        load_pattern,
        startup_sensitive: object
            .optional_bool("startupSensitive")?
            .unwrap_or(defaults.startup_sensitive),
        ops_capacity: object
            .optional_enum("opsCapacity")?
            .unwrap_or(defaults.ops_capacity),
        priorities: object
            .optional_object("priorities", read_priorities)?
            .unwrap_or(defaults.priorities),
        ..defaults
    })
}

fn read_needs(object: &mut ObjectReader<'_>) -> Result<Needs, InputError> {
    let mut flag = |name| object.optional_bool(name).map(Option::unwrap_or_default);
    Ok(Needs {
        gpu: flag("gpu")?,
        daemonsets: flag("daemonsets")?,
        privileged: flag("privileged")?,
        host_networking: flag("hostNetworking")?,
        block_storage: flag("blockStorage")?,
        windows: flag("windows")?,
        arm: flag("arm")?,
        spot: flag("spot")?,
    })
}

fn read_priorities(object: &mut ObjectReader<'_>) -> Result<Priorities, InputError> {
    let defaults = Priorities::default();
    Ok(Priorities {
        cost: object
            .optional_u8("cost", &WEIGHT)?
            .unwrap_or(defaults.cost),
        control: object
            .optional_u8("control", &WEIGHT)?
            .unwrap_or(defaults.control),
        simplicity: object
            .optional_u8("simplicity", &WEIGHT)?
            .unwrap_or(defaults.simplicity),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::ToJson;

    /// The keywords read are the names the answers are written with.
    fn check_keywords<T: Keyword + ToJson>() {
        for (keyword, value) in T::KEYWORDS {
            assert_eq!(value.to_json(), format!("\"{keyword}\""));
        }
    }

    #[test]
    fn keywords_match_the_written_names() {
        check_keywords::<Orchestrator>();
        check_keywords::<LoadPattern>();
        check_keywords::<OpsCapacity>();
        assert_eq!(Orchestrator::KEYWORDS.len(), Orchestrator::ALL.len());
        assert_eq!(LoadPattern::KEYWORDS.len(), LoadPattern::ALL.len());
        assert_eq!(OpsCapacity::KEYWORDS.len(), OpsCapacity::ALL.len());
    }
}
