//! Static HTML for each widget, rendered natively by Yew's server renderer. `cargo xtask
//! dist` ships it as the fallback a page pastes inside the element: readers without
//! JavaScript, and pages where the wasm fails to load, see the seed's comparison instead of
//! nothing. It is never hydrated (a mismatch would panic): the live widget renders into the
//! shadow root, which hides it. A form would be useless without JavaScript, so the fallback
//! is the comparison table, not the widget's default state.

use yew::prelude::*;
use yew::ServerRenderer;

use crate::core::comparison::{Comparison, COMPUTE, ORCHESTRATOR};
use crate::core::i18n::{Lang, Text};
use crate::ui::comparison_table::comparison_table;
use crate::ui::WidgetKind;

const NEEDS_JS: Text = Text::new(
    "질문에 답하면 추천을 보여 주는 대화형 버전은 JavaScript가 켜져 있어야 합니다.",
    "The interactive version, which answers your questions, needs JavaScript.",
);

#[derive(Properties, PartialEq)]
struct FallbackProps {
    comparison: &'static Comparison,
    lang: Lang,
}

#[function_component(Fallback)]
fn fallback(props: &FallbackProps) -> Html {
    html! {
        <div class="cc-fallback" lang={props.lang.code()}>
            { comparison_table(props.comparison, props.lang) }
            <p><small>{ NEEDS_JS.get(props.lang) }</small></p>
        </div>
    }
}

/// The fallback markup of `kind` in `lang`.
pub fn fallback_html(kind: WidgetKind, lang: Lang) -> String {
    let comparison: &'static Comparison = match kind {
        WidgetKind::Ec2FargateChooser => &COMPUTE,
        WidgetKind::EcsEksMatrix => &ORCHESTRATOR,
    };
    futures::executor::block_on(
        ServerRenderer::<Fallback>::with_props(move || FallbackProps { comparison, lang })
            .hydratable(false)
            .render(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallbacks_hold_the_static_comparison_in_their_language() {
        let ko = fallback_html(WidgetKind::EcsEksMatrix, Lang::Ko);
        assert!(ko.contains("학습 곡선"), "{ko}");
        assert!(ko.contains(r#"lang="ko""#));
        let en = fallback_html(WidgetKind::Ec2FargateChooser, Lang::En);
        assert!(en.contains("<caption>EC2 node groups compared with AWS Fargate</caption>"));
        assert!(!en.contains("<!--"), "not hydratable: no markers");
    }
}
