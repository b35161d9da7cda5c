//! The only `wasm-bindgen` surface. The custom-element classes live in JS (`www/`), because
//! wasm-bindgen cannot extend `HTMLElement`; they call [`mount`] with a node inside their
//! shadow root and forward attribute changes to [`Widget::update`].

mod api;
mod mount;
mod panic;

pub use api::{catalog, compare_orchestrators, recommend_compute};
pub use mount::{mount, stylesheet, Widget};
pub use panic::{panic_for_tests, set_panic_handler};
