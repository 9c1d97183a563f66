// The console's overview in headless Chromium against a running server
// (bench/console_overview.sh starts one on a million decisions and runs this
// with WEB=1): signs in with SARING_KEY, then for each period opens the
// overview ROUNDS times from a fresh page load and reports the median of
//  - the page's own figure (data-render-ms: from asking /v1/overview to the
//    charts drawn), and
//  - the whole load: from navigation (HTML, bundle, sign-in check) to drawn.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', 'web', 'package.json'));
const { chromium } = require('playwright-core');

const url = process.env.SARING_URL;
const key = process.env.SARING_KEY;
const rounds = Number(process.env.ROUNDS || 9);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(url + '/');
  await page.fill('#api-key', key);
  await page.click('form.signin-form button[type=submit]');
  await page.waitForSelector('#site-nav', { state: 'attached' });
  for (const [label, route] of [
    ['last 30 days, by day', 'overview?preset=30'],
    ['last 90 days, by week', 'overview?preset=90'],
  ]) {
    const own = [];
    const whole = [];
    for (let i = 0; i < rounds; ++i) {
      const started = Date.now();
      await page.goto(url + '/#/' + route);
      await page.reload();  // a fresh load: HTML, bundle, sign-in check, overview
      const body = await page.waitForSelector('.overview-body[data-render-ms]', { timeout: 30000 });
      whole.push(Date.now() - started);
      own.push(Number(await body.getAttribute('data-render-ms')));
    }
    console.log(`   console, ${label}: drawn ${median(own)} ms after asking (median of ${rounds}); ` +
                `${median(whole)} ms from navigation`);
  }
} finally {
  await browser.close();
}
