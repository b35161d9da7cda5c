//! The widgets' Yew UI, one concern per file. The two widgets, [`Ec2FargateChooser`] and
//! [`EcsEksMatrix`], are the only components and keep all the state, down to the text typed
//! in a number field; everything else is a view function that a widget calls. Each component
//! costs about 1 KB of wasm gzip in Yew's generic machinery, and the widgets are struct
//! components, not function ones, because hooks cost the wasm more again. They take typed
//! props from `core` and never parse raw outside input; usable in any Yew app without the
//! custom elements.

pub mod break_even_chart;
pub mod chooser_answer;
pub mod chooser_questions;
pub mod class_attr;
pub mod comparison_table;
pub mod compute_result;
pub mod controls;
pub mod cost_section;
pub mod cost_settings;
pub mod cost_sides;
pub mod ec2_fargate_chooser;
pub mod ecs_eks_matrix;
pub mod fact_cite;
pub mod form_events;
pub mod labels;
pub mod markdown;
pub mod markup;
pub mod matrix_cells;
pub mod money;
pub mod number_field;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod quadrant_grid;
pub mod score_bars;

pub mod share_bar;
pub mod widget_kind;

pub use chooser_answer::ChooserChange;
pub use ec2_fargate_chooser::{Ec2FargateChooser, Ec2FargateChooserProps};
pub use ecs_eks_matrix::{EcsEksMatrix, EcsEksMatrixProps, MatrixChange};
pub use share_bar::ShareAction;
pub use widget_kind::WidgetKind;

/// The widgets' stylesheet. The custom elements adopt it as a constructable stylesheet (a
/// strict CSP blocks `<style>`); a Yew app includes it however it includes CSS. `build.rs` strips
/// the comments and needless spaces of `src/ui/styles.css` out of it.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/styles.css"));

#[cfg(test)]
mod tests {
    /// How often `needle` occurs in the comments of `css`.
    fn in_comments(css: &str, needle: char) -> usize {
        css.split("/*")
            .skip(1)
            .filter_map(|comment| comment.split("*/").next())
            .map(|comment| comment.matches(needle).count())
            .sum()
    }

    #[test]
    fn the_stylesheet_keeps_every_rule_and_no_comment() {
        let source = include_str!("styles.css");
        assert!(source.contains("/*"), "the source is commented");
        assert!(!super::STYLESHEET.contains("/*"));
        for needle in ['{', '}', ';', '"'] {
            assert_eq!(
                super::STYLESHEET.matches(needle).count(),
                source.matches(needle).count() - in_comments(source, needle),
                "{needle}"
            );
        }
        assert!(super::STYLESHEET.len() < source.len());
        // Quoted text keeps its spaces; selectors keep theirs where they mean something.
        for kept in [
            r#"content:" <" attr(href) ">""#,
            "\"Segoe UI\"",
            ".widget *",
        ] {
            assert!(super::STYLESHEET.contains(kept), "{kept}");
        }
        assert!(!super::STYLESHEET.contains(": "));
        assert!(!super::STYLESHEET.contains(" {"));
    }
}
