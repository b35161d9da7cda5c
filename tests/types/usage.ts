// Compiled (not run) by tests/e2e/types.test.mjs with `tsc --noEmit --strict`: the package's
// declarations must accept what the README shows and describe what the functions return.
import { breakEven, compareOrchestrators, estimateCost, recommendCompute, catalog, TAGS, VERSION } from 'container-compass';
import type { ComputeRecommendation, CostEstimate, CostInput, WorkloadProfile } from 'container-compass/engine';

async function demo(): Promise<void> {
  const profile: WorkloadProfile = {
    orchestrator: 'eks',
    vcpu: 1,
    memoryGib: 2,
    needs: { daemonsets: true },
    priorities: { cost: 3 },
  };
  const answer: ComputeRecommendation = await recommendCompute(profile, { region: 'ap-northeast-2' });
  const choice: 'ec2' | 'mixed' | 'fargate' = answer.choice;
  const ec2Usd: number | undefined = answer.reasons.find((r) => r.basis === 'cost')?.cost?.ec2Usd;
  console.log(ec2Usd);
  const firstReason: string | undefined = answer.reasons[0]?.text.ko;

  const matrix = await compareOrchestrators({ weights: { portability: 3 } });
  const total: number = matrix.totals.eks;
  const facts = await catalog('ko');
  const dated: string | undefined = facts[0]?.verifiedOn;
  const trusted: boolean = facts.every((fact) => fact.status !== 'sourcePost');

  const costInput: CostInput = {
    orchestrator: 'ecs', vcpu: 1, memoryGib: 2, replicas: 10, region: 'ap-northeast-2',
    spot: true, fargateSpotDiscount: 0.6,
  };
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
  console.log(choice, firstReason, total, dated, trusted, TAGS.length, VERSION);
}

// @ts-expect-error: orchestrator is required
const missing: WorkloadProfile = { vcpu: 1 };
// @ts-expect-error: only the two Regions with prices
void estimateCost({ orchestrator: 'ecs', region: 'eu-west-1' });
// @ts-expect-error: price settings hold no workload shape
void recommendCompute({ orchestrator: 'eks' }, { replicas: 3 });
// @ts-expect-error: weights are 0 to 3
void compareOrchestrators({ weights: { pricing: 7 } });

void demo;
void missing;
