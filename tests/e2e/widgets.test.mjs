// Both widgets driven by keyboard and by mouse, in both languages and both themes, with
// axe-core auditing inside the shadow roots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
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

const pageWith = (lang, theme, body) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>widgets</title>
<link rel="icon" href="data:,"><script type="module" src="/embed/container-compass.js"></script></head>
<body style="background:${theme === 'dark' ? '#010409' : '#fff'}"><main>${body}</main></body></html>`;

/** Opens a page holding `body`; resolves when every widget on it is ready. */
async function open(t, { lang = 'en', theme = 'light', body, width = 1024 }) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.route(server.url + '/t.html', (route) =>
    route.fulfill({ body: pageWith(lang, theme, body), contentType: 'text/html' }));
  await page.goto(server.url + '/t.html');
  const count = await page.$$eval('ec2-fargate-chooser, ecs-eks-matrix', (els) => {
    els.forEach((el, i) => { el.dataset.widget = i; });
    return els.length;
  });
  for (let i = 0; i < count; i++) await waitForWidget(page, `[data-widget="${i}"]`);
  return { page, errors };
}

const answer = (page) =>
  page.$eval('ec2-fargate-chooser', (el) => el.shadowRoot.querySelector('.answer').textContent);
const ekstotal = (page) =>
  page.$eval('ecs-eks-matrix', (el) => el.shadowRoot.querySelector('tfoot td:last-child').textContent);

for (const lang of ['en', 'ko']) {
  for (const theme of ['light', 'dark']) {
    test(`axe finds no WCAG 2.2 AA violation in either widget (${lang}, ${theme})`, async (t) => {
      const { page, errors } = await open(t, {
        lang, theme,
        body: `<ec2-fargate-chooser theme="${theme}"></ec2-fargate-chooser>
               <ec2-fargate-chooser theme="${theme}" orchestrator="ecs" commitment="compute-1y"
                 savings-plan-discount="0.3"></ec2-fargate-chooser>
               <ecs-eks-matrix theme="${theme}"></ecs-eks-matrix>
               <ecs-eks-matrix view="quadrants" theme="${theme}"></ecs-eks-matrix>`,
      });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const inWidgets = results.violations.filter((v) =>
        v.nodes.some((n) => JSON.stringify(n.target).match(/ec2-fargate-chooser|ecs-eks-matrix/)));
      assert.deepEqual(
        inWidgets.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`),
        [],
      );
      // axe did look inside: the shadow roots hold the controls it checked, the commitment
      // and its discount among them.
      for (const id of ['need-gpu', 'cost-commitment', 'cost-sp-discount']) {
        assert.ok(results.passes.some((p) => p.nodes.some((n) => JSON.stringify(n.target).includes(id))), id);
      }
      assert.deepEqual(errors, []);
    });
  }
}

test('chooser by keyboard: tab to a need, toggle it with Space, and the answer follows', async (t) => {
  const { page } = await open(t, {
    body: '<ec2-fargate-chooser orchestrator="ecs" load="bursty" ops="none"></ec2-fargate-chooser>',
  });
  assert.match(await answer(page), /^AWS Fargate/);
  await page.keyboard.press('Tab'); // EKS radio
  await page.keyboard.press('Tab'); // the first need: GPU
  const focused = await page.evaluate(() =>
    document.querySelector('ec2-fargate-chooser').shadowRoot.activeElement?.id);
  assert.equal(focused, 'need-gpu');
  await page.keyboard.press('Space');
  // A GPU on ECS, with no one to run servers: EC2 that AWS runs.
  await page.waitForFunction(() =>
    document.querySelector('ec2-fargate-chooser').shadowRoot.querySelector('.answer').textContent.startsWith('ECS'));
  assert.match(await answer(page), /^ECS Managed Instances — EC2 \d+ : ECS Managed Instances \d+ : Fargate \d+$/);
});

/** The texts of the chooser's elements matching `selector`, in order. */
const chooserTexts = (page, selector) => page.$eval('ec2-fargate-chooser',
  (el, s) => [...el.shadowRoot.querySelectorAll(s)].map((n) => n.textContent), selector);

const THIRD = {
  en: { eks: 'EKS Auto Mode', ecs: 'ECS Managed Instances', nodes: 'EC2 nodes', cheapest: 'is the cheapest' },
  ko: { eks: 'EKS Auto Mode', ecs: 'ECS 관리형 인스턴스', nodes: 'EC2 노드', cheapest: '쪽이 가장 쌉니다' },
};
for (const lang of ['en', 'ko']) {
  for (const orchestrator of ['eks', 'ecs']) {
    test(`three options and three chart lines, the third named by AWS (${lang}, ${orchestrator})`, async (t) => {
      const { page, errors } = await open(t, {
        lang, body: `<ec2-fargate-chooser orchestrator="${orchestrator}" replicas="12" vcpu="0.25"
          memory="2"></ec2-fargate-chooser>`,
      });
      const { nodes, cheapest } = THIRD[lang];
      const managed = THIRD[lang][orchestrator];
      const names = [nodes, managed, 'Fargate'];
      assert.deepEqual((await chooserTexts(page, '.scores dt')).map((t) => t.replace(' ✓', '')), names);
      assert.deepEqual((await chooserTexts(page, '.cost-side h4')).map((t) => t.replace(' ✓', '')), names);
      assert.equal((await chooserTexts(page, '.cost-side .total')).length, 3);
      // One side is named the cheapest, in a heading mark and in words.
      assert.equal((await chooserTexts(page, '.cost-side h4')).filter((t) => t.endsWith(' ✓')).length, 1);
      assert.match((await chooserTexts(page, '.cost-verdict'))[0], new RegExp(cheapest));
      // The chart: three lines with 24 points each (12 replicas: the chart runs to 24), a
      // dash pattern each (solid, dashed, dotted), and a legend that names them.
      const lines = await page.$eval('ec2-fargate-chooser', (el) =>
        ['ec2', 'managed', 'fargate'].map((side) => {
          const line = el.shadowRoot.querySelector(`.break-even .${side} polyline`);
          return [line.getAttribute('points').split(' ').length, getComputedStyle(line).strokeDasharray];
        }));
      assert.deepEqual(lines, [[24, '7px, 4px'], [24, '1px, 4px'], [24, 'none']]);
      assert.deepEqual(await chooserTexts(page, '.break-even .legend'), names);
      await page.locator('ec2-fargate-chooser .chart-table summary').click();
      assert.deepEqual((await chooserTexts(page, '.chart-table thead th')).slice(1, 4), names);
      assert.equal((await chooserTexts(page, '.chart-table tbody tr:first-child td')).length, 4);
      assert.deepEqual(errors, []);
    });
  }
}

test('the commitment and its discount by keyboard only: the totals and the breakdown follow', async (t) => {
  const { page, errors } = await open(t, {
    body: '<ec2-fargate-chooser orchestrator="ecs" vcpu="1" memory="2" replicas="10"></ec2-fargate-chooser>',
  });
  const fargateTotal = () => chooserTexts(page, '.cost-side.fargate .total').then((t) => t[0]);
  assert.equal(await fargateTotal(), '$360.40/month');
  const active = () => page.evaluate(() =>
    document.querySelector('ec2-fargate-chooser').shadowRoot.activeElement?.id);
  // Tab from the hours field before it, as a keyboard user walks the settings.
  await page.locator('ec2-fargate-chooser #cost-hours').focus();
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'cost-commitment');
  // Arrow down: the first plan, a Compute Savings Plan for 1 year (20% off Fargate).
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('ec2-fargate-chooser').shadowRoot
    .querySelector('.cost-side.fargate .total').textContent === '$288.32/month');
  assert.equal(await page.locator('ec2-fargate-chooser #cost-commitment').inputValue(), 'compute-1y');
  const planLines = await chooserTexts(page, '.cost-side .breakdown li');
  assert.deepEqual(planLines.filter((l) => l.startsWith('Savings Plan')).length, 3);
  // The discount field comes next in the tab order; a rate of one's own replaces the default.
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'cost-sp-discount');
  await page.keyboard.type('50');
  await page.waitForFunction(() => document.querySelector('ec2-fargate-chooser').shadowRoot
    .querySelector('.cost-side.fargate .total').textContent === '$180.20/month');
  // The field's label says what it is: axe checks it is labelled; here, by what.
  assert.equal(await page.locator('ec2-fargate-chooser').getByLabel('Savings Plan discount (%)').inputValue(), '50');
  assert.deepEqual(errors, []);
});

test('chooser by mouse, in Korean: a change event carries the recommendation', async (t) => {
  const { page } = await open(t, { lang: 'ko', body: '<ec2-fargate-chooser></ec2-fargate-chooser>' });
  await page.evaluate(() => {
    window.changes = [];
    document.querySelector('ec2-fargate-chooser')
      .addEventListener('change', (event) => window.changes.push(event.detail));
  });
  await page.locator('ec2-fargate-chooser').getByText('들쭉날쭉함').click();
  await page.locator('ec2-fargate-chooser').getByText('없음', { exact: true }).click();
  await page.waitForFunction(() => window.changes.length === 2);
  const last = await page.evaluate(() => window.changes.at(-1));
  assert.equal(last.profile.loadPattern, 'bursty');
  assert.equal(last.profile.opsCapacity, 'none');
  assert.equal(last.recommendation.choice, 'fargate');
  assert.match(await answer(page), /^AWS Fargate/);
});

test('matrix by keyboard: arrow keys on an importance control move the total', async (t) => {
  const { page } = await open(t, { body: '<ecs-eks-matrix></ecs-eks-matrix>' });
  const before = await ekstotal(page);
  await page.locator('ecs-eks-matrix #weight-3').focus(); // portability, where EKS leads
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((b) =>
    document.querySelector('ecs-eks-matrix').shadowRoot.querySelector('tfoot td:last-child').textContent !== b, before);
  assert.notEqual(await ekstotal(page), before);
  const value = await page.locator('ecs-eks-matrix #weight-3').inputValue();
  assert.equal(value, '3');
});

test('matrix by mouse: context and weights flip the recommendation to EKS', async (t) => {
  const { page } = await open(t, { lang: 'ko', theme: 'dark', body: '<ecs-eks-matrix theme="dark"></ecs-eks-matrix>' });
  const status = () => page.$eval('ecs-eks-matrix', (el) => el.shadowRoot.querySelector('.answer').textContent);
  assert.match(await status(), /^ECS/);
  await page.locator('ecs-eks-matrix').getByLabel('멀티 클라우드 계획').click();
  await page.locator('ecs-eks-matrix #weight-3').selectOption('3');
  await page.locator('ecs-eks-matrix #k8s').selectOption('strong');
  await page.waitForFunction(() =>
    document.querySelector('ecs-eks-matrix').shadowRoot.querySelector('.answer').textContent.startsWith('EKS'));
  // The winning total is marked by a symbol, not by colour alone.
  assert.match(await ekstotal(page), /✓/);
});

test('cost, in Korean and won at 320 px: totals, chart, its table, and the change event', async (t) => {
  const { page, errors } = await open(t, {
    lang: 'ko', width: 320,
    body: `<ec2-fargate-chooser orchestrator="ecs" vcpu="1" memory="2" replicas="10" region="ap-northeast-2"
      currency="krw" exchange-rate="1400" exchange-rate-date="2026-11-20"></ec2-fargate-chooser>`,
  });
  const inChooser = (selector) => page.$eval('ec2-fargate-chooser',
    (el, s) => el.shadowRoot.querySelector(s)?.textContent ?? null, selector);
  assert.match(await inChooser('.cost-side.fargate .total'), /^₩[\d,]+\/월$/);
  assert.match(await inChooser('.cost .note'), /1 USD = 1400 KRW \(이 페이지가 정한 환율, 2026-11-20\)/);
  const chart = page.locator('ec2-fargate-chooser .break-even svg');
  assert.equal(await chart.getAttribute('role'), 'img');
  assert.ok((await page.locator('ec2-fargate-chooser .break-even .ec2 polyline').getAttribute('points')).split(' ').length >= 20);
  await page.locator('ec2-fargate-chooser .chart-table summary').click();
  assert.ok(await page.locator('ec2-fargate-chooser .chart-table tbody tr').first().isVisible());
  const overflow = await page.$eval('ec2-fargate-chooser', (el) => {
    const cost = el.shadowRoot.querySelector('.cost');
    return cost.scrollWidth - cost.clientWidth;
  });
  assert.ok(overflow <= 1, `the cost section fits 320 px (overflow ${overflow} px)`);

  await page.evaluate(() => {
    window.changes = [];
    document.querySelector('ec2-fargate-chooser')
      .addEventListener('change', (event) => window.changes.push(event.detail));
  });
  await page.locator('ec2-fargate-chooser #cost-currency').selectOption('USD');
  await page.waitForFunction(() => window.changes.length > 0);
  const last = await page.evaluate(() => window.changes.at(-1));
  assert.equal(last.costSettings.currency, 'USD');
  assert.equal(last.cost.region, 'ap-northeast-2');
  assert.equal(last.cost.fargate.status, 'available');
  assert.match(await inChooser('.cost-side.fargate .total'), /^\$[\d,.]+\/월$/);
  assert.deepEqual(errors, []);
});

test('attribute changes at run time update the widget in place; a bad value warns once', async (t) => {
  const { page } = await open(t, { body: '<ecs-eks-matrix></ecs-eks-matrix>' });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.evaluate(() => {
    const el = document.querySelector('ecs-eks-matrix');
    window.tableBefore = el.shadowRoot.querySelector('table');
    el.setAttribute('lang', 'ko');
    el.setAttribute('theme', 'sepia');
    el.setAttribute('weights', 'portability:3');
  });
  await page.waitForFunction(() =>
    document.querySelector('ecs-eks-matrix').shadowRoot.textContent.includes('학습 곡선'));
  const same = await page.evaluate(() =>
    window.tableBefore === document.querySelector('ecs-eks-matrix').shadowRoot.querySelector('table'));
  assert.equal(same, true, 'not remounted');
  assert.equal(await page.locator('ecs-eks-matrix #weight-3').inputValue(), '3');
  assert.equal(warnings.filter((w) => w.includes('theme="sepia"')).length, 1, warnings.join('\n'));
});

test('a second copy of the loader (another URL) is a no-op: one definition, no error', async (t) => {
  const { page, errors } = await open(t, { body: '<ecs-eks-matrix></ecs-eks-matrix>' });
  // The import resolves once the second copy has run: its definitions are done by then.
  const second = await page.evaluate(async () =>
    (await import('/embed/container-compass.js?copy=2')).VERSION);
  assert.equal(second, await page.evaluate(() => customElements.get('ecs-eks-matrix').version));
  assert.equal(await page.$$eval('ecs-eks-matrix', (els) => els.length), 1);
  assert.match(await page.$eval('ecs-eks-matrix', (el) => el.shadowRoot.textContent), /Learning curve/);
  assert.deepEqual(errors, []);
});

test('a widget removed and another added: fresh answers, and events reach the new element', async (t) => {
  const { page, errors } = await open(t, { body: '<div id="slot"><ec2-fargate-chooser id="first"></ec2-fargate-chooser></div>' });
  await page.locator('#first #need-gpu').check();
  await page.evaluate(() => document.getElementById('first').remove());
  await page.evaluate(() => {
    const second = document.createElement('ec2-fargate-chooser');
    second.id = 'second';
    second.setAttribute('orchestrator', 'ecs');
    second.addEventListener('change', (event) => { window.secondChange = event.detail; });
    document.getElementById('slot').append(second);
  });
  await waitForWidget(page, '#second');
  assert.equal(await page.locator('#second #need-gpu').isChecked(), false, 'answers start over');
  await page.locator('#second #need-spot').check();
  await page.waitForFunction(() => window.secondChange !== undefined);
  assert.equal(await page.evaluate(() => window.secondChange.profile.orchestrator), 'ecs');
  assert.equal(await page.evaluate(() => window.secondChange.profile.needs.spot), true);
  assert.deepEqual(errors, []);
});
