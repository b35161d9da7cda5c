// Compiled (not run) by tests/e2e/types.test.mjs with `tsc --noEmit --strict`: the package's
// declarations (hand-written signatures, types generated from the Rust types) must accept
// what the README shows, describe what every function returns and what the `change` events
// carry, and refuse misspelt fields.
import { breakEven, compareOrchestrators, estimateCost, recommendCompute, starterConfig, catalog, loadEngine, loadWasm, TAGS, VERSION } from 'container-compass';
import type {
  BilingualText,
  ChooserChange,
  ComputeRecommendation,
  CostEstimate,
  CostInput,
  FactView,
  MatrixChange,
  PriceSettings,
  Starter,
  WorkloadProfile,
} from 'container-compass/engine';
// The one-tag bundle: the elements, its wasm's loader, and the wasm's memory for benchmarks.
import * as bundle from 'container-compass/container-compass.js';

async function demo(): Promise<void> {
  await loadWasm(new URL('./container-compass.wasm', import.meta.url));
  await loadEngine(new URL('./container-compass-engine.wasm', import.meta.url));
  const profile: WorkloadProfile = {
    orchestrator: 'eks',
    vcpu: 1,
    memoryGib: 2,
    peakHoursPerDay: null,
    needs: { daemonsets: true },
    priorities: { cost: 3 },
  };
  const settings: PriceSettings = {
    region: 'ap-northeast-2', instanceType: null,
    commitment: 'computeSavingsPlan3y', savingsPlanDiscount: 0.4,
  };
  const onDemand: PriceSettings = { commitment: 'none', savingsPlanDiscount: null };
  const answer: ComputeRecommendation = await recommendCompute(profile, settings);
  const choice: 'ec2' | 'managed' | 'mixed' | 'fargate' = answer.choice;
  const ec2Usd: number | null | undefined = answer.reasons.find((r) => r.basis === 'cost')?.cost?.ec2Usd;
  const managedUsd: number | null | undefined = answer.reasons[0]?.cost?.managedUsd;
  const managedScore: number = answer.scores.managed;
  const ruledOut: Array<'ec2' | 'managed' | 'fargate'> = answer.blockers.map((blocker) => blocker.option);
  const firstReason: string | undefined = answer.reasons[0]?.text.ko;
  const blocked: string[] = answer.blockers.map((blocker) => blocker.constraint);
  const podMemory: number | null = answer.fargateSize?.memoryGb ?? null;

  // The starter for the same plan: files and steps, or the field a file cannot express.
  const starter: Starter = await starterConfig(profile, settings);
  if (starter.status === 'ready') {
    const file: string | undefined = starter.files[0]?.text.ko;
    const format: 'yaml' | 'json' | undefined = starter.files[0]?.format;
    const commands: string[] = starter.steps.flatMap((step) => step.commands);
    const version: string | null = starter.kubernetesVersion;
    const cited: string[] = starter.factIds;
    console.log(file, format, commands, version, cited, starter.region, starter.choice);
  } else {
    const field: string = starter.field;
    const why: string = starter.reason.en;
    console.log(field, why);
  }

  const matrix = await compareOrchestrators({ weights: { portability: 3 }, context: { teamSize: 40 } });
  const total: number = matrix.totals.eks;
  const tie: BilingualText | undefined = matrix.tieBreak?.text;
  const facts: FactView[] = await catalog('ko');
  const dated: string | undefined = facts[0]?.verifiedOn;
  const trusted: boolean = facts.every((fact) => fact.status !== 'sourcePost');

  const costInput: CostInput = {
    orchestrator: 'ecs', vcpu: 1, memoryGib: 2, replicas: 10, region: 'ap-northeast-2',
    spot: true, fargateSpotDiscount: 0.6,
  };
  const cost: CostEstimate = await estimateCost(costInput);
  const fargateUsd: number | null = cost.fargate.status === 'available' ? cost.fargate.totalUsd : null;
  // The EC2 that AWS runs: its fee and any Savings Plan are lines of their own.
  const managedFee: number | null = cost.managed.status === 'available' ? cost.managed.breakdown.managementFee : null;
  const planSaving: number | null = cost.ec2.status === 'available' ? cost.ec2.breakdown.savingsPlan : null;
  const cheapest: 'ec2' | 'managed' | 'fargate' | null = cost.cheaper;
  const committed = await estimateCost({ ...costInput, commitment: 'ec2InstanceSavingsPlan1y', savingsPlanDiscount: null });
  const ec2Why: string | null = cost.ec2.status === 'unavailable' ? cost.ec2.constraint : null;
  const series = await breakEven(costInput, 200);
  const firstCrossover: number | undefined = series.crossover?.replicas;
  const pointUsd: number | null | undefined = series.points[0]?.ec2Usd;
  const managedPointUsd: number | null | undefined = series.points[0]?.managedUsd;

  const element = document.createElement('ecs-eks-matrix');
  element.addEventListener('error', (event) => console.log(event.detail.message));
  const failed: string | null = element.error;
  element.addEventListener('change', (event) => {
    const detail: ChooserChange | MatrixChange = event.detail;
    if ('comparison' in detail) {
      const weight: number | undefined = detail.input.weights.portability;
      console.log(detail.comparison.totals.ecs, weight, detail.input.context.awsOnly);
    } else {
      const vcpu: number = detail.profile.vcpu;
      console.log(vcpu, detail.recommendation.choice, detail.cost.cheaper);
      console.log(detail.costSettings.currency, detail.costSettings.exchangeRate.krwPerUsd);
      console.log(detail.costSettings.commitment, detail.costSettings.savingsPlanDiscount);
    }
  });
  console.log(choice, ec2Usd, firstReason, blocked, podMemory, total, tie, dated, trusted);
  console.log(fargateUsd, ec2Why, firstCrossover, pointUsd, failed, TAGS.length, VERSION);
  console.log(onDemand, managedUsd, managedScore, ruledOut, managedFee, planSaving, cheapest);
  console.log(committed.ec2, managedPointUsd);
}

// @ts-expect-error: orchestrator is required
const missing: WorkloadProfile = { vcpu: 1 };
// @ts-expect-error: a misspelt field (the Rust type's is memoryGib)
const misspelt: WorkloadProfile = { orchestrator: 'ecs', memoryGiB: 2 };
// @ts-expect-error: only the two Regions with prices
void estimateCost({ orchestrator: 'ecs', region: 'eu-west-1' });
// @ts-expect-error: price settings hold no workload shape
void recommendCompute({ orchestrator: 'eks' }, { replicas: 3 });
// @ts-expect-error: the starter takes the same price settings, which hold no workload shape
void starterConfig({ orchestrator: 'ecs' }, { replicas: 3 });
// @ts-expect-error: no such criterion
void compareOrchestrators({ weights: { pricng: 2 } });
// @ts-expect-error: commitments are named as the Rust type writes them (not the attribute's "compute-1y")
void estimateCost({ orchestrator: 'ecs', commitment: 'compute-1y' });
// @ts-expect-error: the discount is a number (a fraction), not a percentage string
void recommendCompute({ orchestrator: 'eks' }, { savingsPlanDiscount: '30%' });
// @ts-expect-error: the catalog speaks Korean and English
void catalog('fr');
async function misread(): Promise<void> {
  const answer = await recommendCompute({ orchestrator: 'ecs' });
  // @ts-expect-error: the answer has no such field (it is fargateSize)
  console.log(answer.fargateSizes);
  const starter = await starterConfig({ orchestrator: 'ecs' });
  // @ts-expect-error: files exist only once the status says ready
  console.log(starter.files);
}

async function fromTheBundle(): Promise<number> {
  await bundle.loadWasm();
  const version: string = bundle.VERSION;
  console.log(version);
  // @ts-expect-error: the bundle has the elements only; the engine is a bundle of its own
  void bundle.estimateCost;
  return bundle.wasmMemoryBytes();
}

void demo;
void missing;
void misspelt;
void misread;
void fromTheBundle;
