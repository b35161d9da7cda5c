// Compiled (not run) by tests/e2e/types.test.mjs with `tsc --noEmit --strict`: the package's
// declarations must accept what the README shows and describe what the functions return.
import { breakEven, compareOrchestrators, estimateCost, recommendCompute, catalog, TAGS, VERSION } from 'container-compass';
import type { ComputeRecommendation, CostEstimate, CostInput, WorkloadProfile } from 'container-compass/engine';
// The one-tag bundle offers the same API, and the wasm's memory for benchmarks.
import * as bundle from 'container-compass/container-compass.js';

async function demo(): Promise<void> {
  const profile: WorkloadProfile = {
    orchestrator: 'eks',
    vcpu: 1,
    memoryGib: 2,
    needs: { daemonsets: true },
    priorities: { cost: 3 },
  };
  const answer: ComputeRecommendation = await recommendCompute(profile);
  const choice: 'ec2' | 'mixed' | 'fargate' = answer.choice;
  const firstReason: string | undefined = answer.reasons[0]?.text.ko;

  const matrix = await compareOrchestrators({ weights: { portability: 3 } });
  const total: number = matrix.totals.eks;
  const facts = await catalog('ko');
  const dated: string | undefined = facts[0]?.verifiedOn;

  const costInput: CostInput = { orchestrator: 'ecs', vcpu: 1, memoryGib: 2, replicas: 10, region: 'ap-northeast-2' };
  const cost: CostEstimate = await estimateCost(costInput);
  const fargateUsd: number | null = cost.fargate.status === 'available' ? cost.fargate.totalUsd : null;
  const series = await breakEven(costInput, 200);
  const firstCrossover: number | undefined = series.crossover?.replicas;
  console.log(fargateUsd, firstCrossover);

  const element = document.createElement('ecs-eks-matrix');
  element.addEventListener('error', (event) => console.log(event.detail.message));
  const failed: string | null = element.error;
  console.log(failed);
  element.addEventListener('change', (event) => {
    const detail = event.detail;
    if ('comparison' in detail) console.log(detail.comparison.totals.ecs, detail.input.weights);
    else console.log(detail.recommendation.choice, detail.profile.orchestrator, detail.cost.cheaper, detail.costSettings.currency);
  });
  console.log(choice, firstReason, total, dated, TAGS.length, VERSION);
}

// @ts-expect-error: orchestrator is required
const missing: WorkloadProfile = { vcpu: 1 };
// @ts-expect-error: only the two Regions with prices
void estimateCost({ orchestrator: 'ecs', region: 'eu-west-1' });
// @ts-expect-error: weights are 0 to 3
void compareOrchestrators({ weights: { pricing: 7 } });

async function fromTheBundle(): Promise<number> {
  const cost: CostEstimate = await bundle.estimateCost({ orchestrator: 'ecs', replicas: 3 });
  await bundle.loadWasm();
  const version: string = bundle.VERSION;
  console.log(cost.cheaper, version);
  return bundle.wasmMemoryBytes();
}

void demo;
void missing;
void fromTheBundle;
