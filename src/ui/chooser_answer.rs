//! The chooser's answer: the workload priced and the recommendation that prices it the same
//! way, what the `change` event carries, and the answer's column (the result card and the
//! share bar).

use yew::prelude::*;

use std::rc::Rc;

use crate::core::compute::{recommend_priced, ComputeRecommendation, WorkloadProfile};
use crate::core::cost::{CostEstimate, CostSettings, WorkloadCost};
use crate::core::i18n::{Lang, Text};
use crate::core::share;
use crate::ui::compute_result::compute_result;
use crate::ui::markdown::chooser_markdown;
use crate::ui::share_bar::{share_bar, Download, ShareAction, ShareKind};

/// What the `change` event carries: the answers, the recommendation and the cost.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChooserChange {
    /// Every answer, with the defaults filled in.
    #[cfg_attr(feature = "ts", ts(type = "Required<WorkloadProfile>"))]
    pub profile: WorkloadProfile,
    pub recommendation: ComputeRecommendation,
    pub cost_settings: CostSettings,
    pub cost: CostEstimate,
}

/// The workload priced, and the recommendation that prices it the same way.
pub type Priced = (Rc<WorkloadCost>, Rc<ComputeRecommendation>);

/// The workload priced under `settings`, and the recommendation that prices it the same way.
pub fn priced(profile: &WorkloadProfile, settings: &CostSettings) -> Priced {
    let cost = WorkloadCost::new(profile, &settings.price);
    let recommendation = recommend_priced(profile, &cost);
    (Rc::new(cost), Rc::new(recommendation))
}

/// The answer's column: the result card, and the share bar with what it confirms.
///
/// Rendered by [`AnswerColumn::view`], not a component: the chooser keeps the state.
pub struct AnswerColumn<'a> {
    pub profile: &'a WorkloadProfile,
    pub settings: &'a CostSettings,
    pub cost: &'a Rc<WorkloadCost>,
    pub result: &'a Rc<ComputeRecommendation>,
    pub lang: Lang,
    /// What the share bar confirms: the last thing the reader took away.
    pub shared: Option<Text>,
    pub on_share: &'a Callback<ShareAction>,
    pub on_shared: Callback<Text>,
}

impl AnswerColumn<'_> {
    /// The column's markup. Not inlined into the chooser's view: the browser compiles wasm a
    /// function at a time on its first call, so a staged first render compiles this with
    /// the answer's part.
    #[inline(never)]
    pub fn view(&self) -> Html {
        let lang = self.lang;
        let make_share = {
            let (profile, result, settings, cost) = (
                self.profile.clone(),
                self.result.clone(),
                self.settings.clone(),
                self.cost.clone(),
            );
            Callback::from(move |kind: ShareKind| match kind {
                ShareKind::Link => {
                    ShareAction::CopyLink(share::encode_chooser(&profile, &settings.price))
                }
                ShareKind::Markdown => ShareAction::CopyMarkdown(chooser_markdown(
                    &profile,
                    &result,
                    &cost.estimate,
                    &settings.price,
                    lang,
                )),
                ShareKind::Json => {
                    ShareAction::DownloadJson(Download::Chooser(Box::new(ChooserChange {
                        profile: profile.clone(),
                        recommendation: (*result).clone(),
                        cost_settings: settings.clone(),
                        cost: cost.estimate.clone(),
                    })))
                }
            })
        };
        html! {
            <div class="result-column">
                { compute_result(self.result, self.settings, lang) }
                { share_bar(lang, make_share, self.on_share, self.shared, self.on_shared.clone()) }
            </div>
        }
    }
}
