//! A labelled number input that checks what is typed and says what is allowed.
//!
//! A view function, not a component: each component costs about 1 KB of wasm in Yew's
//! generic machinery. Its one piece of state, the text as typed, is kept by the widget in a
//! [`TypedTexts`].

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::form::{read_number, show_number};
use crate::core::i18n::{Lang, Text};
use crate::core::input::Bounds;

/// What a reader typed into a widget's number fields, by field id. A field shows its typed
/// text, valid or not, until its number changes to one the text does not read as, or the
/// field is hidden; then it shows the number.
#[derive(Default)]
pub struct TypedTexts(Vec<(&'static str, String)>);

impl TypedTexts {
    /// What was typed in field `id`, if it is still shown.
    fn get(&self, id: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(field, _)| *field == id)
            .map(|(_, text)| text.as_str())
    }

    /// Keeps `text` as typed in field `id`.
    pub fn set(&mut self, id: &'static str, text: String) {
        self.forget(id);
        self.0.push((id, text));
    }

    /// Field `id`'s number changed from `old` to `new`. A new number from outside (a preset)
    /// replaces what was typed, unless they agree (the reader typed it to get that number).
    pub fn follow(&mut self, id: &str, bounds: &Bounds, old: f64, new: f64) {
        if old.to_bits() != new.to_bits()
            && self
                .get(id)
                .is_some_and(|text| read_number(text, bounds) != Some(new))
        {
            self.forget(id);
        }
    }

    /// Forgets what was typed in field `id`, because it is hidden: shown again, it starts from
    /// its number.
    pub fn forget(&mut self, id: &str) {
        self.0.retain(|(field, _)| *field != id);
    }
}

/// One number field: its widget renders it with [`NumberField::view`].
pub struct NumberField<'a> {
    /// Unique within the widget; the error message's id derives from it.
    pub id: &'static str,
    pub label: Text,
    pub lang: Lang,
    /// The widget's number, shown unless `typed` holds text for this field; `None` shows
    /// the field blank.
    pub value: Option<f64>,
    pub bounds: Bounds,
    /// `any`, or `1` for a whole number.
    pub step: &'static str,
    pub typed: &'a TypedTexts,
    /// Hears each text typed, with the field's id, for the widget to keep in `typed`.
    pub on_typed: &'a Callback<(&'static str, String)>,
    /// Called with each valid number; invalid text stays in the field with a message.
    pub on_change: Callback<f64>,
    /// For a field that may be left blank (to mean a default): called when it is emptied.
    /// Without it, a blank field is invalid.
    pub on_clear: Option<Callback<()>>,
}

/// What is allowed, in the reader's language.
fn allowed(bounds: &Bounds, lang: Lang) -> String {
    let (min, max) = (show_number(bounds.min), show_number(bounds.max));
    match (lang, bounds.whole, bounds.min_exclusive) {
        (Lang::Ko, true, _) => format!("{min}부터 {max}까지의 정수를 입력하세요."),
        (Lang::Ko, false, true) => format!("{min}보다 크고 {max} 이하인 수를 입력하세요."),
        (Lang::Ko, false, false) => format!("{min}부터 {max}까지의 수를 입력하세요."),
        (Lang::En, true, _) => format!("Enter a whole number from {min} to {max}."),
        (Lang::En, false, true) => format!("Enter a number above {min}, up to {max}."),
        (Lang::En, false, false) => format!("Enter a number from {min} to {max}."),
    }
}

/// Whether `text` is a blank field.
fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

impl NumberField<'_> {
    /// The field's markup.
    pub fn view(self) -> Html {
        let NumberField {
            id,
            label,
            lang,
            value,
            bounds,
            step,
            typed,
            on_typed,
            on_change,
            on_clear,
        } = self;
        let text = typed
            .get(id)
            .map(str::to_string)
            .or_else(|| value.map(show_number))
            .unwrap_or_default();
        let blank_allowed = on_clear.is_some();
        let oninput = {
            let on_typed = on_typed.clone();
            Callback::from(move |event: InputEvent| {
                let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                    return;
                };
                let typed = input.value();
                // Kept first, so the widget holds the text when the number arrives and the
                // two agree.
                let number = read_number(&typed, &bounds);
                let cleared = number.is_none() && blank(&typed);
                on_typed.emit((id, typed));
                // Reported at once, in the input event, not after the re-render.
                if let Some(number) = number {
                    on_change.emit(number);
                } else if let Some(on_clear) = on_clear.as_ref().filter(|_| cleared) {
                    on_clear.emit(());
                }
            })
        };
        let valid = read_number(&text, &bounds).is_some() || (blank_allowed && blank(&text));
        let error_id = format!("{id}-error");
        html! {
            <div class="field">
                <label for={id}>{ label.get(lang) }</label>
                <input {id} type="text" inputmode="decimal" value={text}
                    aria-invalid={(!valid).then_some("true")}
                    aria-describedby={(!valid).then(|| error_id.clone())}
                    {step} {oninput} />
                if !valid {
                    <p class="error" id={error_id}>{ allowed(&bounds, lang) }</p>
                }
            </div>
        }
    }
}
