// Screenshots of both widgets for docs/: ko and en, light and dark, 360 px and 1024 px.
// usage: node tests/e2e/screenshots.mjs <dist/site dir> <out dir> [widget-filter]
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, serve, waitForWidget } from './harness.mjs';

const [siteDir, outDir, only] = process.argv.slice(2);
const WIDGETS = {
  chooser: '<ec2-fargate-chooser></ec2-fargate-chooser>',
  matrix: '<ecs-eks-matrix></ecs-eks-matrix>',
  quadrants: '<ecs-eks-matrix view="quadrants"></ecs-eks-matrix>',
};
const page = (widget, lang, theme) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/shot.css"><script type="module" src="/embed/container-compass.js"></script></head>
<body class="${theme}">${WIDGETS[widget].replace('>', ` theme="${theme}">`)}</body></html>`;
const css = 'body{margin:0;padding:8px}body.dark{background:#010409}';

await mkdir(outDir, { recursive: true });
const server = await serve(siteDir);
const browser = await launchChromium();
for (const widget of Object.keys(WIDGETS).filter((w) => !only || w === only)) {
  for (const lang of ['en', 'ko']) {
    for (const theme of ['light', 'dark']) {
      for (const width of [360, 1024]) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const tab = await context.newPage();
        await tab.route(server.url + '/shot.html', (r) => r.fulfill({ body: page(widget, lang, theme), contentType: 'text/html' }));
        await tab.route(server.url + '/shot.css', (r) => r.fulfill({ body: css, contentType: 'text/css' }));
        await tab.goto(server.url + '/shot.html');
        const selector = widget === 'chooser' ? 'ec2-fargate-chooser' : 'ecs-eks-matrix';
        await waitForWidget(tab, selector);
        const file = join(outDir, `${widget}-${lang}-${theme}-${width}.png`);
        await tab.locator(selector).screenshot({ path: file });
        console.log(file);
        await context.close();
      }
    }
  }
}
await browser.close();
await server.close();
