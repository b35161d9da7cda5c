//! Browser tests: the components mounted into real DOM in headless Chromium, driven the way
//! a reader drives them (clicks and changes that bubble), asserting on what a reader sees.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use container_compass::core::compute::{Orchestrator, WorkloadProfile};
use container_compass::core::i18n::Lang;
use container_compass::ui::{
    Ec2FargateChooser, Ec2FargateChooserProps, EcsEksMatrix, EcsEksMatrixProps,
};
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Waits for the first render: Yew renders asynchronously, so a fixed pause is not enough
/// on a loaded machine (CI once failed on exactly that).
async fn rendered(root: &Element, selector: &str) {
    eventually(&format!("{selector} is rendered"), || {
        root.query_selector(selector).ok().flatten().is_some()
    })
    .await;
}

/// Waits until `check` holds, for up to two seconds: Yew renders asynchronously, and on a
/// loaded machine one short pause is not always enough.
async fn eventually(what: &str, check: impl Fn() -> bool) {
    for _ in 0..200 {
        if check() {
            return;
        }
        yield_to_yew().await;
    }
    panic!("still not true after 2 s: {what}");
}

/// Repeats an idempotent action (setting a field to a value) until `check` holds, for up to
/// two seconds: right after a mount, Yew may not have attached its delegated listeners yet,
/// and an event sent that early is lost (a reader cannot type that fast).
async fn until(what: &str, action: impl Fn(), check: impl Fn() -> bool) {
    for attempt in 0..200 {
        if attempt % 20 == 0 {
            action();
        }
        yield_to_yew().await;
        if check() {
            return;
        }
    }
    panic!("still not true after 2 s: {what}");
}

async fn yield_to_yew() {
    yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is rendered"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
}

fn choose(root: &Element, selector: &str, value: &str) {
    let select: HtmlSelectElement = find(root, selector).unchecked_into();
    select.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("change", &init).unwrap();
    select.dispatch_event(&event).unwrap();
}

/// Checks a checkbox the way a click does, but idempotently, so `until` may repeat it.
fn check(root: &Element, selector: &str) {
    let input: HtmlInputElement = find(root, selector).unchecked_into();
    input.set_checked(true);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("change", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = find(root, selector).unchecked_into();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

fn chooser(root: &Element, props: Ec2FargateChooserProps) {
    yew::Renderer::<Ec2FargateChooser>::with_root_and_props(root.clone(), props).render();
}

#[wasm_bindgen_test]
async fn checking_a_gpu_need_turns_a_fargate_answer_into_managed_ec2_with_a_cited_blocker() {
    let root = fresh_root();
    let mut preset = WorkloadProfile::new(Orchestrator::Ecs);
    preset.load_pattern = container_compass::core::compute::LoadPattern::Bursty;
    preset.ops_capacity = container_compass::core::compute::OpsCapacity::None;
    chooser(
        &root,
        Ec2FargateChooserProps {
            preset,
            ..Default::default()
        },
    );
    rendered(&root, ".answer").await;
    assert!(
        text(&root, ".answer").starts_with("AWS Fargate"),
        "{}",
        text(&root, ".answer")
    );
    assert!(root.query_selector(".blockers").unwrap().is_none());

    // A GPU on ECS with no one to run servers: the EC2 that AWS runs, by its name.
    until(
        "the answer becomes ECS Managed Instances",
        || check(&root, "#need-gpu"),
        || text(&root, ".answer").starts_with("ECS Managed Instances"),
    )
    .await;
    let blockers = text(&root, ".blockers");
    assert!(
        blockers.starts_with("Fargate: "),
        "the option ruled out: {blockers}"
    );
    assert!(blockers.contains("GPU"), "{blockers}");
    assert!(
        blockers.contains("checked 20"),
        "each blocker shows its verified date"
    );
}

#[wasm_bindgen_test]
async fn a_bad_number_shows_what_is_allowed_and_keeps_the_last_good_answer() {
    let root = fresh_root();
    chooser(
        &root,
        Ec2FargateChooserProps {
            lang: Lang::Ko,
            ..Default::default()
        },
    );
    rendered(&root, ".answer").await;
    let before = text(&root, ".answer");
    until(
        "the field is marked invalid",
        || type_into(&root, "#vcpu", "-3"),
        || find(&root, "#vcpu").get_attribute("aria-invalid").is_some(),
    )
    .await;
    assert_eq!(
        find(&root, "#vcpu")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert!(text(&root, "#vcpu-error").contains("192"));
    assert_eq!(text(&root, ".answer"), before);

    until(
        "the error goes away",
        || type_into(&root, "#vcpu", "32"),
        || root.query_selector("#vcpu-error").unwrap().is_none(),
    )
    .await;
    assert!(
        text(&root, ".answer").starts_with("EC2"),
        "a 32 vCPU pod cannot run on Fargate"
    );
}

#[wasm_bindgen_test]
async fn compact_mode_shows_one_group_at_a_time() {
    let root = fresh_root();
    chooser(
        &root,
        Ec2FargateChooserProps {
            compact: true,
            ..Default::default()
        },
    );
    rendered(&root, ".stepper").await;
    assert_eq!(
        root.query_selector_all("form fieldset.group")
            .unwrap()
            .length(),
        1
    );
    assert!(text(&root, ".stepper").contains("1 of 4"));
    // "Next" is not idempotent, so it is only pressed again while still on step 1.
    until(
        "step 2 shows",
        || {
            if text(&root, ".stepper").contains("1 of 4") {
                click(&root, ".nav button:last-child")
            }
        },
        || text(&root, ".stepper").contains("2 of 4"),
    )
    .await;
    assert!(root.query_selector("#vcpu").unwrap().is_some());
}

/// Presses "Next" (or, with `back`, "Back") once to go from step `from` to step `to`: the
/// buttons are not idempotent, so one is only pressed again while still on `from`.
async fn step(root: &Element, from: &str, to: &str, back: bool) {
    let button = if back {
        ".nav button:first-child"
    } else {
        ".nav button:last-child"
    };
    until(
        &format!("step {to} shows"),
        || {
            if text(root, ".stepper").contains(from) {
                click(root, button)
            }
        },
        || text(root, ".stepper").contains(to),
    )
    .await;
}

#[wasm_bindgen_test]
async fn a_bad_number_goes_with_its_field_when_a_compact_step_hides_it() {
    let root = fresh_root();
    chooser(
        &root,
        Ec2FargateChooserProps {
            compact: true,
            ..Default::default()
        },
    );
    rendered(&root, ".stepper").await;
    step(&root, "1 of 4", "2 of 4", false).await;
    until(
        "the field is marked invalid",
        || type_into(&root, "#vcpu", "abc"),
        || root.query_selector("#vcpu-error").unwrap().is_some(),
    )
    .await;
    step(&root, "2 of 4", "3 of 4", false).await;
    step(&root, "3 of 4", "2 of 4", true).await;
    let vcpu: HtmlInputElement = find(&root, "#vcpu").unchecked_into();
    assert_eq!(
        vcpu.value(),
        "0.5",
        "shown again, the field starts from the answer"
    );
    assert!(root.query_selector("#vcpu-error").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_new_preset_replaces_a_bad_number_and_a_typed_number_stays_as_typed() {
    let root = fresh_root();
    let mut app = yew::Renderer::<Ec2FargateChooser>::with_root_and_props(
        root.clone(),
        Ec2FargateChooserProps::default(),
    )
    .render();
    rendered(&root, ".answer").await;
    let before = text(&root, ".result");
    until(
        "4 GB is taken (the Fargate size changes)",
        || type_into(&root, "#memory", "4.0"),
        || text(&root, ".result") != before,
    )
    .await;
    until(
        "the field is marked invalid",
        || type_into(&root, "#vcpu", "abc"),
        || root.query_selector("#vcpu-error").unwrap().is_some(),
    )
    .await;
    let memory: HtmlInputElement = find(&root, "#memory").unchecked_into();
    assert_eq!(
        memory.value(),
        "4.0",
        "what was typed, not the number reformatted"
    );

    let mut preset = WorkloadProfile::new(Orchestrator::Eks);
    preset.vcpu = 2.0;
    preset.memory_gib = 4.0;
    app.update(Ec2FargateChooserProps {
        preset,
        ..Default::default()
    });
    eventually("the preset's vCPU shows", || {
        find(&root, "#vcpu")
            .unchecked_into::<HtmlInputElement>()
            .value()
            == "2"
    })
    .await;
    assert!(root.query_selector("#vcpu-error").unwrap().is_none());
    assert_eq!(
        memory.value(),
        "4.0",
        "the preset agrees with what was typed"
    );
}

#[wasm_bindgen_test]
async fn raising_a_weight_raises_that_criterion_and_the_total() {
    let root = fresh_root();
    let changes = Rc::new(RefCell::new(Vec::new()));
    let seen = changes.clone();
    yew::Renderer::<EcsEksMatrix>::with_root_and_props(
        root.clone(),
        EcsEksMatrixProps {
            on_change: yew::Callback::from(move |change: container_compass::ui::MatrixChange| {
                seen.borrow_mut().push(change.comparison.totals.eks)
            }),
            ..Default::default()
        },
    )
    .render();
    rendered(&root, "tfoot td:last-child").await;
    let total_eks = || {
        text(&root, "tfoot td:last-child")
            .trim_start_matches("✓ ")
            .parse::<u32>()
            .unwrap()
    };
    let before = total_eks();
    // Row 3 of the seed table is portability, where EKS leads.
    until(
        "the total changes",
        || choose(&root, "#weight-3", "3"),
        || total_eks() != before,
    )
    .await;
    let after = total_eks();
    assert!(
        after > before,
        "{before} -> {after}; changes {:?}; html {}",
        changes.borrow(),
        text(&root, "tfoot")
    );
    let changes = changes.borrow();
    assert!(
        !changes.is_empty() && changes.iter().all(|total| *total == after),
        "{changes:?}"
    );
    assert_eq!(root.query_selector_all("tbody tr").unwrap().length(), 8);
}

/// A status other than Verified is shown in words, in each language, where a reader sees it:
/// the matrix's default recommendation cites the learning curve, the source post's judgement.
#[wasm_bindgen_test]
async fn a_non_verified_status_shows_as_a_visible_badge_in_both_languages() {
    for (lang, words) in [(Lang::En, "opinion, not AWS"), (Lang::Ko, "원글의 의견")] {
        let root = fresh_root();
        yew::Renderer::<EcsEksMatrix>::with_root_and_props(
            root.clone(),
            EcsEksMatrixProps {
                lang,
                ..Default::default()
            },
        )
        .render();
        rendered(&root, ".result .badge").await;
        let badge: HtmlElement = find(&root, ".result li .badge").unchecked_into();
        assert_eq!(badge.text_content().unwrap_or_default(), words, "{lang:?}");
        assert!(
            badge.offset_width() > 0 && badge.offset_height() > 0,
            "{lang:?}: the badge is laid out, not hidden"
        );
        let item = badge
            .parent_element()
            .and_then(|cite| cite.parent_element());
        let item = item.and_then(|li| li.text_content()).unwrap_or_default();
        assert!(item.contains(words), "{item}");
    }
}

#[wasm_bindgen_test]
async fn embed_mount_reads_attributes_and_reports_changes_as_json() {
    let root = fresh_root();
    let events = Rc::new(RefCell::new(Vec::<(String, String)>::new()));
    let seen = events.clone();
    let on_event = Closure::<dyn FnMut(String, String)>::new(move |kind, detail| {
        seen.borrow_mut().push((kind, detail));
    });
    let env = container_compass::embed::Env::new(
        ["lang", "ko", "weights", "portability:0"]
            .map(String::from)
            .to_vec(),
        None,
        Some("en-US".to_string()),
        None,
    );
    let widget = container_compass::embed::mount(
        "ecs-eks-matrix",
        root.clone(),
        &env,
        on_event
            .as_ref()
            .unchecked_ref::<js_sys::Function>()
            .clone(),
    )
    .unwrap();
    rendered(&root, "caption").await;
    assert!(text(&root, "caption").contains("중요도"));
    until(
        "a change event arrives",
        || choose(&root, "#weight-1", "0"),
        || !events.borrow().is_empty(),
    )
    .await;
    let events = events.borrow();
    let (kind, detail) = events.last().unwrap();
    assert_eq!(kind, "change");
    // JSON text, which the loader parses into the event's detail.
    let detail: serde_json::Value = serde_json::from_str(detail).unwrap();
    assert_eq!(detail["input"]["weights"]["learningCurve"], 0);
    assert_eq!(detail["input"]["weights"]["portability"], 0);
    widget.destroy();
    assert!(container_compass::embed::mount(
        "no-such-widget",
        fresh_root(),
        &container_compass::embed::Env::new(Vec::new(), None, None, None),
        js_sys::Function::new_no_args("")
    )
    .is_err());
}

#[wasm_bindgen_test]
async fn the_cost_section_prices_both_sides_and_follows_the_currency_and_region() {
    let root = fresh_root();
    let mut preset = WorkloadProfile::new(Orchestrator::Ecs);
    preset.vcpu = 1.0;
    preset.memory_gib = 2.0;
    preset.replicas = 10;
    chooser(
        &root,
        Ec2FargateChooserProps {
            preset,
            ..Default::default()
        },
    );
    rendered(&root, ".cost-side.fargate .total").await;
    // 10 tasks of 1 vCPU / 2 GB for 730 h in us-east-1: the hand-computed 360.40 USD.
    assert_eq!(text(&root, ".cost-side.fargate .total"), "$360.40/month");
    assert!(text(&root, ".cost-side.ec2 .total").starts_with('$'));
    assert!(text(&root, ".cost-side.managed .total").starts_with('$'));
    assert!(root
        .query_selector(".break-even svg .fargate polyline")
        .unwrap()
        .is_some());
    assert!(
        root.query_selector_all(".chart-table tbody tr")
            .unwrap()
            .length()
            >= 5,
        "the chart has a table alternative"
    );

    until(
        "totals show in won",
        || choose(&root, "#cost-currency", "KRW"),
        || text(&root, ".cost-side.fargate .total").starts_with('₩'),
    )
    .await;
    // 360.40 USD at the default assumed rate of 1,450 KRW.
    assert!(
        text(&root, ".cost-side.fargate .total").starts_with("₩522,581"),
        "{}",
        text(&root, ".cost-side.fargate .total")
    );
    assert!(text(&root, ".cost .note").contains("1 USD = 1450 KRW"));

    until(
        "Seoul prices apply",
        || choose(&root, "#cost-region", "ap-northeast-2"),
        || !text(&root, ".cost-side.fargate .total").starts_with("₩522,581"),
    )
    .await;
    assert!(text(&root, ".prices").contains("ap-northeast-2"));
}

/// The cheaper side the result card's cost reason names, and the one the cost section's
/// verdict names.
fn cheaper_sides(root: &Element) -> (String, String) {
    let first_word = |selector: &str| {
        text(root, selector)
            .trim_start_matches(|c: char| c == '+' || c.is_ascii_digit() || c == ' ')
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    (
        first_word(".result li.cost-reason"),
        first_word(".cost-verdict"),
    )
}

#[wasm_bindgen_test]
async fn the_result_card_and_the_cost_section_name_the_same_cheaper_side() {
    let root = fresh_root();
    chooser(&root, Ec2FargateChooserProps::default());
    rendered(&root, ".result li.cost-reason").await;
    // The default state: 2 EKS pods of 0.5 vCPU / 1 GiB cost less on Fargate.
    assert_eq!(
        cheaper_sides(&root),
        ("Fargate".to_string(), "Fargate".to_string())
    );
    assert!(text(&root, ".answer").starts_with("AWS Fargate"));

    // Pods of 0.25 vCPU / 2 GiB: one costs less on Fargate, twelve fill an EC2 node.
    let root = fresh_root();
    let mut preset = WorkloadProfile::new(Orchestrator::Eks);
    preset.vcpu = 0.25;
    preset.memory_gib = 2.0;
    chooser(
        &root,
        Ec2FargateChooserProps {
            preset: preset.with_replicas(1),
            ..Default::default()
        },
    );
    rendered(&root, ".result li.cost-reason").await;
    assert_eq!(
        cheaper_sides(&root),
        ("Fargate".to_string(), "Fargate".to_string())
    );
    until(
        "12 replicas are priced",
        || type_into(&root, "#replicas", "12"),
        || cheaper_sides(&root).1 == "EC2",
    )
    .await;
    assert_eq!(cheaper_sides(&root), ("EC2".to_string(), "EC2".to_string()));
    assert!(
        text(&root, ".answer").starts_with("EC2 node groups"),
        "{}",
        text(&root, ".answer")
    );
    until(
        "back to 1 replica",
        || type_into(&root, "#replicas", "1"),
        || cheaper_sides(&root).1 == "Fargate",
    )
    .await;
    assert_eq!(
        cheaper_sides(&root),
        ("Fargate".to_string(), "Fargate".to_string())
    );
}

#[wasm_bindgen_test]
async fn node_agents_show_their_cost_control_and_raise_the_ec2_total() {
    let root = fresh_root();
    let mut preset = WorkloadProfile::new(Orchestrator::Eks);
    preset.replicas = 6;
    chooser(
        &root,
        Ec2FargateChooserProps {
            preset,
            ..Default::default()
        },
    );
    rendered(&root, ".cost-side.ec2 .total").await;
    assert!(root.query_selector("#agent-vcpu").unwrap().is_none());
    let before = text(&root, ".cost-side.ec2 .total");
    until(
        "the agents' control shows",
        || check(&root, "#need-daemonsets"),
        || root.query_selector("#agent-vcpu").ok().flatten().is_some(),
    )
    .await;
    let field: HtmlInputElement = find(&root, "#agent-vcpu").unchecked_into();
    assert_eq!(field.value(), "0.25", "a sensible default is shown");
    until(
        "bigger agents cost more nodes",
        || type_into(&root, "#agent-vcpu", "1.5"),
        || text(&root, ".cost-side.ec2 .total") != before,
    )
    .await;
}

/// The texts of every element `selector` matches, in order.
fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|index| list.item(index))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_third_option_goes_by_aws_name_on_each_orchestrator_in_both_languages() {
    for (orchestrator, lang, managed) in [
        (Orchestrator::Eks, Lang::En, "EKS Auto Mode"),
        (Orchestrator::Eks, Lang::Ko, "EKS Auto Mode"),
        (Orchestrator::Ecs, Lang::En, "ECS Managed Instances"),
        (Orchestrator::Ecs, Lang::Ko, "ECS 관리형 인스턴스"),
    ] {
        let root = fresh_root();
        chooser(
            &root,
            Ec2FargateChooserProps {
                lang,
                preset: WorkloadProfile::new(orchestrator),
                ..Default::default()
            },
        );
        rendered(&root, ".chart-table thead").await;
        let nodes = if lang == Lang::En {
            "EC2 nodes"
        } else {
            "EC2 노드"
        };
        // The score bars, the cost sides, the chart's legend and its table: three options,
        // in the same order, the third under AWS's own name. (Fargate is the default answer
        // and the cheapest side: ✓.)
        let bars = texts(&root, ".scores dt");
        assert_eq!(bars, [nodes, managed, "Fargate ✓"], "{lang:?}");
        let sides = texts(&root, ".cost-side h4");
        assert_eq!(sides, [nodes, managed, "Fargate ✓"], "{lang:?}");
        assert_eq!(
            texts(&root, ".break-even .legend"),
            [nodes, managed, "Fargate"]
        );
        let header = texts(&root, ".chart-table thead th");
        assert_eq!(header[1..4], [nodes, managed, "Fargate"]);
        // Three lines, one point per replica count each, told apart by their group's class.
        for side in ["ec2", "managed", "fargate"] {
            let points = find(&root, &format!(".break-even .{side} polyline"))
                .get_attribute("points")
                .unwrap_or_default();
            assert_eq!(points.split(' ').count(), 20, "{side}: {points}");
        }
        assert!(
            text(&root, ".answer").contains(managed),
            "{}",
            text(&root, ".answer")
        );
    }
}

#[wasm_bindgen_test]
async fn a_savings_plan_is_a_line_of_each_side_it_covers_and_the_card_follows_it() {
    let root = fresh_root();
    let mut preset = WorkloadProfile::new(Orchestrator::Ecs);
    preset.vcpu = 1.0;
    preset.memory_gib = 2.0;
    preset.replicas = 10;
    chooser(
        &root,
        Ec2FargateChooserProps {
            preset,
            ..Default::default()
        },
    );
    rendered(&root, ".cost-side.fargate .total").await;
    assert_eq!(text(&root, ".cost-side.fargate .total"), "$360.40/month");
    assert!(root.query_selector("#cost-sp-discount").unwrap().is_none());
    let plan_lines = |root: &Element| {
        texts(root, ".cost-side .breakdown li")
            .into_iter()
            .filter(|line| line.starts_with("Savings Plan"))
            .collect::<Vec<_>>()
    };
    assert!(plan_lines(&root).is_empty());

    // A Compute Savings Plan for 1 year: 20% off Fargate's 360.40, a line on all three
    // sides (each side's EC2 instance hours too).
    until(
        "a Compute Savings Plan applies",
        || choose(&root, "#cost-commitment", "compute-1y"),
        || text(&root, ".cost-side.fargate .total") == "$288.32/month",
    )
    .await;
    assert_eq!(plan_lines(&root).len(), 3, "{:?}", plan_lines(&root));
    assert!(plan_lines(&root).contains(&"Savings Plan -$72.08".to_string()));
    let field: HtmlInputElement = find(&root, "#cost-sp-discount").unchecked_into();
    assert_eq!(field.value(), "", "blank: the plan's own rates");
    assert!(
        text(&root, ".discount .hint")
            .starts_with("Blank: the plan's assumed rates: EC2 27%, Fargate 20%."),
        "{}",
        text(&root, ".discount .hint")
    );
    assert!(text(&root, ".discount .hint").contains("assumption"));

    // The reader's own rate: 50% off each side it covers.
    until(
        "the reader's discount applies",
        || type_into(&root, "#cost-sp-discount", "50"),
        || text(&root, ".cost-side.fargate .total") == "$180.20/month",
    )
    .await;
    // Blank again: the default rate.
    until(
        "a blank field brings the default back",
        || type_into(&root, "#cost-sp-discount", ""),
        || text(&root, ".cost-side.fargate .total") == "$288.32/month",
    )
    .await;
    // A rate above AWS's ceiling is refused with what is allowed; the last good one stays.
    type_into(&root, "#cost-sp-discount", "80");
    eventually("the field says what is allowed", || {
        root.query_selector("#cost-sp-discount-error")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    assert_eq!(
        text(&root, "#cost-sp-discount-error"),
        "Enter a number from 0 to 72."
    );
    assert_eq!(text(&root, ".cost-side.fargate .total"), "$288.32/month");

    // An EC2 Instance Savings Plan leaves Fargate at its on-demand price.
    until(
        "an EC2 Instance Savings Plan applies",
        || choose(&root, "#cost-commitment", "ec2-instance-3y"),
        || text(&root, ".cost-side.fargate .total") == "$360.40/month",
    )
    .await;
    assert_eq!(plan_lines(&root).len(), 2, "EC2 and AWS-managed EC2 only");
    // One brain: the result card's cost reason names the side the verdict names.
    let (card, section) = cheaper_sides(&root);
    assert_eq!(card, section);
}
