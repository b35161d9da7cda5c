//! Mounting the Yew components into a custom element's shadow root.

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Callback};

use super::boundary::to_json_text;
use crate::core::attributes::{AttributeWarning, ElementEnv};
use crate::ui::{
    Ec2FargateChooser, Ec2FargateChooserProps, EcsEksMatrix, EcsEksMatrixProps, ShareAction,
    WidgetKind,
};

/// The CSS every widget adopts; the loader builds one shared `CSSStyleSheet` from it.
#[wasm_bindgen]
pub fn stylesheet() -> String {
    crate::ui::STYLESHEET.to_string()
}

enum App {
    Chooser(AppHandle<Ec2FargateChooser>),
    Matrix(AppHandle<EcsEksMatrix>),
}

/// A mounted widget. Attribute changes go through [`Widget::update`], which re-renders
/// without remounting.
#[wasm_bindgen]
pub struct Widget {
    app: App,
    events: Events,
    warned: Warned,
    /// Bumped when the widget is given to a new element, so its answers start over.
    generation: u32,
}

/// What a widget needs to talk back to its element.
#[derive(Clone)]
struct Events {
    /// `(type, detail)`: the element dispatches the event, or carries out the share action.
    on_event: js_sys::Function,
}

/// Warnings already printed, so a bad attribute warns once, not on every update.
#[derive(Default)]
struct Warned(Vec<String>);

impl Warned {
    fn print(&mut self, kind: WidgetKind, warnings: Vec<AttributeWarning>) {
        for warning in warnings {
            let message = format!("<{}> {warning}", kind.tag());
            if !self.0.contains(&message) {
                gloo::console::warn!(&message);
                self.0.push(message);
            }
        }
    }
}

impl Events {
    /// A callback that hands a share action to the loader: `copy-link` with the state (the
    /// loader writes it into the URL), `copy-markdown` with the text, `download-json` with
    /// the `change` detail to save.
    fn share(&self) -> Callback<ShareAction> {
        let on_event = self.on_event.clone();
        Callback::from(move |action: ShareAction| {
            let (kind, payload) = match action {
                ShareAction::CopyLink(state) => ("copy-link", Some(state)),
                ShareAction::CopyMarkdown(markdown) => ("copy-markdown", Some(markdown)),
                ShareAction::DownloadJson(answers) => ("download-json", to_json_text(&answers)),
            };
            // A failed conversion or dispatch concerns the host, not the widget.
            if let Some(payload) = payload {
                let _ = on_event.call2(&JsValue::NULL, &kind.into(), &payload.into());
            }
        })
    }

    /// A callback that sends `change` with the value as its detail.
    fn change<T: serde::Serialize + 'static>(&self) -> Callback<T> {
        let on_event = self.on_event.clone();
        Callback::from(move |value: T| {
            // A failed conversion or dispatch concerns the host's listener, not the widget.
            if let Some(detail) = to_json_text(&value) {
                let _ = on_event.call2(&JsValue::NULL, &"change".into(), &detail.into());
            }
        })
    }
}

/// What the loader knows of an element: its attributes, where its language could be
/// inherited from, and its answers from the page URL. Plain strings, as wasm-bindgen passes
/// them: the wasm needs no reader of JS objects for what the loader itself writes.
#[wasm_bindgen]
pub struct Env(ElementEnv);

#[wasm_bindgen]
impl Env {
    /// `attributes` alternates names and values (`["lang", "ko", "theme", "dark"]`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        attributes: Vec<String>,
        inherited_lang: Option<String>,
        browser_lang: Option<String>,
        shared_state: Option<String>,
    ) -> Env {
        let mut names_and_values = attributes.into_iter();
        let mut pairs = Vec::new();
        while let (Some(name), Some(value)) = (names_and_values.next(), names_and_values.next()) {
            pairs.push((name, value));
        }
        Env(ElementEnv {
            attributes: pairs,
            inherited_lang,
            browser_lang,
            shared_state,
        })
    }
}

/// Mounts the widget for the element named `tag` into `root`, configured by `env`. The
/// widget reports changes through `on_event(type, detail)`.
#[wasm_bindgen]
pub fn mount(
    tag: &str,
    root: Element,
    env: &Env,
    on_event: js_sys::Function,
) -> Result<Widget, JsError> {
    let kind = WidgetKind::from_tag(tag)
        .ok_or_else(|| JsError::new(&format!("unknown widget <{tag}>")))?;
    let events = Events { on_event };
    let mut warned = Warned::default();
    let env = &env.0;
    let app = match kind {
        WidgetKind::Ec2FargateChooser => App::Chooser(
            yew::Renderer::<Ec2FargateChooser>::with_root_and_props(
                root,
                chooser_props(env, &events, &mut warned),
            )
            .render(),
        ),
        WidgetKind::EcsEksMatrix => App::Matrix(
            yew::Renderer::<EcsEksMatrix>::with_root_and_props(
                root,
                matrix_props(env, &events, &mut warned),
            )
            .render(),
        ),
    };
    Ok(Widget {
        app,
        events,
        warned,
        generation: 0,
    })
}

#[wasm_bindgen]
impl Widget {
    /// Applies the element's current attributes.
    pub fn update(&mut self, env: &Env) -> Result<(), JsError> {
        let env = &env.0;
        match &mut self.app {
            App::Chooser(handle) => {
                let props = Ec2FargateChooserProps {
                    generation: self.generation,
                    ..chooser_props(env, &self.events, &mut self.warned)
                };
                handle.update(props);
            }
            App::Matrix(handle) => {
                let props = EcsEksMatrixProps {
                    generation: self.generation,
                    ..matrix_props(env, &self.events, &mut self.warned)
                };
                handle.update(props);
            }
        }
        Ok(())
    }

    /// Gives this mounted widget to another element of the same kind: new attributes, a new
    /// event target, and answers that start over. The loader reuses widgets of removed
    /// elements this way, because a Yew app root never frees its event listeners: mounting
    /// anew for every element would grow memory without bound on pages that add and remove
    /// widgets.
    pub fn reuse(&mut self, env: &Env, on_event: js_sys::Function) -> Result<(), JsError> {
        self.events = Events { on_event };
        self.warned = Warned::default();
        self.generation = self.generation.wrapping_add(1);
        self.update(env)
    }

    /// Unmounts the component and frees its state.
    pub fn destroy(self) {
        match self.app {
            App::Chooser(handle) => handle.destroy(),
            App::Matrix(handle) => handle.destroy(),
        }
    }
}

fn chooser_props(env: &ElementEnv, events: &Events, warned: &mut Warned) -> Ec2FargateChooserProps {
    let (common, mut warnings) = env.common_settings();
    let settings = env.chooser_settings(&mut warnings);
    warned.print(WidgetKind::Ec2FargateChooser, warnings);
    Ec2FargateChooserProps {
        lang: common.lang,
        theme: common.theme,
        preset: settings.profile,
        compact: settings.compact,
        cost: settings.cost,
        on_change: events.change(),
        on_share: events.share(),
        generation: 0,
        staged: true,
    }
}

fn matrix_props(env: &ElementEnv, events: &Events, warned: &mut Warned) -> EcsEksMatrixProps {
    let (common, mut warnings) = env.common_settings();
    let settings = env.matrix_settings(&mut warnings);
    warned.print(WidgetKind::EcsEksMatrix, warnings);
    EcsEksMatrixProps {
        lang: common.lang,
        theme: common.theme,
        preset: settings.input,
        view: settings.view,
        on_change: events.change(),
        on_share: events.share(),
        generation: 0,
    }
}
