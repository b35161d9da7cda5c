//! Elements whose class is chosen at run time, built without `html!`'s `class={…}`.
//!
//! The macro turns every run-time class into Yew's `Classes`, an `IndexSet` whose hashing
//! and set code cost the wasm about 3.5 KB gzip. Our run-time classes are a word or a short
//! string we can write ourselves, so these set the attribute directly; a class known when
//! compiling stays a literal in `html!`, which never reaches `Classes`.

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag};

use crate::core::attributes::Theme;
use crate::core::i18n::Lang;

/// `<tag class="…">children</tag>`, with no class attribute at all when `class` is `None`.
pub fn with_class(tag: &'static str, class: Option<&'static str>, children: Html) -> Html {
    let mut element = VTag::new(tag);
    element.set_attributes(Attributes::Dynamic {
        keys: &["class"],
        values: Box::new([class.map(|class| attribute(AttrValue::Static(class)))]),
    });
    element.add_child(children);
    element.into()
}

/// A widget's root: `<section lang="…" part="root" class="widget {name} theme-…">`, plus
/// `compact` when the widget shows one question group at a time.
pub fn widget_root(name: &str, theme: Theme, compact: bool, lang: Lang, content: Html) -> Html {
    let mut class = format!("widget {name} {}", theme.class());
    if compact {
        class.push_str(" compact");
    }
    let mut section = VTag::new("section");
    section.set_attributes(Attributes::Dynamic {
        keys: &["lang", "part", "class"],
        values: Box::new([
            Some(attribute(AttrValue::Static(lang.code()))),
            Some(attribute(AttrValue::Static("root"))),
            Some(attribute(class.into())),
        ]),
    });
    section.add_child(content);
    section.into()
}

/// An attribute value as `html!` stores it. (`AttributeOrProperty::Static` would do in the
/// browser, but the server renderer skips it in a dynamic list.)
fn attribute(value: AttrValue) -> AttributeOrProperty {
    AttributeOrProperty::Attribute(value)
}
