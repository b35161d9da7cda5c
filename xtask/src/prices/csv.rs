//! The CSV of the AWS Price List bulk files (RFC 4180: fields in double quotes, a quote inside
//! a field doubled), read one record at a time so a file of gigabytes never sits in memory.

use std::io::{BufRead, Read};

use crate::Result;

/// A record longer than this is not a price list's: the reader stops rather than hold a
/// whole file that is not CSV (a compressed one, say) in memory.
const MAX_RECORD: usize = 1 << 20;

/// Reads a file's records one by one, joining the lines of a quoted field that spans several.
pub struct Reader<R> {
    inner: R,
    bytes: Vec<u8>,
    /// Lines read so far.
    lines: usize,
    /// The line the last record started on, for messages.
    start: usize,
}

impl<R: BufRead> Reader<R> {
    pub fn new(inner: R) -> Self {
        Reader {
            inner,
            bytes: Vec::new(),
            lines: 0,
            start: 0,
        }
    }

    /// Reads the next record's text (without its line end) into `raw`; `false` at the end.
    pub fn next_raw(&mut self, raw: &mut String) -> Result<bool> {
        raw.clear();
        self.start = self.lines + 1;
        loop {
            self.bytes.clear();
            let room = MAX_RECORD.saturating_sub(raw.len()) as u64 + 1;
            let read = (&mut self.inner)
                .take(room)
                .read_until(b'\n', &mut self.bytes)
                .map_err(|err| format!("line {}: {err}", self.lines + 1))?;
            if read == 0 {
                return if raw.is_empty() {
                    Ok(false)
                } else {
                    Err(format!(
                        "line {}: a quoted field is not closed before the end of the file",
                        self.start
                    ))
                };
            }
            self.lines += 1;
            raw.push_str(&String::from_utf8_lossy(&self.bytes));
            if raw.len() > MAX_RECORD {
                return Err(format!(
                    "line {}: a record longer than {MAX_RECORD} bytes",
                    self.start
                ));
            }
            // Every quote opens or closes a field or is one of an escaped pair, so an odd
            // count means a field goes on over the line end.
            if raw.bytes().filter(|&b| b == b'"').count() % 2 == 0 {
                break;
            }
        }
        let end = raw.trim_end_matches(['\n', '\r']).len();
        raw.truncate(end);
        if self.start == 1 {
            if let Some(rest) = raw.strip_prefix('\u{feff}') {
                *raw = rest.to_string();
            }
        }
        Ok(true)
    }

    /// The line the last record read started on.
    pub fn line(&self) -> usize {
        self.start
    }
}

/// One record's fields, unquoted, kept in one buffer that each record reuses.
#[derive(Default)]
pub struct Record {
    text: String,
    /// Where each field ends in `text`.
    ends: Vec<usize>,
}

impl Record {
    /// Splits `raw`, one record's text, into its fields.
    pub fn parse(&mut self, raw: &str) -> Result {
        self.text.clear();
        self.ends.clear();
        let mut rest = raw;
        loop {
            if let Some(quoted) = rest.strip_prefix('"') {
                let mut inside = quoted;
                loop {
                    let Some(at) = inside.find('"') else {
                        return Err("a quoted field is not closed".into());
                    };
                    self.text.push_str(&inside[..at]);
                    let after = &inside[at + 1..];
                    match after.strip_prefix('"') {
                        Some(more) => {
                            self.text.push('"');
                            inside = more;
                        }
                        None => {
                            rest = after;
                            break;
                        }
                    }
                }
                self.ends.push(self.text.len());
                if rest.is_empty() {
                    return Ok(());
                }
                rest = rest.strip_prefix(',').ok_or_else(|| {
                    format!("text after the closing quote of field {}", self.ends.len())
                })?;
            } else {
                let end = rest.find(',').unwrap_or(rest.len());
                let field = &rest[..end];
                if field.contains('"') {
                    return Err(format!(
                        "a quote inside unquoted field {}",
                        self.ends.len() + 1
                    ));
                }
                self.text.push_str(field);
                self.ends.push(self.text.len());
                if end == rest.len() {
                    return Ok(());
                }
                rest = &rest[end + 1..];
            }
        }
    }

    /// Field `index` (from 0), if the record has it.
    pub fn get(&self, index: usize) -> Option<&str> {
        let end = *self.ends.get(index)?;
        let start = match index.checked_sub(1) {
            Some(before) => self.ends[before],
            None => 0,
        };
        Some(&self.text[start..end])
    }

    /// Every field, in order.
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        (0..self.ends.len()).filter_map(|index| self.get(index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(raw: &str) -> Result<Vec<String>> {
        let mut record = Record::default();
        record.parse(raw)?;
        Ok(record.fields().map(String::from).collect())
    }

    #[test]
    fn quoted_fields_are_unquoted() {
        assert_eq!(
            fields(r#""SKU","OfferTermCode","RateCode""#).unwrap(),
            ["SKU", "OfferTermCode", "RateCode"]
        );
    }

    #[test]
    fn commas_and_doubled_quotes_stay_inside_their_field() {
        let raw = r#""$0.096 per On Demand Linux m5.large Instance Hour","a ""quoted"" word","x, y, z","""""#;
        assert_eq!(
            fields(raw).unwrap(),
            [
                "$0.096 per On Demand Linux m5.large Instance Hour",
                r#"a "quoted" word"#,
                "x, y, z",
                r#"""#,
            ]
        );
    }

    #[test]
    fn empty_and_unquoted_fields_count() {
        assert_eq!(fields(r#"a,,"",b,"#).unwrap(), ["a", "", "", "b", ""]);
        assert_eq!(fields("").unwrap(), [""]);
        assert_eq!(fields("0.0960000000").unwrap(), ["0.0960000000"]);
    }

    #[test]
    fn malformed_records_are_errors() {
        assert!(fields(r#""open"#).is_err());
        assert!(fields(r#""a"b,c"#).is_err());
        assert!(fields(r#"a"b,c"#).is_err());
    }

    #[test]
    fn the_reader_joins_a_quoted_field_over_a_line_end_and_counts_lines() {
        let text = "\u{feff}\"FormatVersion\",\"v1.0\"\r\n\"Disclaimer\",\"two\nlines, \"\"quoted\"\"\"\r\n\"last\"";
        let mut reader = Reader::new(text.as_bytes());
        let mut raw = String::new();
        let mut record = Record::default();
        let mut seen = Vec::new();
        while reader.next_raw(&mut raw).unwrap() {
            record.parse(&raw).unwrap();
            seen.push((
                reader.line(),
                record.fields().map(String::from).collect::<Vec<_>>(),
            ));
        }
        assert_eq!(
            seen,
            [
                (1, vec!["FormatVersion".to_string(), "v1.0".into()]),
                (
                    2,
                    vec!["Disclaimer".into(), "two\nlines, \"quoted\"".into()]
                ),
                (4, vec!["last".into()]),
            ]
        );
        let mut open = Reader::new("\"a\",\"b\n".as_bytes());
        assert!(open.next_raw(&mut raw).is_err());
        let long = format!("\"{}\"\n", "x".repeat(MAX_RECORD));
        let err = Reader::new(long.as_bytes()).next_raw(&mut raw).unwrap_err();
        assert!(err.contains("longer than"), "{err}");
    }
}
