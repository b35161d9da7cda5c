// The demo page from dist/site, loaded in Chromium as a reader would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DIST, launchChromium, serve, shadowText, waitForWidget, watchErrors } from './harness.mjs';

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

test('every widget on the demo page renders inside its open shadow root', async (t) => {
  const page = await browser.newPage();
  t.after(() => page.close());
  const errors = watchErrors(page);
  await page.goto(server.url + '/');
  for (const id of ['#chooser', '#matrix', '#quadrants', '#compact']) await waitForWidget(page, id);

  assert.match(await shadowText(page, '#chooser'), /Recommendation/);
  assert.match(await shadowText(page, '#chooser'), /Hard requirements/);
  const criteria = await page.$eval('#matrix', (el) => el.shadowRoot.querySelectorAll('tbody th[scope=row]').length);
  assert.equal(criteria, 8);
  assert.match(await shadowText(page, '#quadrants'), /EKS on Fargate/);
  assert.match(await shadowText(page, '#compact'), /Step 1 of 4/);
  assert.deepEqual(errors, []);
});

test('switching the page to Korean re-renders every widget in Korean, keeping answers', async (t) => {
  const page = await browser.newPage();
  t.after(() => page.close());
  const errors = watchErrors(page);
  await page.goto(server.url + '/');
  await waitForWidget(page, '#matrix');
  await waitForWidget(page, '#chooser');
  await page.locator('#chooser #need-gpu').check();
  await page.getByLabel('한국어').check();
  await page.waitForFunction(() =>
    document.querySelector('#matrix').shadowRoot.textContent.includes('학습 곡선'));
  assert.match(await shadowText(page, '#chooser'), /꼭 필요한 것/);
  assert.equal(await page.locator('#chooser #need-gpu').isChecked(), true, 'answers survive');
  const lang = await page.$eval('#matrix', (el) => el.shadowRoot.querySelector('.widget').lang);
  assert.equal(lang, 'ko');
  assert.deepEqual(errors, []);
});
