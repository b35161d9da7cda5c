// Measures each widget's rendered height across a range of widths, for the loader to hold that
// much space before the widget renders (no layout shift). Run by `cargo xtask dist`.
// usage: node xtask/measure-heights.mjs <staged www dir>   (prints JSON on stdout)
//
// Every layout the loader tells apart (`layoutKey` in elements.js) is mounted once, then its
// container is resized through the widths; the widgets' layout is CSS alone (container
// queries, no script reads their size), so each reading is one synchronous layout. Only the
// points that linear interpolation needs to stay within TOLERANCE_PX are kept.
import { launchChromium, serve } from '../tests/e2e/harness.mjs';

const [stageDir] = process.argv.slice(2);
const LAYOUTS = [
  '<ec2-fargate-chooser></ec2-fargate-chooser>',
  '<ec2-fargate-chooser compact></ec2-fargate-chooser>',
  '<ecs-eks-matrix></ecs-eks-matrix>',
  '<ecs-eks-matrix view="quadrants"></ecs-eks-matrix>',
];
const LANGS = ['en', 'ko'];
const WIDTHS = { from: 280, to: 1200, step: 2 };
const TOLERANCE_PX = 32;

const widgets = LANGS.flatMap((lang) =>
  LAYOUTS.map((html) => `<div class="box">${html.replace('>', ` lang="${lang}" loading="eager">`)}</div>`));
const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/embed.js"></script></head>
<body style="margin:0">${widgets.join('\n')}</body></html>`;

/** Keeps the fewest points of `curve` ([[w, h], …]) that interpolate every point within tolerance. */
function simplify(curve) {
  const kept = [curve[0]];
  let start = 0;
  while (start < curve.length - 1) {
    let end = start + 1;
    while (end + 1 < curve.length && fits(curve, start, end + 1)) end += 1;
    kept.push(curve[end]);
    start = end;
  }
  return kept.flat();
}

function fits(curve, from, to) {
  const [[w0, h0], [w1, h1]] = [curve[from], curve[to]];
  for (let i = from + 1; i < to; i++) {
    const [w, h] = curve[i];
    if (Math.abs(h0 + ((w - w0) / (w1 - w0)) * (h1 - h0) - h) > TOLERANCE_PX) return false;
  }
  return true;
}

const server = await serve(stageDir);
const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: WIDTHS.to + 100, height: 1000 } });
  await tab.route(server.url + '/measure.html', (route) =>
    route.fulfill({ body: page, contentType: 'text/html' }));
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(server.url + '/measure.html');
  await tab.waitForFunction(
    // Whole: the chooser renders in parts, and `.pending` marks a part still to come.
    () => [...document.querySelectorAll('.box > *')].every((el) =>
      el.shadowRoot?.querySelector('.widget') && !el.shadowRoot.querySelector('.pending')),
    null,
    { timeout: 60000 },
  );
  const curves = await tab.evaluate(async ({ from, to, step }) => {
    const { layoutKey } = await import('/elements.js');
    const elements = [...document.querySelectorAll('.box > *')];
    const curves = Object.fromEntries(elements.map((el) => [layoutKey(el), []]));
    for (let width = from; width <= to; width += step) {
      for (const el of elements) el.parentElement.style.width = `${width}px`;
      for (const el of elements) curves[layoutKey(el)].push([width, Math.ceil(el.getBoundingClientRect().height)]);
    }
    return curves;
  }, WIDTHS);
  if (errors.length) throw new Error(errors.join('\n'));
  const heights = Object.fromEntries(Object.entries(curves).map(([key, curve]) => [key, simplify(curve)]));
  process.stdout.write(JSON.stringify(heights) + '\n');
} finally {
  await browser.close();
  await server.close();
}
