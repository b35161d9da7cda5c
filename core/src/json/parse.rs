//! The JSON grammar of RFC 8259, strictly: no comments, no trailing commas, no leading zeros,
//! no control characters or unpaired surrogates in strings, nothing after the value.

use super::Json;
use crate::error::InputError;
use crate::number;

/// How deeply arrays and objects may nest. The readers of the core need three levels; the
/// bound keeps hostile input from exhausting the stack.
pub const MAX_DEPTH: usize = 32;

/// How many members one object may have. The readers of the core ask for at most a few
/// dozen; the bound keeps the check for a repeated key (each key against the ones before
/// it, with no sort to compile into the wasm) from growing with hostile input.
pub const MAX_MEMBERS: usize = 256;

/// Exponents beyond this are clamped while read: `1e99999` is infinite either way.
const MAX_EXPONENT: i64 = 100_000;

/// Parses `text` as one JSON value.
///
/// Errors name a byte offset counted from 0: `input: received invalid JSON at byte 17,
/// allowed a JSON value`. A key repeated within one object is refused by its path, as is an
/// object of more than [`MAX_MEMBERS`] members.
pub fn parse(text: &str) -> Result<Json, InputError> {
    let mut parser = Parser {
        text,
        at: 0,
        depth: 0,
        path: String::new(),
    };
    parser.skip_whitespace();
    let value = parser.value()?;
    parser.skip_whitespace();
    if parser.at < text.len() {
        return Err(parser.invalid());
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    /// The byte being read. Only ever advanced past bytes seen, so never past the end.
    at: usize,
    depth: usize,
    /// Where the parser is, for errors that a path explains better than a byte offset.
    path: String,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// Steps past the byte just peeked.
    fn bump(&mut self) {
        self.at = self.at.saturating_add(1).min(self.text.len());
    }

    fn invalid(&self) -> InputError {
        invalid_at(self.at)
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.bump();
        }
    }

    /// Steps past `byte`, which must come next.
    fn consume(&mut self, byte: u8) -> Result<(), InputError> {
        if self.peek() == Some(byte) {
            self.bump();
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    fn value(&mut self) -> Result<Json, InputError> {
        match self.peek() {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number().map(Json::Number),
            _ => Err(self.invalid()),
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, InputError> {
        for expected in word.bytes() {
            self.consume(expected)?;
        }
        Ok(value)
    }

    fn nested(
        &mut self,
        read: fn(&mut Self) -> Result<Json, InputError>,
    ) -> Result<Json, InputError> {
        if self.depth >= MAX_DEPTH {
            return Err(InputError::new(
                "",
                format!(
                    "JSON nested deeper than {MAX_DEPTH} levels at byte {}",
                    self.at
                ),
                format!("a JSON value nested at most {MAX_DEPTH} levels deep"),
            ));
        }
        self.depth = self.depth.saturating_add(1);
        let value = read(self);
        self.depth = self.depth.saturating_sub(1);
        value
    }

    fn object(&mut self) -> Result<Json, InputError> {
        self.consume(b'{')?;
        let mut members = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.invalid());
            }
            let key = self.string()?;
            self.skip_whitespace();
            self.consume(b':')?;
            self.skip_whitespace();
            let outer = self.path.len();
            if members.len() == MAX_MEMBERS {
                return Err(InputError::new(
                    self.path.clone(),
                    format!("an object of more than {MAX_MEMBERS} members"),
                    format!("an object of at most {MAX_MEMBERS} members"),
                ));
            }
            push_key(&mut self.path, &key);
            if members.iter().any(|(seen, _)| *seen == key) {
                return Err(InputError::new(
                    self.path.clone(),
                    "a second value",
                    "the field once",
                ));
            }
            let value = self.value()?;
            self.path.truncate(outer);
            members.push((key, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b'}') => {
                    self.bump();
                    break;
                }
                _ => return Err(self.invalid()),
            }
        }
        Ok(Json::Object(members))
    }

    fn array(&mut self) -> Result<Json, InputError> {
        self.consume(b'[')?;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.bump();
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_whitespace();
            let outer = self.path.len();
            self.path.push('[');
            self.path.push_str(&items.len().to_string());
            self.path.push(']');
            let item = self.value()?;
            self.path.truncate(outer);
            items.push(item);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b']') => {
                    self.bump();
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.invalid()),
            }
        }
    }

    fn string(&mut self) -> Result<String, InputError> {
        self.consume(b'"')?;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            match self.peek() {
                None => return Err(self.invalid()),
                Some(b'"') => {
                    out.push_str(self.since(run)?);
                    self.bump();
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(self.since(run)?);
                    let escape = self.at;
                    self.bump();
                    out.push(self.escape(escape)?);
                    run = self.at;
                }
                Some(0x00..=0x1f) => return Err(self.invalid()),
                // The bytes of a multi-byte character are all 0x80 and up, so they never
                // look like a quote or a backslash.
                Some(_) => self.bump(),
            }
        }
    }

    /// The text from `start` to the current byte; both sit at ASCII bytes, so at character
    /// boundaries.
    fn since(&self, start: usize) -> Result<&str, InputError> {
        self.text
            .get(start..self.at)
            .ok_or_else(|| invalid_at(start))
    }

    /// The character of the escape whose backslash is at byte `escape`.
    fn escape(&mut self, escape: usize) -> Result<char, InputError> {
        let letter = self.peek().ok_or_else(|| self.invalid())?;
        let simple = match letter {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                self.bump();
                return self.unicode(escape);
            }
            _ => return Err(self.invalid()),
        };
        self.bump();
        Ok(simple)
    }

    /// A `\uXXXX` escape, or two forming a surrogate pair.
    fn unicode(&mut self, escape: usize) -> Result<char, InputError> {
        let unpaired = || {
            InputError::new(
                "",
                format!("an unpaired surrogate at byte {escape}"),
                "a JSON value",
            )
        };
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.peek() != Some(b'\\') {
                    return Err(unpaired());
                }
                self.bump();
                if self.peek() != Some(b'u') {
                    return Err(unpaired());
                }
                self.bump();
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(unpaired());
                }
                0x10000_u32
                    .saturating_add(first.saturating_sub(0xD800) << 10)
                    .saturating_add(second.saturating_sub(0xDC00))
            }
            0xDC00..=0xDFFF => return Err(unpaired()),
            _ => first,
        };
        char::from_u32(code).ok_or_else(unpaired)
    }

    fn hex4(&mut self) -> Result<u32, InputError> {
        let mut code: u32 = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|byte| char::from(byte).to_digit(16))
                .ok_or_else(|| self.invalid())?;
            code = code.saturating_mul(16).saturating_add(digit);
            self.bump();
        }
        Ok(code)
    }

    fn number(&mut self) -> Result<f64, InputError> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.bump();
        }
        let mut significand = 0u64;
        let mut exponent = 0i64;
        match self.peek() {
            Some(b'0') => {
                self.bump();
                if let Some(b'0'..=b'9') = self.peek() {
                    // A leading zero: `01`.
                    return Err(self.invalid());
                }
            }
            Some(b'1'..=b'9') => {
                while let Some(digit) = self.digit() {
                    if significand < 1_000_000_000_000_000_000 {
                        significand = significand
                            .saturating_mul(10)
                            .saturating_add(u64::from(digit));
                    } else {
                        // Digits past the nineteenth are dropped, each one a power of ten.
                        exponent = exponent.saturating_add(1);
                    }
                }
            }
            _ => return Err(self.invalid()),
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.invalid());
            }
            while let Some(digit) = self.digit() {
                if significand < 1_000_000_000_000_000_000 {
                    significand = significand
                        .saturating_mul(10)
                        .saturating_add(u64::from(digit));
                    exponent = exponent.saturating_sub(1);
                }
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.bump();
            let negative_exponent = self.peek() == Some(b'-');
            if let Some(b'+' | b'-') = self.peek() {
                self.bump();
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.invalid());
            }
            let mut written = 0i64;
            while let Some(digit) = self.digit() {
                written = written
                    .saturating_mul(10)
                    .saturating_add(i64::from(digit))
                    .min(MAX_EXPONENT);
            }
            exponent = if negative_exponent {
                exponent.saturating_sub(written)
            } else {
                exponent.saturating_add(written)
            };
        }
        let magnitude = number::decimal(significand, exponent);
        if magnitude.is_infinite() {
            return Err(InputError::new(
                "",
                format!("a number out of range at byte {start}"),
                "a number of at most 1.7e308 in size",
            ));
        }
        Ok(if negative { -magnitude } else { magnitude })
    }

    /// The next byte's value if it is a digit, stepping past it.
    fn digit(&mut self) -> Option<u8> {
        let digit = self.peek().filter(u8::is_ascii_digit)?;
        self.bump();
        digit.checked_sub(b'0')
    }
}

fn invalid_at(at: usize) -> InputError {
    InputError::new("", format!("invalid JSON at byte {at}"), "a JSON value")
}

fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}
