//! The cost section's settings: Region, instance type, hours, the node agents' size,
//! currency, and the Savings Plan commitment with its discount. Each control hands a new
//! [`CostSettings`] to the chooser, which prices the result card and the cost section with
//! the same one.

use yew::prelude::*;

use crate::core::cost::savings_plans::{default_discount, Usage, SAVINGS_PLAN_DISCOUNT};
use crate::core::cost::{
    percent, Arch, Commitment, CostSettings, Currency, Region, HOURS_PER_MONTH, INSTANCE_TYPES,
};
use crate::core::i18n::Text;
use crate::core::input::Bounds;
use crate::core::number::format_number;
use crate::core::presets::COMMITMENTS;
use crate::core::words::join;
use crate::ui::chooser_questions::AGENT_FIELDS;
use crate::ui::controls::{select_field, select_option};
use crate::ui::cost_section::CostSection;
use crate::ui::fact_cite::fact_cite;
use crate::ui::form_events::selected_value;
use crate::ui::labels;
use crate::ui::number_field::NumberField;

/// The id of the hours field, by which the chooser keeps what was typed in it.
pub const HOURS_FIELD: &str = "cost-hours";
/// The id of the Savings Plan discount field, likewise.
pub const DISCOUNT_FIELD: &str = "cost-sp-discount";

/// The discount field's bounds: `savingsPlanDiscount`'s, in percent.
pub const DISCOUNT_PERCENT: Bounds = Bounds {
    min: 0.0,
    min_exclusive: false,
    max: SAVINGS_PLAN_DISCOUNT.max * 100.0,
    whole: false,
    allowed: "",
};

/// A discount (a fraction off) as the field shows it, in percent to a hundredth: `0.3` is
/// `30`, not `30.000000000000004`.
pub fn as_percent(fraction: f64) -> f64 {
    (fraction * 10_000.0).round() / 100.0
}

fn region_name(region: Region) -> Text {
    match region {
        Region::UsEast1 => Text::new("버지니아 북부", "N. Virginia"),
        Region::ApNortheast2 => Text::new("서울", "Seoul"),
    }
}

/// The rates `commitment` takes off the usage it covers, `EC2 27%, Fargate 20%`: the
/// reader's `discount` where given, else the plan's assumed defaults.
pub fn plan_rates(commitment: Commitment, discount: Option<f64>) -> String {
    let rates: Vec<String> = [(Usage::Ec2, "EC2"), (Usage::Fargate, "Fargate")]
        .into_iter()
        .filter_map(|(usage, name)| {
            let rate = default_discount(commitment, usage)?;
            Some(format!("{name} {}", percent(discount.unwrap_or(rate))))
        })
        .collect();
    join(&rates, ", ")
}

impl CostSection<'_> {
    /// The settings' fieldset.
    pub(crate) fn settings_fields(&self) -> Html {
        let lang = self.lang;
        let settings = self.settings;
        let price = &settings.price;
        let profile = self.profile;
        let edit = |apply: fn(&mut CostSettings, String)| {
            let (settings, on_change) = (settings.clone(), self.on_change.clone());
            Callback::from(move |event: Event| {
                let mut next = settings.clone();
                apply(&mut next, selected_value(&event).unwrap_or_default());
                on_change.emit(next);
            })
        };
        // A new number for a field: `apply` sets it (`None`: the field was emptied).
        let set = |apply: fn(&mut CostSettings, Option<f64>)| {
            let (settings, on_change) = (settings.clone(), self.on_change.clone());
            Callback::from(move |number: Option<f64>| {
                let mut next = settings.clone();
                apply(&mut next, number);
                on_change.emit(next);
            })
        };
        let on_hours = set(|next, hours| {
            next.price.hours_per_month = hours.unwrap_or(next.price.hours_per_month)
        });
        let on_discount = set(|next, discount| {
            next.price.savings_plan_discount = discount.map(|percent| percent / 100.0)
        });
        let discount_field = (price.commitment != Commitment::None).then(|| {
            html! {
                <div class="discount">
                    { NumberField {
                        id: DISCOUNT_FIELD,
                        label: labels::SP_DISCOUNT,
                        lang,
                        value: price.savings_plan_discount.map(as_percent),
                        bounds: DISCOUNT_PERCENT,
                        step: "any",
                        typed: self.typed,
                        on_typed: self.on_typed,
                        on_change: on_discount.reform(Some),
                        on_clear: Some(on_discount.reform(|()| None)),
                    }.view() }
                    <p class="hint">
                        { format!("{}: {}. ", labels::SP_DEFAULT.get(lang), plan_rates(price.commitment, None)) }
                        { fact_cite(crate::core::cost::savings_plans::MODEL_FACT, lang) }
                    </p>
                </div>
            }
        });
        html! {
            <fieldset class="group cost-settings">
                <legend>{ labels::COST_SETTINGS.get(lang) }</legend>
                { select_field("field", "cost-region".into(), labels::REGION.get(lang),
                    Region::ALL.into_iter().map(|region| select_option(
                        region.code().into(), region == price.region,
                        format!("{} ({})", region.code(), region_name(region).get(lang)).into())).collect(),
                    edit(|next, value| {
                        next.price.region = if value == "ap-northeast-2" { Region::ApNortheast2 } else { Region::UsEast1 };
                    })) }
                { select_field("field", "cost-instance".into(), labels::INSTANCE_TYPE.get(lang),
                    std::iter::once(select_option("".into(), price.instance_type.is_none(), labels::CHEAPEST.get(lang).into()))
                        .chain(INSTANCE_TYPES.iter().filter(|instance| (instance.arch == Arch::Arm) == profile.needs.arm).map(|instance| select_option(
                            instance.name.into(), price.instance_type.as_deref() == Some(instance.name),
                            format!("{} · {} vCPU · {} GiB", instance.name, instance.vcpu, format_number(instance.memory_gib)).into())))
                        .collect(),
                    edit(|next, value| {
                        next.price.instance_type = INSTANCE_TYPES.iter().find(|i| i.name == value).map(|i| i.name.to_string());
                    })) }
                { NumberField {
                    id: HOURS_FIELD,
                    label: labels::HOURS,
                    lang,
                    value: Some(price.hours_per_month),
                    bounds: HOURS_PER_MONTH,
                    step: "any",
                    typed: self.typed,
                    on_typed: self.on_typed,
                    on_change: on_hours.reform(Some),
                    on_clear: None,
                }.view() }
                if profile.needs.daemonsets {
                    { for AGENT_FIELDS.iter().map(|field| field.view(profile, field.bounds,
                        lang, self.typed, self.on_typed, self.on_profile)) }
                }
                { select_field("field", "cost-commitment".into(), labels::COMMITMENT.get(lang),
                    COMMITMENTS.iter().map(|(name, commitment)| select_option(
                        (*name).into(), *commitment == price.commitment,
                        labels::commitment(*commitment).get(lang).into())).collect(),
                    edit(|next, value| {
                        if let Some((_, commitment)) = COMMITMENTS.iter().find(|(name, _)| *name == value) {
                            next.price.commitment = *commitment;
                        }
                    })) }
                { select_field("field", "cost-currency".into(), labels::CURRENCY.get(lang),
                    Currency::ALL.into_iter().map(|currency| select_option(
                        currency.code().into(), currency == settings.currency, currency.code().into())).collect(),
                    edit(|next, value| {
                        next.currency = if value == "KRW" { Currency::Krw } else { Currency::Usd };
                    })) }
                { for discount_field }
            </fieldset>
        }
    }
}
