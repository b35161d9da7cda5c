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

/// The field, holding the text as typed. A struct component rather than a function one, like
/// the widgets: hooks would cost the wasm Yew's hook code, compiled again for every state and
/// effect type.
pub struct NumberField {
    text: String,
}

impl Component for NumberField {
    /// The text just typed.
    type Message = String;
    type Properties = NumberFieldProps;

    fn create(ctx: &Context<Self>) -> Self {
        NumberField {
            text: show_number(ctx.props().value),
        }
    }

    fn update(&mut self, _ctx: &Context<Self>, typed: String) -> bool {
        self.text = typed;
        true
    }

    fn changed(&mut self, ctx: &Context<Self>, old: &NumberFieldProps) -> bool {
        // A new value from outside (a preset) replaces what was typed, unless they agree.
        let props = ctx.props();
        if props.value.to_bits() != old.value.to_bits()
            && read_number(&self.text, &props.bounds) != Some(props.value)
        {
            self.text = show_number(props.value);
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let oninput = {
            let (bounds, on_change, link) =
                (props.bounds, props.on_change.clone(), ctx.link().clone());
            Callback::from(move |event: InputEvent| {
                let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                    return;
                };
                let typed = input.value();
                // Reported at once, in the input event, not after the re-render.
                if let Some(number) = read_number(&typed, &bounds) {
                    on_change.emit(number);
                }
                link.send_message(typed);
            })
        };
        let valid = read_number(&self.text, &props.bounds).is_some();
        let error_id = format!("{}-error", props.id);
        html! {
            <div class="field">
                <label for={props.id.clone()}>{ props.label.get(props.lang) }</label>
                <input id={props.id.clone()} type="text" inputmode="decimal" value={self.text.clone()}
                    aria-invalid={(!valid).then_some("true")}
                    aria-describedby={(!valid).then(|| error_id.clone())}
                    step={props.step.clone()} {oninput} />
                if !valid {
                    <p class="error" id={error_id}>{ allowed(&props.bounds, props.lang) }</p>
                }
            </div>
        }
    }
}
