//! The state decoder of "Copy link" links: whatever a URL holds decodes to answers that pass
//! validation, or is refused with an error naming `state` or a field; it never panics. An
//! accepted state written back out decodes to the same answers.
#![no_main]

use container_compass_core::share::{
    decode_matrix, decode_profile, encode_matrix, encode_profile,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(state) = std::str::from_utf8(data) else {
        return;
    };
    match decode_profile(state) {
        Ok(profile) => {
            assert!(profile.validate().is_ok(), "{state}");
            let again = decode_profile(&encode_profile(&profile));
            assert!(again.is_ok(), "{state}");
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
    match decode_matrix(state) {
        Ok(input) => {
            assert!(input.validate().is_ok(), "{state}");
            assert_eq!(decode_matrix(&encode_matrix(&input)), Ok(input), "{state}");
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});
