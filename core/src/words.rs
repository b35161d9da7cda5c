//! Words joined into one text: lists in the answers' prose, the URL state's fields.

#[cfg(feature = "bench-std-join")]
pub use crate::stand_ins::join;

/// `parts` with `separator` between them, as `[S]::join` gives. Hand-written for bytes: the
/// standard library's join is compiled once per type of part (`&str`, `String`), each copy
/// with loops unrolled per separator length; what this saves the widgets' bundle is measured
/// in BENCHMARKS.md ("Hand-written stand-ins").
#[cfg(not(feature = "bench-std-join"))]
pub fn join<S: AsRef<str>>(parts: &[S], separator: &str) -> String {
    let mut joined = String::new();
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            joined.push_str(separator);
        }
        joined.push_str(part.as_ref());
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn joins_as_the_standard_library_does() {
        let cases: [&[&str]; 4] = [&[], &["one"], &["one", "two"], &["a", "", "c"]];
        for parts in cases {
            for separator in ["", " ", ", ", " · "] {
                assert_eq!(join(parts, separator), parts.join(separator), "{parts:?}");
                let owned: Vec<String> = parts.iter().map(|part| part.to_string()).collect();
                assert_eq!(join(&owned, separator), owned.join(separator));
            }
        }
    }
}
