// Both widgets in both languages and themes, by keyboard alone and by pointer.
import assert from 'node:assert/strict';
import { decodePng } from '../e2e/harness.mjs';
import { readerTest } from './launch.mjs';
import { Key } from './webdriver.mjs';
import { widgetPage } from './site.mjs';

const CHOOSER = 'ec2-fargate-chooser';
const MATRIX = 'ecs-eks-matrix';

// What each language shows, as a reader reads it.
const TEXT = {
  en: { needs: 'Hard requirements', result: 'Recommendation', criterion: 'Learning curve', quadrant: 'EKS on Fargate', perMonth: '/month', nodes: 'EC2 nodes' },
  ko: { needs: '꼭 필요한 것', result: '추천', criterion: '학습 곡선', quadrant: 'Fargate', perMonth: '/월', nodes: 'EC2 노드' },
};
// The palette's background and text colours (src/ui/styles.css), as computed styles give them.
const PALETTE = {
  light: { background: 'rgb(255, 255, 255)', color: 'rgb(31, 35, 40)' },
  dark: { background: 'rgb(13, 17, 23)', color: 'rgb(230, 237, 243)' },
};

/** The share of a PNG's pixels within a small distance of the colour `rgb(r, g, b)`. */
function shareNear(png, rgb) {
  const [r, g, b] = rgb.match(/\d+/g).map(Number);
  const { width, height, channels, rows } = decodePng(png);
  let near = 0;
  for (const row of rows) {
    for (let x = 0; x < width * channels; x += channels) {
      if (Math.abs(row[x] - r) + Math.abs(row[x + 1] - g) + Math.abs(row[x + 2] - b) <= 30) near += 1;
    }
  }
  return near / (width * height);
}

/** Opens a page holding `body`; resolves when every widget on it has rendered. */
export async function openWidgets(ctx, { lang = 'en', theme = 'light', body, width = 1024 }) {
  await ctx.browser.open(await ctx.site.page(widgetPage({ lang, theme, body })), { width });
  const hosts = await ctx.browser.run(() =>
    [...document.querySelectorAll('ec2-fargate-chooser, ecs-eks-matrix')].map((el, index) => {
      el.dataset.test = String(index);
      return `[data-test="${index}"]`;
    }));
  // Each scrolled to before it is awaited, as a reader comes to it: a widget further down
  // than the loader looks ahead loads only then.
  for (const host of hosts) {
    await ctx.browser.run((h) => document.querySelector(h).scrollIntoView(), host);
    await ctx.browser.widget(host);
  }
}

/** Fails with what the page's watcher recorded if anything went wrong on it. */
export async function assertNoErrors(ctx) {
  const { errors, violations } = await ctx.browser.watched();
  assert.deepEqual({ errors, violations }, { errors: [], violations: [] });
}

/** Starts recording the `change` events of `host` in `window.changes`. */
export const recordChanges = (ctx, host) => ctx.browser.run((h) => {
  window.changes = [];
  document.querySelector(h).addEventListener('change', (event) => window.changes.push(event.detail));
}, host);

const answer = (ctx, host) => ctx.browser.text(host, '.answer');

export function widgetTests(ctx) {
  for (const lang of ['en', 'ko']) {
    for (const theme of ['light', 'dark']) {
      readerTest(ctx, `both widgets render in ${lang}, ${theme}: text, palette, money, chart`, async () => {
        await openWidgets(ctx, {
          lang, theme,
          body: `<${CHOOSER} theme="${theme}"></${CHOOSER}><${MATRIX} theme="${theme}"></${MATRIX}>
                 <${MATRIX} id="quadrants" view="quadrants" theme="${theme}"></${MATRIX}>`,
        });
        const { browser } = ctx;
        const text = TEXT[lang];
        assert.match(await browser.text(CHOOSER), new RegExp(text.needs));
        assert.match(await browser.text(CHOOSER), new RegExp(text.result));
        assert.match(await browser.text(MATRIX), new RegExp(text.criterion));
        assert.match(await browser.text('#quadrants'), new RegExp(text.quadrant));
        assert.equal(await browser.run((h) =>
          document.querySelector(h).shadowRoot.querySelector('.widget').lang, CHOOSER), lang);

        // The theme's palette, on the widget and on its form controls.
        const styles = await browser.run((hosts) => hosts.map((h) => {
          const root = document.querySelector(h).shadowRoot;
          const look = (el) => {
            const style = getComputedStyle(el);
            return { background: style.backgroundColor, color: style.color };
          };
          return { widget: look(root.querySelector('.widget')), select: look(root.querySelector('select')) };
        }), [CHOOSER, MATRIX]);
        for (const style of styles) {
          assert.deepEqual(style.widget, PALETTE[theme]);
          assert.deepEqual(style.select, PALETTE[theme]);
        }
        // As painted, not only as computed: some engines draw native controls their own way.
        for (const control of ['#k8s', '#multi-cloud']) {
          const share = shareNear(await browser.screenshotOf(MATRIX, control), PALETTE[theme].background);
          assert.ok(share >= 0.5, `${control} is painted in the ${theme} palette (${share.toFixed(2)} of it is)`);
        }

        // Money as the fallback HTML writes it, in either language: US dollars with cents.
        const total = await browser.text(CHOOSER, '.cost-side.fargate .total');
        assert.match(total, new RegExp(`^\\$[\\d,]+\\.\\d\\d${text.perMonth}$`));
        // The chart's axis in short form, in the language's units: whole amounts carry no `.0`.
        const units = lang === 'en' ? 'K' : '천|만';
        const axis = await browser.run((h) => [...document.querySelector(h).shadowRoot
          .querySelectorAll('.break-even text')].map((t) => t.textContent)
          .filter((t) => /\$/.test(t)), CHOOSER);
        assert.ok(axis.length >= 3, `axis labels: ${axis}`);
        for (const label of axis) assert.match(label, new RegExp(`^\\$\\d+(\\.[1-9])?(${units})?$`));
        // Three options and three chart lines, the third under AWS's name on EKS, each line
        // with its own dash pattern and a legend in words.
        const names = [text.nodes, 'EKS Auto Mode', 'Fargate'];
        const seen = await browser.run((h) => {
          const root = document.querySelector(h).shadowRoot;
          const texts = (s) => [...root.querySelectorAll(s)].map((n) => n.textContent.replace(' ✓', ''));
          const dashes = ['ec2', 'managed', 'fargate'].map((side) =>
            getComputedStyle(root.querySelector(`.break-even .${side} polyline`)).strokeDasharray);
          return { bars: texts('.scores dt'), sides: texts('.cost-side h4'), legend: texts('.legend'), dashes };
        }, CHOOSER);
        assert.deepEqual(seen, { bars: names, sides: names, legend: names, dashes: ['7px, 4px', '1px, 4px', 'none'] });

        // Nothing sticks out of the widgets at a desktop width.
        const overflow = await browser.run((hosts) => hosts.map((h) => {
          const widget = document.querySelector(h).shadowRoot.querySelector('.widget');
          return widget.scrollWidth - widget.clientWidth;
        }), [CHOOSER, MATRIX, '#quadrants']);
        assert.deepEqual(overflow, [0, 0, 0]);
        await assertNoErrors(ctx);
      });
    }
  }

  readerTest(ctx, 'keyboard only: Tab reaches the chooser\'s first need, Space checks it, the answer follows', async () => {
    await openWidgets(ctx, { body: `<${CHOOSER} orchestrator="ecs" load="bursty" ops="none"></${CHOOSER}>` });
    const { browser } = ctx;
    assert.match(await answer(ctx, CHOOSER), /^AWS Fargate/);
    await browser.press(Key.TAB);
    assert.equal(await browser.run((h) =>
      document.querySelector(h).shadowRoot.activeElement?.name, CHOOSER), 'orchestrator');
    await browser.press(Key.TAB);
    assert.equal(await browser.focusedIn(CHOOSER), 'need-gpu');
    await browser.press(Key.SPACE);
    // A GPU on ECS, with no one to run servers: the EC2 that AWS runs.
    await browser.until('the answer turns to ECS Managed Instances', (h) =>
      document.querySelector(h).shadowRoot.querySelector('.answer').textContent.startsWith('ECS Managed Instances'), CHOOSER);
    assert.equal(await browser.run((h) =>
      document.querySelector(h).shadowRoot.querySelector('#need-gpu').checked, CHOOSER), true);
    await assertNoErrors(ctx);
  });

  readerTest(ctx, 'keyboard only: Tab walks the matrix in reading order; arrow keys set an importance', async () => {
    await openWidgets(ctx, { body: `<${MATRIX}></${MATRIX}>` });
    const { browser } = ctx;
    // The controls a reader can reach, in document order, up to the portability importance.
    const expected = await browser.run((h) => {
      const root = document.querySelector(h).shadowRoot;
      const reachable = [...root.querySelectorAll('summary, select, input, button, a[href]')]
        .filter((el) => el.checkVisibility() && !el.disabled);
      const end = reachable.findIndex((el) => el.id === 'weight-3');
      return reachable.slice(0, end + 1).map((el) => el.id || `${el.localName}: ${el.textContent.trim()}`);
    }, MATRIX);
    assert.ok(expected.length >= 5, `reachable: ${expected}`);
    const visited = [];
    while (visited.length < expected.length) {
      await browser.press(Key.TAB);
      visited.push(await browser.run((h) => {
        const el = document.querySelector(h).shadowRoot.activeElement;
        return el ? el.id || `${el.localName}: ${el.textContent.trim()}` : null;
      }, MATRIX));
    }
    assert.deepEqual(visited, expected);

    const total = () => browser.text(MATRIX, 'tfoot td:last-child');
    const before = await total();
    await browser.press(Key.ARROW_DOWN);
    await browser.press(Key.ARROW_DOWN);
    await browser.until('the EKS total moves', (h, b) =>
      document.querySelector(h).shadowRoot.querySelector('tfoot td:last-child').textContent !== b, MATRIX, before);
    assert.equal(await browser.run((h) =>
      document.querySelector(h).shadowRoot.querySelector('#weight-3').value, MATRIX), '3');
    assert.notEqual(await total(), before);
    await assertNoErrors(ctx);
  });

  readerTest(ctx, 'chooser by pointer, in Korean: answers give the recommendation and a change event', async () => {
    await openWidgets(ctx, { lang: 'ko', body: `<${CHOOSER}></${CHOOSER}>` });
    const { browser } = ctx;
    await recordChanges(ctx, CHOOSER);
    await browser.clickLabel(CHOOSER, '들쭉날쭉함');
    await browser.clickLabel(CHOOSER, '없음');
    await browser.until('two change events', () => window.changes.length === 2);
    const last = await browser.run(() => window.changes.at(-1));
    assert.equal(last.profile.loadPattern, 'bursty');
    assert.equal(last.profile.opsCapacity, 'none');
    assert.equal(last.recommendation.choice, 'fargate');
    assert.match(await answer(ctx, CHOOSER), /^AWS Fargate/);
    await assertNoErrors(ctx);
  });

  readerTest(ctx, 'matrix by pointer, in Korean and dark: context and importance flip the answer to EKS', async () => {
    await openWidgets(ctx, { lang: 'ko', theme: 'dark', body: `<${MATRIX} theme="dark"></${MATRIX}>` });
    const { browser } = ctx;
    assert.match(await answer(ctx, MATRIX), /^ECS/);
    const before = await browser.text(MATRIX, 'tfoot td:last-child');
    await browser.clickLabel(MATRIX, '멀티 클라우드 계획');
    await browser.select(MATRIX, '#weight-3', '3');
    await browser.select(MATRIX, '#k8s', 'strong');
    await browser.until('the answer turns to EKS', (h) =>
      document.querySelector(h).shadowRoot.querySelector('.answer').textContent.startsWith('EKS'), MATRIX);
    const after = await browser.text(MATRIX, 'tfoot td:last-child');
    assert.notEqual(after, before);
    // The winning total is marked by a symbol, not by colour alone.
    assert.match(after, /✓/);
    await assertNoErrors(ctx);
  });

  readerTest(ctx, 'the demo page: four widgets render, and switching it to Korean keeps the answers', async () => {
    const { browser } = ctx;
    await browser.open(`${ctx.site.url}/`);
    for (const id of ['#chooser', '#matrix', '#quadrants', '#compact']) {
      await browser.run((h) => document.querySelector(h).scrollIntoView(), id);
      await browser.widget(id);
    }
    assert.match(await browser.text('#compact'), /Step 1 of 4/);
    await browser.click('#chooser', '#need-gpu');
    await browser.click('input[name="lang"][value="ko"]');
    await browser.until('the matrix in Korean', () =>
      document.querySelector('#matrix').shadowRoot.textContent.includes('학습 곡선'));
    assert.match(await browser.text('#chooser'), /꼭 필요한 것/);
    assert.equal(await browser.run(() =>
      document.querySelector('#chooser').shadowRoot.querySelector('#need-gpu').checked), true);
    await assertNoErrors(ctx);
  });
}
