//! Outside input: bad values and unknown fields are refused with the field's path, what
//! was received and what is allowed.

use container_compass_core::compute::{parse_profile, Orchestrator, WorkloadProfile};
use container_compass_core::error::InputError;
use container_compass_core::orchestrator::{parse_orchestrator_input, OrchestratorInput};

mod common;
use common::{text_at, written};

fn profile(json: &str) -> Result<WorkloadProfile, InputError> {
    parse_profile(json)
}

fn orchestrator(json: &str) -> Result<OrchestratorInput, InputError> {
    parse_orchestrator_input(json)
}

#[test]
fn a_minimal_profile_takes_every_default() {
    assert_eq!(
        profile(r#"{"orchestrator": "ecs"}"#),
        Ok(WorkloadProfile::new(Orchestrator::Ecs))
    );
    assert_eq!(orchestrator("{}"), Ok(OrchestratorInput::default()));
}

#[test]
fn whole_numbers_may_arrive_as_floats() {
    let parsed =
        profile(r#"{"orchestrator": "eks", "replicas": 3.0, "priorities": {"cost": 2.0}}"#)
            .expect("valid");
    assert_eq!((parsed.replicas, parsed.priorities.cost), (3, 2));
    let parsed = orchestrator(r#"{"context": {"teamSize": 12.0}}"#).expect("valid");
    assert_eq!(parsed.context.team_size, 12);
}

#[test]
fn bad_profiles_name_the_field() {
    let cases = [
        (
            r#"{"orchestrator": "eks", "vcpu": -2}"#,
            "vcpu: received -2, allowed a number greater than 0 and at most 192",
        ),
        (
            r#"{"orchestrator": "eks", "vcpu": 0}"#,
            "vcpu: received 0, allowed a number greater than 0 and at most 192",
        ),
        (
            r#"{"orchestrator": "eks", "vcpu": "two"}"#,
            "vcpu: received \"two\", allowed a number greater than 0 and at most 192",
        ),
        (
            r#"{"orchestrator": "eks", "memoryGib": 5000}"#,
            "memoryGib: received 5000, allowed a number greater than 0 and at most 1536",
        ),
        (
            r#"{"orchestrator": "eks", "replicas": 1.5}"#,
            "replicas: received 1.5, allowed a whole number from 1 to 10000",
        ),
        (
            r#"{"orchestrator": "eks", "replicas": 0}"#,
            "replicas: received 0, allowed a whole number from 1 to 10000",
        ),
        (
            r#"{"orchestrator": "eks", "ephemeralStorageGib": -1}"#,
            "ephemeralStorageGib: received -1, allowed a number from 0 to 16384",
        ),
        (
            r#"{"orchestrator": "eks", "priorities": {"cost": 4}}"#,
            "priorities.cost: received 4, allowed a whole number from 0 to 3",
        ),
        (
            r#"{"orchestrator": "eks", "priorities": {"simplicity": -1}}"#,
            "priorities.simplicity: received -1, allowed a whole number from 0 to 3",
        ),
        (
            r#"{"orchestrator": "gke"}"#,
            "orchestrator: received \"gke\", allowed \"eks\" or \"ecs\"",
        ),
        (
            r#"{"vcpu": 1}"#,
            "orchestrator: received nothing, allowed \"eks\" or \"ecs\"",
        ),
        (
            r#"{"orchestrator": "eks", "loadPattern": "spiky"}"#,
            "loadPattern: received \"spiky\", allowed one of \"steady\", \"bursty\", \"scheduled\"",
        ),
        (
            r#"{"orchestrator": "eks", "needs": {"gpu": "yes"}}"#,
            "needs.gpu: received \"yes\", allowed true or false",
        ),
        (r#"[1, 2]"#, "input: received a list, allowed an object"),
    ];
    for (json, message) in cases {
        let error = profile(json).expect_err(json);
        assert_eq!(error.to_string(), message, "{json}");
    }
}

#[test]
fn unknown_fields_are_refused_by_name() {
    let cases = [
        (r#"{"orchestrator": "eks", "vcpus": 1}"#, "vcpus"),
        (
            r#"{"orchestrator": "eks", "needs": {"gpus": true}}"#,
            "needs.gpus",
        ),
        (
            r#"{"orchestrator": "eks", "priorities": {"speed": 1}}"#,
            "priorities.speed",
        ),
    ];
    for (json, path) in cases {
        let error = profile(json).expect_err(json);
        assert_eq!(error.path, path, "{json}");
        assert_eq!(error.received, "an unknown field");
        assert!(error.allowed.starts_with("one of "), "{}", error.allowed);
    }
    let error = orchestrator(r#"{"weights": {"price": 1}}"#).expect_err("unknown");
    assert_eq!(error.path, "weights.price");
    assert!(error.allowed.contains("\"pricing\""), "{}", error.allowed);
    let error = orchestrator(r#"{"context": {"cloud": true}}"#).expect_err("unknown");
    assert_eq!(error.path, "context.cloud");
}

#[test]
fn bad_orchestrator_inputs_name_the_field() {
    let cases = [
        (r#"{"weights": {"portability": 5}}"#, "weights.portability: received 5, allowed a whole number from 0 to 3"),
        (r#"{"weights": {"learningCurve": 0.5}}"#, "weights.learningCurve: received 0.5, allowed a whole number from 0 to 3"),
        (r#"{"context": {"teamSize": 0}}"#, "context.teamSize: received 0, allowed a whole number from 1 to 10000"),
        (r#"{"context": {"kubernetesExperience": "guru"}}"#, "context.kubernetesExperience: received \"guru\", allowed one of \"none\", \"some\", \"strong\""),
        (r#"{"context": {"awsOnly": true, "multiCloud": true}}"#, "context.awsOnly: received true, allowed false when multiCloud or onPremises is true"),
    ];
    for (json, message) in cases {
        let error = orchestrator(json).expect_err(json);
        assert_eq!(error.to_string(), message, "{json}");
    }
}

#[test]
fn values_built_in_rust_are_validated_the_same_way() {
    let mut built = WorkloadProfile::new(Orchestrator::Eks);
    built.vcpu = -2.0;
    assert_eq!(
        built.validate().map_err(|e| e.to_string()),
        Err("vcpu: received -2, allowed a number greater than 0 and at most 192".to_string())
    );
    built.vcpu = f64::NAN;
    assert_eq!(
        built.validate().map_err(|e| e.path),
        Err("vcpu".to_string())
    );
    let mut built = WorkloadProfile::new(Orchestrator::Ecs);
    built.priorities.control = 9;
    assert_eq!(
        built.validate().map_err(|e| e.path),
        Err("priorities.control".to_string())
    );
    let mut input = OrchestratorInput::default();
    input.weights.ecosystem = 4;
    assert_eq!(
        input.validate().map_err(|e| e.path),
        Err("weights.ecosystem".to_string())
    );
}

#[test]
fn errors_serialize_for_a_javascript_caller() {
    let error = profile(r#"{"orchestrator": "eks", "vcpu": 500}"#).expect_err("too big");
    let json = written(&error);
    assert_eq!(text_at(&json, "path"), Some("vcpu"));
    assert_eq!(text_at(&json, "received"), Some("500"));
    assert_eq!(
        text_at(&json, "allowed"),
        Some("a number greater than 0 and at most 192")
    );
}

#[test]
fn null_is_refused_not_read_as_the_default() {
    let cases = [
        (
            r#"{"orchestrator": "eks", "vcpu": null}"#,
            "vcpu: received null, allowed a number greater than 0 and at most 192",
        ),
        (
            r#"{"orchestrator": null}"#,
            "orchestrator: received null, allowed \"eks\" or \"ecs\"",
        ),
        (
            r#"{"orchestrator": "eks", "needs": null}"#,
            "needs: received null, allowed an object",
        ),
        (
            r#"{"orchestrator": "eks", "startupSensitive": null}"#,
            "startupSensitive: received null, allowed true or false",
        ),
        ("null", "input: received null, allowed an object"),
    ];
    for (json, message) in cases {
        let error = profile(json).expect_err(json);
        assert_eq!(error.to_string(), message, "{json}");
    }
}

#[test]
fn values_of_the_wrong_kind_are_shown_as_json() {
    let cases = [
        (
            r#"{"orchestrator": "eks", "needs": [true]}"#,
            "needs: received a list, allowed an object",
        ),
        (
            r#"{"orchestrator": "eks", "priorities": 3}"#,
            "priorities: received 3, allowed an object",
        ),
        (
            r#"{"orchestrator": "eks", "replicas": "3"}"#,
            "replicas: received \"3\", allowed a whole number from 1 to 10000",
        ),
        (
            r#"{"orchestrator": "eks", "replicas": true}"#,
            "replicas: received true, allowed a whole number from 1 to 10000",
        ),
        (
            r#"{"orchestrator": "eks", "vcpu": {"min": 1}}"#,
            "vcpu: received an object, allowed a number greater than 0 and at most 192",
        ),
        (
            r#"{"orchestrator": ["eks"]}"#,
            "orchestrator: received a list, allowed \"eks\" or \"ecs\"",
        ),
        (
            r#"{"orchestrator": "EKS"}"#,
            "orchestrator: received \"EKS\", allowed \"eks\" or \"ecs\"",
        ),
        (
            r#"{"orchestrator": "eks", "opsCapacity": 2}"#,
            "opsCapacity: received 2, allowed one of \"none\", \"some\", \"dedicated\"",
        ),
        (r#""eks""#, "input: received \"eks\", allowed an object"),
        (
            r#"{"orchestrator": "eks", "vcpu": 1e3}"#,
            "vcpu: received 1000, allowed a number greater than 0 and at most 192",
        ),
        (
            r#"{"orchestrator": "eks", "vcpu": -0}"#,
            "vcpu: received 0, allowed a number greater than 0 and at most 192",
        ),
    ];
    for (json, message) in cases {
        let error = profile(json).expect_err(json);
        assert_eq!(error.to_string(), message, "{json}");
    }
}

#[test]
fn whole_numbers_refuse_fractions_with_the_bounds_words() {
    let cases = [
        (r#"{"orchestrator": "eks", "replicas": 2.5}"#, "replicas"),
        (
            r#"{"orchestrator": "eks", "priorities": {"control": 1.5}}"#,
            "priorities.control",
        ),
    ];
    for (json, path) in cases {
        let error = profile(json).expect_err(json);
        assert_eq!(error.path, path, "{json}");
        assert!(error.allowed.starts_with("a whole number"), "{error}");
    }
    let error = orchestrator(r#"{"context": {"teamSize": 4.25}}"#).expect_err("fraction");
    assert_eq!(
        error.to_string(),
        "context.teamSize: received 4.25, allowed a whole number from 1 to 10000"
    );
    let parsed = orchestrator(r#"{"weights": {"pricing": 3.0, "ecosystem": 0}}"#).expect("valid");
    assert_eq!((parsed.weights.pricing, parsed.weights.ecosystem), (3, 0));
}

#[test]
fn an_unknown_field_lists_what_its_object_allows() {
    let error = profile(r#"{"orchestrator": "eks", "needs": {"gpus": true}}"#).expect_err("gpus");
    assert_eq!(
        error.allowed,
        "one of \"gpu\", \"daemonsets\", \"privileged\", \"hostNetworking\", \"blockStorage\", \
         \"windows\", \"arm\", \"spot\""
    );
    let error = profile(r#"{"orchestrator": "eks", "cpu": 1}"#).expect_err("cpu");
    assert_eq!(
        error.allowed,
        "one of \"orchestrator\", \"vcpu\", \"memoryGib\", \"replicas\", \"peakHoursPerDay\", \
         \"offPeakReplicas\", \"ephemeralStorageGib\", \"needs\", \"agentVcpu\", \"agentGib\", \
         \"loadPattern\", \"startupSensitive\", \"opsCapacity\", \"priorities\""
    );
    let error = orchestrator(r#"{"weight": {}}"#).expect_err("weight");
    assert_eq!(
        error.to_string(),
        "weight: received an unknown field, allowed \"weights\" or \"context\""
    );
}

#[test]
fn malformed_json_is_refused_with_its_position() {
    let cases = [
        (
            "",
            "input: received invalid JSON at byte 0, allowed a JSON value",
        ),
        (
            r#"{"orchestrator": "eks",}"#,
            "input: received invalid JSON at byte 23, allowed a JSON value",
        ),
        (
            r#"{"orchestrator": "eks"} x"#,
            "input: received invalid JSON at byte 24, allowed a JSON value",
        ),
    ];
    for (json, message) in cases {
        let error = profile(json).expect_err(json);
        assert_eq!(error.to_string(), message, "{json}");
    }
    // A key repeated within an object takes its last value, as JSON.parse does.
    let repeated = profile(r#"{"orchestrator": "eks", "needs": {"gpu": true, "gpu": false}}"#);
    assert_eq!(repeated.map(|p| p.needs.gpu), Ok(false));
}
