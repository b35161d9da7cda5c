// What a reader sees and does, in every engine readers use: Chromium (Blink), Firefox (Gecko)
// and WebKitGTK (WebKit, the engine of Safari and of every browser on iOS), each driven over
// W3C WebDriver. One browser session per engine serves every test; each test opens its own
// page. CC_ENGINES=firefox (or a comma-separated list) runs only those engines.
import { after, before, describe } from 'node:test';
import { join } from 'node:path';
import { DIST } from '../e2e/harness.mjs';
import { launch, selectedEngines } from './launch.mjs';
import { site } from './site.mjs';
import { widgetTests } from './widgets.mjs';
import { costTests } from './cost.mjs';
import { blogTests } from './blog.mjs';
import { shareTests } from './share.mjs';

for (const engine of selectedEngines()) {
  describe(engine, () => {
    const ctx = { engine };
    before(async () => {
      ctx.site = await site([join(DIST, 'site')]);
      ctx.browser = await launch(engine);
    });
    after(async () => {
      await ctx.browser?.quit();
      await ctx.site?.close();
    });
    widgetTests(ctx);
    costTests(ctx);
    shareTests(ctx);
    blogTests(ctx);
  });
}
