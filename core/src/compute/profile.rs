//! The workload profile: what the reader tells the EC2-or-Fargate engine about a workload.

use crate::cost::input::{DAEMONSET_GIB, DAEMONSET_VCPU};
use crate::cost::load::{LoadShape, ALL_DAY};
use crate::cost::Arch;
use crate::error::InputError;
use crate::i18n::Text;
use crate::input::Bounds;
use crate::json::{json_object, Keyword};

/// The container orchestrator the workload runs under. Fargate's limits differ between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
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

/// What the workload must have. Each flag is `false` unless set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Needs {
    /// The pods or tasks need a GPU (or another accelerator).
    pub gpu: bool,
    /// Node-level agents (log shippers, monitoring, security) run as DaemonSets on EKS or
    /// as a DAEMON service on ECS; only the agents and the pods that rely on them need to
    /// share a host with them.
    pub daemonsets: bool,
    /// Some containers run privileged.
    pub privileged: bool,
    /// The pods or tasks use the host's network (hostNetwork, hostPort, host network mode).
    pub host_networking: bool,
    /// Some pods or tasks keep data on an EBS volume.
    pub block_storage: bool,
    /// The containers are Windows containers.
    pub windows: bool,
    /// The images are built for Arm (Graviton) only.
    pub arm: bool,
    /// The workload should run on spot capacity to save money.
    pub spot: bool,
}

json_object!(Needs {
    "gpu": gpu,
    "daemonsets": daemonsets,
    "privileged": privileged,
    "hostNetworking": host_networking,
    "blockStorage": block_storage,
    "windows": windows,
    "arm": arm,
    "spot": spot,
});

/// One of the [`Needs`] flags, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Need {
    Gpu,
    Daemonsets,
    Privileged,
    HostNetworking,
    BlockStorage,
    Windows,
    Arm,
    Spot,
}

impl Keyword for Need {
    const KEYWORDS: &'static [(&'static str, Self)] = &[
        ("gpu", Need::Gpu),
        ("daemonsets", Need::Daemonsets),
        ("privileged", Need::Privileged),
        ("hostNetworking", Need::HostNetworking),
        ("blockStorage", Need::BlockStorage),
        ("windows", Need::Windows),
        ("arm", Need::Arm),
        ("spot", Need::Spot),
    ];
}

impl Need {
    pub const ALL: [Need; 8] = [
        Need::Gpu,
        Need::Daemonsets,
        Need::Privileged,
        Need::HostNetworking,
        Need::BlockStorage,
        Need::Windows,
        Need::Arm,
        Need::Spot,
    ];

    /// The need's name in prose.
    pub fn name(self) -> Text {
        match self {
            Need::Gpu => Text::new("GPU", "GPU"),
            Need::Daemonsets => Text::new("DaemonSet(노드 에이전트)", "DaemonSet (node agent)"),
            Need::Privileged => Text::new("특권 컨테이너", "privileged-container"),
            Need::HostNetworking => Text::new("호스트 네트워킹", "host-networking"),
            Need::BlockStorage => Text::new("EBS 블록 스토리지", "EBS block-storage"),
            Need::Windows => Text::new("Windows", "Windows"),
            Need::Arm => Text::new("Arm", "Arm"),
            Need::Spot => Text::new("스팟", "Spot"),
        }
    }
}

impl Needs {
    /// Whether the flag for `need` is set.
    pub fn has(&self, need: Need) -> bool {
        match need {
            Need::Gpu => self.gpu,
            Need::Daemonsets => self.daemonsets,
            Need::Privileged => self.privileged,
            Need::HostNetworking => self.host_networking,
            Need::BlockStorage => self.block_storage,
            Need::Windows => self.windows,
            Need::Arm => self.arm,
            Need::Spot => self.spot,
        }
    }

    /// A copy with the flag for `need` set to `value`.
    pub fn with(mut self, need: Need, value: bool) -> Self {
        let flag = match need {
            Need::Gpu => &mut self.gpu,
            Need::Daemonsets => &mut self.daemonsets,
            Need::Privileged => &mut self.privileged,
            Need::HostNetworking => &mut self.host_networking,
            Need::BlockStorage => &mut self.block_storage,
            Need::Windows => &mut self.windows,
            Need::Arm => &mut self.arm,
            Need::Spot => &mut self.spot,
        };
        *flag = value;
        self
    }
}

/// How much the reader cares about each side of the trade-off: whole numbers from 0 (does
/// not matter) to 3 (matters most). Each defaults to 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Priorities {
    /// Paying less for the capacity.
    pub cost: u8,
    /// Choosing and tuning the machines.
    pub control: u8,
    /// Having less to operate.
    pub simplicity: u8,
}

json_object!(Priorities { "cost": cost, "control": control, "simplicity": simplicity });

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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Priority {
    Cost,
    Control,
    Simplicity,
}

impl Keyword for Priority {
    const KEYWORDS: &'static [(&'static str, Self)] = &[
        ("cost", Priority::Cost),
        ("control", Priority::Control),
        ("simplicity", Priority::Simplicity),
    ];
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
#[derive(Clone, Debug, PartialEq)]
pub struct WorkloadProfile {
    /// `"eks"` or `"ecs"`; required.
    pub orchestrator: Orchestrator,
    /// vCPU per pod or task; default 0.5. See [`VCPU`].
    pub vcpu: f64,
    /// Memory per pod or task in GiB; default 1. See [`MEMORY_GIB`].
    pub memory_gib: f64,
    /// How many pods or tasks run at the busiest; default 2. See [`REPLICAS`].
    pub replicas: u32,
    /// Hours a day at that peak; by default what `loadPattern` implies
    /// ([`LoadPattern::default_shape`]: 24 when steady).
    pub peak_hours_per_day: f64,
    /// How many run the rest of the day, at most `replicas`; by default what `loadPattern`
    /// implies.
    pub off_peak_replicas: u32,
    /// Ephemeral storage per pod or task in GiB; default 20, what Fargate gives without
    /// asking. See [`EPHEMERAL_STORAGE_GIB`].
    pub ephemeral_storage_gib: f64,
    /// What the workload must have; default: nothing special.
    pub needs: Needs,
    /// What the node agents use on every EC2 node, when `needs.daemonsets`; default
    /// [`DEFAULT_AGENT_VCPU`] and [`DEFAULT_AGENT_GIB`], an assumption.
    pub agent_vcpu: f64,
    pub agent_gib: f64,
    /// Default `"steady"`.
    pub load_pattern: LoadPattern,
    /// Whether a minute's wait for a new pod or task hurts (scale-out under a spike, say);
    /// default `false`.
    pub startup_sensitive: bool,
    /// Default `"some"`.
    pub ops_capacity: OpsCapacity,
    /// Default 1 each.
    pub priorities: Priorities,
}

json_object!(WorkloadProfile {
    "orchestrator": orchestrator,
    "vcpu": vcpu,
    "memoryGib": memory_gib,
    "replicas": replicas,
    "peakHoursPerDay": peak_hours_per_day,
    "offPeakReplicas": off_peak_replicas,
    "ephemeralStorageGib": ephemeral_storage_gib,
    "needs": needs,
    "agentVcpu": agent_vcpu,
    "agentGib": agent_gib,
    "loadPattern": load_pattern,
    "startupSensitive": startup_sensitive,
    "opsCapacity": ops_capacity,
    "priorities": priorities,
});

/// The default `vcpu`.
const DEFAULT_VCPU: f64 = 0.5;
/// The default `memoryGib`.
const DEFAULT_MEMORY_GIB: f64 = 1.0;
/// The default `replicas`.
const DEFAULT_REPLICAS: u32 = 2;
/// The default `ephemeralStorageGib`: what Fargate gives without asking.
const DEFAULT_EPHEMERAL_STORAGE_GIB: f64 = 20.0;
/// The default `agentVcpu`: an assumption, about a log shipper and a metrics agent.
pub const DEFAULT_AGENT_VCPU: f64 = 0.25;
/// The default `agentGib`: an assumption, as [`DEFAULT_AGENT_VCPU`].
pub const DEFAULT_AGENT_GIB: f64 = 0.5;

impl WorkloadProfile {
    /// A profile with every optional field at its default: 0.5 vCPU, 1 GiB, 2 replicas
    /// around the clock, 20 GiB of ephemeral storage, no special needs, a steady load, not
    /// start-up sensitive, some operations capacity, and every priority weighted 1.
    pub fn new(orchestrator: Orchestrator) -> Self {
        WorkloadProfile {
            orchestrator,
            vcpu: DEFAULT_VCPU,
            memory_gib: DEFAULT_MEMORY_GIB,
            replicas: DEFAULT_REPLICAS,
            peak_hours_per_day: ALL_DAY,
            off_peak_replicas: DEFAULT_REPLICAS,
            ephemeral_storage_gib: DEFAULT_EPHEMERAL_STORAGE_GIB,
            needs: Needs::default(),
            agent_vcpu: DEFAULT_AGENT_VCPU,
            agent_gib: DEFAULT_AGENT_GIB,
            load_pattern: LoadPattern::default(),
            startup_sensitive: false,
            ops_capacity: OpsCapacity::default(),
            priorities: Priorities::default(),
        }
    }

    /// Checks every number against its bounds; the first one out of bounds is the error.
    /// A profile read by [`WorkloadProfile::from_json`] has already passed.
    pub fn validate(&self) -> Result<(), InputError> {
        VCPU.check("vcpu", self.vcpu)?;
        MEMORY_GIB.check("memoryGib", self.memory_gib)?;
        self.load().validate()?;
        EPHEMERAL_STORAGE_GIB.check("ephemeralStorageGib", self.ephemeral_storage_gib)?;
        DAEMONSET_VCPU.check("agentVcpu", self.agent_vcpu)?;
        DAEMONSET_GIB.check("agentGib", self.agent_gib)?;
        for priority in Priority::ALL {
            let path = match priority {
                Priority::Cost => "priorities.cost",
                Priority::Control => "priorities.control",
                Priority::Simplicity => "priorities.simplicity",
            };
            WEIGHT.check(path, f64::from(self.priorities.get(priority)))?;
        }
        Ok(())
    }

    /// The images' architecture: Arm when the workload needs Arm.
    pub fn arch(&self) -> Arch {
        if self.needs.arm {
            Arch::Arm
        } else {
            Arch::X86
        }
    }

    /// How many run when.
    pub fn load(&self) -> LoadShape {
        LoadShape {
            replicas: self.replicas,
            peak_hours_per_day: self.peak_hours_per_day,
            off_peak_replicas: self.off_peak_replicas,
        }
    }

    /// A copy with `pattern` and the shape it implies for the same peak.
    pub fn with_load_pattern(&self, pattern: LoadPattern) -> Self {
        let shape = pattern.default_shape(self.replicas);
        WorkloadProfile {
            load_pattern: pattern,
            peak_hours_per_day: shape.peak_hours_per_day,
            off_peak_replicas: shape.off_peak_replicas,
            ..self.clone()
        }
    }

    /// A copy with `replicas` at the peak, the off-peak count held to at most that
    /// ([`LoadShape::with_peak`]).
    pub fn with_replicas(&self, replicas: u32) -> Self {
        let load = self.load().with_peak(replicas);
        WorkloadProfile {
            replicas,
            off_peak_replicas: load.off_peak_replicas,
            ..self.clone()
        }
    }
}
