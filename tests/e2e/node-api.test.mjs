// The engine API as a static-site generator uses it at build time: the built npm package
// imported in Node, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './harness.mjs';

const engine = await import(pathToFileURL(join(DIST, 'npm/engine.js')).href);

test('recommendCompute: a GPU workload on ECS goes to EC2, citing the fact', async () => {
  const answer = await engine.recommendCompute({ orchestrator: 'ecs', needs: { gpu: true } });
  assert.equal(answer.choice, 'ec2');
  assert.equal(answer.blockers[0].factId, 'fargate.ecs.gpu');
  assert.match(answer.blockers[0].text.en, /GPU/);
  assert.ok(answer.blockers[0].text.ko.length > 0);
  assert.ok(answer.reasons.length > 0);
});

test('recommendCompute: a small bursty service with no ops team goes to Fargate', async () => {
  const answer = await engine.recommendCompute({
    orchestrator: 'eks', vcpu: 0.5, memoryGib: 1, replicas: 3,
    loadPattern: 'bursty', opsCapacity: 'none', priorities: { simplicity: 3 },
  });
  assert.equal(answer.choice, 'fargate');
  assert.deepEqual(answer.fargateSize, { vcpu: 0.5, memoryGb: 2 });
});

test('recommendCompute: its cost reason quotes what estimateCost prices, with the same settings', async () => {
  const profile = { orchestrator: 'eks', vcpu: 0.25, memoryGib: 2, replicas: 12 };
  const settings = { region: 'ap-northeast-2', hoursPerMonth: 500 };
  const answer = await engine.recommendCompute(profile, settings);
  const cost = await engine.estimateCost({ ...profile, ...settings });
  const reason = answer.reasons.find((r) => r.basis === 'cost');
  assert.deepEqual(
    [reason.cost.fargateUsd, reason.cost.ec2Usd],
    [cost.fargate.totalUsd, cost.ec2.totalUsd],
  );
  assert.equal(reason.option, cost.cheaper);
  // Without settings, the defaults of estimateCost.
  const plain = await engine.recommendCompute(profile);
  const plainCost = await engine.estimateCost(profile);
  assert.equal(plain.reasons.find((r) => r.basis === 'cost').cost.ec2Usd, plainCost.ec2.totalUsd);
  await assert.rejects(engine.recommendCompute(profile, { replicas: 3 }), {
    message: 'replicas: received an unknown field, allowed one of "region", "instanceType", "hoursPerMonth", "headroom", "ec2SpotDiscount", "fargateSpotDiscount", "eksSupport", "clusters", "commitment", "savingsPlanDiscount"',
  });
  await assert.rejects(engine.recommendCompute(profile, { instanceType: 'm7g.large' }), {
    message: 'instanceType: received "m7g.large", allowed an x86 instance type when needs.arm is false',
  });
});

test('starterConfig: the files and steps for the plan recommendCompute gives', async () => {
  const profile = {
    orchestrator: 'eks', vcpu: 0.5, memoryGib: 1, replicas: 3,
    loadPattern: 'bursty', opsCapacity: 'none', priorities: { simplicity: 3 },
  };
  const plan = await engine.recommendCompute(profile);
  const starter = await engine.starterConfig(profile);
  assert.equal(starter.status, 'ready');
  assert.equal(starter.choice, plan.choice);
  assert.equal(starter.choice, 'fargate');
  assert.deepEqual(
    [starter.clusterName, starter.region, starter.kubernetesVersion],
    ['my-cluster', 'us-east-1', '1.34'],
  );
  assert.deepEqual(starter.files.map((file) => [file.name, file.format]), [['cluster.yaml', 'yaml']]);
  const yaml = starter.files[0].text.en;
  assert.ok(yaml.includes([
    'apiVersion: eksctl.io/v1alpha5',
    'kind: ClusterConfig',
    'metadata:',
    '  name: my-cluster',
    '  # The Region the estimate priced.',
    '  region: us-east-1',
  ].join('\n')), yaml);
  assert.ok(yaml.endsWith([
    '  - name: fp-default',
    '    selectors:',
    '      - namespace: default',
    '      # With no nodes, CoreDNS runs on Fargate too.',
    '      - namespace: kube-system',
    '',
  ].join('\n')), yaml);
  // The same fields, with Korean comments.
  const korean = starter.files[0].text.ko;
  assert.ok(korean.startsWith('# 추천 구성의 시작 설정입니다.'), korean);
  assert.equal(korean.replace(/ *#.*\n/g, ''), yaml.replace(/ *#.*\n/g, ''));
  assert.deepEqual(starter.steps.map((step) => step.commands), [
    ['aws configure', 'eksctl version', 'kubectl version --client'],
    [],
    ['eksctl create cluster -f cluster.yaml'],
    ['aws eks update-kubeconfig --region us-east-1 --name my-cluster', 'kubectl get nodes'],
    ['kubectl apply -f app.yaml'],
  ]);
  assert.deepEqual(starter.factIds, ['starter.kubernetes-version', 'starter.eksctl-fargate']);
  const facts = await engine.catalog('en');
  const fargate = facts.find((fact) => fact.id === 'starter.eksctl-fargate');
  assert.equal(fargate.source, 'https://docs.aws.amazon.com/eks/latest/eksctl/fargate.html');
});

test('starterConfig: an ECS Fargate Spot split, a refusal, and bad input', async () => {
  const spot = await engine.starterConfig(
    { orchestrator: 'ecs', vcpu: 1, memoryGib: 3, replicas: 8, needs: { spot: true }, opsCapacity: 'none' },
    { region: 'ap-northeast-2' },
  );
  assert.equal(spot.status, 'ready');
  assert.deepEqual(spot.files.map((file) => file.name), ['cluster.json', 'task-definition.json']);
  assert.deepEqual(JSON.parse(spot.files[0].text.en), {
    clusterName: 'my-cluster',
    capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
    defaultCapacityProviderStrategy: [
      { capacityProvider: 'FARGATE', base: 1, weight: 0 },
      { capacityProvider: 'FARGATE_SPOT', weight: 1 },
    ],
  });
  const task = JSON.parse(spot.files[1].text.ko);
  assert.deepEqual(
    [task.requiresCompatibilities, task.cpu, task.memory, task.runtimePlatform],
    [['FARGATE'], '1024', '3072', { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' }],
  );
  assert.deepEqual(spot.steps[0].commands, ['aws configure', 'aws configure set region ap-northeast-2']);

  const gpu = await engine.starterConfig({ orchestrator: 'eks', needs: { gpu: true } });
  assert.deepEqual(Object.keys(gpu), ['status', 'field', 'reason']);
  assert.deepEqual([gpu.status, gpu.field], ['refused', 'needs.gpu']);
  assert.match(gpu.reason.en, /^The price list has no GPU type/);
  assert.match(gpu.reason.ko, /^가격표에 GPU 유형이 없어/);

  await assert.rejects(engine.starterConfig({ orchestrator: 'ecs', vcpu: -2 }), {
    message: 'vcpu: received -2, allowed a number greater than 0 and at most 192',
  });
  await assert.rejects(engine.starterConfig({ orchestrator: 'ecs' }, { instanceType: 'm7g.large' }), {
    message: 'instanceType: received "m7g.large", allowed an x86 instance type when needs.arm is false',
  });
});

test('compareOrchestrators: defaults answer, and weights move the answer', async () => {
  const plain = await engine.compareOrchestrators();
  assert.equal(plain.criteria.length, 6);
  // Every weight 1, no context: ECS by a point (the seed's scores, summed).
  assert.deepEqual(plain.totals, { ecs: 12, eks: 11 });
  assert.equal(plain.choice, 'ecs');
  const portable = await engine.compareOrchestrators({
    weights: { portability: 3, flexibility: 3, learningCurve: 0 },
    context: { multiCloud: true, kubernetesExperience: 'strong' },
  });
  assert.equal(portable.choice, 'eks');
});

test('catalog: every fact in the asked language with a source and a date', async () => {
  const ko = await engine.catalog('ko');
  assert.ok(ko.length >= 40);
  for (const fact of ko) {
    assert.match(fact.source, /^https:\/\//);
    assert.match(fact.verifiedOn, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(['verified', 'unverified', 'conflicting', 'sourcePost', 'secondarySource', 'assumption'].includes(fact.status));
  }
  assert.ok(ko.some((fact) => /[\uac00-\ud7a3]/.test(fact.text)));
  const en = await engine.catalog('en');
  assert.equal(en.length, ko.length);
});

test('estimateCost: 10 ECS tasks of 1 vCPU / 2 GB for 730 h cost 360.40 USD on Fargate', async () => {
  const answer = await engine.estimateCost({ orchestrator: 'ecs', vcpu: 1, memoryGib: 2, replicas: 10 });
  assert.equal(answer.fargate.status, 'available');
  assert.equal(answer.fargate.totalUsd.toFixed(2), '360.40');
  // EC2: the cheapest fit is two c6i.2xlarge (8 vCPU, 16 GiB each) at 0.34 USD an hour:
  // 2 × 0.34 × 730 = 496.40 USD, dearer than Fargate.
  assert.equal(answer.ec2.status, 'available');
  assert.equal(answer.ec2.instanceType, 'c6i.2xlarge');
  assert.equal(answer.ec2.nodes, 2);
  assert.equal(answer.ec2.totalUsd.toFixed(2), '496.40');
  assert.equal(answer.cheaper, 'fargate');
  for (const line of [...answer.fargate.lines, ...answer.ec2.lines]) {
    assert.match(line.price.source, /^https:\/\//);
    assert.match(line.price.date, /^\d{4}-\d{2}-\d{2}$/);
  }
  // On EKS, 256 MB is added to the pod's memory before rounding up: 1 vCPU / 8 GB → 2 vCPU / 9 GB.
  const eks = await engine.estimateCost({ orchestrator: 'eks', vcpu: 1, memoryGib: 8 });
  assert.deepEqual(eks.fargate.billedSize, { vcpu: 2, memoryGb: 9 });
  assert.ok(eks.ec2.breakdown.controlPlane > 0, 'EKS pays the control-plane fee');
  // Fargate on EKS runs no Arm pods.
  const arm = await engine.estimateCost({ orchestrator: 'eks', arch: 'arm' });
  assert.deepEqual(arm.fargate, { status: 'unavailable', factId: 'fargate.eks.arm', constraint: 'arm' });
});

test('estimateCost: a Savings Plan is a line of the usage it covers; the fee is not discounted', async () => {
  const input = { orchestrator: 'ecs', vcpu: 1, memoryGib: 2, replicas: 10 };
  // A Compute Savings Plan for 3 years, at its assumed rates: 45% off Fargate's 360.40 and
  // 48% off the EC2 instances' 496.40, on both sides of EC2.
  const compute = await engine.estimateCost({ ...input, commitment: 'computeSavingsPlan3y' });
  assert.equal(compute.fargate.totalUsd.toFixed(2), '198.22');
  assert.equal(compute.ec2.breakdown.savingsPlan.toFixed(2), '-238.27');
  assert.equal(compute.ec2.totalUsd.toFixed(2), '258.13');
  // The EC2 that AWS runs: the same nodes and plan, plus its fee (12% of 496.40) in full.
  assert.equal(compute.managed.breakdown.savingsPlan.toFixed(2), '-238.27');
  assert.equal(compute.managed.breakdown.managementFee.toFixed(2), '59.57');
  assert.equal(compute.managed.totalUsd.toFixed(2), '317.70');
  const plan = compute.ec2.lines.find((line) => line.item === 'savingsPlan');
  assert.deepEqual([plan.price.item, plan.price.usd, plan.price.status], ['savings-plan.ec2', 0.48, 'assumption']);
  assert.equal(compute.cheaper, 'fargate');
  // An EC2 Instance Savings Plan leaves Fargate on demand; a rate of the reader's own applies.
  const instance = await engine.estimateCost({ ...input, commitment: 'ec2InstanceSavingsPlan1y', savingsPlanDiscount: 0.5 });
  assert.equal(instance.fargate.totalUsd.toFixed(2), '360.40');
  assert.deepEqual(instance.fargate.lines.filter((line) => line.item === 'savingsPlan'), []);
  assert.equal(instance.ec2.totalUsd.toFixed(2), '248.20');
  // recommendCompute prices with the same settings and quotes the same three totals.
  const answer = await engine.recommendCompute(
    { orchestrator: 'ecs', vcpu: 1, memoryGib: 2, replicas: 10 }, { commitment: 'computeSavingsPlan3y' });
  const gap = answer.reasons.find((reason) => reason.basis === 'cost').cost;
  assert.deepEqual([gap.fargateUsd, gap.ec2Usd, gap.managedUsd],
    [compute.fargate.totalUsd, compute.ec2.totalUsd, compute.managed.totalUsd]);
  assert.equal(answer.scores.managed, answer.reasons
    .filter((reason) => reason.option === 'managed').reduce((sum, reason) => sum + reason.score, 0));
});

test('breakEven: one point per replica count, with the crossovers', async () => {
  const series = await engine.breakEven({ orchestrator: 'eks', vcpu: 0.25, memoryGib: 2 }, 10);
  assert.equal(series.points.length, 10);
  assert.deepEqual(series.points.map((point) => point.replicas).slice(0, 3), [1, 2, 3]);
  // Each node added makes EC2 dearer in a step, so the cheaper side changes three times.
  assert.deepEqual(series.crossovers, [
    { replicas: 4, cheaper: 'ec2' },
    { replicas: 7, cheaper: 'fargate' },
    { replicas: 8, cheaper: 'ec2' },
  ]);
  for (const crossover of series.crossovers) {
    const [before, at] = [series.points[crossover.replicas - 2], series.points[crossover.replicas - 1]];
    const cheaperAt = at.fargateUsd <= at.ec2Usd ? 'fargate' : 'ec2';
    const cheaperBefore = before.fargateUsd <= before.ec2Usd ? 'fargate' : 'ec2';
    assert.equal(cheaperAt, crossover.cheaper);
    assert.notEqual(cheaperBefore, cheaperAt);
  }
  await assert.rejects(engine.breakEven({ orchestrator: 'ecs' }, 0), /^Error: upTo: received 0, allowed a whole number from 1 to 1000$/);
  await assert.rejects(engine.estimateCost({ orchestrator: 'ecs', region: 'eu-west-1' }), {
    message: 'region: received "eu-west-1", allowed "us-east-1" or "ap-northeast-2"',
  });
  await assert.rejects(engine.estimateCost({ orchestrator: 'ecs', spotty: true }), /^Error: spotty: /);
});

test('bad input rejects with an Error naming the field, the value and what is allowed', async () => {
  await assert.rejects(engine.recommendCompute({ orchestrator: 'ecs', vcpu: -2 }), {
    name: 'Error',
    message: 'vcpu: received -2, allowed a number greater than 0 and at most 192',
  });
  await assert.rejects(engine.recommendCompute({ orchestrator: 'ecs', needs: { gpus: true } }), (error) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, /^needs\.gpus: /);
    assert.match(error.message, /"gpu"/);
    return true;
  });
  await assert.rejects(engine.recommendCompute({ vcpu: 1 }), /orchestrator/);
  await assert.rejects(engine.compareOrchestrators({ weights: { pricing: 7 } }), /weights\.pricing: received 7/);
  await assert.rejects(engine.catalog('fr'), { message: 'lang: received "fr", allowed "ko" or "en"' });
});
