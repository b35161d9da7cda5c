//! Typed, path-aware readers over parsed JSON.
//!
//! Every refusal has the same shape: the field's path, the value received as
//! [`Json::describe`] shows it (or `nothing` for a required field that is missing), and what
//! the field allows. A field that is present is checked even when it is `null`: `null` is
//! not a way to ask for the default.

use super::{parse, Json};
use crate::error::InputError;
use crate::input::Bounds;
use crate::number::format_number;

/// An enum read from one of a fixed set of strings, and written as its string (every
/// `Keyword` is [`ToJson`](super::ToJson)), so the table must list every value.
pub trait Keyword: Copy + 'static {
    /// Each value with its string, in the order an error message lists them.
    const KEYWORDS: &'static [(&'static str, Self)];
}

/// Parses `text`, which must be a JSON object, reads it with `read`, and then refuses any
/// member `read` did not ask for.
pub fn read_object<T>(
    text: &str,
    read: impl FnOnce(&mut ObjectReader<'_>) -> Result<T, InputError>,
) -> Result<T, InputError> {
    let value = parse(text)?;
    let mut object = ObjectReader::new(&value, "")?;
    let out = read(&mut object)?;
    object.finish()?;
    Ok(out)
}

/// Names as an error message lists them: `"a"`, `"a" or "b"`, `one of "a", "b", "c"`.
pub fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("\"{name}\"")).collect();
    match quoted.as_slice() {
        [] => "nothing".to_string(),
        [only] => only.clone(),
        [first, second] => format!("{first} or {second}"),
        all => format!("one of {}", all.join(", ")),
    }
}

/// Reads the members of one JSON object by name. Each `optional_…` method gives `None` for
/// a missing member and refuses a present one of the wrong kind; [`ObjectReader::finish`]
/// then refuses the members no one asked for.
#[derive(Debug)]
pub struct ObjectReader<'a> {
    /// The object's own path, `""` for the whole input.
    path: String,
    members: &'a [(String, Json)],
    /// Every member asked for, in order, for the list an unknown member is told about.
    asked: Vec<&'static str>,
}

impl<'a> ObjectReader<'a> {
    /// A reader over `value`, which must be an object; `path` names it in errors.
    pub fn new(value: &'a Json, path: impl Into<String>) -> Result<Self, InputError> {
        let path = path.into();
        match value {
            Json::Object(members) => Ok(ObjectReader {
                path,
                members,
                asked: Vec::new(),
            }),
            other => Err(InputError::new(path, other.describe(), "an object")),
        }
    }

    /// The path of member `name`: `needs.gpu`, or `vcpu` at the top.
    pub fn path_of(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    /// Member `name`, if present. Asking makes the name known to [`ObjectReader::finish`].
    pub fn member(&mut self, name: &'static str) -> Option<&'a Json> {
        self.asked.push(name);
        self.members
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    /// A member that must be one of `T`'s keywords and must be present.
    pub fn required_enum<T: Keyword>(&mut self, name: &'static str) -> Result<T, InputError> {
        match self.optional_enum(name)? {
            Some(value) => Ok(value),
            None => Err(InputError::new(
                self.path_of(name),
                "nothing",
                keywords::<T>(),
            )),
        }
    }

    /// A member that, if present, must be one of `T`'s keywords.
    pub fn optional_enum<T: Keyword>(
        &mut self,
        name: &'static str,
    ) -> Result<Option<T>, InputError> {
        let Some(value) = self.member(name) else {
            return Ok(None);
        };
        let found = match value {
            Json::String(text) => T::KEYWORDS
                .iter()
                .find(|(keyword, _)| keyword == text)
                .map(|(_, value)| *value),
            _ => None,
        };
        match found {
            Some(value) => Ok(Some(value)),
            None => Err(InputError::new(
                self.path_of(name),
                value.describe(),
                keywords::<T>(),
            )),
        }
    }

    /// A member that, if present, must be a number within `bounds`.
    pub fn optional_number(
        &mut self,
        name: &'static str,
        bounds: &Bounds,
    ) -> Result<Option<f64>, InputError> {
        let Some(value) = self.member(name) else {
            return Ok(None);
        };
        match value {
            Json::Number(number) if bounds.admits(*number) => Ok(Some(*number)),
            other => Err(InputError::new(
                self.path_of(name),
                other.describe(),
                bounds.allowed,
            )),
        }
    }

    /// A member that, if present, must be a whole number within `bounds` (which lie inside
    /// `u32`). `3.0` is read as 3: a JavaScript caller has only floats.
    pub fn optional_u32(
        &mut self,
        name: &'static str,
        bounds: &Bounds,
    ) -> Result<Option<u32>, InputError> {
        let Some(number) = self.optional_number(name, bounds)? else {
            return Ok(None);
        };
        if number.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&number) {
            // Whole and inside u32, so the cast is exact.
            Ok(Some(number as u32))
        } else {
            Err(self.refused_number(name, number, bounds))
        }
    }

    /// A member that, if present, must be a whole number within `bounds` (which lie inside
    /// `u8`).
    pub fn optional_u8(
        &mut self,
        name: &'static str,
        bounds: &Bounds,
    ) -> Result<Option<u8>, InputError> {
        let Some(number) = self.optional_u32(name, bounds)? else {
            return Ok(None);
        };
        u8::try_from(number)
            .map(Some)
            .map_err(|_| self.refused_number(name, f64::from(number), bounds))
    }

    /// A member that, if present, must be `true` or `false`.
    pub fn optional_bool(&mut self, name: &'static str) -> Result<Option<bool>, InputError> {
        match self.member(name) {
            None => Ok(None),
            Some(Json::Bool(value)) => Ok(Some(*value)),
            Some(other) => Err(InputError::new(
                self.path_of(name),
                other.describe(),
                "true or false",
            )),
        }
    }

    /// A member that, if present, must be a string or `null`; `null` reads as `None`.
    pub fn optional_string_or_null(
        &mut self,
        name: &'static str,
    ) -> Result<Option<String>, InputError> {
        match self.member(name) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::String(text)) => Ok(Some(text.clone())),
            Some(other) => Err(InputError::new(
                self.path_of(name),
                other.describe(),
                "a string or null",
            )),
        }
    }

    /// A member that, if present, must be an object; `read` reads its members, and any it
    /// does not ask for are refused.
    pub fn optional_object<T>(
        &mut self,
        name: &'static str,
        read: impl FnOnce(&mut ObjectReader<'a>) -> Result<T, InputError>,
    ) -> Result<Option<T>, InputError> {
        let Some(value) = self.member(name) else {
            return Ok(None);
        };
        let mut object = ObjectReader::new(value, self.path_of(name))?;
        let out = read(&mut object)?;
        object.finish()?;
        Ok(Some(out))
    }

    /// A member that, if present, must be a list; `read` reads each item, given the item's
    /// path (`attributes[0]`).
    pub fn optional_list<T>(
        &mut self,
        name: &'static str,
        mut read: impl FnMut(&'a Json, &str) -> Result<T, InputError>,
    ) -> Result<Option<Vec<T>>, InputError> {
        let Some(value) = self.member(name) else {
            return Ok(None);
        };
        let path = self.path_of(name);
        match value {
            Json::Array(items) => items
                .iter()
                .enumerate()
                .map(|(index, item)| read(item, &format!("{path}[{index}]")))
                .collect::<Result<Vec<T>, InputError>>()
                .map(Some),
            other => Err(InputError::new(path, other.describe(), "a list")),
        }
    }

    /// Refuses the first member that was not asked for, listing those that were.
    pub fn finish(self) -> Result<(), InputError> {
        match self
            .members
            .iter()
            .find(|(key, _)| !self.asked.iter().any(|asked| asked == key))
        {
            Some((key, _)) => Err(InputError::new(
                self.path_of(key),
                "an unknown field",
                one_of(&self.asked),
            )),
            None => Ok(()),
        }
    }

    fn refused_number(&self, name: &str, number: f64, bounds: &Bounds) -> InputError {
        InputError::new(self.path_of(name), format_number(number), bounds.allowed)
    }
}

fn keywords<T: Keyword>() -> String {
    let names: Vec<&str> = T::KEYWORDS.iter().map(|(name, _)| *name).collect();
    one_of(&names)
}
