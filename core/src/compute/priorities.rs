//! How much the reader cares about cost, control and simplicity ([`Priorities`]), the
//! weights of the scored reasons.

use serde::{Deserialize, Serialize};

use crate::i18n::Text;

/// How much the reader cares about each side of the trade-off: whole numbers from 0 (does
/// not matter) to 3 (matters most). Each defaults to 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Priorities {
    /// Paying less for the capacity.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub cost: u8,
    /// Choosing and tuning the machines.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub control: u8,
    /// Having less to operate.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub simplicity: u8,
}

impl Default for Priorities {
    fn default() -> Self {
        Priorities {
            cost: 1,
            control: 1,
            simplicity: 1,
        }
    }
}

/// One of the reader's [`Priorities`], by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Priority {
    Cost,
    Control,
    Simplicity,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::Cost, Priority::Control, Priority::Simplicity];

    pub fn name(self) -> Text {
        match self {
            Priority::Cost => Text::new("비용", "cost"),
            Priority::Control => Text::new("제어", "control"),
            Priority::Simplicity => Text::new("단순함", "simplicity"),
        }
    }
}

impl Priorities {
    pub fn get(&self, priority: Priority) -> u8 {
        match priority {
            Priority::Cost => self.cost,
            Priority::Control => self.control,
            Priority::Simplicity => self.simplicity,
        }
    }

    /// A copy with `priority` weighted `weight`.
    pub fn with(mut self, priority: Priority, weight: u8) -> Self {
        match priority {
            Priority::Cost => self.cost = weight,
            Priority::Control => self.control = weight,
            Priority::Simplicity => self.simplicity = weight,
        }
        self
    }
}
