//! Reading a custom element's attributes: outside input, so every value is checked here and
//! a bad one falls back to a documented default with a warning, never an error that stops
//! the widget from rendering.

use crate::i18n::Lang;

/// What the element loader passes in: the element's own attributes, the two places a
/// language can be inherited from, and the widget's answers from the page URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ElementEnv {
    /// The element's attributes as `[name, value]` pairs, as the page set them. (A list,
    /// not a map: the wasm needs no map type for a handful of attributes.)
    pub attributes: Vec<(String, String)>,
    /// The `lang` of the nearest ancestor that has one.
    pub inherited_lang: Option<String>,
    /// `navigator.language`.
    pub browser_lang: Option<String>,
    /// The widget's answers from the page URL, as a "Copy link" wrote them
    /// ([`crate::share`]); they win over the attribute presets.
    pub shared_state: Option<String>,
}

/// An attribute value that was ignored, with what is allowed instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttributeWarning {
    pub attribute: &'static str,
    pub value: String,
    pub allowed: &'static str,
}

impl std::fmt::Display for AttributeWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "ignored {}=\"{}\": allowed values are {}",
            self.attribute, self.value, self.allowed
        )
    }
}

/// The colour scheme of a widget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follows the reader's `prefers-color-scheme` (the default).
    #[default]
    Auto,
}

impl Theme {
    /// The class the widget root carries; the stylesheet keys the palette on it.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Light => "theme-light",
            Theme::Dark => "theme-dark",
            Theme::Auto => "theme-auto",
        }
    }
}

/// Settings common to every widget, read from an [`ElementEnv`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommonSettings {
    pub lang: Lang,
    pub theme: Theme,
}

impl ElementEnv {
    /// Reads the settings; each bad value is reported once in the returned warnings and
    /// replaced by its fallback.
    pub fn common_settings(&self) -> (CommonSettings, Vec<AttributeWarning>) {
        let mut warnings = Vec::new();
        let lang = self.resolve_lang(&mut warnings);
        let theme = self
            .choice(
                "theme",
                &[
                    ("light", Theme::Light),
                    ("dark", Theme::Dark),
                    ("auto", Theme::Auto),
                ],
                "\"light\", \"dark\" or \"auto\"",
                &mut warnings,
            )
            .unwrap_or_default();
        (CommonSettings { lang, theme }, warnings)
    }

    /// The value of attribute `name` if present.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// A boolean attribute: present (any value but `"false"`) means true.
    pub fn flag(&self, name: &str) -> bool {
        self.attribute(name)
            .is_some_and(|value| !value.trim().eq_ignore_ascii_case("false"))
    }

    /// Attribute `name` read as one of `options` (case-insensitive); an unknown value warns
    /// and gives `None`, as does an absent attribute (without a warning).
    pub fn choice<T: Copy>(
        &self,
        name: &'static str,
        options: &[(&str, T)],
        allowed: &'static str,
        warnings: &mut Vec<AttributeWarning>,
    ) -> Option<T> {
        let value = self.attribute(name)?;
        let found = options
            .iter()
            .find(|(option, _)| option.eq_ignore_ascii_case(value.trim()))
            .map(|(_, parsed)| *parsed);
        if found.is_none() {
            warnings.push(AttributeWarning {
                attribute: name,
                value: value.to_string(),
                allowed,
            });
        }
        found
    }

    /// The element's own `lang`, else the nearest ancestor's, else the browser's, else English.
    /// Only the element's own attribute warns: a host page in French is not a mistake.
    fn resolve_lang(&self, warnings: &mut Vec<AttributeWarning>) -> Lang {
        if let Some(own) = self.attribute("lang") {
            match Lang::from_tag(own) {
                Some(lang) => return lang,
                None => warnings.push(AttributeWarning {
                    attribute: "lang",
                    value: own.to_string(),
                    allowed: "\"ko\" or \"en\"",
                }),
            }
        }
        [&self.inherited_lang, &self.browser_lang]
            .into_iter()
            .flatten()
            .find_map(|tag| Lang::from_tag(tag))
            .unwrap_or_default()
    }
}

#[cfg(test)]
impl ElementEnv {
    /// An element with these attributes and nothing inherited, for tests.
    pub(crate) fn with_attributes(pairs: &[(&str, &str)]) -> ElementEnv {
        ElementEnv {
            attributes: pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..ElementEnv::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(own: Option<&str>, inherited: Option<&str>, browser: Option<&str>) -> ElementEnv {
        ElementEnv {
            attributes: own
                .map(|v| vec![("lang".to_string(), v.to_string())])
                .unwrap_or_default(),
            inherited_lang: inherited.map(str::to_string),
            browser_lang: browser.map(str::to_string),
            shared_state: None,
        }
    }

    #[test]
    fn lang_prefers_own_then_inherited_then_browser_then_english() {
        let cases = [
            (env(Some("ko"), Some("en"), Some("en")), Lang::Ko),
            (env(None, Some("ko-KR"), Some("en")), Lang::Ko),
            (env(None, Some("fr"), Some("ko")), Lang::Ko),
            (env(None, None, Some("de")), Lang::En),
            (env(None, None, None), Lang::En),
        ];
        for (input, expected) in cases {
            let (settings, warnings) = input.common_settings();
            assert_eq!(settings.lang, expected, "{input:?}");
            assert!(warnings.is_empty(), "{input:?}");
        }
    }

    #[test]
    fn theme_is_read_case_insensitively_and_defaults_to_auto() {
        let cases = [
            (
                ElementEnv::with_attributes(&[("theme", "dark")]),
                Theme::Dark,
            ),
            (
                ElementEnv::with_attributes(&[("theme", " Light ")]),
                Theme::Light,
            ),
            (ElementEnv::with_attributes(&[]), Theme::Auto),
        ];
        for (input, expected) in cases {
            let (settings, warnings) = input.common_settings();
            assert_eq!(settings.theme, expected, "{input:?}");
            assert!(warnings.is_empty());
        }
    }

    #[test]
    fn a_bad_theme_warns_and_falls_back_to_auto() {
        let (settings, warnings) =
            ElementEnv::with_attributes(&[("theme", "sepia")]).common_settings();
        assert_eq!(settings.theme, Theme::Auto);
        assert_eq!(
            warnings[0].to_string(),
            "ignored theme=\"sepia\": allowed values are \"light\", \"dark\" or \"auto\""
        );
    }

    #[test]
    fn flags_are_true_when_present_unless_false() {
        let env = ElementEnv::with_attributes(&[("compact", ""), ("other", "false")]);
        assert!(env.flag("compact"));
        assert!(!env.flag("other"));
        assert!(!env.flag("absent"));
    }

    #[test]
    fn a_bad_own_lang_warns_once_and_falls_back() {
        let (settings, warnings) = env(Some("klingon"), Some("ko"), None).common_settings();
        assert_eq!(settings.lang, Lang::Ko);
        assert_eq!(warnings.len(), 1);
        assert_eq!(
            warnings[0].to_string(),
            "ignored lang=\"klingon\": allowed values are \"ko\" or \"en\""
        );
    }
}
