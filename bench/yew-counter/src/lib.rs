//! A minimal Yew counter, mounted the same way container-compass mounts its widgets, so the
//! benchmark can report our size and speed relative to the framework's floor.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[function_component(Counter)]
fn counter() -> Html {
    let count = use_state(|| 0_u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(count.saturating_add(1)))
    };
    html! {
        <div class="widget">
            <button {onclick}>{ "+1" }</button>
            <output>{ *count }</output>
        </div>
    }
}

/// Mounts a counter into `root`.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    yew::Renderer::<Counter>::with_root(root).render();
}
