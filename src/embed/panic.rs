//! What happens when Rust panics anyway. With `panic = "abort"` the wasm instance is done for:
//! Yew's scheduler stays locked and no widget of this instance renders again. The hook tells
//! the JS loader, which puts every element back to its fallback content and fires `error`,
//! so readers see the static comparison and the host page carries on.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

thread_local! {
    /// The loader's handler. A thread-local because the panic hook must be `Send + Sync`,
    /// which a JS function is not; the wasm runs on one thread.
    static HANDLER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Installs the panic hook; `handler(message)` is called once per panic. Through Yew, which
/// would otherwise install its own console-only hook on the first render.
#[wasm_bindgen(js_name = setPanicHandler)]
pub fn set_panic_handler(handler: js_sys::Function) {
    HANDLER.with(|slot| *slot.borrow_mut() = Some(handler));
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        HANDLER.with(|slot| {
            // A re-entrant panic finds the slot borrowed; the first report is the one to keep.
            if let Ok(slot) = slot.try_borrow() {
                if let Some(handler) = slot.as_ref() {
                    let _ = handler.call1(&JsValue::NULL, &JsValue::from_str(&message));
                }
            }
        });
    }));
}

/// Panics on purpose, so the end-to-end tests can check what readers see after a panic. Not
/// part of the API.
#[wasm_bindgen(js_name = __ccPanicForTests)]
#[allow(clippy::panic)]
pub fn panic_for_tests() {
    panic!("panic requested by a test");
}
