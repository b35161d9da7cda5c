//! A widget's answers in the page URL, so a reader can send their answer to a colleague.
//!
//! The loader keeps them in the URL's hash as `<version>.<the answers' JSON in unpadded
//! base64url>`, and hands the wasm that version and the JSON value it decoded
//! ([`SharedState`]). The value is read exactly as bad API input is ([`crate::read`]), so a
//! tampered one is refused with its field's path; a state of another version, or one the
//! loader could not decode, is refused too, and the widget keeps its defaults.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::compute::WorkloadProfile;
use crate::error::InputError;
use crate::orchestrator::OrchestratorInput;
use crate::read::{read_value, Input};

/// The version written in front of every state; a state of another version is refused.
pub const STATE_VERSION: &str = "1";

/// A state as the loader decoded it from the URL: its version, and its JSON value, `None`
/// when the text after the version was not base64url JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedState {
    pub version: String,
    pub value: Option<Value>,
}

impl SharedState {
    /// The state for `answers`, at the current version.
    pub fn of<T: Serialize>(answers: &T) -> SharedState {
        SharedState {
            version: STATE_VERSION.to_string(),
            value: serde_json::to_value(answers).ok(),
        }
    }

    /// The answers this state holds, read and validated.
    pub fn read<T: Input>(&self) -> Result<T, InputError> {
        if self.version != STATE_VERSION {
            return Err(refused(format!("version {:?}", self.version)));
        }
        match &self.value {
            Some(value) => read_value(value),
            None => Err(refused("text that is not base64url JSON".to_string())),
        }
    }
}

fn refused(received: String) -> InputError {
    InputError::new("state", received, "a link made by \"Copy link\"")
}

/// The chooser's answers from a state.
pub fn decode_profile(state: &SharedState) -> Result<WorkloadProfile, InputError> {
    state.read()
}

/// The matrix's weights and context from a state.
pub fn decode_matrix(state: &SharedState) -> Result<OrchestratorInput, InputError> {
    state.read()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::Orchestrator;

    #[test]
    fn a_profile_survives_the_round_trip() {
        let mut profile = WorkloadProfile::new(Orchestrator::Ecs);
        profile.vcpu = 0.25;
        profile.needs.spot = true;
        let state = SharedState::of(&profile);
        assert_eq!(state.version, "1");
        assert_eq!(decode_profile(&state), Ok(profile));
    }

    #[test]
    fn bad_states_are_refused_with_a_reason() {
        let other = SharedState {
            version: "2".to_string(),
            value: Some(serde_json::json!({})),
        };
        let error = decode_matrix(&other).unwrap_err();
        assert_eq!(error.to_string(), "state: received version \"2\", allowed a link made by \"Copy link\"");
        let garbled = SharedState {
            version: "1".to_string(),
            value: None,
        };
        assert!(decode_matrix(&garbled).unwrap_err().received.contains("base64url"));
        // A value the reader refuses: a tampered link.
        let tampered = SharedState {
            version: "1".to_string(),
            value: Some(serde_json::json!({"weights": {"pricing": 9}})),
        };
        assert_eq!(decode_matrix(&tampered).unwrap_err().path, "weights.pricing");
    }
}
