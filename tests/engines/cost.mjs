// The chooser's cost section on a phone: won amounts in Korean, the settings move the totals
// and the chart, and nothing sticks out at 320 px.
import assert from 'node:assert/strict';
import { assertNoErrors, openWidgets, recordChanges } from './widgets.mjs';
import { readerTest } from './launch.mjs';

const CHOOSER = 'ec2-fargate-chooser';

export function costTests(ctx) {
  readerTest(ctx, 'cost at 320 px, in Korean and won: settings move the totals and the chart', async () => {
    await openWidgets(ctx, {
      lang: 'ko', width: 320,
      body: `<${CHOOSER} orchestrator="ecs" vcpu="1" memory="2" replicas="10" region="ap-northeast-2"
        currency="krw" exchange-rate="1400" exchange-rate-date="2026-11-20"></${CHOOSER}>`,
    });
    const { browser } = ctx;
    const totals = () => browser.run((h) => [...document.querySelector(h).shadowRoot
      .querySelectorAll('.cost-side .total')].map((el) => el.textContent), CHOOSER);
    // The chart as drawn: its lines, marks and axis labels.
    const chart = () => browser.run((h) =>
      document.querySelector(h).shadowRoot.querySelector('.break-even svg').innerHTML, CHOOSER);

    const won = await totals();
    assert.equal(won.length, 3);
    for (const total of won) assert.match(total, /^₩[\d,]+\/월$/);
    assert.match(await browser.text(CHOOSER, '.cost .note'), /1 USD = 1400 KRW \(이 페이지가 정한 환율, 2026-11-20\)/);
    assert.equal(await browser.run((h) =>
      document.querySelector(h).shadowRoot.querySelector('.break-even svg').getAttribute('role'), CHOOSER), 'img');
    const points = await browser.run((h) => document.querySelector(h).shadowRoot
      .querySelector('.break-even .ec2 polyline').getAttribute('points'), CHOOSER);
    assert.ok(points.split(' ').length >= 20, points);

    // The chart's table, for readers who do not read charts.
    await browser.click(CHOOSER, '.chart-table summary');
    assert.equal(await (await browser.find(CHOOSER, '.chart-table tbody tr')).isDisplayed(), true);
    // Nothing is wider than the phone.
    const overflow = await browser.run((h) => {
      const root = document.querySelector(h).shadowRoot;
      const cost = root.querySelector('.cost');
      return [cost.scrollWidth - cost.clientWidth, document.documentElement.scrollWidth - innerWidth];
    }, CHOOSER);
    assert.ok(overflow.every((px) => px <= 1), `overflow at 320 px: ${overflow}`);

    await recordChanges(ctx, CHOOSER);
    await browser.select(CHOOSER, '#cost-currency', 'USD');
    await browser.until('a change event', () => window.changes.length > 0);
    let last = await browser.run(() => window.changes.at(-1));
    assert.equal(last.costSettings.currency, 'USD');
    assert.equal(last.cost.region, 'ap-northeast-2');
    const dollars = await totals();
    for (const total of dollars) assert.match(total, /^\$[\d,]+\.\d\d\/월$/);
    await browser.until('the chart\'s axis in dollars', (h) => [...document.querySelector(h).shadowRoot
      .querySelectorAll('.break-even text')].some((t) => t.textContent.startsWith('$')), CHOOSER);
    const seoulDollarChart = await chart();

    // A commitment: an EC2 Instance Savings Plan lowers the two sides of EC2, not Fargate.
    await browser.select(CHOOSER, '#cost-commitment', 'ec2-instance-1y');
    await browser.until('the commitment reaches the cost',
      () => window.changes.at(-1).costSettings.commitment === 'ec2InstanceSavingsPlan1y');
    const committed = await totals();
    assert.equal(committed[2], dollars[2], 'Fargate is not covered');
    for (const side of [0, 1]) assert.notEqual(committed[side], dollars[side]);
    const withPlan = await browser.run((h) => [...document.querySelector(h).shadowRoot
      .querySelectorAll('.cost-side .breakdown li')].filter((li) => li.textContent.startsWith('Savings Plan')).length, CHOOSER);
    assert.equal(withPlan, 2);
    await browser.select(CHOOSER, '#cost-commitment', 'none');
    await browser.until('back on demand', () => window.changes.at(-1).costSettings.commitment === 'none');

    await browser.select(CHOOSER, '#cost-region', 'us-east-1');
    await browser.until('the region reaches the cost', () => window.changes.at(-1).cost.region === 'us-east-1');
    last = await browser.run(() => window.changes.at(-1));
    assert.notEqual(last.cost.fargate.totalUsd, undefined);
    const virginia = await totals();
    assert.notDeepEqual(virginia, dollars, 'the totals follow the Region');
    assert.notEqual(await chart(), seoulDollarChart, 'the chart follows the Region');
    await assertNoErrors(ctx);
  });
}
