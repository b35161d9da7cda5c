// The engine API's functions. The types they take and give are generated from the Rust
// types into types.d.ts by `cargo xtask dist` (xtask/src/types.rs); tests/types/usage.ts
// type-checks a consumer against both.

import type {
  BreakEven,
  ComputeRecommendation,
  CostEstimate,
  CostInput,
  FactView,
  Lang,
  OrchestratorComparison,
  OrchestratorInput,
  PriceSettings,
  Starter,
  WorkloadProfile,
} from './types.js';

export * from './types.js';

/** The package version. */
export declare const VERSION: string;

/**
 * Loads the engine's wasm once (a module of its own, without the widgets); resolves when it is
 * ready. Every function below calls it itself; call it early to start the download sooner, or
 * with your own source (a URL, a Request carrying an integrity hash, a Response, the bytes).
 */
export declare function loadEngine(
  source?: string | URL | Request | Response | BufferSource,
): Promise<unknown>;

/**
 * Recommends EC2 node groups, Fargate or a mix, its cost reason priced with `settings` (the
 * same fields and defaults as `estimateCost`). Rejects with an Error such as
 * `vcpu: received -2, allowed a number greater than 0 and at most 192`.
 */
export declare function recommendCompute(
  profile: WorkloadProfile,
  settings?: PriceSettings,
): Promise<ComputeRecommendation>;

/**
 * The starter configuration for the plan `recommendCompute` gives the same arguments: the
 * files (eksctl YAML, or the ECS API's JSON) with comments in both languages, the
 * getting-started steps with their exact commands, and the facts the fields rest on. A plan
 * no file can express resolves to `{status: "refused", field, reason}`; bad input rejects as
 * `recommendCompute` does.
 */
export declare function starterConfig(
  profile: WorkloadProfile,
  settings?: PriceSettings,
): Promise<Starter>;

/** Compares Amazon ECS and Amazon EKS; `input` defaults to every default. */
export declare function compareOrchestrators(input?: OrchestratorInput): Promise<OrchestratorComparison>;

/**
 * Prices a workload for a month on Fargate and on packed EC2 nodes, in USD. Rejects with an
 * Error such as `region: received "eu-west-1", allowed "us-east-1" or "ap-northeast-2"`.
 */
export declare function estimateCost(input: CostInput): Promise<CostEstimate>;

/** Both sides' monthly cost from 1 to `upTo` replicas (default 100, 1 to 1000); `input.replicas` is ignored. */
export declare function breakEven(input: CostInput, upTo?: number): Promise<BreakEven>;

/** Every fact of the catalog in one language. */
export declare function catalog(lang: Lang): Promise<FactView[]>;
