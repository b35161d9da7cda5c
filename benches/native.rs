//! Native timings for `cargo xtask bench`: one line per operation,
//! `name<TAB>iterations<TAB>median µs per call`. Not a test: timing belongs here.

use std::hint::black_box;
use std::time::Instant;

use container_compass::core::attributes::ElementEnv;
use container_compass::core::catalog;
use container_compass::core::compute::{self, Orchestrator, WorkloadProfile};
use container_compass::core::cost::{
    break_even, node_capacity, pack, CostInput, NodeOptions, PodGroup, INSTANCE_TYPES,
};
use container_compass::core::i18n::Lang;
use container_compass::core::orchestrator::{self, OrchestratorInput};

const BATCHES: usize = 31;

/// Runs `f` in batches of `per_batch` calls and prints the median time per call.
fn time(name: &str, per_batch: u32, mut f: impl FnMut()) {
    let mut per_call: Vec<f64> = (0..BATCHES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_batch {
                f();
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(per_batch)
        })
        .collect();
    per_call.sort_by(f64::total_cmp);
    let median = per_call[BATCHES / 2];
    println!(
        "{name}\t{}\t{median:.3}",
        u64::from(per_batch) * BATCHES as u64
    );
}

fn main() {
    let mut profile = WorkloadProfile::new(Orchestrator::Eks);
    profile.needs.daemonsets = true;
    profile.needs.spot = true;
    time(
        "compute engine: recommend, priced by the cost model (with flips)",
        1_000,
        || {
            black_box(compute::recommend_compute(
                black_box(&profile),
                &Default::default(),
            ));
        },
    );
    let input = OrchestratorInput::default();
    time("orchestrator engine: compare (with flips)", 10_000, || {
        black_box(orchestrator::compare_orchestrators(black_box(&input)));
    });
    let json = r#"{"orchestrator":"ecs","vcpu":2,"memoryGib":4,"replicas":6,"needs":{"gpu":false,"spot":true},"priorities":{"cost":3}}"#;
    time("JSON: read and validate a workload profile", 10_000, || {
        black_box(compute::parse_profile(black_box(json)).ok());
    });
    // 100 pod groups from a fixed linear congruential sequence: 0.1-4 vCPU, 0.25-16 GiB,
    // 1-50 pods each.
    let mut seed: u32 = 7;
    let mut next = move || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        f64::from(seed >> 8) / f64::from(1_u32 << 24)
    };
    let groups: Vec<PodGroup> = (0..100)
        .map(|_| PodGroup {
            vcpu: 0.1 + next() * 3.9,
            gib: 0.25 + next() * 15.75,
            count: 1 + (next() * 49.0) as u32,
        })
        .collect();
    let options = NodeOptions {
        orchestrator: Orchestrator::Eks,
        daemonset_vcpu: 0.2,
        daemonset_gib: 0.5,
        headroom: 0.8,
    };
    time(
        "cost: pack 100 pod groups on each of the instance types",
        20,
        || {
            for instance in INSTANCE_TYPES {
                black_box(pack(black_box(&groups), &node_capacity(instance, &options)));
            }
        },
    );
    let cost = CostInput::new(Orchestrator::Eks);
    time("cost: break-even series, 1 to 1000 replicas", 3, || {
        black_box(break_even(black_box(&cost), 1000));
    });
    time("catalog: look up every fact by id", 1_000, || {
        for fact in catalog::facts() {
            black_box(catalog::fact(black_box(fact.id)));
        }
    });
    let env = ElementEnv {
        attributes: vec![("lang".to_string(), "ko-KR".to_string())],
        inherited_lang: Some("en".into()),
        browser_lang: None,
        shared_state: None,
    };
    time("attributes: read an element's settings", 10_000, || {
        black_box(black_box(&env).common_settings());
    });
    time("prerender: one widget's fallback HTML", 50, || {
        black_box(container_compass::ui::prerender::fallback_html(
            container_compass::ui::WidgetKind::EcsEksMatrix,
            Lang::Ko,
        ));
    });
}
