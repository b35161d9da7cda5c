//! `<ec2-fargate-chooser>`'s attributes: the answers it opens with and its cost settings.

use super::{
    is_iso_date, list_items, lookup, warning, weighted_list, ChooserSettings, LOAD_PATTERNS,
    NEEDS_ALLOWED, NEED_NAMES, OPS_CAPACITIES, ORCHESTRATORS, PRIORITIES_ALLOWED, PRIORITY_NAMES,
};
use crate::attributes::{AttributeWarning, ElementEnv};
use crate::compute::{
    Orchestrator, WorkloadProfile, EPHEMERAL_STORAGE_GIB, MEMORY_GIB, REPLICAS, VCPU,
};
use crate::cost::input::{DAEMONSET_GIB, DAEMONSET_VCPU};
use crate::cost::load::{OFF_PEAK_REPLICAS, PEAK_HOURS_PER_DAY};
use crate::cost::{
    CostSettings, Currency, ExchangeRate, PriceSettings, Region, HOURS_PER_MONTH, INSTANCE_TYPES,
    KRW_PER_USD, SAVINGS_PLAN_DISCOUNT,
};
use crate::presets::COMMITMENTS;
use crate::share;

impl ElementEnv {
    /// Reads `<ec2-fargate-chooser>`'s attributes: the answers (see
    /// `ElementEnv::chooser_answers`), `compact`, and the cost section's (see
    /// [`ElementEnv::cost_settings`]). The answers and price settings in the page URL
    /// replace the attributes' (a state of version 2 holds answers only).
    pub fn chooser_settings(&self, warnings: &mut Vec<AttributeWarning>) -> ChooserSettings {
        let mut profile = self.chooser_answers(warnings);
        let mut cost = self.cost_settings(warnings);
        if let Some(state) = self.shared_env(share::CHOOSER_STATE, warnings) {
            let mut inner = Vec::new();
            profile = state.chooser_answers(&mut inner);
            state.price_settings(&mut cost.price, &mut inner);
            super::url_warnings(inner, warnings);
        }
        ChooserSettings {
            profile,
            compact: self.flag("compact"),
            cost,
        }
    }

    /// The answers among the attributes (or in a shared state's pairs): `orchestrator`,
    /// `needs`, `vcpu`, `memory`, `replicas`, `storage`, `load`, `peak-hours`,
    /// `off-peak-replicas`, `startup-sensitive`, `ops`, `priorities`, `agent-vcpu`,
    /// `agent-memory`.
    pub(crate) fn chooser_answers(&self, warnings: &mut Vec<AttributeWarning>) -> WorkloadProfile {
        let orchestrator = self
            .choice(
                "orchestrator",
                &ORCHESTRATORS,
                "\"eks\" or \"ecs\"",
                warnings,
            )
            .unwrap_or(Orchestrator::Eks);
        let mut profile = WorkloadProfile::new(orchestrator);
        if let Some(value) = self.attribute("needs") {
            for name in list_items(value) {
                match lookup(&NEED_NAMES, name) {
                    Some(need) => profile.needs = profile.needs.with(need, true),
                    None => warnings.push(warning("needs", name, NEEDS_ALLOWED)),
                }
            }
        }
        if let Some(vcpu) = self.number("vcpu", &VCPU, warnings) {
            profile.vcpu = vcpu;
        }
        if let Some(memory) = self.number("memory", &MEMORY_GIB, warnings) {
            profile.memory_gib = memory;
        }
        if let Some(replicas) = self.whole_number("replicas", &REPLICAS, warnings) {
            profile.replicas = replicas;
        }
        if let Some(storage) = self.number("storage", &EPHEMERAL_STORAGE_GIB, warnings) {
            profile.ephemeral_storage_gib = storage;
        }
        let load = self.choice(
            "load",
            &LOAD_PATTERNS,
            "\"steady\", \"bursty\" or \"scheduled\"",
            warnings,
        );
        // The pattern's own shape for the replicas, then the author's numbers over it.
        profile = profile.with_load_pattern(load.unwrap_or_default());
        if let Some(hours) = self.number("peak-hours", &PEAK_HOURS_PER_DAY, warnings) {
            profile.peak_hours_per_day = Some(hours);
        }
        if let Some(off_peak) = self.whole_number("off-peak-replicas", &OFF_PEAK_REPLICAS, warnings)
        {
            if off_peak <= profile.replicas {
                profile.off_peak_replicas = Some(off_peak);
            } else {
                warnings.push(warning(
                    "off-peak-replicas",
                    &off_peak.to_string(),
                    "a whole number from 0 to the replicas at the peak",
                ));
            }
        }
        profile.startup_sensitive = self.flag("startup-sensitive");
        if let Some(ops) = self.choice(
            "ops",
            &OPS_CAPACITIES,
            "\"none\", \"some\" or \"dedicated\"",
            warnings,
        ) {
            profile.ops_capacity = ops;
        }
        if let Some(value) = self.attribute("priorities") {
            for (priority, weight) in weighted_list(
                "priorities",
                value,
                &PRIORITY_NAMES,
                PRIORITIES_ALLOWED,
                warnings,
            ) {
                profile.priorities = profile.priorities.with(priority, weight);
            }
        }
        if let Some(vcpu) = self.number("agent-vcpu", &DAEMONSET_VCPU, warnings) {
            profile.agent_vcpu = vcpu;
        }
        if let Some(gib) = self.number("agent-memory", &DAEMONSET_GIB, warnings) {
            profile.agent_gib = gib;
        }
        profile
    }

    /// Reads the chooser's cost attributes: the price settings (see
    /// `ElementEnv::price_settings`), `currency`, `exchange-rate` and `exchange-rate-date`.
    pub fn cost_settings(&self, warnings: &mut Vec<AttributeWarning>) -> CostSettings {
        let mut cost = CostSettings::default();
        self.price_settings(&mut cost.price, warnings);
        if let Some(currency) = self.choice(
            "currency",
            &[("usd", Currency::Usd), ("krw", Currency::Krw)],
            "\"usd\" or \"krw\"",
            warnings,
        ) {
            cost.currency = currency;
        }
        if let Some(rate) = self.number("exchange-rate", &KRW_PER_USD, warnings) {
            let date = self
                .attribute("exchange-rate-date")
                .unwrap_or_default()
                .trim();
            let date = if is_iso_date(date) {
                date.to_string()
            } else {
                if !date.is_empty() {
                    warnings.push(warning(
                        "exchange-rate-date",
                        date,
                        "a date written YYYY-MM-DD",
                    ));
                }
                String::new()
            };
            cost.exchange_rate = ExchangeRate {
                krw_per_usd: rate,
                date: date.into(),
                assumption: false,
            };
        }
        cost
    }

    /// Sets in `price` the price settings among the attributes (or in a shared state's
    /// pairs): `region`, `instance-type`, `hours`, `commitment`, `savings-plan-discount`.
    pub(crate) fn price_settings(
        &self,
        price: &mut PriceSettings,
        warnings: &mut Vec<AttributeWarning>,
    ) {
        if let Some(region) = self.choice(
            "region",
            &[
                ("us-east-1", Region::UsEast1),
                ("ap-northeast-2", Region::ApNortheast2),
            ],
            "\"us-east-1\" or \"ap-northeast-2\"",
            warnings,
        ) {
            price.region = region;
        }
        // Empty: the cheapest type that fits (what a link says when the reader chose it).
        if let Some(name) = self.attribute("instance-type") {
            match INSTANCE_TYPES
                .iter()
                .find(|instance| instance.name.eq_ignore_ascii_case(name.trim()))
            {
                Some(instance) => price.instance_type = Some(instance.name.to_string()),
                None if name.trim().is_empty() => price.instance_type = None,
                None => warnings.push(warning(
                    "instance-type",
                    name,
                    "an instance type of the price list, like \"m6i.large\" (see the README)",
                )),
            }
        }
        if let Some(hours) = self.number("hours", &HOURS_PER_MONTH, warnings) {
            price.hours_per_month = hours;
        }
        if let Some(commitment) = self.choice(
            "commitment",
            &COMMITMENTS,
            "\"none\", \"compute-1y\", \"compute-3y\", \"ec2-instance-1y\" or \"ec2-instance-3y\"",
            warnings,
        ) {
            price.commitment = commitment;
        }
        if let Some(discount) =
            self.number("savings-plan-discount", &SAVINGS_PLAN_DISCOUNT, warnings)
        {
            price.savings_plan_discount = Some(discount);
        }
    }
}
