// The Sharechain explorer: a read-only view of the REST API (INTERFACE.md §5) for
// auditors and operators. No build step and no dependency; every value from the API
// is written with textContent, never as HTML, because uris and names are untrusted.

const STATUS_EVERY_MS = 3000;
const PAGE = 25;

const RE_ASSET = /^[0-9]{1,78}$/;
const RE_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const RE_TX = /^0x[0-9a-fA-F]{64}$/;

// ---- talking to the API ----

// ProblemError carries an application/problem+json answer.
class ProblemError extends Error {
  constructor(status, problem) {
    const detail = problem.detail || problem.title || `HTTP ${status}`;
    super(detail);
    this.status = status;
    this.title = problem.title || `HTTP ${status}`;
    this.params = Array.isArray(problem.invalid_params) ? problem.invalid_params : [];
  }
}

// parseJSON keeps integers beyond 2^53 (uint64 times, say) as their exact digits.
function parseJSON(text) {
  return JSON.parse(text, (key, value, ctx) =>
    Number.isInteger(value) && !Number.isSafeInteger(value) && ctx && typeof ctx.source === 'string'
      ? ctx.source
      : value);
}

async function api(path) {
  let resp;
  try {
    resp = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (err) {
    throw new ProblemError(0, { title: 'Network error', detail: `the API did not answer (${err.message})` });
  }
  const text = await resp.text();
  if (!resp.ok) {
    let problem = {};
    try {
      problem = parseJSON(text);
    } catch {
      problem = { detail: text.slice(0, 200) };
    }
    throw new ProblemError(resp.status, problem);
  }
  return parseJSON(text);
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

// ---- building DOM ----

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const none = () => h('span', { class: 'null' }, '—');

function short(hex) {
  return hex.length > 14 ? `${hex.slice(0, 8)}…${hex.slice(-6)}` : hex;
}

function addressLink(addr) {
  if (addr === null || addr === undefined) return none();
  return h('a', { href: `#/account/${addr}`, class: 'hex', title: addr }, short(addr));
}

function assetLink(id) {
  if (id === null || id === undefined) return none();
  return h('a', { href: `#/asset/${id}` }, `#${id}`);
}

function txLink(hash) {
  return h('a', { href: `#/tx/${hash}`, class: 'hex', title: hash }, short(hash));
}

function hex(value) {
  if (value === null || value === undefined) return none();
  return h('code', { class: 'hex', title: value }, short(value));
}

function bool(value) {
  return value ? 'yes' : 'no';
}

// time shows unix seconds as UTC; values too big for a date stay digits.
function time(sec) {
  if (sec === null || sec === undefined) return none();
  const n = Number(sec);
  if (typeof sec !== 'number' || n > 253402300799) return h('span', { title: 'unix seconds' }, String(sec));
  const iso = new Date(n * 1000).toISOString().replace('T', ' ').replace('.000Z', ' UTC');
  return h('time', { datetime: new Date(n * 1000).toISOString(), title: `unix ${n}` }, iso);
}

// shr shows an 18-decimal base-unit amount exactly, as digits and as SHR, without floats.
function shr(amount) {
  if (amount === null || amount === undefined) return none();
  const digits = String(amount).padStart(19, '0');
  const whole = digits.slice(0, -18).replace(/^0+(?=\d)/, '');
  const frac = digits.slice(-18).replace(/0+$/, '');
  return h('span', { class: 'amount' }, String(amount), h('span', { class: 'unit' }, ` (${whole}${frac ? '.' + frac : ''} SHR)`));
}

function amount(value) {
  if (value === null || value === undefined) return none();
  return h('span', { class: 'amount' }, String(value));
}

// fields renders [label, value, key, wide] rows as a description list; a wide row
// takes the whole width (full addresses and hashes).
function fields(rows) {
  return h('dl', { class: 'fields' }, rows.map(([label, value, key, wide]) =>
    h('div', { class: wide ? 'wide' : undefined, dataset: key ? { key } : undefined }, h('dt', {}, label), h('dd', {}, value))));
}

function section(title, ...children) {
  const id = `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

function problemBox(err) {
  const box = h('div', { class: 'problem', role: 'alert' },
    h('strong', {}, err.status ? `${err.status} ${err.title}` : err.title || 'Error'), ': ', err.message);
  if (err.params && err.params.length) {
    box.append(h('ul', {}, err.params.map((p) => h('li', {}, h('code', {}, p.name), ': ', p.reason))));
  }
  return box;
}

// table renders rows under columns of [header, cell(row)] into a captioned table.
function table(caption, columns, rows) {
  const body = h('tbody');
  const t = h('div', { class: 'scroll' }, h('table', {},
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, columns.map(([name]) => h('th', { scope: 'col' }, name)))),
    body));
  const add = (items) => {
    for (const r of items) body.append(h('tr', {}, columns.map(([, cell]) => h('td', {}, cell(r)))));
  };
  add(rows);
  return { el: t, add, body };
}

// paged loads a list endpoint into a table, with a button for the next page.
async function paged(container, caption, path, columns, empty) {
  const sep = path.includes('?') ? '&' : '?';
  const first = await api(path);
  if (first.items.length === 0) {
    container.append(h('p', { class: 'empty' }, empty));
    return first;
  }
  const t = table(caption, columns, first.items);
  container.append(t.el);
  let cursor = first.next_cursor;
  if (cursor) {
    const more = h('button', { type: 'button', class: 'more' }, 'Load more');
    more.addEventListener('click', async () => {
      more.disabled = true;
      try {
        const next = await api(`${path}${sep}cursor=${encodeURIComponent(cursor)}`);
        t.add(next.items);
        cursor = next.next_cursor;
        if (cursor) more.disabled = false;
        else more.remove();
      } catch (err) {
        more.replaceWith(problemBox(err));
      }
    });
    container.append(more);
  }
  return first;
}

// ---- events ----

const TIME_ARGS = new Set(['start', 'end', 'expires', 'validUntil', 'votingDeadline']);

// argValue links what it can: addresses to accounts, token ids to assets; times stay
// digits, with the date as their title.
function argValue(key, value) {
  if (typeof value === 'string' && RE_ADDRESS.test(value)) return addressLink(value);
  if (TIME_ARGS.has(key) && typeof value === 'string' && /^[0-9]{1,12}$/.test(value)) {
    return h('span', { title: new Date(Number(value) * 1000).toISOString() }, value);
  }
  if (typeof value === 'string' && /^0x[0-9a-f]{64,}$/.test(value)) return hex(value);
  if (key === 'tokenId' && typeof value === 'string') return assetLink(value);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function eventArgs(e) {
  if (e.name === null || e.args === null) {
    return h('span', { class: 'undecoded' }, 'undecoded: ', e.topics.map((t) => hex(t)), ' ', hex(e.data));
  }
  const entries = Object.entries(e.args);
  if (entries.length === 0) return none();
  return h('ul', { class: 'args' }, entries.map(([k, v]) => h('li', {}, h('span', { class: 'arg' }, k), ' ', argValue(k, v))));
}

const EVENT_COLUMNS = [
  ['Block', (e) => String(e.block_number)],
  ['Time', (e) => time(e.timestamp)],
  ['Tx', (e) => txLink(e.tx_hash)],
  ['Log', (e) => String(e.log_index)],
  ['Contract', (e) => h('span', { title: e.address }, e.contract)],
  ['Event', (e) => (e.name === null ? h('em', {}, '(undecoded)') : h('strong', { class: 'event-name' }, e.name))],
  ['Arguments', eventArgs],
  ['Final', (e) => (e.finalized ? 'final' : h('em', { class: 'pending' }, 'pending'))],
];

function settlement(s) {
  if (!s) return none();
  return h('ul', { class: 'args' },
    Object.entries(s).map(([k, v]) => h('li', {}, h('span', { class: 'arg' }, k), ' ', amount(v))));
}

const RENTAL_COLUMNS = [
  ['Id', (r) => String(r.id)],
  ['Asset', (r) => assetLink(r.token_id)],
  ['Listing', (r) => String(r.listing_id)],
  ['Renter', (r) => addressLink(r.renter)],
  ['Provider', (r) => addressLink(r.provider)],
  ['Status', (r) => h('span', { class: `status ${r.status}` }, r.status)],
  ['Start', (r) => time(r.start)],
  ['End', (r) => time(r.end)],
  ['Rent', (r) => amount(r.rent)],
  ['Deposit', (r) => amount(r.deposit)],
  ['Confirmed', (r) => bool(r.confirmed)],
  ['Usage reports', (r) => String(r.usage_reports.length)],
  ['Settlement', (r) => settlement(r.settlement)],
];

const LISTING_COLUMNS = [
  ['Id', (l) => String(l.id)],
  ['Provider', (l) => addressLink(l.provider)],
  ['Payment token', (l) => hex(l.payment_token)],
  ['Price / hour', (l) => amount(l.price_per_hour)],
  ['Deposit', (l) => amount(l.deposit)],
  ['Duration (s)', (l) => `${l.min_duration}–${l.max_duration}`],
  ['Price / unit', (l) => amount(l.price_per_unit)],
  ['Status', (l) => l.status],
  ['Pledge', (l) => h('span', {}, shr(l.pledge.amount), ' ', l.pledge.state)],
];

const ASSET_COLUMNS = [
  ['Id', (a) => assetLink(a.token_id)],
  ['Verified', (a) => bool(a.verified)],
  ['Listed', (a) => bool(a.listed)],
  ['User', (a) => addressLink(a.user)],
  ['Uri', (a) => h('span', { class: 'uri' }, a.uri)],
];

// ---- views ----

// Each view fills its own container; a slow answer for a view the reader has left
// lands in a detached node and is dropped.
async function viewHome(root) {
  document.title = 'Sharechain explorer';
  const s = h('section', { 'aria-labelledby': 'latest' }, h('h1', { id: 'latest' }, 'Latest events'));
  root.append(s);
  await paged(s, 'Latest events, newest first', `/v1/events${query({ order: 'desc', limit: PAGE })}`, EVENT_COLUMNS,
    'No events indexed yet.');
}

async function viewAsset(root, id) {
  document.title = `Asset #${id} · Sharechain explorer`;
  root.append(h('h1', {}, `Asset #${id}`));
  const a = await api(`/v1/assets/${id}`);
  root.append(section('Asset', fields([
    ['Token id', a.token_id, 'token_id'],
    ['Owner', addressLink(a.owner), 'owner'],
    ['URI', h('span', { class: 'uri' }, a.uri), 'uri', true],
    ['Asset code', h('code', { class: 'hex full' }, a.asset_code), 'asset_code', true],
    ['Content hash', h('code', { class: 'hex full' }, a.content_hash), 'content_hash', true],
    ['Verified', bool(a.verified), 'verified'],
    ['Verified by', addressLink(a.verified_by), 'verified_by'],
    ['Valid until', time(a.valid_until), 'valid_until'],
    ['Device', addressLink(a.device), 'device'],
    ['User (renter)', addressLink(a.user), 'user'],
    ['User expires', time(a.user_expires), 'user_expires'],
    ['Listed', bool(a.listed), 'listed'],
    ['Listing id', a.listing_id ?? none(), 'listing_id'],
    ['Registered in block', String(a.block_number), 'block_number'],
  ])));
  const listings = section('Listings');
  const rentals = section('Rentals');
  const history = section('History');
  root.append(listings, rentals, history);
  await Promise.all([
    guard(listings, paged(listings, `Listings of asset ${id}`, `/v1/listings${query({ token_id: id })}`, LISTING_COLUMNS,
      'Never listed.')),
    guard(rentals, paged(rentals, `Rentals of asset ${id}`, `/v1/rentals${query({ token_id: id })}`, RENTAL_COLUMNS,
      'Never rented.')),
    guard(history, paged(history, `History of asset ${id}, oldest first`, `/v1/assets/${id}/events${query({ limit: 100 })}`,
      EVENT_COLUMNS, 'No events.')),
  ]);
}

async function viewAccount(root, addr) {
  document.title = `Account ${short(addr)} · Sharechain explorer`;
  const heading = h('h1', {}, 'Account ', h('code', { class: 'hex full' }, addr));
  root.append(heading);
  const a = await api(`/v1/accounts/${addr}`);
  heading.replaceChildren('Account ', h('code', { class: 'hex full' }, a.address));
  root.append(section('Credit and holdings', fields([
    ['Address', h('code', { class: 'hex full' }, a.address), 'address', true],
    ['Score', String(a.score), 'score'],
    ['Tier', String(a.tier), 'tier'],
    ['Max active rentals', String(a.terms.max_active_rentals), 'max_active_rentals'],
    ['Deposit (bps)', String(a.terms.deposit_bps), 'deposit_bps'],
    ['Pledge (bps)', String(a.terms.pledge_bps), 'pledge_bps'],
    ['Blacklisted', bool(a.blacklisted), 'blacklisted'],
    ['Blacklist reason', hex(a.blacklist_reason), 'blacklist_reason'],
    ['SHR balance', shr(a.shr_balance), 'shr_balance'],
    ['Rewards earned', shr(a.rewards_earned), 'rewards_earned'],
    ['Pledged', shr(a.pledged), 'pledged'],
    ['Active rentals', String(a.active_rentals), 'active_rentals'],
  ])));
  const owned = section('Assets owned');
  const asRenter = section('Rentals as renter');
  const asProvider = section('Rentals as provider');
  const recent = section('Recent events');
  root.append(owned, asRenter, asProvider, recent);
  await Promise.all([
    guard(owned, paged(owned, `Assets owned by ${addr}`, `/v1/assets${query({ owner: addr })}`, ASSET_COLUMNS, 'None.')),
    guard(asRenter, paged(asRenter, `Rentals with ${addr} as renter`, `/v1/rentals${query({ renter: addr })}`,
      RENTAL_COLUMNS, 'None.')),
    guard(asProvider, paged(asProvider, `Rentals with ${addr} as provider`, `/v1/rentals${query({ provider: addr })}`,
      RENTAL_COLUMNS, 'None.')),
    guard(recent, paged(recent, `Events naming ${addr}, newest first`,
      `/v1/events${query({ account: addr, order: 'desc', limit: PAGE })}`, EVENT_COLUMNS, 'No events name this address.')),
  ]);
}

async function viewTx(root, hash) {
  document.title = `Transaction ${short(hash)} · Sharechain explorer`;
  root.append(h('h1', {}, 'Transaction ', h('code', { class: 'hex full' }, hash)));
  const summary = section('Transaction');
  const s = section('Events');
  root.append(summary, s);
  const page = await paged(s, `Events of transaction ${hash}`, `/v1/events${query({ tx: hash, limit: 500 })}`, EVENT_COLUMNS,
    'No indexed events in this transaction: it may not touch the suite, or it is not indexed yet.');
  if (page.items.length === 0) {
    summary.remove();
    return;
  }
  const e = page.items[0];
  summary.append(fields([['Block', String(e.block_number), 'block_number'], ['Block hash', h('code', { class: 'hex full' }, e.block_hash), 'block_hash', true],
    ['Time', time(e.timestamp), 'timestamp'], ['Final', e.finalized ? 'final' : 'pending', 'finalized'],
    ['Events', String(page.items.length), 'events']]));
}

// guard shows a section's failure inside that section, so the rest of the view stays.
async function guard(sec, promise) {
  try {
    await promise;
  } catch (err) {
    sec.append(problemBox(err));
  }
}

// ---- routing ----

function route(hash) {
  const parts = hash.replace(/^#\/?/, '').split('/');
  const [kind, arg] = [parts[0] || '', decodeURIComponent(parts[1] || '')];
  switch (kind) {
    case '':
      return { name: 'home', run: (root) => viewHome(root) };
    case 'asset':
      if (RE_ASSET.test(arg)) return { name: 'asset', run: (root) => viewAsset(root, BigInt(arg).toString()) };
      break;
    case 'account':
      if (RE_ADDRESS.test(arg)) return { name: 'account', run: (root) => viewAccount(root, arg) };
      break;
    case 'tx':
      if (RE_TX.test(arg)) return { name: 'tx', run: (root) => viewTx(root, arg.toLowerCase()) };
      break;
  }
  return {
    name: 'unknown',
    run: async () => {
      throw new ProblemError(404, { title: 'Not Found', detail: `no view for ${hash}; try #/asset/1, #/account/0x… or #/tx/0x…` });
    },
  };
}

let generation = 0;

async function render() {
  const gen = ++generation;
  const main = document.getElementById('view');
  const root = h('div');
  const r = route(location.hash);
  main.replaceChildren(root);
  document.getElementById('search-error').hidden = true;
  document.getElementById('q').removeAttribute('aria-invalid');
  main.dataset.view = r.name;
  main.dataset.state = 'loading';
  main.setAttribute('aria-busy', 'true');
  let state = 'ready';
  try {
    await r.run(root);
  } catch (err) {
    if (!(err instanceof ProblemError)) console.error(err);
    root.append(problemBox(err instanceof ProblemError ? err : new ProblemError(0, { title: 'Error', detail: err.message })));
    state = 'error';
  }
  if (gen !== generation) return;
  main.dataset.state = state;
  main.removeAttribute('aria-busy');
}

function classify(input) {
  const q = input.trim();
  if (RE_ASSET.test(q)) return `#/asset/${BigInt(q)}`;
  if (RE_ADDRESS.test(q)) return `#/account/${q}`;
  if (RE_TX.test(q)) return `#/tx/${q.toLowerCase()}`;
  return null;
}

function onSearch(ev) {
  ev.preventDefault();
  const input = document.getElementById('q');
  const out = document.getElementById('search-error');
  const target = classify(input.value);
  if (!target) {
    out.textContent = 'Not an asset id (decimal), an address (0x + 40 hex) or a transaction hash (0x + 64 hex).';
    out.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    return;
  }
  out.hidden = true;
  input.removeAttribute('aria-invalid');
  if (location.hash === target) render();
  else location.hash = target;
  document.getElementById('view').focus({ preventScroll: true });
}

// ---- sync status ----

async function refreshStatus() {
  const sync = document.getElementById('sync');
  const out = document.getElementById('sync-error');
  try {
    const st = await api('/v1/status');
    for (const key of ['chain_id', 'head_block', 'indexed_block', 'finalized_block', 'lag_blocks']) {
      sync.querySelector(`[data-key="${key}"]`).textContent = String(st[key]);
    }
    sync.dataset.state = st.lag_blocks > 0 ? 'behind' : 'synced';
    out.hidden = true;
  } catch (err) {
    sync.dataset.state = 'error';
    out.replaceChildren(problemBox(err));
    out.hidden = false;
  }
  sync.querySelector('[data-key="checked"]').textContent = new Date().toISOString().slice(11, 19) + ' UTC';
}

function pollStatus() {
  refreshStatus().finally(() => setTimeout(() => {
    if (document.hidden) document.addEventListener('visibilitychange', pollStatus, { once: true });
    else pollStatus();
  }, STATUS_EVERY_MS));
}

document.getElementById('search').addEventListener('submit', onSearch);
window.addEventListener('hashchange', render);
pollStatus();
render();
