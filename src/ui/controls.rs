//! The widgets' form controls with their labels: a `<select>` and its options, and a
//! checkbox. Every control of the kind goes through one function, so its markup is compiled
//! once, not once per control: Yew's `html!` costs wasm code per element it builds.

use yew::prelude::*;

use crate::ui::class_attr::with_class;

/// An `<option>` of a `<select>`.
pub fn select_option(value: AttrValue, selected: bool, text: AttrValue) -> Html {
    html! { <option {value} {selected}>{ text }</option> }
}

/// `<div class="{class}"><label for="{id}">…</label><select id="{id}">…</select></div>`:
/// a labelled select whose options come from [`select_option`].
pub fn select_field(
    class: &'static str,
    id: AttrValue,
    label: &str,
    options: Vec<Html>,
    onchange: Callback<Event>,
) -> Html {
    // The class through `with_class`: `html!` would build Yew's `Classes` for a class
    // chosen at run time.
    with_class(
        "div",
        Some(class),
        html! {
            <>
                <label for={id.clone()}>{ label }</label>
                <select {id} {onchange}>{ for options }</select>
            </>
        },
    )
}

/// `<div class="check"><input type="checkbox" id="{id}"><label for="{id}">…</label></div>`,
/// with a hint after the label, which the box names as its description, when there is one.
pub fn check_field(
    id: AttrValue,
    label: &str,
    hint: Option<&str>,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    let hint_id = hint.map(|_| format!("{id}-hint"));
    html! {
        <div class="check">
            <input type="checkbox" id={id.clone()} {checked}
                aria-describedby={hint_id.clone()} {onchange} />
            <label for={id}>{ label }</label>
            if let Some(hint) = hint {
                <span class="hint" id={hint_id}>{ hint }</span>
            }
        </div>
    }
}
