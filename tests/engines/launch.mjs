// Starts each engine's WebDriver driver and browser session for the cross-engine tests:
// Chromium (Debian's chromedriver), Firefox (geckodriver, compiled from crates.io) and WebKit
// (WebKitGTK's WebKitWebDriver with MiniBrowser, under an Xvfb display of its own).
// `cargo xtask test` installs them and passes their paths in the environment.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { Capabilities, WebDriver } from 'selenium-webdriver';
import { Executor, HttpClient } from 'selenium-webdriver/http/index.js';
import { Browser } from './webdriver.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines to test: `CC_ENGINES` (comma-separated), or all three. */
export function selectedEngines() {
  const wanted = (process.env.CC_ENGINES ?? ENGINES.join(',')).split(',').map((e) => e.trim());
  for (const engine of wanted) {
    if (!ENGINES.includes(engine)) throw new Error(`CC_ENGINES: unknown engine ${engine}`);
  }
  return wanted;
}

const env = (name, fallback) => process.env[name] ?? fallback;

/** How each engine's driver starts, and the capabilities of its session. */
const SETUP = {
  chromium: () => ({
    command: env('CHROMEDRIVER', '/usr/bin/chromedriver'),
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: env('CHROMIUM', '/usr/bin/chromium'),
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          '--no-first-run', '--hide-scrollbars'],
      },
    },
  }),
  firefox: () => ({
    command: env('GECKODRIVER', 'geckodriver'),
    args: (port) => ['--port', String(port)],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: env('FIREFOX', '/usr/bin/firefox-esr'),
        args: ['-headless'],
        // Nothing phones home on a machine without a network.
        prefs: { 'app.update.disabledForTesting': true, 'browser.shell.checkDefaultBrowser': false },
      },
    },
  }),
  webkit: () => ({
    command: env('WEBKIT_DRIVER', '/usr/bin/WebKitWebDriver'),
    args: (port) => [`--port=${port}`],
    display: true,
    capabilities: {
      'webkitgtk:browserOptions': {
        binary: env('MINIBROWSER', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'),
        args: ['--automation'],
      },
    },
  }),
};

/** A free loopback port for a driver to listen on. */
async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Starts a process; its stderr is kept for the error message if it fails. */
function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  child.log = '';
  child.stderr.on('data', (chunk) => {
    child.log = (child.log + chunk).slice(-4000);
  });
  child.exited = new Promise((ok) => child.on('exit', (code, signal) => ok(code ?? signal)));
  child.on('error', (error) => {
    child.log += String(error);
  });
  return child;
}

/** An Xvfb display for WebKit (MiniBrowser has no headless mode); Xvfb picks the number. */
async function startDisplay() {
  const xvfb = spawn(env('XVFB', 'Xvfb'),
    ['-displayfd', '3', '-screen', '0', '1400x6000x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise((ok, fail) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) ok(`:${text.trim()}`);
    });
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited (${code})`)));
    xvfb.on('error', fail);
  });
  return { display, process: xvfb };
}

/** Resolves once the driver answers `GET /status` ready, or rejects if it exits first. */
async function driverReady(url, child, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.exited.then(() => { exited = true; });
  while (Date.now() < deadline && !exited) {
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`${child.spawnfile} did not become ready:\n${child.log}`);
}

/**
 * Starts `engine`'s driver and one browser session, reused by every test of a run (each test
 * opens its own page). Resolves to a {@link Browser}.
 */
export async function launch(engine) {
  const setup = SETUP[engine]();
  const port = await freePort();
  const extra = [];
  let childEnv = process.env;
  if (setup.display) {
    const display = await startDisplay();
    extra.push(display.process);
    childEnv = { ...process.env, DISPLAY: display.display };
  }
  const driverProcess = start(setup.command, setup.args(port), { env: childEnv, detached: true });
  const url = `http://127.0.0.1:${port}`;
  const stopAll = () => {
    for (const child of [driverProcess, ...extra]) {
      try {
        process.kill(child === driverProcess ? -child.pid : child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  try {
    await driverReady(url, driverProcess);
    const executor = new Executor(new HttpClient(url));
    const driver = await WebDriver.createSession(executor, new Capabilities(setup.capabilities));
    await driver.manage().setTimeouts({ script: 20000, pageLoad: 30000 });
    return new Browser(engine, driver, stopAll);
  } catch (error) {
    stopAll();
    throw new Error(`${engine}: could not start a session: ${error.message}\n${driverProcess.log}`);
  }
}

/**
 * `test(name, fn)` on the engine's shared session (`ctx.browser`). When the browser's page
 * crashed during the test, the session is gone and every later test would fail on it: a new
 * session is started and the test runs once more, saying so in a TAP diagnostic (whose
 * wording `cargo xtask test` looks for, to repeat it in its summary). (Seen once in
 * about ten runs, WebKitGTK's web process under Xvfb.) A test that fails while its session
 * is alive fails, and so does one that crashes the browser twice.
 */
export function readerTest(ctx, name, fn) {
  test(name, async (t) => {
    try {
      await fn(t);
    } catch (error) {
      if (await ctx.browser.alive()) throw error;
      t.diagnostic(`${ctx.engine}: the session ended during the test (${error.message}); ` +
        'retried once in a new session');
      await ctx.browser.quit().catch(() => {});
      ctx.browser = await launch(ctx.engine);
      await fn(t);
    }
  });
}
