//! The core's JSON reader: RFC 8259, strictly, and never a panic whatever the input.

use container_compass_core::json::{parse, Json, ToJson, MAX_DEPTH, MAX_MEMBERS};
use proptest::prelude::*;

fn obj(members: &[(&str, Json)]) -> Json {
    Json::Object(
        members
            .iter()
            .map(|(key, value)| (key.to_string(), value.clone()))
            .collect(),
    )
}

fn text(value: &str) -> Json {
    Json::String(value.to_string())
}

/// Checks that `input` parses to `expected`.
fn check(input: &str, expected: Json) {
    assert_eq!(parse(input), Ok(expected), "{input}");
}

/// Checks that `input` is refused with the error text `message`.
fn check_refused(input: &str, message: &str) {
    match parse(input) {
        Ok(value) => panic!("{input:?} was read as {value:?}"),
        Err(error) => assert_eq!(error.to_string(), message, "{input:?}"),
    }
}

#[test]
fn values_of_every_kind_are_read() {
    check("null", Json::Null);
    check(" true ", Json::Bool(true));
    check("\t\r\nfalse\n", Json::Bool(false));
    check("[]", Json::Array(vec![]));
    check("{}", obj(&[]));
    check(
        r#"[1, "a", null, [true], {"b": {}}]"#,
        Json::Array(vec![
            Json::Number(1.0),
            text("a"),
            Json::Null,
            Json::Array(vec![Json::Bool(true)]),
            obj(&[("b", obj(&[]))]),
        ]),
    );
    check(
        r#"{"z": 1, "a": 2}"#,
        obj(&[("z", Json::Number(1.0)), ("a", Json::Number(2.0))]),
    );
}

#[test]
fn numbers_are_read_as_doubles() {
    let cases = [
        ("0", 0.0),
        ("-0", -0.0),
        ("7", 7.0),
        ("-2", -2.0),
        ("1.5", 1.5),
        ("0.25", 0.25),
        ("1e3", 1000.0),
        ("1E+3", 1000.0),
        ("1.5E-2", 0.015),
        ("2.5e0", 2.5),
        ("0.1", 0.1),
        ("123456789.125", 123_456_789.125),
        ("9007199254740993", 9_007_199_254_740_992.0),
        ("1e-400", 0.0),
        ("0.000001", 0.000_001),
        ("100000000000000000000000", 1e23),
    ];
    for (input, expected) in cases {
        match parse(input) {
            Ok(Json::Number(value)) => {
                let off = (value - expected).abs();
                assert!(off <= expected.abs() * 1e-15, "{input} read as {value}");
                assert_eq!(
                    value.is_sign_negative(),
                    expected.is_sign_negative(),
                    "{input}"
                );
            }
            other => panic!("{input} read as {other:?}"),
        }
    }
}

#[test]
fn malformed_numbers_are_refused() {
    let cases = [
        ("01", 1),
        ("-01", 2),
        ("00", 1),
        ("1.", 2),
        (".5", 0),
        ("-", 1),
        ("+1", 0),
        ("1e", 2),
        ("1e+", 3),
        ("0x10", 1),
        ("1.5.5", 3),
        ("NaN", 0),
        ("Infinity", 0),
        ("- 1", 1),
    ];
    for (input, at) in cases {
        check_refused(
            input,
            &format!("input: received invalid JSON at byte {at}, allowed a JSON value"),
        );
    }
    check_refused(
        "[1, 1e400]",
        "input: received a number out of range at byte 4, allowed a number of at most 1.7e308 in size",
    );
    check_refused(
        "-1e99999999999999999999",
        "input: received a number out of range at byte 0, allowed a number of at most 1.7e308 in size",
    );
}

#[test]
fn strings_resolve_their_escapes() {
    let cases = [
        (r#""""#, ""),
        (r#""plain""#, "plain"),
        (r#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{c}\n\r\t"),
        (r#""\u0041\u00e9\u4e2d""#, "Aé中"),
        (r#""\uD83D\uDE00""#, "😀"),
        (r#""\ud83d\ude00 ok""#, "😀 ok"),
        (r#""한국어 text""#, "한국어 text"),
        (r#""a\u0000b""#, "a\u{0}b"),
    ];
    for (input, expected) in cases {
        check(input, text(expected));
    }
}

#[test]
fn malformed_strings_are_refused() {
    let invalid =
        |at: usize| format!("input: received invalid JSON at byte {at}, allowed a JSON value");
    let unpaired = |at: usize| {
        format!("input: received an unpaired surrogate at byte {at}, allowed a JSON value")
    };
    let cases = [
        (r#""open"#.to_string(), invalid(5)),
        (r#""bad \x escape""#.to_string(), invalid(6)),
        (r#""\u12G4""#.to_string(), invalid(5)),
        (r#""\u12"#.to_string(), invalid(5)),
        ("\"tab\there\"".to_string(), invalid(4)),
        ("\"line\nbreak\"".to_string(), invalid(5)),
        ("'single'".to_string(), invalid(0)),
        (r#""\uD800""#.to_string(), unpaired(1)),
        (r#""\uD800\n""#.to_string(), unpaired(1)),
        (r#""\uD800\u0041""#.to_string(), unpaired(1)),
        (r#""x\uDC00""#.to_string(), unpaired(2)),
        (r#""\uDBFF\uDBFF""#.to_string(), unpaired(1)),
    ];
    for (input, message) in cases {
        check_refused(&input, &message);
    }
}

#[test]
fn malformed_structures_are_refused() {
    let cases = [
        ("", 0),
        ("   ", 3),
        ("[1, 2,]", 6),
        (r#"{"a": 1,}"#, 8),
        ("[1 2]", 3),
        (r#"{"a" 1}"#, 5),
        (r#"{a: 1}"#, 1),
        (r#"{"a": 1"#, 7),
        ("[", 1),
        ("]", 0),
        ("nul", 3),
        ("truee", 4),
        ("{} {}", 3),
        ("1 2", 2),
        ("[1] // comment", 4),
        ("\u{feff}{}", 0),
    ];
    for (input, at) in cases {
        check_refused(
            input,
            &format!("input: received invalid JSON at byte {at}, allowed a JSON value"),
        );
    }
}

#[test]
fn a_repeated_key_is_refused_by_its_path() {
    check_refused(
        r#"{"a": 1, "a": 2}"#,
        "a: received a second value, allowed the field once",
    );
    check_refused(
        r#"{"outer": [{"x": 1}, {"y": {"k": 1, "j": 2, "k": 3}}]}"#,
        "outer[1].y.k: received a second value, allowed the field once",
    );
    // The same key in sibling objects is no repeat.
    check(
        r#"[{"a": 1}, {"a": 2}]"#,
        Json::Array(vec![
            obj(&[("a", Json::Number(1.0))]),
            obj(&[("a", Json::Number(2.0))]),
        ]),
    );
}

#[test]
fn members_of_one_object_are_bounded() {
    let object = |members: usize| {
        let members: Vec<String> = (0..members).map(|n| format!("\"k{n}\": {n}")).collect();
        format!("{{{}}}", members.join(", "))
    };
    match parse(&object(MAX_MEMBERS)) {
        Ok(Json::Object(members)) => assert_eq!(members.len(), MAX_MEMBERS),
        other => panic!("{MAX_MEMBERS} members were read as {other:?}"),
    }
    check_refused(
        &object(MAX_MEMBERS + 1),
        &format!(
            "input: received an object of more than {MAX_MEMBERS} members, \
             allowed an object of at most {MAX_MEMBERS} members"
        ),
    );
    // The object is named by its path, and the bound is per object, not per document.
    check_refused(
        &format!(r#"{{"a": [{}, {}]}}"#, object(3), object(MAX_MEMBERS + 1)),
        &format!(
            "a[1]: received an object of more than {MAX_MEMBERS} members, \
             allowed an object of at most {MAX_MEMBERS} members"
        ),
    );
}

#[test]
fn nesting_is_bounded() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse(&nested(MAX_DEPTH)).is_ok());
    check_refused(
        &nested(MAX_DEPTH + 1),
        &format!(
            "input: received JSON nested deeper than {MAX_DEPTH} levels at byte {MAX_DEPTH}, \
             allowed a JSON value nested at most {MAX_DEPTH} levels deep"
        ),
    );
    // Far past the bound, the answer comes back rather than the stack running out.
    assert!(parse(&"[{\"a\":".repeat(100_000)).is_err());
}

#[test]
fn values_are_described_as_json() {
    let cases = [
        ("null", "null"),
        ("false", "false"),
        ("3.0", "3"),
        ("-2", "-2"),
        ("1.5", "1.5"),
        ("1e21", "1e21"),
        (r#""say \"hi\"\n""#, r#""say \"hi\"\n""#),
        ("[1]", "a list"),
        ("{}", "an object"),
    ];
    for (input, described) in cases {
        let value = parse(input).expect(input);
        assert_eq!(value.describe(), described, "{input}");
    }
}

/// Text that is mostly JSON's own characters, so the reader gets deep into its grammar.
fn jsonish() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\uD83D", "\\uDE00", "a", "0", "1", "-",
        ".", "e", "E", "+", "true", "false", "null", " ", "\n", "\"k\":", "é", "\u{0}", "1e999",
        "00",
    ]);
    prop::collection::vec(piece, 0..64).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn any_bytes_give_an_answer_not_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let input = String::from_utf8_lossy(&bytes);
        let _ = parse(&input);
    }

    #[test]
    fn jsonish_text_gives_an_answer_not_a_panic(input in jsonish()) {
        if let Err(error) = parse(&input) {
            prop_assert!(!error.received.is_empty());
        }
    }

    #[test]
    fn integers_round_trip(value in -9_007_199_254_740_991i64..=9_007_199_254_740_991) {
        prop_assert_eq!(parse(&value.to_string()), Ok(Json::Number(value as f64)));
    }

    #[test]
    fn strings_round_trip_through_the_writer(value in any::<String>()) {
        prop_assert_eq!(parse(&value.to_json()), Ok(Json::String(value)));
    }
}
