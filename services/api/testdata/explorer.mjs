// Drives the explorer page in headless Chromium for explorer_test.go: it opens the
// page, searches an asset, an account and a transaction, takes a screenshot of each
// view and prints, as JSON on stdout, the texts it saw. The Go test judges them.
//
// Environment: EXPLORER_URL (the API server), CHROMIUM (the browser binary), OUT_DIR
// (for the screenshots), INDEXED_BLOCK, ASSET_ID, ACCOUNT, TX_HASH, MISSING_ASSET_ID, and
// VISITS, a JSON list of further views to open: {name, hash, click?, shot?, tick?} (by
// the link that click selects, else by setting the location's hash; shot takes a
// screenshot, tick reads the countdowns again two seconds later).
// Midway it writes "explorer.mjs: mine" on stderr and reads from stdin the block the
// test mined and indexed, to see the sync status follow.
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const base = env('EXPLORER_URL');
const out = env('OUT_DIR');

const launched = Date.now();
const browser = await chromium.launch({
  executablePath: env('CHROMIUM'),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const result = { views: {}, console_errors: [], failed_requests: [], timings_ms: {} };
let last = Date.now();
const lap = (name) => {
  result.timings_ms[name] = Date.now() - last;
  last = Date.now();
};
result.timings_ms.launch = Date.now() - launched;
last = Date.now();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(20_000);
  page.on('console', (m) => {
    if (m.type() === 'error') result.console_errors.push(`${m.text()} @ ${m.location().url ? new URL(m.location().url).pathname : '?'}`);
  });
  page.on('pageerror', (e) => result.console_errors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) result.failed_requests.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });

  // what a view shows: sections by heading, each with its fields and table rows; an
  // element carrying a full value in its title (a shortened address) counts as that
  // value, and an amount shows what hovering it shows, in brackets after its text
  const snapshot = () =>
    page.evaluate(() => {
      const text = (el) => {
        const c = el.cloneNode(true);
        for (const x of c.querySelectorAll('.hex[title]')) x.textContent = x.getAttribute('title');
        for (const x of c.querySelectorAll('.amount[title]')) {
          x.textContent = `${x.textContent.replace(/\s+/g, ' ').trim()} [${x.getAttribute('title')}]`;
        }
        return c.textContent.replace(/\s+/g, ' ').trim();
      };
      const strip = main => main.querySelector('.cal-strip');
      const main = document.getElementById('view');
      const sections = {};
      for (const sec of main.querySelectorAll('section')) {
        const heads = [...sec.querySelectorAll('thead th')].map((th) => th.textContent.trim());
        const fields = {};
        for (const d of sec.querySelectorAll('dl.fields > div')) fields[d.dataset.key] = text(d.querySelector('dd'));
        const rows = [...sec.querySelectorAll('tbody tr')].map((tr) =>
          Object.fromEntries([...tr.children].map((td, i) => [heads[i], text(td)])));
        const empty = [...sec.querySelectorAll('.empty')].map(text);
        sections[sec.querySelector('h1, h2').textContent.trim()] = { fields, rows, empty };
      }
      const sync = {};
      for (const dd of document.querySelectorAll('#sync dd')) sync[dd.dataset.key] = dd.textContent.trim();
      const cal = strip(main);
      return {
        hash: location.hash,
        title: document.title,
        heading: main.querySelector('h1')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        state: main.dataset.state,
        view: main.dataset.view,
        sync,
        sections,
        problems: [...main.querySelectorAll('.problem')].map(text),
        calendar: cal
          ? {
            days: (Number(cal.dataset.to) - Number(cal.dataset.from)) / 86400,
            window: [Number(main.querySelector('.calendar').dataset.from), Number(main.querySelector('.calendar').dataset.to)],
            slots: [...cal.querySelectorAll('a.slot')].map((a) => ({
              rental: a.dataset.rental, status: a.dataset.status, href: a.getAttribute('href'), label: a.getAttribute('aria-label'),
            })),
          }
          : null,
        charts: [...main.querySelectorAll('svg.chart')].map((c) => ({
          kind: c.dataset.kind,
          points: (c.querySelector('polyline')?.getAttribute('points') ?? '').trim().split(/\s+/).filter(Boolean).length,
          marks: c.querySelectorAll('.anomaly').length,
          label: c.getAttribute('aria-label'),
          width: Math.round(c.getBoundingClientRect().width),
        })),
        timeline: [...main.querySelectorAll('.timeline > li')].map((li) => ({ step: li.dataset.step, state: li.dataset.state, text: text(li) })),
        countdowns: [...main.querySelectorAll('[data-countdown]')].map((el) => ({
          deadline: Number(el.dataset.countdown), remaining: Number(el.dataset.remaining), text: el.textContent,
        })),
      };
    });
  const countdowns = () =>
    page.evaluate(() => [...document.querySelectorAll('#view [data-countdown]')].map((el) => ({
      deadline: Number(el.dataset.countdown), remaining: Number(el.dataset.remaining), text: el.textContent,
    })));

  const ready = (view) => page.waitForSelector(`#view[data-view="${view}"][data-state="ready"]`);
  const shot = async (name) => {
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  };
  const search = async (q, view) => {
    await page.fill('#q', q);
    await page.press('#q', 'Enter');
    await ready(view);
  };

  await page.goto(`${base}/`);
  await page.waitForFunction(
    (want) => Number(document.querySelector('#sync [data-key="indexed_block"]').textContent) >= want,
    Number(env('INDEXED_BLOCK')),
  );
  await ready('home');
  result.views.home = await snapshot();
  await shot('home');
  lap('home');

  await page.click('#view button.more');
  await page.waitForFunction(() => document.querySelectorAll('#view tbody tr').length > 25);
  result.home_rows_after_more = await page.locator('#view tbody tr').count();
  lap('load_more');

  const rl = createInterface({ input: process.stdin });
  process.stderr.write('explorer.mjs: mine\n');
  const mined = Number((await rl[Symbol.asyncIterator]().next()).value);
  rl.close();
  await page.waitForFunction(
    (want) => Number(document.querySelector('#sync [data-key="indexed_block"]').textContent) >= want,
    mined,
  );
  result.views.home_later = await snapshot();
  lap('status_refresh');

  await search(env('ASSET_ID'), 'asset');
  result.views.asset = await snapshot();
  await shot('asset');
  await page.locator('#view section[aria-labelledby="s-telemetry"]').screenshot({ path: `${out}/asset_telemetry.png` });
  // the calendar spans a week; its Month button, a month
  await page.click('#view .cal-controls button[data-days="30"]');
  result.views.asset_month = await snapshot();
  lap('asset');

  await search(env('ACCOUNT'), 'account');
  result.views.account = await snapshot();
  await shot('account');
  lap('account');

  await search(env('TX_HASH'), 'tx');
  result.views.tx = await snapshot();
  await shot('tx');
  lap('tx');

  // a view is a link: loading its address afresh shows it again
  await page.reload();
  await ready('tx');
  result.views.tx_reloaded = await snapshot();
  lap('reload');

  for (const v of JSON.parse(process.env.VISITS || '[]')) {
    if (v.click) await page.click(v.click);
    else await page.evaluate((hash) => { location.hash = hash; }, v.hash);
    await page.waitForSelector(`#view[data-route="${v.hash}"][data-state="ready"]`);
    result.views[v.name] = await snapshot();
    if (v.shot) await shot(v.name);
    if (v.tick) {
      await page.waitForTimeout(2200);
      result.views[v.name].countdowns_later = await countdowns();
    }
    lap(v.name);
  }

  await page.fill('#q', 'not-a-thing');
  await page.press('#q', 'Enter');
  await page.waitForSelector('#search-error:not([hidden])');
  result.search_error = (await page.textContent('#search-error')).trim();

  await page.goto(`${base}/#/asset/${env('MISSING_ASSET_ID')}`);
  await page.waitForSelector('#view[data-view="asset"][data-state="error"]');
  result.views.missing = await snapshot();
  await shot('missing');
  lap('errors');
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(result, null, 1) + '\n');
