// Screenshots of both widgets in one engine, for docs/screenshots/<engine>/: ko and en, light
// and dark, 360 px and 1024 px wide, each the whole widget alone on its page.
// usage: node tests/engines/screenshots.mjs <dist/site dir> <out dir> <engine> [widget...]
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch } from './launch.mjs';
import { site } from './site.mjs';

const [siteDir, outDir, engine, ...only] = process.argv.slice(2);
if (!siteDir || !outDir || !engine) {
  console.error('usage: node tests/engines/screenshots.mjs <dist/site dir> <out dir> <engine> [widget...]');
  process.exit(2);
}
const WIDGETS = {
  chooser: 'ec2-fargate-chooser',
  matrix: 'ecs-eks-matrix',
};
const page = (tag, lang, theme) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<script type="module" src="/embed/container-compass.js"></script></head>
<body style="margin:0;background:${theme === 'dark' ? '#010409' : '#fff'}">
<${tag} theme="${theme}"></${tag}></body></html>`;

await mkdir(outDir, { recursive: true });
const pages = await site([siteDir]);
const browser = await launch(engine);
try {
  for (const [widget, tag] of Object.entries(WIDGETS)) {
    if (only.length > 0 && !only.includes(widget)) continue;
    for (const lang of ['en', 'ko']) {
      for (const theme of ['light', 'dark']) {
        const url = await pages.page(page(tag, lang, theme));
        for (const width of [360, 1024]) {
          await browser.open(url, { width, height: 800 });
          await browser.widget(tag);
          await browser.fitHeight();
          const file = join(outDir, `${widget}-${lang}-${theme}-${width}.png`);
          await writeFile(file, await browser.screenshot(tag));
          console.log(file);
        }
      }
    }
  }
} finally {
  await browser.quit();
  await pages.close();
}
