// Drives the booking dApp (/book/) in headless Chromium for dapp_test.go, as a renter
// with a browser wallet would: search, read the terms, connect, book, cancel. The
// wallet is an EIP-1193 provider injected before the page loads (window.ethereum); it
// answers eth_requestAccounts with ACCOUNT and forwards every other request, unchanged,
// to anvil's JSON-RPC, which signs eth_sendTransaction with that dev account's key. The
// page never sees the RPC URL: like a wallet extension, the forwarding runs outside the
// page (here in Node, through an exposed binding). It prints, as JSON on stdout, what
// the page showed and what the wallet was asked; the Go test judges it.
//
// Environment: DAPP_URL (the API server), CHROMIUM, RPC_URL (anvil), ACCOUNT, LISTING_ID,
// NEAR (lat,lon), OUT_DIR (screenshots).
// Between steps it writes "dapp.mjs: <step> [args]" on stderr and waits for a line on
// stdin, once the test has done that step on the chain: change-terms (the provider
// updates the listing), take-slot START DURATION (someone else books that slot).
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const base = env('DAPP_URL');
const rpc = env('RPC_URL');
const account = env('ACCOUNT');
const listing = env('LISTING_ID');
const out = env('OUT_DIR');

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const ask = async (step) => {
  process.stderr.write(`dapp.mjs: ${step}\n`);
  const { value, done } = await lines.next();
  if (done || value.trim() !== 'ok') throw new Error(`the test did not do ${step}: ${value}`);
};

const result = { console_errors: [], failed_requests: [], wallet: [], timings_ms: {} };
let last = Date.now();
const lap = (name) => {
  result.timings_ms[name] = Date.now() - last;
  last = Date.now();
};

const browser = await chromium.launch({
  executablePath: env('CHROMIUM'),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
lap('launch');
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
  page.setDefaultTimeout(30_000);
  page.on('console', (m) => {
    if (m.type() === 'error') result.console_errors.push(m.text());
  });
  page.on('pageerror', (e) => result.console_errors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) result.failed_requests.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== new URL(base).origin) result.failed_requests.push(`foreign ${u.origin}${u.pathname}`);
  });

  // the wallet's back end: one JSON-RPC call to anvil per request, its error passed on
  // as EIP-1193 wants it ({code, message, data}) so the page can decode reverts. A
  // refusing wallet (refuse) sits on chain 1 until told otherwise (window.testWallet),
  // will not switch, and rejects every transaction as its user would.
  let id = 0;
  const wallet = async (p, log, refuse) => {
    await p.exposeBinding('sharechainWallet', async (_source, method, params) => {
      const entry = { method };
      if (method === 'eth_sendTransaction') {
        const tx = params[0];
        Object.assign(entry, { from: tx.from, to: tx.to, selector: (tx.data || tx.input || '').slice(0, 10) });
      }
      log.push(entry);
      const resp = await fetch(rpc, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params: params ?? [] }),
      });
      const body = await resp.json();
      if (body.error) entry.error = body.error.message;
      return body.error ? { error: body.error } : { result: body.result };
    });
    await p.addInitScript(([acct, refusing]) => {
      const listeners = {};
      const fail = (code, message) => Object.assign(new Error(message), { code });
      window.testWallet = { chain: '0x1' };
      window.ethereum = {
        isSharechainTestWallet: true,
        async request({ method, params }) {
          if (method === 'eth_requestAccounts' || method === 'eth_accounts') return [acct];
          if (refusing && method === 'eth_chainId') return window.testWallet.chain;
          if (refusing && method === 'wallet_switchEthereumChain') throw fail(4902, 'Unrecognized chain ID');
          if (refusing && method === 'eth_sendTransaction') throw fail(4001, 'User rejected the request.');
          const r = await window.sharechainWallet(method, params);
          if (r.error) throw Object.assign(new Error(r.error.message), { code: r.error.code, data: r.error.data });
          return r.result;
        },
        on(event, fn) {
          (listeners[event] ||= []).push(fn);
        },
        removeListener(event, fn) {
          listeners[event] = (listeners[event] || []).filter((f) => f !== fn);
        },
      };
    }, [account, refuse]);
  };
  await wallet(page, result.wallet, false);

  // 0. a wallet on another chain, whose user then rejects the approval: the page says so
  // and nothing reaches the chain
  {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    p.setDefaultTimeout(30_000);
    p.on('pageerror', (e) => result.console_errors.push(`refusing wallet: ${e}`));
    result.refusing = { wallet: [] };
    await wallet(p, result.refusing.wallet, true);
    const shown = () => p.evaluate(() => {
      const el = document.getElementById('problem');
      return el.hidden ? null : { error: el.dataset.error, text: el.textContent };
    });
    await p.goto(`${base}/book/`);
    await p.waitForSelector('body[data-ready="true"]');
    await p.click('#connect');
    await p.waitForSelector('#problem:not([hidden])');
    result.refusing.wrong_chain = await shown();
    await p.evaluate(() => { window.testWallet.chain = '0x7a69'; });
    await p.click('#connect');
    await p.waitForSelector('#wallet[data-state="connected"]');
    await p.selectOption('#kind', 'bicycle');
    await p.click('#search button[type=submit]');
    await p.click(`#results tr[data-listing-id="${listing}"] button`);
    await p.waitForSelector(`#listing[data-listing-id="${listing}"]:not([hidden])`);
    await p.click('#book');
    await p.waitForSelector('#problem:not([hidden])');
    result.refusing.rejected = await shown();
    result.refusing.steps = await p.$$eval('#progress li', (lis) => lis.map((li) => `${li.dataset.step}:${li.dataset.state}`));
    await ctx.close();
    lap('refusing_wallet');
  }

  // what the page shows, read the way people read it
  const fieldsOf = (sel) => page.$$eval(`${sel} > div`, (divs) =>
    Object.fromEntries(divs.map((d) => [d.dataset.key, d.querySelector('dd').textContent.replace(/\s+/g, ' ').trim()])));
  const rowsOf = (sel) => page.$$eval(`${sel} tbody tr`, (trs) => trs.map((tr) => ({
    rental: tr.dataset.rentalId ?? null,
    listing: tr.dataset.listingId ?? null,
    status: tr.dataset.status ?? null,
    mine: tr.classList.contains('mine'),
    cells: [...tr.children].map((td) => td.textContent.replace(/\s+/g, ' ').trim()),
  })));
  const steps = () => page.$$eval('#progress li', (lis) => lis.map((li) => `${li.dataset.step}:${li.dataset.state}`));
  const problem = () => page.evaluate(() => {
    const p = document.getElementById('problem');
    return p.hidden ? null : { error: p.dataset.error, text: p.textContent };
  });
  const sends = () => result.wallet.filter((w) => w.method === 'eth_sendTransaction').length;
  // settle waits for sel, or fails with the problem the page shows instead
  const settle = async (sel) => {
    await page.waitForFunction((s) => document.querySelector(s) || !document.getElementById('problem').hidden, sel, { timeout: 60_000 });
    const p = await problem();
    if (p) throw new Error(`the page shows a problem instead of ${sel}: ${p.error}: ${p.text} (steps ${await steps()})`);
  };
  const shot = (name) => page.screenshot({ path: `${out}/${name}.png`, fullPage: true });

  await page.goto(`${base}/book/`);
  await page.waitForSelector('body[data-ready]');
  const ready = await page.getAttribute('body', 'data-ready');
  if (ready !== 'true') throw new Error(`the page did not start: ${JSON.stringify(await problem())}`);
  result.platform = await page.getAttribute('#platform', 'data-platform');
  result.platform_text = (await page.textContent('#platform')).replace(/\s+/g, ' ').trim();
  lap('load');

  // 1. search: bicycles near the point, free in the default window
  await page.selectOption('#kind', 'bicycle');
  await page.fill('#near', env('NEAR'));
  await page.fill('#radius', '2000');
  await page.fill('#hours', '2');
  result.search_from = await page.inputValue('#from');
  await page.click('#search button[type=submit]');
  await page.waitForSelector('#results[data-state="done"]');
  result.search = { query: await page.getAttribute('#results', 'data-query'), rows: await rowsOf('#results') };
  lap('search');

  // 2. the terms
  await page.click(`#results tr[data-listing-id="${listing}"] button`);
  await page.waitForSelector(`#listing[data-listing-id="${listing}"]:not([hidden])`);
  result.terms = await fieldsOf('#terms');
  result.terms_hash = await page.getAttribute('#listing', 'data-terms-hash');
  result.calendar_before = await rowsOf('#calendar');
  result.start = await page.inputValue('#start');
  result.duration_hours = await page.inputValue('#duration');
  lap('terms');

  // connect the wallet: the quote now uses the account's tier
  await page.click('#connect');
  await page.waitForSelector('#wallet[data-state="connected"]');
  result.account = await page.getAttribute('#account', 'data-address');
  result.account_text = (await page.textContent('#account')).replace(/\s+/g, ' ').trim();
  result.quote = await fieldsOf('#quote');
  lap('connect');

  // the provider changes the terms behind the page's back: booking must refuse
  await ask('change-terms');
  const before = sends();
  await page.click('#book');
  await page.waitForSelector('#problem:not([hidden])');
  result.terms_changed = { ...(await problem()), sends: sends() - before };
  await shot('terms-changed');
  lap('terms_changed');

  // reload the terms, then book: approve, rent, wait with min_block
  await page.click('#reload-terms');
  await page.waitForFunction((old) => document.getElementById('listing').dataset.termsHash !== old, result.terms_hash);
  result.terms_reloaded = await fieldsOf('#terms');
  result.terms_hash_reloaded = await page.getAttribute('#listing', 'data-terms-hash');
  result.quote_reloaded = await fieldsOf('#quote');
  const beforeBook = result.wallet.length;
  await page.click('#book');
  await settle('#booking[data-status="booked"]:not([hidden])');
  result.booked = {
    rental: await page.getAttribute('#booking', 'data-rental-id'),
    fields: await fieldsOf('#booking-fields'),
    calendar: await rowsOf('#booking-calendar'),
    cancel_quote: await page.textContent('#cancel-quote'),
    steps: await steps(),
    wait_ms: Number(await page.getAttribute('#progress', 'data-last-wait-ms')),
    sent: result.wallet.slice(beforeBook).filter((w) => w.method === 'eth_sendTransaction'),
  };
  await page.waitForSelector(`#my-bookings tr[data-rental-id="${result.booked.rental}"]`);
  result.my_bookings = await rowsOf('#my-bookings');
  await shot('booked');
  lap('book');

  // 3. cancel it
  const beforeCancel = result.wallet.length;
  await page.click('#cancel');
  await settle('#booking[data-status="cancelled"]');
  result.cancelled = {
    fields: await fieldsOf('#booking-fields'),
    calendar: await rowsOf('#booking-calendar'),
    cancel_hidden: await page.isHidden('#cancel'),
    steps: await steps(),
    wait_ms: Number(await page.getAttribute('#progress', 'data-last-wait-ms')),
    sent: result.wallet.slice(beforeCancel).filter((w) => w.method === 'eth_sendTransaction'),
  };
  result.my_bookings_after = await rowsOf('#my-bookings');
  await shot('cancelled');
  lap('cancel');

  // 4. someone else books the same slot first: the revert is decoded from the ABI
  const startSec = Date.parse(`${result.start}:00Z`) / 1000;
  await ask(`take-slot ${startSec} ${Number(result.duration_hours) * 3600}`);
  const beforeTaken = sends();
  await page.click('#book');
  await page.waitForSelector('#problem:not([hidden])');
  result.slot_taken = { ...(await problem()), sends: sends() - beforeTaken, steps: await steps() };
  // the page shows the calendar as it is now, and will not book the slot again
  await page.waitForSelector('#calendar tbody tr');
  result.slot_taken.calendar = await rowsOf('#calendar');
  result.slot_taken.quote = await fieldsOf('#quote');
  result.slot_taken.book_disabled = await page.isDisabled('#book');
  await shot('slot-taken');
  lap('slot_taken');
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(result));
process.exit(0);
