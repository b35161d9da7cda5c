//! The workload profile: what the reader tells the EC2-or-Fargate engine about a workload.

use serde::{Deserialize, Serialize};

use super::needs::Needs;
use super::priorities::Priorities;
use crate::cost::input::{DAEMONSET_GIB, DAEMONSET_VCPU};
use crate::cost::load::{LoadShape, OFF_PEAK_REPLICAS, PEAK_HOURS_PER_DAY};
use crate::cost::Arch;
use crate::error::InputError;
use crate::input::Bounds;
use crate::read::{names_of, Input, NumberField};

/// The container orchestrator the workload runs under. Fargate's limits differ between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Orchestrator {
    /// Amazon EKS: pods, node groups and Fargate profiles.
    Eks,
    /// Amazon ECS: tasks, services and capacity providers.
    Ecs,
}

impl Orchestrator {
    pub const ALL: [Orchestrator; 2] = [Orchestrator::Eks, Orchestrator::Ecs];
}

/// How the load on the workload behaves over a day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum LoadPattern {
    /// Roughly constant, around the clock (the default).
    #[default]
    Steady,
    /// Comes in spikes, with idle stretches between.
    Bursty,
    /// Runs at set times, like batch jobs or cron work.
    Scheduled,
}

impl LoadPattern {
    pub const ALL: [LoadPattern; 3] = [
        LoadPattern::Steady,
        LoadPattern::Bursty,
        LoadPattern::Scheduled,
    ];

    /// The shape a workload of this pattern is priced with when the reader gives no numbers
    /// of their own: steady all day; bursty at its peak 6 hours a day with a quarter of the
    /// replicas (rounded up) the rest; scheduled 2 hours a day and nothing the rest.
    pub fn default_shape(self, replicas: u32) -> LoadShape {
        match self {
            LoadPattern::Steady => LoadShape::steady(replicas),
            LoadPattern::Bursty => LoadShape {
                replicas,
                peak_hours_per_day: 6.0,
                off_peak_replicas: replicas.div_ceil(4),
            },
            LoadPattern::Scheduled => LoadShape {
                replicas,
                peak_hours_per_day: 2.0,
                off_peak_replicas: 0,
            },
        }
    }
}

/// How much of the team's time can go to running servers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum OpsCapacity {
    /// No one looks after servers.
    None,
    /// Someone can patch and scale nodes now and then (the default).
    #[default]
    Some,
    /// A platform team runs the infrastructure.
    Dedicated,
}

impl OpsCapacity {
    pub const ALL: [OpsCapacity; 3] =
        [OpsCapacity::None, OpsCapacity::Some, OpsCapacity::Dedicated];
}

/// Bounds of `vcpu`: the largest ECS task on EC2 has 192 vCPU.
pub const VCPU: Bounds = Bounds {
    min: 0.0,
    min_exclusive: true,
    max: 192.0,
    whole: false,
    allowed: "a number greater than 0 and at most 192",
};
/// Bounds of `memoryGib`.
pub const MEMORY_GIB: Bounds = Bounds {
    min: 0.0,
    min_exclusive: true,
    max: 1536.0,
    whole: false,
    allowed: "a number greater than 0 and at most 1536",
};
/// Bounds of `replicas`.
pub const REPLICAS: Bounds = Bounds {
    min: 1.0,
    min_exclusive: false,
    max: 10_000.0,
    whole: true,
    allowed: "a whole number from 1 to 10000",
};
/// Bounds of `ephemeralStorageGib`.
pub const EPHEMERAL_STORAGE_GIB: Bounds = Bounds {
    min: 0.0,
    min_exclusive: false,
    max: 16_384.0,
    whole: false,
    allowed: "a number from 0 to 16384",
};
/// Bounds of each of the `priorities`.
pub const WEIGHT: Bounds = Bounds {
    min: 0.0,
    min_exclusive: false,
    max: 3.0,
    whole: true,
    allowed: "a whole number from 0 to 3",
};

/// A workload, as the EC2-or-Fargate engine sees it.
///
/// Only `orchestrator` is required; every other field has the default its doc names, the
/// same one [`WorkloadProfile::new`] uses. Unknown fields are refused. In JSON:
///
/// ```json
/// {"orchestrator": "eks", "vcpu": 1, "memoryGib": 2, "replicas": 8,
///  "peakHoursPerDay": 6, "offPeakReplicas": 2, "ephemeralStorageGib": 20,
///  "needs": {"daemonsets": true}, "agentVcpu": 0.25, "agentGib": 0.5,
///  "loadPattern": "bursty", "startupSensitive": false, "opsCapacity": "none",
///  "priorities": {"cost": 2, "control": 0, "simplicity": 3}}
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WorkloadProfile {
    /// `"eks"` or `"ecs"`; required.
    pub orchestrator: Orchestrator,
    /// vCPU per pod or task, above 0 and at most 192 ([`VCPU`]); default 0.5.
    #[serde(default = "default_vcpu")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub vcpu: f64,
    /// Memory per pod or task in GiB, above 0 and at most 1536 ([`MEMORY_GIB`]); default 1.
    #[serde(default = "default_memory_gib")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub memory_gib: f64,
    /// How many pods or tasks run at the busiest, a whole number from 1 to 10000
    /// ([`REPLICAS`]); default 2.
    #[serde(default = "default_replicas")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub replicas: u32,
    /// Hours a day at that peak, above 0 and at most 24; `null` or absent: what
    /// `loadPattern` implies ([`LoadPattern::default_shape`]: steady 24, bursty 6,
    /// scheduled 2).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub peak_hours_per_day: Option<f64>,
    /// How many run the rest of the day, a whole number from 0 to `replicas`; `null` or
    /// absent: what `loadPattern` implies (steady `replicas`, bursty a quarter of them
    /// rounded up, scheduled 0).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub off_peak_replicas: Option<u32>,
    /// Ephemeral storage per pod or task in GiB, 0 to 16384 ([`EPHEMERAL_STORAGE_GIB`]);
    /// default 20, what Fargate gives without asking.
    #[serde(default = "default_ephemeral_storage_gib")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub ephemeral_storage_gib: f64,
    /// What the workload must have; default: nothing special.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub needs: Needs,
    /// What the node agents use on every EC2 node when `needs.daemonsets`, in vCPU, 0 to 8;
    /// default 0.25, an assumption (about a log shipper and a metrics agent).
    #[serde(default = "default_agent_vcpu")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub agent_vcpu: f64,
    /// The same in GiB, 0 to 32; default 0.5, an assumption.
    #[serde(default = "default_agent_gib")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub agent_gib: f64,
    /// How the load behaves over a day; it sets what `peakHoursPerDay` and
    /// `offPeakReplicas` default to. Default `"steady"`.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub load_pattern: LoadPattern,
    /// Whether a minute's wait for a new pod or task hurts (scale-out under a spike, say);
    /// default `false`.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub startup_sensitive: bool,
    /// Default `"some"`.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub ops_capacity: OpsCapacity,
    /// How much each side of the trade-off matters, each a whole number from 0 to 3;
    /// default 1 each.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub priorities: Priorities,
}

fn default_vcpu() -> f64 {
    0.5
}
fn default_memory_gib() -> f64 {
    1.0
}
fn default_replicas() -> u32 {
    2
}
fn default_ephemeral_storage_gib() -> f64 {
    20.0
}
fn default_agent_vcpu() -> f64 {
    0.25
}
fn default_agent_gib() -> f64 {
    0.5
}

impl Input for WorkloadProfile {
    const NUMBERS: &'static [NumberField<Self>] = &[
        NumberField {
            path: "vcpu",
            bounds: VCPU,
            get: |p| Some(p.vcpu),
        },
        NumberField {
            path: "memoryGib",
            bounds: MEMORY_GIB,
            get: |p| Some(p.memory_gib),
        },
        NumberField {
            path: "replicas",
            bounds: REPLICAS,
            get: |p| Some(f64::from(p.replicas)),
        },
        NumberField {
            path: "peakHoursPerDay",
            bounds: PEAK_HOURS_PER_DAY,
            get: |p| p.peak_hours_per_day,
        },
        NumberField {
            path: "offPeakReplicas",
            bounds: OFF_PEAK_REPLICAS,
            get: |p| p.off_peak_replicas.map(f64::from),
        },
        NumberField {
            path: "ephemeralStorageGib",
            bounds: EPHEMERAL_STORAGE_GIB,
            get: |p| Some(p.ephemeral_storage_gib),
        },
        NumberField {
            path: "agentVcpu",
            bounds: DAEMONSET_VCPU,
            get: |p| Some(p.agent_vcpu),
        },
        NumberField {
            path: "agentGib",
            bounds: DAEMONSET_GIB,
            get: |p| Some(p.agent_gib),
        },
        NumberField {
            path: "priorities.cost",
            bounds: WEIGHT,
            get: |p| Some(f64::from(p.priorities.cost)),
        },
        NumberField {
            path: "priorities.control",
            bounds: WEIGHT,
            get: |p| Some(f64::from(p.priorities.control)),
        },
        NumberField {
            path: "priorities.simplicity",
            bounds: WEIGHT,
            get: |p| Some(f64::from(p.priorities.simplicity)),
        },
    ];

    fn names_at(path: &str) -> Option<Vec<String>> {
        match path {
            "orchestrator" => Some(names_of(&Orchestrator::ALL)),
            "loadPattern" => Some(names_of(&LoadPattern::ALL)),
            "opsCapacity" => Some(names_of(&OpsCapacity::ALL)),
            _ => None,
        }
    }

    /// The off-peak count within the peak's.
    fn check_rules(&self) -> Result<(), InputError> {
        self.load().validate()
    }
}

impl WorkloadProfile {
    /// A profile with every optional field at its default: 0.5 vCPU, 1 GiB, 2 replicas
    /// around the clock, 20 GiB of ephemeral storage, no special needs, agents of 0.25 vCPU
    /// and 0.5 GiB should it need them, a steady load, not start-up sensitive, some
    /// operations capacity, and every priority weighted 1.
    pub fn new(orchestrator: Orchestrator) -> Self {
        WorkloadProfile {
            orchestrator,
            vcpu: default_vcpu(),
            memory_gib: default_memory_gib(),
            replicas: default_replicas(),
            peak_hours_per_day: None,
            off_peak_replicas: None,
            ephemeral_storage_gib: default_ephemeral_storage_gib(),
            needs: Needs::default(),
            agent_vcpu: default_agent_vcpu(),
            agent_gib: default_agent_gib(),
            load_pattern: LoadPattern::default(),
            startup_sensitive: false,
            ops_capacity: OpsCapacity::default(),
            priorities: Priorities::default(),
        }
    }

    /// Reads and validates a profile from JSON text, reporting the first bad field with its
    /// path.
    ///
    /// ```
    /// use container_compass_core::compute::{Orchestrator, WorkloadProfile};
    ///
    /// let profile = WorkloadProfile::from_json(r#"{"orchestrator": "ecs", "vcpu": 2}"#).unwrap();
    /// assert_eq!((profile.orchestrator, profile.vcpu), (Orchestrator::Ecs, 2.0));
    ///
    /// let error = WorkloadProfile::from_json(r#"{"orchestrator": "gke"}"#).unwrap_err();
    /// assert_eq!(error.to_string(), r#"orchestrator: received "gke", allowed "eks" or "ecs""#);
    /// ```
    pub fn from_json(text: &str) -> Result<WorkloadProfile, InputError> {
        crate::read::from_json(text)
    }

    /// Checks every number against its bounds, and the off-peak count within the peak's;
    /// the first bad one is the error. A profile read by [`WorkloadProfile::from_json`] has
    /// already passed.
    pub fn validate(&self) -> Result<(), InputError> {
        Input::validate(self)
    }

    /// The images' architecture: Arm when the workload needs Arm.
    pub fn arch(&self) -> Arch {
        if self.needs.arm {
            Arch::Arm
        } else {
            Arch::X86
        }
    }

    /// How many run when: the reader's numbers, and what the load pattern implies for the
    /// ones they left out.
    pub fn load(&self) -> LoadShape {
        let implied = self.load_pattern.default_shape(self.replicas);
        LoadShape {
            replicas: self.replicas,
            peak_hours_per_day: self
                .peak_hours_per_day
                .unwrap_or(implied.peak_hours_per_day),
            off_peak_replicas: self.off_peak_replicas.unwrap_or(implied.off_peak_replicas),
        }
    }

    /// A copy with `pattern`, and the shape it implies for the same peak.
    pub fn with_load_pattern(&self, pattern: LoadPattern) -> Self {
        WorkloadProfile {
            load_pattern: pattern,
            peak_hours_per_day: None,
            off_peak_replicas: None,
            ..self.clone()
        }
    }

    /// A copy with `replicas` at the peak, an off-peak count of the reader's own held to at
    /// most that.
    pub fn with_replicas(&self, replicas: u32) -> Self {
        WorkloadProfile {
            replicas,
            off_peak_replicas: self.off_peak_replicas.map(|off| off.min(replicas)),
            ..self.clone()
        }
    }
}
