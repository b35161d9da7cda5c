//! How many pods or tasks run when: the load's shape over a day, and the capacity-hours a
//! month of it costs.
//!
//! A day has `peak_hours_per_day` at the peak, with `replicas` running, and the rest of it
//! with `off_peak_replicas`. Both sides scale with the load: Fargate runs the tasks or pods
//! that run, and EC2 runs the nodes they need at each level. What was added for the peak
//! keeps running [`SCALE_IN_LAG_HOURS`] past it, an assumption (fact `cost.scale-in`): the
//! Cluster Autoscaler waits 10 minutes before it removes an unneeded node, and Kubernetes
//! waits 5 before it scales pods in, by default.

use crate::compute::REPLICAS;
use crate::error::InputError;
use crate::input::Bounds;

/// The hours of a day: a load at its peak this long is steady.
pub const ALL_DAY: f64 = 24.0;

/// How long capacity added for the peak keeps running after it, in hours: an assumption.
pub const SCALE_IN_LAG_HOURS: f64 = 0.25;

/// The catalog fact that states the scale-in assumption.
pub const SCALE_IN_FACT: &str = "cost.scale-in";

/// Bounds of `peakHoursPerDay`.
pub const PEAK_HOURS_PER_DAY: Bounds = Bounds {
    min: 0.0,
    min_exclusive: true,
    max: ALL_DAY,
    whole: false,
    allowed: "a number greater than 0 and at most 24",
};

/// Bounds of `offPeakReplicas`, before it is held to at most `replicas`.
pub const OFF_PEAK_REPLICAS: Bounds = Bounds {
    min: 0.0,
    min_exclusive: false,
    max: REPLICAS.max,
    whole: true,
    allowed: "a whole number from 0 to 10000",
};

/// The load over a day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LoadShape {
    /// How many run at the peak.
    pub replicas: u32,
    /// How many hours a day the peak lasts; 24 for a steady load.
    pub peak_hours_per_day: f64,
    /// How many run the rest of the day, at most `replicas`.
    pub off_peak_replicas: u32,
}

impl LoadShape {
    /// `replicas` around the clock.
    pub fn steady(replicas: u32) -> Self {
        LoadShape {
            replicas,
            peak_hours_per_day: ALL_DAY,
            off_peak_replicas: replicas,
        }
    }

    /// Checks each number, and that the off-peak count is not above the peak's.
    pub fn validate(&self) -> Result<(), InputError> {
        REPLICAS.check("replicas", f64::from(self.replicas))?;
        PEAK_HOURS_PER_DAY.check("peakHoursPerDay", self.peak_hours_per_day)?;
        OFF_PEAK_REPLICAS.check("offPeakReplicas", f64::from(self.off_peak_replicas))?;
        if self.off_peak_replicas > self.replicas {
            return Err(InputError::new(
                "offPeakReplicas",
                self.off_peak_replicas.to_string(),
                format!("a whole number from 0 to replicas ({})", self.replicas),
            ));
        }
        Ok(())
    }

    /// Whether the load ever drops below its peak.
    pub fn varies(&self) -> bool {
        self.peak_hours_per_day < ALL_DAY && self.off_peak_replicas < self.replicas
    }

    /// The hours of the day off the peak.
    pub fn off_peak_hours(&self) -> f64 {
        (ALL_DAY - self.peak_hours_per_day).clamp(0.0, ALL_DAY)
    }

    /// Unit-hours over `hours_per_month` of running `at_peak` units of capacity at the peak
    /// and `off_peak` the rest of the day, the units added for the peak running
    /// [`SCALE_IN_LAG_HOURS`] past it. For a steady load, `at_peak × hours_per_month`.
    pub fn unit_hours(&self, hours_per_month: f64, at_peak: f64, off_peak: f64) -> f64 {
        let days = hours_per_month / ALL_DAY;
        let quiet = self.off_peak_hours();
        let busy = ALL_DAY - quiet;
        let lag = SCALE_IN_LAG_HOURS.min(quiet);
        let added = (at_peak - off_peak).max(0.0);
        days * (at_peak * busy + off_peak * quiet + added * lag)
    }

    /// Pod- or task-hours over `hours_per_month`.
    pub fn replica_hours(&self, hours_per_month: f64) -> f64 {
        self.unit_hours(
            hours_per_month,
            f64::from(self.replicas),
            f64::from(self.off_peak_replicas),
        )
    }

    /// The same shape with `replicas` at the peak and the off-peak count kept, held to at
    /// most the peak's: what a reader who types another replica count gets, and so what the
    /// break-even series varies.
    /// A steady load stays steady: its off-peak count, which never runs, follows the peak.
    pub fn with_peak(&self, replicas: u32) -> LoadShape {
        let off_peak_replicas = if self.peak_hours_per_day >= ALL_DAY {
            replicas
        } else {
            self.off_peak_replicas.min(replicas)
        };
        LoadShape {
            replicas,
            off_peak_replicas,
            ..*self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_steady_load_runs_every_hour_of_the_month() {
        let shape = LoadShape::steady(3);
        assert_eq!(shape.replica_hours(730.0), 3.0 * 730.0);
        assert!(!shape.varies());
    }

    #[test]
    fn a_peak_adds_its_hours_and_the_scale_in_lag() {
        // 10 at the peak for 6 h, 2 for the other 18 h, over 30 days: the 8 added run a
        // quarter of an hour longer each day.
        let shape = LoadShape {
            replicas: 10,
            peak_hours_per_day: 6.0,
            off_peak_replicas: 2,
        };
        let expected = 30.0 * (10.0 * 6.0 + 2.0 * 18.0 + 8.0 * 0.25);
        assert!((shape.replica_hours(720.0) - expected).abs() < 1e-9);
        assert!(shape.varies());
    }

    #[test]
    fn the_lag_never_outlasts_the_quiet_hours() {
        let shape = LoadShape {
            replicas: 4,
            peak_hours_per_day: 23.9,
            off_peak_replicas: 0,
        };
        let expected = 10.0 * 4.0 * 24.0;
        assert!((shape.replica_hours(240.0) - expected).abs() < 1e-9);
    }

    #[test]
    fn another_peak_keeps_the_off_peak_count_within_it() {
        let shape = LoadShape {
            replicas: 8,
            peak_hours_per_day: 6.0,
            off_peak_replicas: 2,
        };
        assert_eq!(shape.with_peak(16).off_peak_replicas, 2);
        assert_eq!(shape.with_peak(1).off_peak_replicas, 1);
        assert_eq!(shape.with_peak(16).peak_hours_per_day, 6.0);
        assert_eq!(LoadShape::steady(3).with_peak(7), LoadShape::steady(7));
    }

    #[test]
    fn more_off_peak_than_peak_is_refused_by_name() {
        let shape = LoadShape {
            replicas: 3,
            peak_hours_per_day: 8.0,
            off_peak_replicas: 5,
        };
        assert_eq!(
            shape.validate().unwrap_err().to_string(),
            "offPeakReplicas: received 5, allowed a whole number from 0 to replicas (3)"
        );
    }
}
