//! How Fargate sizes a task or pod. ECS rounds a task up to the smallest valid vCPU and
//! memory combination that holds it ([`fargate_task_size`]). EKS first adds 256 MB to the
//! pod's memory request for the Kubernetes components, then rounds the same way
//! ([`eks_fargate_pod_size`], fact `fargate.eks.sizing`). A Windows task on ECS takes only
//! the 1, 2 and 4 vCPU sizes ([`windows_task_size`]). AWS states these sizes in GB; the
//! profile's GiB are taken as the same unit, as the EKS guide itself does for the 256 MB.

/// The fact that states how EKS sizes a Fargate pod: the recommendation's `fargateSize`
/// rests on it.
pub const EKS_SIZING_FACT: &str = "fargate.eks.sizing";

/// Memory added to every EKS Fargate pod, in GB.
pub const EKS_OVERHEAD_GB: f64 = 0.25;

/// The size Fargate bills a pod for.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FargateSize {
    pub vcpu: f64,
    pub memory_gb: f64,
}

enum Memory {
    List(&'static [f64]),
    Range { min: f64, max: f64, step: f64 },
}

/// The valid combinations, smallest first.
const TIERS: [(f64, Memory); 7] = [
    (0.25, Memory::List(&[0.5, 1.0, 2.0])),
    (0.5, Memory::List(&[1.0, 2.0, 3.0, 4.0])),
    (
        1.0,
        Memory::Range {
            min: 2.0,
            max: 8.0,
            step: 1.0,
        },
    ),
    (
        2.0,
        Memory::Range {
            min: 4.0,
            max: 16.0,
            step: 1.0,
        },
    ),
    (
        4.0,
        Memory::Range {
            min: 8.0,
            max: 30.0,
            step: 1.0,
        },
    ),
    (
        8.0,
        Memory::Range {
            min: 16.0,
            max: 60.0,
            step: 4.0,
        },
    ),
    (
        16.0,
        Memory::Range {
            min: 32.0,
            max: 120.0,
            step: 8.0,
        },
    ),
];

/// Tolerance for comparing sizes that went through float arithmetic.
const EPSILON: f64 = 1e-9;

impl Memory {
    /// The smallest valid memory of this tier that holds `needed`.
    fn fit(&self, needed: f64) -> Option<f64> {
        match *self {
            Memory::List(values) => values.iter().copied().find(|m| *m + EPSILON >= needed),
            Memory::Range { min, max, step } => {
                let steps = ((needed - min) / step - EPSILON).ceil().max(0.0);
                let memory = min + steps * step;
                (memory <= max + EPSILON).then_some(memory)
            }
        }
    }
}

/// The size EKS gives a pod requesting `vcpu` and `memory_gib` on Fargate; `None` when no
/// Fargate size is large enough.
///
/// ```
/// use container_compass_core::compute::{eks_fargate_pod_size, FargateSize};
/// // The EKS guide's own example: 1 vCPU and 8 GB become 2 vCPU and 9 GB.
/// assert_eq!(eks_fargate_pod_size(1.0, 8.0), Some(FargateSize { vcpu: 2.0, memory_gb: 9.0 }));
/// assert_eq!(eks_fargate_pod_size(16.0, 120.0), None);
/// ```
pub fn eks_fargate_pod_size(vcpu: f64, memory_gib: f64) -> Option<FargateSize> {
    fargate_task_size(vcpu, memory_gib.max(0.0) + EKS_OVERHEAD_GB)
}

/// The smallest valid Fargate size that holds `vcpu` and `memory_gb` as they are: how ECS
/// sizes a task (the same combinations as EKS, without the 256 MB); `None` when no Fargate
/// size is large enough.
///
/// ```
/// use container_compass_core::compute::{fargate_task_size, FargateSize};
/// assert_eq!(fargate_task_size(3.0, 5.0), Some(FargateSize { vcpu: 4.0, memory_gb: 8.0 }));
/// assert_eq!(fargate_task_size(17.0, 1.0), None);
/// ```
pub fn fargate_task_size(vcpu: f64, memory_gb: f64) -> Option<FargateSize> {
    smallest_fit(&TIERS, vcpu, memory_gb)
}

/// The smallest Fargate size a Windows task of `vcpu` and `memory_gb` fits: Windows takes
/// only the 1, 2 and 4 vCPU sizes (fact `fargate.ecs.windows`), so at most 4 vCPU and 30 GB;
/// `None` beyond.
///
/// ```
/// use container_compass_core::compute::{windows_task_size, FargateSize};
/// assert_eq!(windows_task_size(0.5, 1.0), Some(FargateSize { vcpu: 1.0, memory_gb: 2.0 }));
/// assert_eq!(windows_task_size(4.0, 32.0), None);
/// ```
pub fn windows_task_size(vcpu: f64, memory_gb: f64) -> Option<FargateSize> {
    TIERS
        .get(WINDOWS_TIERS)
        .and_then(|tiers| smallest_fit(tiers, vcpu, memory_gb))
}

/// The tiers Windows tasks may use: 1, 2 and 4 vCPU.
const WINDOWS_TIERS: std::ops::Range<usize> = 2..5;

fn smallest_fit(tiers: &[(f64, Memory)], vcpu: f64, memory_gb: f64) -> Option<FargateSize> {
    if !(vcpu.is_finite() && memory_gb.is_finite()) {
        return None;
    }
    let needed = memory_gb.max(0.0);
    tiers
        .iter()
        .filter(|(tier_vcpu, _)| *tier_vcpu + EPSILON >= vcpu)
        .find_map(|(tier_vcpu, memory)| {
            memory.fit(needed).map(|memory_gb| FargateSize {
                vcpu: *tier_vcpu,
                memory_gb,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_up_to_the_nearest_valid_size() {
        let cases = [
            ((0.25, 0.25), Some((0.25, 0.5))),
            ((0.25, 1.0), Some((0.25, 2.0))),
            ((0.5, 1.0), Some((0.5, 2.0))),
            ((1.0, 8.0), Some((2.0, 9.0))),
            ((3.0, 8.0), Some((4.0, 9.0))),
            ((8.0, 17.0), Some((8.0, 20.0))),
            ((16.0, 119.75), Some((16.0, 120.0))),
            ((16.0, 119.8), None),
            ((17.0, 1.0), None),
        ];
        for ((vcpu, memory), expected) in cases {
            let got = eks_fargate_pod_size(vcpu, memory).map(|size| (size.vcpu, size.memory_gb));
            assert_eq!(got, expected, "{vcpu} vCPU, {memory} GiB");
        }
    }

    #[test]
    fn windows_takes_the_one_to_four_vcpu_sizes_only() {
        let cases = [
            ((0.25, 0.5), Some((1.0, 2.0))),
            ((1.0, 8.0), Some((1.0, 8.0))),
            ((1.0, 9.0), Some((2.0, 9.0))),
            ((3.0, 5.0), Some((4.0, 8.0))),
            ((4.0, 30.0), Some((4.0, 30.0))),
            ((4.0, 32.0), None),
            ((4.5, 8.0), None),
        ];
        for ((vcpu, memory), expected) in cases {
            let got = windows_task_size(vcpu, memory).map(|size| (size.vcpu, size.memory_gb));
            assert_eq!(got, expected, "{vcpu} vCPU, {memory} GB");
        }
    }
}
