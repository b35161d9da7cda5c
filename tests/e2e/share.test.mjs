// Sharing: "Copy link" puts the answers in the URL (under the widget's own key) and on the
// clipboard, and a reload restores them; "Copy as Markdown" and "Download JSON" carry the
// result away.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, launchChromium, serve, waitForWidget, watchErrors } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve(join(DIST, 'site'));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/embed/container-compass.js"></script></head><body>
<h2 id="intro">Intro</h2>
<ec2-fargate-chooser id="chooser"></ec2-fargate-chooser>
<ecs-eks-matrix id="matrix"></ecs-eks-matrix></body></html>`;

async function open(t, hash = '') {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = watchErrors(page);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await context.route(server.url + '/post.html', (route) => route.fulfill({ body, contentType: 'text/html' }));
  await page.goto(`${server.url}/post.html${hash}`);
  await waitForWidget(page, '#chooser');
  await waitForWidget(page, '#matrix');
  return { context, page, errors, warnings };
}

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
const answer = (page) =>
  page.$eval('#chooser', (el) => el.shadowRoot.querySelector('.answer').textContent);

test('Copy link keeps other hash content, and the link restores the answers', async (t) => {
  const { context, page, errors } = await open(t, '#intro');
  await page.locator('#chooser #need-gpu').check();
  await page.locator('#chooser').getByRole('button', { name: 'Copy link' }).click();
  const link = await clipboard(page);
  // Version 3: the answers and price settings as the element's own attributes, percent-encoded.
  assert.match(link, /#intro&cc-chooser=3\.orchestrator%3Deks%3B[^#&]*needs%3Dgpu%3B/);
  assert.equal(await page.evaluate(() => location.href), link, 'replaceState, not a navigation');
  assert.match(await page.locator('#chooser').getByRole('status').last().textContent(), /clipboard/);

  const restored = await context.newPage();
  await restored.goto(link);
  await waitForWidget(restored, '#chooser');
  await waitForWidget(restored, '#matrix');
  assert.equal(await restored.locator('#chooser #need-gpu').isChecked(), true);
  assert.match(await answer(restored), /^EC2/);
  // The matrix had no state in the link and shows its defaults.
  assert.equal(await restored.locator('#matrix #weight-3').inputValue(), '1');
  assert.deepEqual(errors, []);
});

test('the matrix restores its weights from its own key after a reload', async (t) => {
  const { page } = await open(t);
  await page.locator('#matrix #weight-3').selectOption('3');
  await page.locator('#matrix').getByRole('button', { name: 'Copy link' }).click();
  assert.match(await clipboard(page), /#cc-matrix=3\.weights%3D[^&]*portability%3A3/);
  await page.reload();
  await waitForWidget(page, '#matrix');
  assert.equal(await page.locator('#matrix #weight-3').inputValue(), '3');
});

// Links made with version 1 (the answers' JSON in base64url), as the widgets wrote them
// before 2026-12: the chooser with Arm and Spot on a bursty load and cost first, the matrix
// with strong Kubernetes experience, multi-cloud and portability at 3.
const V1_CHOOSER = Buffer.from(JSON.stringify({
  orchestrator: 'ecs', vcpu: 1.0, memoryGib: 2.0, replicas: 6, ephemeralStorageGib: 20.0,
  needs: { gpu: false, daemonsets: false, privileged: false, hostNetworking: false,
    blockStorage: false, windows: false, arm: true, spot: true },
  loadPattern: 'bursty', startupSensitive: true, opsCapacity: 'none',
  priorities: { cost: 3, control: 0, simplicity: 2 },
})).toString('base64url');
const V1_MATRIX = Buffer.from(JSON.stringify({
  weights: { learningCurve: 1, flexibility: 1, portability: 3, ecosystem: 1, networking: 1, pricing: 1 },
  context: { kubernetesExperience: 'strong', multiCloud: true, onPremises: false, teamSize: 5, awsOnly: false },
})).toString('base64url');

test('a link made with version 1 still restores both widgets', async (t) => {
  const { page, warnings, errors } = await open(t, `#cc-chooser=1.${V1_CHOOSER}&cc-matrix=1.${V1_MATRIX}`);
  const chooser = page.locator('#chooser');
  assert.equal(await chooser.locator('#need-arm').isChecked(), true);
  assert.equal(await chooser.locator('#need-spot').isChecked(), true);
  assert.equal(await chooser.locator('#need-gpu').isChecked(), false);
  assert.equal(await chooser.locator('#vcpu').inputValue(), '1');
  assert.equal(await chooser.locator('#replicas').inputValue(), '6');
  assert.equal(await page.locator('#matrix #weight-3').inputValue(), '3');
  assert.deepEqual(warnings, []);
  assert.deepEqual(errors, []);
});

test('a version-3 link carries the commitment and the discount, and restores them', async (t) => {
  const { context, page, errors } = await open(t);
  const chooser = page.locator('#chooser');
  await chooser.locator('#cost-commitment').selectOption('compute-3y');
  await chooser.locator('#cost-sp-discount').fill('40');
  await page.waitForFunction(() => document.querySelector('#chooser').shadowRoot
    .querySelector('.cost-side.fargate .breakdown').textContent.includes('Savings Plan'));
  const fargate = await chooser.locator('.cost-side.fargate .total').textContent();
  await chooser.getByRole('button', { name: 'Copy link' }).click();
  const link = await clipboard(page);
  assert.match(link, /cc-chooser=3\.[^#&]*%3Bcommitment%3Dcompute-3y%3Bsavings-plan-discount%3D0\.4$/);

  const restored = await context.newPage();
  await restored.goto(link);
  await waitForWidget(restored, '#chooser');
  const again = restored.locator('#chooser');
  assert.equal(await again.locator('#cost-commitment').inputValue(), 'compute-3y');
  assert.equal(await again.locator('#cost-sp-discount').inputValue(), '40');
  assert.equal(await again.locator('.cost-side.fargate .total').textContent(), fargate);
  assert.deepEqual(errors, []);
});

// A link as the widgets wrote it with version 2 (until issue 16): the answers alone, no
// price settings.
const V2_CHOOSER = '2.orchestrator=ecs;vcpu=1;memory=2;replicas=6;storage=20;needs=gpu;load=bursty;'
  + 'ops=none;priorities=cost:3 control:0 simplicity:2;agent-vcpu=0.25;agent-memory=0.5';

test('a link made with version 2 still restores the answers, with the default price settings', async (t) => {
  const { page, warnings, errors } = await open(t,
    `#cc-chooser=${encodeURIComponent(V2_CHOOSER)}&cc-matrix=${encodeURIComponent('2.weights=portability:3')}`);
  const chooser = page.locator('#chooser');
  assert.equal(await chooser.locator('#need-gpu').isChecked(), true);
  assert.equal(await chooser.locator('#replicas').inputValue(), '6');
  assert.equal(await chooser.locator('#vcpu').inputValue(), '1');
  assert.equal(await chooser.locator('#cost-commitment').inputValue(), 'none');
  assert.equal(await page.locator('#matrix #weight-3').inputValue(), '3');
  // GPU tasks on ECS with no one to run servers: the EC2 that AWS runs.
  assert.match(await answer(page), /^ECS Managed Instances/);
  assert.deepEqual(warnings, []);
  assert.deepEqual(errors, []);
});

test('a tampered or old state is ignored with one warning, and the defaults show', async (t) => {
  const { page, warnings } = await open(t, '#cc-chooser=2.e30&cc-matrix=1.bm90IGpzb24');
  assert.equal(await page.locator('#chooser #need-gpu').isChecked(), false);
  assert.equal(warnings.filter((w) => w.includes('<ec2-fargate-chooser>')).length, 1, warnings.join('\n'));
  assert.equal(warnings.filter((w) => w.includes('<ecs-eks-matrix>')).length, 1, warnings.join('\n'));
  assert.match(warnings.join('\n'), /answers in the page URL/);
});

test('Copy as Markdown puts a table with sources in the widget language on the clipboard', async (t) => {
  const { page } = await open(t);
  await page.evaluate(() => document.querySelector('#matrix').setAttribute('lang', 'ko'));
  await page.waitForFunction(() =>
    document.querySelector('#matrix').shadowRoot.textContent.includes('학습 곡선'));
  await page.locator('#matrix').getByRole('button', { name: '마크다운으로 복사' }).click();
  const markdown = await clipboard(page);
  assert.match(markdown, /^\*\*추천: (ECS|EKS)\*\*/);
  assert.match(markdown, /\| 학습 곡선 \[출처\]\(https:\/\/docs\.aws\.amazon\.com\//);
  assert.match(markdown, /\| \*\*합계\*\* \|/);
});

test('Download JSON saves the answers and the recommendation', async (t) => {
  const { page } = await open(t);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#chooser').getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'chooser.json');
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(saved.profile.orchestrator, 'eks');
  // The default EKS profile: Fargate, 5 points to 3, as the widget shows it.
  assert.equal(saved.recommendation.choice, 'fargate');
  assert.deepEqual(saved.recommendation.scores, { ec2: 3, managed: 2, fargate: 5 });
  assert.equal(saved.costSettings.commitment, 'none');
  assert.equal(saved.cost.managed.status, 'available');
  assert.match(await answer(page), /Fargate/);
  assert.equal(saved.recommendation.reasons.find((r) => r.basis === 'cost')?.option, 'fargate');
});

test('printed, the result keeps its content and drops the controls', async (t) => {
  const { page } = await open(t);
  await page.emulateMedia({ media: 'print' });
  const shown = (selector) => page.$eval('#chooser', (el, s) =>
    getComputedStyle(el.shadowRoot.querySelector(s)).display !== 'none', selector);
  assert.equal(await shown('.result'), true);
  assert.equal(await shown('.share'), false);
  assert.equal(await shown('input[type="range"]'), false);
});
