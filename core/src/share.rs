//! A widget's answers as a short, versioned text for the page URL, so a reader can send their
//! answer to a colleague. The text is `1.` followed by the answers' JSON in unpadded base64url;
//! reading it back goes through the same JSON readers as every other outside input, so a
//! tampered value is refused exactly as bad API input is. A value of another version, over
//! [`MAX_STATE_LEN`] or not decodable is an error, and the widget keeps its defaults.

use crate::compute::WorkloadProfile;
use crate::error::InputError;
use crate::json::{JsonWriter, ToJson};
use crate::orchestrator::OrchestratorInput;

/// The version written in front of every state; a state of another version is refused.
pub const STATE_VERSION: &str = "1";

/// The longest state accepted, in bytes: far above what real answers take (about 300), and
/// small enough that a hostile URL costs nothing to refuse.
pub const MAX_STATE_LEN: usize = 4096;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The chooser's answers as a URL-safe state.
pub fn encode_profile(profile: &WorkloadProfile) -> String {
    encode(profile)
}

/// The chooser's answers from a state written by [`encode_profile`].
pub fn decode_profile(state: &str) -> Result<WorkloadProfile, InputError> {
    WorkloadProfile::from_json(&decode(state)?)
}

/// The matrix's weights and context as a URL-safe state.
pub fn encode_matrix(input: &OrchestratorInput) -> String {
    encode(input)
}

/// The matrix's weights and context from a state written by [`encode_matrix`].
pub fn decode_matrix(state: &str) -> Result<OrchestratorInput, InputError> {
    OrchestratorInput::from_json(&decode(state)?)
}

fn encode(value: &dyn ToJson) -> String {
    let json = JsonWriter::text(value);
    format!("{STATE_VERSION}.{}", base64url(json.as_bytes()))
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

fn decode(state: &str) -> Result<String, InputError> {
    if state.len() > MAX_STATE_LEN {
        return Err(refused(state, "too long"));
    }
    let Some((version, body)) = state.split_once('.') else {
        return Err(refused(state, "no version"));
    };
    if version != STATE_VERSION {
        return Err(refused(state, "another version"));
    }
    let bytes = unbase64url(body).ok_or_else(|| refused(state, "not base64url"))?;
    String::from_utf8(bytes).map_err(|_| refused(state, "not UTF-8"))
}

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().saturating_mul(2));
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let group = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        // One output character per 6 bits; a chunk of n bytes gives n + 1 characters.
        for index in 0..=chunk.len() {
            let shift = 18_u32.saturating_sub(6_u32.saturating_mul(index as u32));
            let sextet = ((group >> shift) & 0x3f) as usize;
            if let Some(&symbol) = ALPHABET.get(sextet) {
                out.push(char::from(symbol));
            }
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut group: u32 = 0;
    let mut bits: u32 = 0;
    for byte in text.bytes() {
        let value = ALPHABET.iter().position(|&symbol| symbol == byte)?;
        // Only the last few bits matter: keep the group small.
        group = ((group << 6) | value as u32) & 0xffff;
        bits = bits.saturating_add(6);
        if bits >= 8 {
            bits = bits.saturating_sub(8);
            out.push(((group >> bits) & 0xff) as u8);
        }
    }
    // Leftover bits must be zero padding, as base64url writes them.
    (group & (1_u32 << bits).wrapping_sub(1) == 0).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::Orchestrator;

    #[test]
    fn base64url_matches_the_rfc_4648_examples() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(plain.as_bytes()), encoded);
            assert_eq!(unbase64url(encoded).as_deref(), Some(plain.as_bytes()));
        }
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn a_profile_survives_the_round_trip() {
        let mut profile = WorkloadProfile::new(Orchestrator::Ecs);
        profile.vcpu = 0.25;
        profile.needs.spot = true;
        let state = encode_profile(&profile);
        assert!(state.starts_with("1."));
        assert_eq!(decode_profile(&state), Ok(profile));
    }

    #[test]
    fn bad_states_are_refused_with_a_reason() {
        let cases = [
            ("2.e30", "another version"),
            ("e30", "no version"),
            ("1.e3!", "not base64url"),
            ("1.e31", "not base64url"),
        ];
        for (state, why) in cases {
            let error = decode_matrix(state).unwrap_err();
            assert_eq!(error.path, "state");
            assert!(error.received.contains(why), "{state}: {error}");
        }
        let long = format!("1.{}", "A".repeat(MAX_STATE_LEN));
        assert!(decode_matrix(&long)
            .unwrap_err()
            .received
            .contains("too long"));
        // Valid base64url of a JSON document that the reader refuses: a tampered value.
        let tampered = format!("1.{}", base64url(br#"{"weights":{"pricing":9}}"#));
        assert_eq!(
            decode_matrix(&tampered).unwrap_err().path,
            "weights.pricing"
        );
    }
}
