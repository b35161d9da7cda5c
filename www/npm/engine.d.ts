// Types of the engine API. The shapes mirror the types `src/core` writes as JSON; the tests
// call every function and type-check tests/types/usage.ts against this file.

/** Text in both languages the widgets speak. */
export interface BilingualText {
  ko: string;
  en: string;
}

export type Orchestrator = 'eks' | 'ecs';
export type LoadPattern = 'steady' | 'bursty' | 'scheduled';
export type OpsCapacity = 'none' | 'some' | 'dedicated';
/** A reader's priority weight: a whole number from 0 (does not matter) to 3. */
export type Weight = 0 | 1 | 2 | 3;

/** What the workload must have; every flag defaults to false. */
export interface Needs {
  gpu?: boolean;
  /** Node agents run as DaemonSets (EKS) or a DAEMON service (ECS). */
  daemonsets?: boolean;
  privileged?: boolean;
  /** hostNetwork / hostPort, or the host network mode. */
  hostNetworking?: boolean;
  /** Some pods or tasks keep data on an EBS volume. */
  blockStorage?: boolean;
  windows?: boolean;
  /** Images built for Arm (Graviton) only. */
  arm?: boolean;
  spot?: boolean;
}

/** A workload. Only `orchestrator` is required; unknown fields are rejected. */
export interface WorkloadProfile {
  orchestrator: Orchestrator;
  /** vCPU per pod or task, > 0 and <= 192; default 0.5. */
  vcpu?: number;
  /** GiB per pod or task, > 0 and <= 1536; default 1. */
  memoryGib?: number;
  /** Pods or tasks at the busiest, a whole number from 1 to 10000; default 2. */
  replicas?: number;
  /**
   * Hours a day at that peak, above 0 and at most 24. Default from `loadPattern`: steady 24,
   * bursty 6, scheduled 2.
   */
  peakHoursPerDay?: number;
  /**
   * Pods or tasks the rest of the day, 0 to `replicas`. Default from `loadPattern`: steady
   * `replicas`, bursty a quarter of them rounded up, scheduled 0.
   */
  offPeakReplicas?: number;
  /** GiB per pod or task, 0 to 16384; default 20. */
  ephemeralStorageGib?: number;
  needs?: Needs;
  /** What the node agents use on every EC2 node when `needs.daemonsets`, 0 to 8; default 0.25 (an assumption). */
  agentVcpu?: number;
  /** GiB the node agents use on every EC2 node when `needs.daemonsets`, 0 to 32; default 0.5 (an assumption). */
  agentGib?: number;
  /** Describes the load; what it costs comes from the numbers above. Default 'steady'. */
  loadPattern?: LoadPattern;
  /** Whether a minute's wait for a new pod or task hurts; default false. */
  startupSensitive?: boolean;
  /** Default 'some'. */
  opsCapacity?: OpsCapacity;
  /** Each 0 to 3; default 1. */
  priorities?: { cost?: Weight; control?: Weight; simplicity?: Weight };
}

export type ComputeChoice = 'ec2' | 'mixed' | 'fargate';
export type Capacity = 'ec2' | 'fargate';
export type NeedName = keyof Needs;

export interface Blocker {
  constraint: NeedName | 'podSize' | 'ephemeralStorage';
  /** 'whole': Fargate is out for the whole workload; 'part': only for the pods it concerns. */
  scope: 'whole' | 'part';
  text: BilingualText;
  /** The catalog fact the blocker rests on; see `catalog()`. */
  factId: string;
}

export interface Placement {
  target: 'ec2' | 'ec2Spot' | 'fargate' | 'fargateSpot';
  text: BilingualText;
  factId: string;
}

export interface Caveat {
  text: BilingualText;
  factId: string;
}

/** The cost model's verdict behind the cost reason. */
export interface CostGap {
  /** The side with the lower monthly total (Fargate on a tie). */
  cheaper: Capacity;
  fargateUsd: number;
  ec2Usd: number;
  /** What the cheaper side saves, as a share of the dearer total. */
  saving: number;
  /** 0 under a 10 % saving; 1 from 10 %, 2 from 25 %, 3 from 50 %. */
  points: number;
  /** What makes the difference, at most two sentences. */
  drivers: BilingualText[];
}

export interface ComputeReason {
  option: Capacity;
  basis: 'cost' | 'control' | 'simplicity' | 'workload';
  points: number;
  weight: number;
  /** points × weight */
  score: number;
  /** Amounts in US dollars. */
  text: BilingualText;
  factId: string;
  /** Set on the cost reason (basis 'cost'), null on the others. */
  cost: CostGap | null;
}

export interface Flip<C> {
  change: BilingualText;
  choice: C;
}

export interface ComputeRecommendation {
  orchestrator: Orchestrator;
  choice: ComputeChoice;
  /** For 'mixed' (and Spot splits): what runs where. */
  placements: Placement[];
  blockers: Blocker[];
  caveats: Caveat[];
  reasons: ComputeReason[];
  scores: { ec2: number; fargate: number };
  weights: { cost: number; control: number; simplicity: number; workload: number };
  /** What Fargate would bill for one pod or task, when Fargate can run it. */
  fargateSize: { vcpu: number; memoryGb: number } | null;
  /** What would change the answer. */
  flips: Flip<ComputeChoice>[];
}

export type Criterion =
  | 'learningCurve'
  | 'flexibility'
  | 'portability'
  | 'ecosystem'
  | 'networking'
  | 'pricing';

/** Every field optional; unknown fields are rejected. */
export interface OrchestratorInput {
  /** How much each criterion matters, 0 to 3; default 1. */
  weights?: Partial<Record<Criterion, Weight>>;
  context?: {
    kubernetesExperience?: 'none' | 'some' | 'strong';
    multiCloud?: boolean;
    onPremises?: boolean;
    teamSize?: number;
    /** Cannot be combined with multiCloud or onPremises. */
    awsOnly?: boolean;
  };
}

export interface CriterionScore {
  criterion: Criterion;
  factId: string;
  /** The row of the seed's ECS-vs-EKS table this criterion is. */
  row: number | null;
  weight: number;
  ecs: { points: number; score: number };
  eks: { points: number; score: number };
}

export interface OrchestratorReason {
  option: Orchestrator;
  criterion: Criterion;
  points: number;
  weight: number;
  score: number;
  text: BilingualText;
  factId: string;
}

export interface OrchestratorComparison {
  choice: Orchestrator;
  criteria: CriterionScore[];
  totals: { ecs: number; eks: number };
  reasons: OrchestratorReason[];
  /** Set when the totals tie and the tie-break decided. */
  tieBreak: { text: BilingualText; factId: string } | null;
  flips: Flip<Orchestrator>[];
}

export type Region = 'us-east-1' | 'ap-northeast-2';
export type Arch = 'x86' | 'arm';

/**
 * How a workload is priced beyond its shape: `recommendCompute`'s second argument, and part
 * of every `CostInput`, with the same defaults. Unknown fields are refused.
 */
export interface PriceSettings {
  /** Default 'us-east-1'. */
  region?: Region;
  /** An instance type of the price list (e.g. 'm6i.large'); absent or null: the cheapest that fits. */
  instanceType?: string | null;
  /** Hours running per month, above 0 and at most 744; default 730. */
  hoursPerMonth?: number;
  /** The share of a node's allocatable capacity planned for, above 0 and at most 1; default 0.8. */
  headroom?: number;
  /** The fraction EC2 Spot takes off on-demand, 0 to 0.9; default 0.6 (an assumption). */
  ec2SpotDiscount?: number;
  /**
   * The fraction Fargate Spot takes off Fargate's vCPU and memory (ECS, Linux), 0 to 0.7;
   * default 0.66, an assumption from observed rates (AWS states only "up to 70%").
   */
  fargateSpotDiscount?: number;
  /** EKS support tier, which sets the control-plane fee; default 'standard'. */
  eksSupport?: 'standard' | 'extended';
  /** EKS clusters paying the control-plane fee, 1 to 100; default 1. */
  clusters?: number;
}

/** A workload to price. Only `orchestrator` is required; unknown fields are refused. */
export interface CostInput extends PriceSettings {
  orchestrator: Orchestrator;
  /** vCPU per pod or task; default 0.5. */
  vcpu?: number;
  /** GiB per pod or task; default 1. */
  memoryGib?: number;
  /** Pods or tasks at the busiest; default 2. */
  replicas?: number;
  /** Hours a day at that peak, above 0 and at most 24; default 24 (steady). */
  peakHoursPerDay?: number;
  /** Pods or tasks the rest of the day, 0 to `replicas`; default 0. */
  offPeakReplicas?: number;
  /** GiB per pod or task; default 20 (what Fargate includes). */
  ephemeralStorageGib?: number;
  /** Default 'x86'. */
  arch?: Arch;
  /**
   * Default 'linux'. 'windows' (x86 only) prices Fargate at its Windows rates plus the OS
   * licence (ECS only; 1, 2 or 4 vCPU, up to 30 GB) and EC2 at the Linux price plus the
   * licence per vCPU-hour.
   */
  os?: 'linux' | 'windows';
  /** What DaemonSets (or ECS daemon services) use on every node; default 0. */
  daemonsetVcpu?: number;
  daemonsetGib?: number;
  /** Run on Spot where the orchestrator allows; default false. */
  spot?: boolean;
}

/**
 * How far a fact or price can be trusted: 'verified' only where the cited page states it;
 * 'sourcePost' is the source post's judgement, 'secondarySource' a value from a secondary
 * source, 'assumption' a model default the caller can change.
 */
export type Status =
  | 'verified'
  | 'unverified'
  | 'conflicting'
  | 'sourcePost'
  | 'secondarySource'
  | 'assumption';

export type PriceUnit = 'vcpuHour' | 'gbHour' | 'instanceHour' | 'clusterHour' | 'fractionOff';

/** One sourced price, in USD per `unit` (for 'fractionOff', the fraction). */
export interface Price {
  item: string;
  usd: number;
  unit: PriceUnit;
  region: Region;
  /** YYYY-MM-DD: when the price was recorded. */
  date: string;
  source: string;
  status: Status;
}

export interface CostLine {
  item: 'compute' | 'storage' | 'controlPlane' | 'spotSavings' | 'license';
  quantity: number;
  unit: PriceUnit;
  /** USD for the month; negative for savings. */
  usd: number;
  price: Price;
}

export interface CostBreakdown {
  compute: number;
  storage: number;
  controlPlane: number;
  /** Zero or negative. */
  spotSavings: number;
  /** The Windows licence; zero for Linux. */
  license: number;
}

export interface FargateCost {
  /** The size each task or pod is billed for. */
  billedSize: { vcpu: number; memoryGb: number };
  /** At the peak. */
  replicas: number;
  /** Task- or pod-hours over the month, at the peak and off it. */
  replicaHours: number;
  /** USD per month. */
  totalUsd: number;
  breakdown: CostBreakdown;
  lines: CostLine[];
}

export interface Ec2Cost {
  instanceType: string;
  /** True when the type was chosen as the cheapest that fits rather than asked for. */
  chosen: boolean;
  /** Nodes at the peak. */
  nodes: number;
  /** Nodes the rest of the day (as many as `nodes` for a steady load). */
  offPeakNodes: number;
  /** Instance-hours over the month. */
  nodeHours: number;
  maxPodsPerNode: number;
  nodeCapacity: { reservedVcpu: number; reservedGib: number; vcpu: number; gib: number; pods: number | null };
  /** USD per month. */
  totalUsd: number;
  breakdown: CostBreakdown;
  lines: CostLine[];
}

/** Why a side cannot run the workload. */
export interface UnavailableSide {
  status: 'unavailable';
  factId: string;
  constraint: 'arm' | 'windows' | 'podSize' | 'ephemeralStorage' | 'noPrice';
}

export interface CostEstimate {
  region: Region;
  hoursPerMonth: number;
  fargate: ({ status: 'available' } & FargateCost) | UnavailableSide;
  ec2: ({ status: 'available' } & Ec2Cost) | UnavailableSide;
  /** The side with the lower total (Fargate on a tie); null when a side is unavailable. */
  cheaper: 'fargate' | 'ec2' | null;
}

export interface BreakEvenPoint {
  replicas: number;
  fargateUsd: number | null;
  ec2Usd: number | null;
  instanceType: string | null;
}

export interface Crossover {
  replicas: number;
  /** The side cheaper from `replicas` on. */
  cheaper: 'fargate' | 'ec2';
}

export interface BreakEven {
  points: BreakEvenPoint[];
  /** The first crossover, or null. */
  crossover: Crossover | null;
  crossovers: Crossover[];
}

export interface Fact {
  id: string;
  text: string;
  /** The AWS page the fact rests on. */
  source: string;
  /** YYYY-MM-DD: when the fact was last checked against `source`. */
  verifiedOn: string;
  status: Status;
}

/**
 * Recommends EC2 node groups, Fargate or a mix, its cost reason priced with `settings` (the
 * same fields and defaults as `estimateCost`). Rejects with an Error such as
 * `vcpu: received -2, allowed a number greater than 0 and at most 192`.
 */
export declare function recommendCompute(
  profile: WorkloadProfile,
  settings?: PriceSettings,
): Promise<ComputeRecommendation>;

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
export declare function catalog(lang: 'ko' | 'en'): Promise<Fact[]>;
