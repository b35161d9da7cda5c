//! What the workload must have ([`Needs`]), the answers that can rule a capacity option out.

use serde::{Deserialize, Serialize};

use crate::i18n::Text;

/// What the workload must have. Each flag is `false` unless set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default, rename_all = "camelCase")]
pub struct Needs {
    /// The pods or tasks need a GPU (or another accelerator).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub gpu: bool,
    /// Node-level agents (log shippers, monitoring, security) run as DaemonSets on EKS or
    /// as a DAEMON service on ECS; only the agents and the pods that rely on them need to
    /// share a host with them.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub daemonsets: bool,
    /// Some containers run privileged.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub privileged: bool,
    /// The pods or tasks use the host's network (hostNetwork, hostPort, host network mode).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub host_networking: bool,
    /// Some pods or tasks keep data on an EBS volume.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub block_storage: bool,
    /// The containers are Windows containers.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub windows: bool,
    /// The images are built for Arm (Graviton) only.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub arm: bool,
    /// The workload should run on spot capacity to save money.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub spot: bool,
}

/// One of the [`Needs`] flags, by name.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
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
