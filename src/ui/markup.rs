//! Markup written as text, for the parts of a view that only show what the answer says (the
//! chart, tables, lists of reasons) and hold no listener.
//!
//! Yew's `html!` builds each element at run time with code of its own: a `VTag`, its
//! attributes, its children. For a part with no listener that code costs far more wasm than
//! the same markup as text, so those parts are written into a [`Markup`] and mounted as one
//! raw node. Every text and attribute value passes through [`escape`]; tags and attribute
//! names are literals of this crate. A strict CSP is no obstacle: no `style` attribute, no
//! script.

use yew::{AttrValue, Html};

/// Markup under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Markup {
        Markup::default()
    }

    /// `<tag name="value" …>`: attributes with a `None` value are left out.
    pub fn open(&mut self, tag: &str, attributes: &[(&str, Option<&str>)]) -> &mut Markup {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            if let Some(value) = value {
                self.0.push(' ');
                self.0.push_str(name);
                self.0.push_str("=\"");
                escape(&mut self.0, value);
                self.0.push('"');
            }
        }
        self.0.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Markup {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text content, escaped.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape(&mut self.0, text);
        self
    }

    /// `<tag attributes…>text</tag>`.
    pub fn element(
        &mut self,
        tag: &str,
        attributes: &[(&str, Option<&str>)],
        text: &str,
    ) -> &mut Markup {
        self.open(tag, attributes).text(text).close(tag)
    }

    /// The markup as one node of Yew's tree.
    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

/// Appends `text` to `out` with `&`, `<`, `>` and `"` escaped, so that text can never become
/// markup, in content or in a quoted attribute value. By hand rather than with the
/// html-escape crate, for the bytes (BENCHMARKS.md, feature `bench-html-escape`).
#[cfg(not(feature = "bench-html-escape"))]
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

/// The crate's way, for the bench's comparison.
#[cfg(feature = "bench-html-escape")]
pub fn escape(out: &mut String, text: &str) {
    html_escape::encode_double_quoted_attribute_to_string(text, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_cannot_become_markup() {
        let mut markup = Markup::new();
        markup
            .open("p", &[("title", Some("a \"b\" <c>")), ("hidden", None)])
            .text("x < y & z > w")
            .close("p");
        assert_eq!(
            markup.0,
            "<p title=\"a &quot;b&quot; &lt;c&gt;\">x &lt; y &amp; z &gt; w</p>"
        );
    }
}
