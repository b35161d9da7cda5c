//! Two small writers, YAML and JSON, of just the shapes the starter files need: nested
//! maps, lists, strings, whole numbers, booleans and (YAML only) comments.
//!
//! Why hand-written: no serde YAML crate writes comments, and the comments are half the point
//! of a starter file (they say, in the reader's language, why each value is what it is). The
//! JSON writer is the YAML one's sibling rather than serde_json's pretty printer over a
//! `Value`, which would build a tree of maps first; both only push `&str` onto one `String`,
//! which keeps them small in the widgets' wasm.

/// Pushes `text` as a double-quoted string, valid in both JSON and YAML: quotes and
/// backslashes escaped, control characters as `\u00XX`.
fn push_quoted(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let code = u32::from(c) as usize;
                out.push_str(if code & 16 == 0 { "\\u000" } else { "\\u001" });
                out.push(char::from(HEX.get(code & 15).copied().unwrap_or(b'0')));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// Words YAML 1.1 readers (and so some Kubernetes tools) take for booleans or null.
const YAML_WORDS: [&str; 11] = [
    "y", "n", "yes", "no", "on", "off", "true", "false", "null", "Null", "NULL",
];

/// Whether `text` reads back as the same string when written plain in YAML: a letter first,
/// then only letters, digits and `.-_/`, and not a word YAML reads as something else.
/// Anything else (`"1.34"`, which would read as a number) is quoted.
fn plain_yaml(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_alphabetic())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '/'))
        && !YAML_WORDS
            .iter()
            .any(|word| word.eq_ignore_ascii_case(text))
}

/// A YAML document written top to bottom, two spaces per level.
#[derive(Default)]
pub struct Yaml {
    pub out: String,
    depth: usize,
    /// The next line starts a list item (`- `).
    dash: bool,
}

impl Yaml {
    /// Starts a line at the current depth, or the list item begun by [`Yaml::item`].
    fn line(&mut self) {
        if self.dash {
            indent(&mut self.out, self.depth.saturating_sub(1));
            self.out.push_str("- ");
            self.dash = false;
        } else {
            indent(&mut self.out, self.depth);
        }
    }

    /// `# text` on a line of its own; `text` must be one line.
    pub fn comment(&mut self, text: &str) {
        // A comment cannot carry the dash of an item: it goes above the item.
        let dash = std::mem::take(&mut self.dash);
        indent(&mut self.out, self.depth.saturating_sub(usize::from(dash)));
        self.out.push_str("# ");
        self.out.push_str(text);
        self.out.push('\n');
        self.dash = dash;
    }

    fn key(&mut self, key: &str) {
        self.line();
        self.out.push_str(key);
        self.out.push(':');
    }

    /// `key:`, with what follows one level deeper, until [`Yaml::close`].
    pub fn open(&mut self, key: &str) {
        self.key(key);
        self.out.push('\n');
        self.depth = self.depth.saturating_add(1);
    }

    pub fn close(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Begins a list item whose members follow (at one level deeper); end it with
    /// [`Yaml::close`].
    pub fn item(&mut self) {
        self.depth = self.depth.saturating_add(1);
        self.dash = true;
    }

    fn scalar(&mut self, value: &str) {
        if plain_yaml(value) {
            self.out.push_str(value);
        } else {
            push_quoted(&mut self.out, value);
        }
    }

    pub fn string(&mut self, key: &str, value: &str) {
        self.key(key);
        self.out.push(' ');
        self.scalar(value);
        self.out.push('\n');
    }

    /// A whole number or a boolean, written as it is.
    pub fn raw(&mut self, key: &str, value: &str) {
        self.key(key);
        self.out.push(' ');
        self.out.push_str(value);
        self.out.push('\n');
    }

    /// `key: [a, b]`, a flow list of strings.
    pub fn list(&mut self, key: &str, values: &[&str]) {
        self.key(key);
        self.out.push_str(" [");
        for (index, value) in values.iter().enumerate() {
            if index > 0 {
                self.out.push_str(", ");
            }
            self.scalar(value);
        }
        self.out.push_str("]\n");
    }
}

/// A JSON document written top to bottom, two spaces per level, one member per line.
#[derive(Default)]
pub struct Json {
    pub out: String,
    depth: usize,
    /// Whether the container just opened has no member yet.
    first: bool,
}

impl Json {
    /// Starts a member: the comma after the one before, a new line, and the key if any.
    fn member(&mut self, key: Option<&str>) {
        if !std::mem::take(&mut self.first) {
            self.out.push(',');
        }
        if self.depth > 0 {
            self.out.push('\n');
            indent(&mut self.out, self.depth);
        }
        if let Some(key) = key {
            push_quoted(&mut self.out, key);
            self.out.push_str(": ");
        }
    }

    /// Opens an object (`{`) or a list (`[`), under `key` inside an object.
    pub fn open(&mut self, key: Option<&str>, bracket: char) {
        if self.depth > 0 || !self.out.is_empty() {
            self.member(key);
        }
        self.out.push(bracket);
        self.depth = self.depth.saturating_add(1);
        self.first = true;
    }

    /// Closes with `bracket` (`}` or `]`).
    pub fn close(&mut self, bracket: char) {
        self.depth = self.depth.saturating_sub(1);
        if !std::mem::take(&mut self.first) {
            self.out.push('\n');
            indent(&mut self.out, self.depth);
        }
        self.out.push(bracket);
        if self.depth == 0 {
            self.out.push('\n');
        }
    }

    pub fn string(&mut self, key: Option<&str>, value: &str) {
        self.member(key);
        push_quoted(&mut self.out, value);
    }

    /// A whole number or a boolean, written as it is.
    pub fn raw(&mut self, key: &str, value: &str) {
        self.member(Some(key));
        self.out.push_str(value);
    }

    /// `"key": ["a", "b"]`.
    pub fn strings(&mut self, key: &str, values: &[&str]) {
        self.open(Some(key), '[');
        for value in values {
            self.string(None, value);
        }
        self.close(']');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_quotes_what_would_not_read_back_as_the_same_string() {
        let mut yaml = Yaml::default();
        yaml.open("metadata");
        yaml.string("name", "my-cluster");
        yaml.string("version", "1.34");
        yaml.string("answer", "yes");
        yaml.string("note", "a \"quoted\" word\\");
        yaml.close();
        yaml.open("groups");
        yaml.comment("the first");
        yaml.item();
        yaml.string("name", "nodes");
        yaml.raw("minSize", "1");
        yaml.list("types", &["m7g.large", "1x"]);
        yaml.close();
        assert_eq!(
            yaml.out,
            "metadata:\n  name: my-cluster\n  version: \"1.34\"\n  answer: \"yes\"\n  \
             note: \"a \\\"quoted\\\" word\\\\\"\ngroups:\n  # the first\n  - name: nodes\n    \
             minSize: 1\n    types: [m7g.large, \"1x\"]\n"
        );
    }

    #[test]
    fn json_is_indented_one_member_a_line() {
        let mut json = Json::default();
        json.open(None, '{');
        json.string(Some("name"), "a\u{1}b");
        json.open(Some("list"), '[');
        json.open(None, '{');
        json.raw("weight", "1");
        json.close('}');
        json.close(']');
        json.strings("empty", &[]);
        json.close('}');
        assert_eq!(
            json.out,
            "{\n  \"name\": \"a\\u0001b\",\n  \"list\": [\n    {\n      \"weight\": 1\n    }\n  ],\n  \"empty\": []\n}\n"
        );
    }
}
