//! Languages and bilingual text. Every reader-facing string in the core is a [`Text`], so a
//! fact can never exist in one language only.

use crate::error::InputError;

/// A language the widgets speak. Korean and English are both first-class.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ko,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ko, Lang::En];

    /// The BCP 47 tag, for the `lang` attribute of rendered markup.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
        }
    }

    /// Reads a language tag such as `ko`, `ko-KR` or `EN-us`; `None` for anything else, so
    /// the caller decides the fallback.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("ko") {
            Some(Lang::Ko)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// Reads a language code given through an API, where (unlike an attribute) a wrong value
/// is an error rather than a reason to fall back.
pub fn parse_lang(value: Option<&str>) -> Result<Lang, InputError> {
    match value {
        Some("ko") => Ok(Lang::Ko),
        Some("en") => Ok(Lang::En),
        other => Err(InputError::new(
            "lang",
            other.map_or_else(|| "undefined".to_string(), |tag| format!("\"{tag}\"")),
            "\"ko\" or \"en\"",
        )),
    }
}

/// A string in both languages. Written as `{"ko": "...", "en": "..."}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
// In TypeScript, `Text` would shadow the DOM's `Text` node in a consumer's module.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "BilingualText"))]
pub struct Text {
    pub ko: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(ko: &'static str, en: &'static str) -> Self {
        Text { ko, en }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ko => self.ko,
            Lang::En => self.en,
        }
    }
}

/// A string in both languages built at run time, for text that carries computed values
/// (a pod size, a weight). Written like [`Text`], and one type with it in TypeScript.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "BilingualText"))]
pub struct OwnedText {
    pub ko: String,
    pub en: String,
}

impl OwnedText {
    pub fn new(ko: impl Into<String>, en: impl Into<String>) -> Self {
        OwnedText {
            ko: ko.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ko => &self.ko,
            Lang::En => &self.en,
        }
    }
}

impl From<Text> for OwnedText {
    fn from(text: Text) -> Self {
        OwnedText::new(text.ko, text.en)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_are_read_by_their_primary_subtag() {
        assert_eq!(Lang::from_tag("ko"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag("ko-KR"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag(" EN_us "), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
