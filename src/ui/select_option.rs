//! The options of every `<select>` in the widgets.

use yew::prelude::*;

/// An `<option>` of a `<select>`. Every select's options go through it, so the markup is
/// compiled once rather than once per select.
pub fn select_option(value: AttrValue, selected: bool, text: AttrValue) -> Html {
    html! { <option {value} {selected}>{ text }</option> }
}
