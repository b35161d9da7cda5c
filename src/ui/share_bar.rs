//! "Copy link", "Copy as Markdown" and "Download JSON" under a widget's result. The widget
//! builds each payload; the element's loader puts it on the clipboard, in the URL or in a file.

use yew::prelude::*;

use crate::core::i18n::{Lang, Text};
use crate::ui::labels;
use crate::ui::{ChooserChange, MatrixChange};

/// What a reader asked to take away, with the payload ready.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareAction {
    /// The answers as URL state ([`crate::core::share`]), for the page URL and the clipboard.
    CopyLink(String),
    /// The result as a Markdown table and summary, for the clipboard.
    CopyMarkdown(String),
    /// The input and the result, for a JSON file.
    DownloadJson(Download),
}

/// What "Download JSON" saves: a widget's `change` detail.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum Download {
    Chooser(Box<ChooserChange>),
    Matrix(Box<MatrixChange>),
}

/// Which button was pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareKind {
    Link,
    Markdown,
    Json,
}

/// The buttons and the confirmation of the last one pressed. `make` builds the payload of an
/// action when its button is pressed (not on every render); the widget keeps `confirmation`
/// and hears of a new one through `on_confirm`.
///
/// A view function, not a component: each component costs about 1 KB of wasm in Yew's
/// generic machinery, so the one piece of state lives in the widget instead.
pub fn share_bar(
    lang: Lang,
    make: Callback<ShareKind, ShareAction>,
    on_share: &Callback<ShareAction>,
    confirmation: Option<Text>,
    on_confirm: Callback<Text>,
) -> Html {
    let button = |kind: ShareKind, label: Text, confirm: Text| {
        let (make, on_share, on_confirm) = (make.clone(), on_share.clone(), on_confirm.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            on_share.emit(make.emit(kind));
            on_confirm.emit(confirm);
        });
        html! { <button type="button" {onclick}>{ label.get(lang) }</button> }
    };
    html! {
        <div class="share" part="share" role="group" aria-label={labels::SHARE.get(lang)}>
            { button(ShareKind::Link, labels::COPY_LINK, labels::LINK_COPIED) }
            { button(ShareKind::Markdown, labels::COPY_MARKDOWN, labels::MARKDOWN_COPIED) }
            { button(ShareKind::Json, labels::DOWNLOAD_JSON, labels::JSON_SAVED) }
            <p class="meta" role="status">{ confirmation.map(|text| text.get(lang)).unwrap_or_default() }</p>
        </div>
    }
}
