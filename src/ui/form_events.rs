//! What a form control's event says: the value of a `<select>`, whether a checkbox is checked.
//! Shared by every component with controls, so each reads events the same way.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The chosen value of the `<select>` behind `event`, if it is one.
pub fn selected_value(event: &Event) -> Option<String> {
    event
        .target_dyn_into::<HtmlSelectElement>()
        .map(|select| select.value())
}

/// Whether the checkbox or radio behind `event` is checked.
pub fn checked(event: &Event) -> bool {
    event
        .target_dyn_into::<HtmlInputElement>()
        .is_some_and(|input| input.checked())
}
