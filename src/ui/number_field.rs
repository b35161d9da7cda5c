//! A labelled number input that checks what is typed and says what is allowed.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::form::{read_number, show_number};
use crate::core::i18n::{Lang, Text};
use crate::core::input::Bounds;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Unique within the widget; the error message's id derives from it.
    pub id: AttrValue,
    pub label: Text,
    pub lang: Lang,
    pub value: f64,
    pub bounds: Bounds,
    #[prop_or(AttrValue::Static("any"))]
    pub step: AttrValue,
    /// Called with each valid number; invalid text stays in the field with a message.
    pub on_change: Callback<f64>,
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

#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let text = use_state(|| show_number(props.value));
    // A new value from outside (a preset) replaces what was typed, unless they agree.
    {
        let text = text.clone();
        let bounds = props.bounds;
        use_effect_with(props.value.to_bits(), move |bits| {
            let value = f64::from_bits(*bits);
            if read_number(&text, &bounds) != Some(value) {
                text.set(show_number(value));
            }
        });
    }
    let oninput = {
        let (text, bounds, on_change) = (text.clone(), props.bounds, props.on_change.clone());
        Callback::from(move |event: InputEvent| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let typed = input.value();
            if let Some(number) = read_number(&typed, &bounds) {
                on_change.emit(number);
            }
            text.set(typed);
        })
    };
    let valid = read_number(&text, &props.bounds).is_some();
    let error_id = format!("{}-error", props.id);
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.get(props.lang) }</label>
            <input id={props.id.clone()} type="text" inputmode="decimal" value={(*text).clone()}
                aria-invalid={(!valid).then_some("true")}
                aria-describedby={(!valid).then(|| error_id.clone())}
                step={props.step.clone()} {oninput} />
            if !valid {
                <p class="error" id={error_id}>{ allowed(&props.bounds, props.lang) }</p>
            }
        </div>
    }
}
