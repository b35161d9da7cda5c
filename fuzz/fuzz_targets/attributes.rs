//! A custom element's attributes, as the page sets them, read for every widget's settings.
//!
//! The input is text, one attribute per line, so the seed corpus reads like markup:
//!
//! ```text
//! needs=gpu quantum
//! vcpu=2
//! compact
//! @inherited=ko-KR
//! @browser=en-US
//! ```
//!
//! `name=value` sets an attribute (the first `=` splits), a line without `=` sets one to the
//! empty string, an empty line is skipped, and `@inherited` and `@browser` set the two
//! languages an element can inherit. Reading never panics, every warning names an attribute
//! that is set, the settings read always validate (a bad value falls back, it is never
//! passed on), and a number field only ever reads a number inside its bounds.

#![no_main]

use container_compass_core::attributes::ElementEnv;
use container_compass_core::compute::{EPHEMERAL_STORAGE_GIB, MEMORY_GIB, REPLICAS, VCPU};
use container_compass_core::form::read_number;
use container_compass_core::orchestrator::{TEAM_SIZE, WEIGHT};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let env = element(text);

    let (_, mut warnings) = env.common_settings();
    let chooser = env.chooser_settings(&mut warnings);
    let matrix = env.matrix_settings(&mut warnings);
    assert_eq!(chooser.profile.validate(), Ok(()), "{env:?}");
    // The cost section's settings with the chooser's answers make a valid cost input.
    assert_eq!(
        chooser.cost.price.input_for(&chooser.profile).validate(),
        Ok(()),
        "{env:?}"
    );
    assert_eq!(matrix.input.validate(), Ok(()), "{env:?}");
    for warning in &warnings {
        assert!(
            env.attribute(warning.attribute).is_some(),
            "{warning} names an attribute that is not set: {env:?}"
        );
        let _ = warning.to_string();
    }

    for (_, value) in &env.attributes {
        for bounds in [
            VCPU,
            MEMORY_GIB,
            REPLICAS,
            EPHEMERAL_STORAGE_GIB,
            TEAM_SIZE,
            WEIGHT,
        ] {
            if let Some(number) = read_number(value, &bounds) {
                assert!(bounds.admits(number), "{value:?} read as {number}");
            }
        }
    }
});

fn element(text: &str) -> ElementEnv {
    let mut env = ElementEnv::default();
    for line in text.split('\n').filter(|line| !line.is_empty()) {
        let (name, value) = line.split_once('=').unwrap_or((line, ""));
        match name {
            "@inherited" => env.inherited_lang = Some(value.to_string()),
            "@browser" => env.browser_lang = Some(value.to_string()),
            _ => env.attributes.push((name.to_string(), value.to_string())),
        }
    }
    env
}
