// The Sharechain explorer: a read-only view of the REST API (INTERFACE.md §5, protocol
// v2) for auditors, operators and the people renting. No build step and no dependency;
// every value from the API is written with textContent, never as HTML, because uris and
// names are untrusted.

const STATUS_EVERY_MS = 3000;
const PAGE = 25;
const DAY = 86400;

const RE_ASSET = /^[0-9]{1,78}$/;
const RE_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const RE_TX = /^0x[0-9a-fA-F]{64}$/;
const RE_UINT = /^[0-9]+$/;

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

// A page served at /chains/{chainId}/ (an API serving several deployments) reads that
// deployment's routes, /v1/chains/{chainId}/…; at / it reads /v1/….
const CHAIN_PREFIX = (location.pathname.match(/^\/chains\/\d+(?=\/)/) || [''])[0];
const API_BASE = CHAIN_PREFIX ? `/v1${CHAIN_PREFIX}` : '/v1';

// apiURL maps a route as INTERFACE.md names it, /v1/…, to this page's deployment.
function apiURL(path) {
  return path.startsWith('/v1/') ? API_BASE + path.slice(3) : path;
}

// the page's own links to routes (events.csv)
for (const a of document.querySelectorAll('a[href^="/v1/"]')) a.setAttribute('href', apiURL(a.getAttribute('href')));

async function api(path) {
  let resp;
  try {
    resp = await fetch(apiURL(path), { headers: { Accept: 'application/json' } });
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

// ---- tokens: symbols and decimals ----

// The payment tokens' symbols and decimals come from GET /v1/params (the escrow's
// PaymentTokenSet events), fetched once per page load; SHR, the reward token, is not a
// payment token and is known by its manifest address in GET /v1/status.
const tokens = new Map(); // lower-case address -> {symbol, decimals}
let tokensLoaded = null;
let contracts = {};

function loadTokens() {
  if (!tokensLoaded) {
    tokensLoaded = Promise.all([api('/v1/params'), api('/v1/status')]).then(([p, st]) => {
      contracts = st.contracts || {};
      for (const t of p.payment_tokens) {
        tokens.set(t.address.toLowerCase(), { symbol: t.symbol, decimals: t.decimals, address: t.address });
      }
      if (contracts.RewardToken) {
        tokens.set(contracts.RewardToken.toLowerCase(), { symbol: 'SHR', decimals: 18, address: contracts.RewardToken });
      }
    }).catch((err) => {
      // the page still works with raw base units; the next view asks again
      tokensLoaded = null;
      console.warn(`token symbols unavailable: ${err.message}`);
    });
  }
  return tokensLoaded;
}

function tokenInfo(address) {
  return address ? tokens.get(String(address).toLowerCase()) || null : null;
}

function shrAddress() {
  return contracts.RewardToken || null;
}

// groupDigits puts a comma between thousands of a digit string.
function groupDigits(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// formatUnits writes a base-unit decimal string in whole tokens, exactly: string
// arithmetic, never floats, so no digit of a uint256 is lost.
function formatUnits(raw, decimals) {
  const digits = String(raw).replace(/^0+(?=\d)/, '');
  if (!decimals) return groupDigits(digits);
  const padded = digits.padStart(decimals + 1, '0');
  const whole = padded.slice(0, -decimals);
  const frac = padded.slice(-decimals).replace(/0+$/, '');
  return groupDigits(whole) + (frac ? `.${frac}` : '');
}

// money shows an amount of token as people read it ("3 tUSD"), with the exact base
// units on hover (title) and in data-base-units.
function money(raw, token) {
  if (raw === null || raw === undefined) return none();
  const s = String(raw);
  if (!RE_UINT.test(s)) return h('span', { class: 'amount' }, s);
  const info = tokenInfo(token);
  if (!info) {
    const of = token ? ` of token ${token}` : '';
    return h('span', { class: 'amount raw', title: `${s} base units${of} (symbol and decimals unknown)`, dataset: { baseUnits: s } },
      s, ' ', h('span', { class: 'unit' }, 'base units'));
  }
  const symbol = info.symbol || short(info.address);
  return h('span', { class: 'amount', title: `${s} base units (${symbol} has ${info.decimals} decimals)`, dataset: { baseUnits: s } },
    formatUnits(s, info.decimals), ' ', h('span', { class: 'unit' }, symbol));
}

function shr(raw) {
  if (!shrAddress()) {
    // before the status answered: SHR has 18 decimals by INTERFACE.md
    if (raw === null || raw === undefined) return none();
    return h('span', { class: 'amount', title: `${raw} base units (SHR has 18 decimals)`, dataset: { baseUnits: String(raw) } },
      formatUnits(String(raw), 18), ' ', h('span', { class: 'unit' }, 'SHR'));
  }
  return money(raw, shrAddress());
}

function tokenName(address) {
  if (!address) return none();
  const info = tokenInfo(address);
  return h('span', {}, info ? `${info.symbol || '(no symbol)'} ` : '', addressLink(address));
}

// amounts lists [{token, amount}] as formatted amounts, comma-separated.
function amounts(list) {
  if (!list || list.length === 0) return h('span', { class: 'null' }, 'none');
  return h('span', { class: 'amounts' }, list.flatMap((x, i) => (i ? [', ', money(x.amount, x.token)] : [money(x.amount, x.token)])));
}

// Listings name a rental's payment token: rentals carry only their listing id.
const listingCache = new Map(); // id -> Promise<listing>

function getListing(id) {
  if (!listingCache.has(id)) {
    const p = api(`/v1/listings/${id}`);
    p.catch(() => listingCache.delete(id));
    listingCache.set(id, p);
  }
  return listingCache.get(id);
}

const listingToken = new Map(); // listing id -> payment token address
const rentalListing = new Map(); // rental id -> listing id

async function resolveListings(rentals) {
  for (const r of rentals) if (r.id !== null) rentalListing.set(r.id, r.listing_id);
  const ids = [...new Set(rentals.map((r) => r.listing_id))].filter((id) => !listingToken.has(id));
  await Promise.all(ids.map(async (id) => {
    try {
      const l = await getListing(id);
      listingToken.set(id, l.payment_token);
    } catch {
      // the amounts stay in base units
    }
  }));
}

function rentalMoney(r, raw) {
  return money(raw, listingToken.get(r.listing_id));
}

// ---- the chain's clock ----

// On a devnet the chain's time runs ahead of the wall clock, so countdowns use the
// latest indexed block's time (an availability answer's default "from") plus the time
// since it was read.
const clock = { offset: null };

function noteChainTime(t) {
  clock.offset = Number(t) - Date.now() / 1000;
}

function chainNow() {
  return Math.floor(Date.now() / 1000 + (clock.offset ?? 0));
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

function platformLink(addr) {
  if (addr === null || addr === undefined) return h('span', { class: 'null' }, 'none');
  return h('a', { href: `#/platform/${addr}`, class: 'hex', title: addr }, short(addr));
}

function assetLink(id) {
  if (id === null || id === undefined) return none();
  return h('a', { href: `#/asset/${id}` }, `#${id}`);
}

function listingLink(id) {
  if (id === null || id === undefined) return none();
  return h('a', { href: `#/listing/${id}` }, String(id));
}

function rentalLink(id) {
  if (id === null || id === undefined) return none();
  return h('a', { href: `#/rental/${id}` }, String(id));
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

function isoTime(n) {
  return new Date(n * 1000).toISOString().replace('T', ' ').replace('.000Z', ' UTC');
}

// time shows unix seconds as UTC; values too big for a date stay digits.
function time(sec) {
  if (sec === null || sec === undefined) return none();
  const n = Number(sec);
  if (typeof sec !== 'number' || n > 253402300799) return h('span', { title: 'unix seconds' }, String(sec));
  return h('time', { datetime: new Date(n * 1000).toISOString(), title: `unix ${n}` }, isoTime(n));
}

// duration writes seconds as people say them: 2 h, 1 d 6 h, 30 min.
function duration(sec) {
  let s = Math.max(0, Math.floor(Number(sec)));
  if (s === 0) return '0 s';
  const parts = [];
  for (const [unit, n] of [['d', DAY], ['h', 3600], ['min', 60], ['s', 1]]) {
    if (s >= n) {
      parts.push(`${Math.floor(s / n)} ${unit}`);
      s %= n;
    }
  }
  return parts.slice(0, 2).join(' ');
}

// clockText writes a remaining time to the second: 1 h 59 min 08 s.
function clockText(sec) {
  const s = Math.max(0, Math.floor(sec));
  const d = Math.floor(s / DAY);
  const hh = Math.floor((s % DAY) / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  if (d > 0) return `${d} d ${hh} h ${String(mm).padStart(2, '0')} min`;
  if (hh > 0) return `${hh} h ${String(mm).padStart(2, '0')} min ${ss} s`;
  return `${mm} min ${ss} s`;
}

function bps(n) {
  return `${n / 100} %`;
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

// paged loads a list endpoint into a table, with a button for the next page; prepare,
// when given, runs on each page before its rows are drawn (to fetch what cells need).
async function paged(container, caption, path, columns, empty, prepare) {
  const sep = path.includes('?') ? '&' : '?';
  const first = await api(path);
  if (prepare) await prepare(first.items);
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
        if (prepare) await prepare(next.items);
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

// ---- statuses ----

const STATUS_LABELS = {
  booked: 'booked',
  active: 'active',
  returned: 'returned',
  disputed: 'disputed',
  settled: 'settled',
  defaulted: 'defaulted',
  resolved: 'resolved',
  cancelled: 'cancelled',
  no_show: 'no-show',
};

const STATUS_HINTS = {
  booked: 'booked ahead, not checked in yet',
  active: 'checked in: the renter has the asset',
  returned: 'returned: the deposit is held for inspection',
  disputed: 'disputed: the arbiter panel decides',
  settled: 'settled: rent and deposit paid out',
  defaulted: 'defaulted: not returned in time, the deposit went to the payee',
  resolved: 'resolved by the arbiter panel',
  cancelled: 'cancelled before check-in',
  no_show: 'no-show: never checked in, the rent was charged',
};

function badge(status) {
  return h('span', { class: `badge status-${status}`, dataset: { status }, title: STATUS_HINTS[status] || status },
    STATUS_LABELS[status] || status);
}

// ---- events ----

const TIME_ARGS = new Set(['start', 'end', 'expires', 'validUntil', 'votingDeadline', 'returnedAt', 'inspectionEnd']);
const SHR_EVENTS = new Set(['RewardPaid', 'PledgeLocked', 'PledgeReleased', 'PledgeSlashed', 'PledgeReturned']);

const AMOUNT_ARGS = new Set(['rent', 'deposit', 'pricePerHour', 'pricePerUnit', 'fee', 'platformFee', 'refund', 'rentCharged',
  'rentRefund', 'usageFee', 'damage', 'lateFee', 'amount']);

// eventToken is the token an event's amount argument is in, when the event, its listing
// or its rental says so.
function eventToken(e, key) {
  if (!e.args) return null;
  if (typeof e.args.token === 'string' && key === 'amount') return e.args.token;
  if (SHR_EVENTS.has(e.name) && key === 'amount') return shrAddress();
  if (e.contract === 'RewardToken' && e.name === 'Transfer' && key === 'value') return shrAddress();
  if (e.contract !== 'PledgeEscrow' || !AMOUNT_ARGS.has(key)) return null;
  if (typeof e.args.paymentToken === 'string') return e.args.paymentToken;
  const listing = e.args.listingId ?? rentalListing.get(e.args.rentalId);
  return listing ? listingToken.get(listing) ?? null : null;
}

// resolveEvents learns the listing of each escrow event's rental, so its amounts show
// in the listing's token.
async function resolveEvents(items) {
  const rentalIds = new Set();
  const listingIds = new Set();
  for (const e of items) {
    if (e.contract !== 'PledgeEscrow' || !e.args) continue;
    if (typeof e.args.listingId === 'string') listingIds.add(e.args.listingId);
    else if (typeof e.args.rentalId === 'string' && !rentalListing.has(e.args.rentalId)) rentalIds.add(e.args.rentalId);
  }
  await Promise.all([...rentalIds].slice(0, 50).map(async (id) => {
    try {
      const r = await api(`/v1/rentals/${id}`);
      rentalListing.set(r.id, r.listing_id);
      listingIds.add(r.listing_id);
    } catch {
      // the amounts stay in base units
    }
  }));
  await resolveListings([...listingIds].map((id) => ({ id: null, listing_id: id })));
}

// argValue links what it can: addresses to accounts, token ids to assets, rental ids to
// rentals; times stay digits, with the date as their title.
function argValue(e, key, value) {
  if (key === 'platform' && e.contract === 'PledgeEscrow' && typeof value === 'string' && RE_ADDRESS.test(value)) {
    return /^0x0{40}$/.test(value) ? h('span', { class: 'null' }, 'none') : platformLink(value);
  }
  if (typeof value === 'string' && RE_ADDRESS.test(value)) return addressLink(value);
  if (TIME_ARGS.has(key) && typeof value === 'string' && /^[0-9]{1,12}$/.test(value)) {
    return h('span', { title: new Date(Number(value) * 1000).toISOString() }, value);
  }
  if (typeof value === 'string' && /^0x[0-9a-f]{64,}$/.test(value)) return hex(value);
  if (key === 'tokenId' && typeof value === 'string') return assetLink(value);
  if (key === 'rentalId' && typeof value === 'string' && e.contract === 'PledgeEscrow') return rentalLink(value);
  if (key === 'listingId' && typeof value === 'string' && e.contract === 'PledgeEscrow') return listingLink(value);
  const token = eventToken(e, key);
  if (token && tokenInfo(token) && typeof value === 'string') return money(value, token);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function eventArgs(e) {
  if (e.name === null || e.args === null) {
    return h('span', { class: 'undecoded' }, 'undecoded: ', e.topics.map((t) => hex(t)), ' ', hex(e.data));
  }
  const entries = Object.entries(e.args);
  if (entries.length === 0) return none();
  return h('ul', { class: 'args' }, entries.map(([k, v]) => h('li', {}, h('span', { class: 'arg' }, k), ' ', argValue(e, k, v))));
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

const SETTLEMENT_LABELS = [
  ['rent_charged', 'Rent charged'],
  ['usage_fee', 'Usage fee'],
  ['damage', 'Damage'],
  ['late_fee', 'Late fee'],
  ['platform_fee', 'Platform fee'],
  ['refund', 'Refund'],
];

// settlementList shows the non-zero parts of a settlement (all of them when all are 0).
function settlementList(r) {
  const s = r.settlement;
  if (!s) return none();
  let parts = SETTLEMENT_LABELS.filter(([k]) => s[k] !== '0');
  if (parts.length === 0) parts = SETTLEMENT_LABELS;
  return h('ul', { class: 'args' },
    parts.map(([k, label]) => h('li', {}, h('span', { class: 'arg' }, label), ' ', rentalMoney(r, s[k]))));
}

const RENTAL_COLUMNS = [
  ['Id', (r) => rentalLink(r.id)],
  ['Asset', (r) => assetLink(r.token_id)],
  ['Listing', (r) => listingLink(r.listing_id)],
  ['Renter', (r) => addressLink(r.renter)],
  ['Provider', (r) => addressLink(r.provider)],
  ['Status', (r) => badge(r.status)],
  ['Start', (r) => time(r.start)],
  ['End', (r) => time(r.end)],
  ['Rent', (r) => rentalMoney(r, r.rent)],
  ['Deposit', (r) => rentalMoney(r, r.deposit)],
  ['Settlement', settlementList],
];

// payee shows who is paid, marked when it is not the provider (a co-owners' split, say).
function payee(addr, provider) {
  if (!addr) return none();
  if (provider && addr.toLowerCase() === provider.toLowerCase()) {
    return h('span', {}, addressLink(addr), ' ', h('span', { class: 'note' }, '(the provider)'));
  }
  return h('span', { class: 'payee-other' }, addressLink(addr), ' ', h('strong', { class: 'flag' }, 'not the provider'));
}

// cancellation says a cancellation policy in words: a listing's, or the one a rental was
// rented under (both carry cancel_fee_bps and free_cancel_before).
function cancellation(l) {
  const fee = l.cancel_fee_bps;
  const free = l.free_cancel_before;
  const later = fee > 0 ? `${bps(fee)} of the rent` : 'nothing';
  if (free > 0) return `free until ${duration(free)} before the start; later ${later}; from the start, the full rent`;
  return `${fee > 0 ? `${bps(fee)} of the rent` : 'free'} before the start; from the start, the full rent`;
}

const LISTING_COLUMNS = [
  ['Id', (l) => listingLink(l.id)],
  ['Provider', (l) => addressLink(l.provider)],
  ['Payee', (l) => payee(l.payee, l.provider)],
  ['Platform', (l) => platformLink(l.platform)],
  ['Price / hour', (l) => money(l.price_per_hour, l.payment_token)],
  ['Deposit', (l) => money(l.deposit, l.payment_token)],
  ['Duration', (l) => `${duration(l.min_duration)} – ${duration(l.max_duration)}`],
  ['Price / unit', (l) => money(l.price_per_unit, l.payment_token)],
  ['Cancellation', cancellation],
  ['Status', (l) => h('span', { class: `lstatus lstatus-${l.status}` }, l.status)],
  ['Pledge', (l) => h('span', {}, shr(l.pledge.amount), ' ', l.pledge.state)],
];

const ASSET_COLUMNS = [
  ['Id', (a) => assetLink(a.token_id)],
  ['Verified', (a) => bool(a.verified)],
  ['Listed', (a) => bool(a.listed)],
  ['Locked', (a) => bool(a.locked)],
  ['User', (a) => addressLink(a.user)],
  ['Uri', (a) => h('span', { class: 'uri' }, a.uri)],
];

const PLATFORM_COLUMNS = [
  ['Platform', (p) => platformLink(p.address)],
  ['Share', (p) => `${p.share_bps} bps${p.share_bps === 0 ? ' (unregistered)' : ''}`],
  ['Listings', (p) => String(p.listings)],
  ['Rentals', (p) => String(p.rentals)],
  ['Fees', (p) => amounts(p.fees)],
];

// ---- countdowns ----

// countdown is a live "… left" for a deadline on the chain's clock (inclusive, as
// INTERFACE.md's deadlines are); after it, it shows done.
function countdown(deadline, done) {
  const el = h('span', { class: 'countdown', dataset: { countdown: String(deadline), done }, role: 'timer', 'aria-live': 'off' });
  tickOne(el);
  return el;
}

function tickOne(el) {
  const left = Number(el.dataset.countdown) - chainNow();
  el.dataset.remaining = String(Math.max(0, left));
  if (left >= 0) {
    el.textContent = `${clockText(left)} left`;
    el.classList.remove('over');
  } else {
    el.textContent = el.dataset.done;
    el.classList.add('over');
  }
}

setInterval(() => {
  for (const el of document.querySelectorAll('[data-countdown]')) tickOne(el);
}, 1000);

// ---- the booking calendar ----

// calendar draws an asset's busy slots (the open rentals) over a week or a month from
// the start of the chain's today, each slot a link to its rental, coloured by status; a
// table lists them too, for reading and for screen readers. av is the availability from
// today's start; now, the chain's time.
function calendar(sec, av, now) {
  const today = av.from;
  const strip = h('div', { class: 'calendar', dataset: { from: String(av.from), to: String(av.to) } });
  const modes = [['Week', 7], ['Month', 30]];
  const buttons = modes.map(([label, days]) => {
    const b = h('button', { type: 'button', 'aria-pressed': days === 7 ? 'true' : 'false', dataset: { days: String(days) } }, label);
    b.addEventListener('click', () => {
      for (const x of buttons) x.setAttribute('aria-pressed', x === b ? 'true' : 'false');
      draw(days);
    });
    return b;
  });
  const draw = (days) => {
    const from = today;
    const to = today + days * DAY;
    const span = to - from;
    const pct = (t) => `${((Math.min(Math.max(t, from), to) - from) / span) * 100}%`;
    const label = h('p', { class: 'cal-range', id: 'cal-range' },
      `${days} days from ${isoTime(from).slice(0, 10)} (UTC, by the chain's clock)`);
    const grid = h('div', { class: 'cal-strip', role: 'group', 'aria-labelledby': 'cal-range', dataset: { from: String(from), to: String(to) } });
    grid.style.setProperty('--days', String(days));
    const ticks = h('div', { class: 'cal-days', 'aria-hidden': 'true' });
    for (let d = 0; d < days; d++) {
      const t = from + d * DAY;
      const date = new Date(t * 1000);
      const text = days <= 7
        ? date.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
        : String(date.getUTCDate());
      ticks.append(h('span', { class: date.getUTCDay() === 0 || date.getUTCDay() === 6 ? 'weekend' : undefined }, text));
    }
    const lane = h('div', { class: 'cal-lane' });
    const marker = h('span', { class: 'cal-now', title: `now: ${isoTime(now)}`, 'aria-hidden': 'true' });
    marker.style.left = pct(now);
    lane.append(marker);
    let shown = 0;
    for (const s of av.busy) {
      if (s.end <= from || s.start >= to) continue;
      shown++;
      const a = h('a', {
        class: `slot status-${s.status}`, href: `#/rental/${s.rental_id}`, dataset: { status: s.status, rental: s.rental_id },
        title: `rental ${s.rental_id}, ${STATUS_LABELS[s.status] || s.status}: ${isoTime(s.start)} – ${isoTime(s.end)}`,
        'aria-label': `Rental ${s.rental_id}, ${STATUS_LABELS[s.status] || s.status}, ${isoTime(s.start)} to ${isoTime(s.end)}`,
      }, h('span', { class: 'slot-text' }, `#${s.rental_id}`));
      a.style.left = pct(s.start);
      a.style.width = `calc(${pct(s.end)} - ${pct(s.start)})`;
      lane.append(a);
    }
    grid.append(ticks, lane);
    if (shown === 0) grid.append(h('p', { class: 'cal-free' }, 'Free all along.'));
    strip.replaceChildren(label, grid);
  };
  draw(7);
  const legend = h('ul', { class: 'legend', 'aria-label': 'Slot colours' },
    ['booked', 'active', 'returned', 'disputed'].map((s) => h('li', {}, h('span', { class: `swatch status-${s}`, 'aria-hidden': 'true' }), STATUS_LABELS[s])));
  sec.append(h('div', { class: 'cal-controls', role: 'group', 'aria-label': 'Calendar span' }, buttons), strip, legend);
  if (av.busy.length === 0) {
    sec.append(h('p', { class: 'empty' }, `No open rental until ${isoTime(av.to)}: free to book.`));
    return;
  }
  sec.append(table(`Open rentals of asset ${av.token_id} until ${isoTime(av.to)}`, [
    ['Rental', (s) => rentalLink(s.rental_id)],
    ['Status', (s) => badge(s.status)],
    ['Start', (s) => time(s.start)],
    ['End', (s) => time(s.end)],
    ['Length', (s) => duration(s.end - s.start)],
  ], av.busy).el);
}

// ---- telemetry ----

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const CHART_KINDS = [
  ['odometer_m', 'Odometer', 'm'],
  ['energy_wh', 'Energy', 'Wh'],
  ['battery_pm', 'Battery', '‰'],
];
const CHART_W = 640;
const CHART_H = 150;
const PAD = { l: 70, r: 10, t: 10, b: 24 };
const MAX_READINGS = 2000; // what the charts draw of a window: four pages

// lineChart draws one kind's readings over the window as a polyline, with a red rule at
// each anomaly's time; a value is drawn from its decimal digits (Number: fine at chart scale).
function lineChart(kind, label, unit, readings, from, to, anomalies) {
  const vals = readings.map((r) => Number(r.value));
  let lo = Math.min(...vals);
  let hi = Math.max(...vals);
  if (lo === hi) { lo -= 1; hi += 1; }
  const x = (t) => PAD.l + ((t - from) / Math.max(1, to - from)) * (CHART_W - PAD.l - PAD.r);
  const y = (v) => CHART_H - PAD.b - ((v - lo) / (hi - lo)) * (CHART_H - PAD.t - PAD.b);
  const points = readings.map((r, i) => `${x(r.time).toFixed(1)},${y(vals[i]).toFixed(1)}`).join(' ');
  const chart = svg('svg', {
    class: 'chart', viewBox: `0 0 ${CHART_W} ${CHART_H}`, role: 'img', dataset: { kind },
    'aria-label': `${label} (${unit}) from ${isoTime(from)} to ${isoTime(to)}: ${readings.length} readings, ${Math.min(...vals)} to ${Math.max(...vals)} ${unit}`,
  },
  svg('rect', { class: 'plot', x: PAD.l, y: PAD.t, width: CHART_W - PAD.l - PAD.r, height: CHART_H - PAD.t - PAD.b }),
  svg('text', { class: 'axis', x: PAD.l - 6, y: PAD.t + 10, 'text-anchor': 'end' }, `${hi} ${unit}`),
  svg('text', { class: 'axis', x: PAD.l - 6, y: CHART_H - PAD.b, 'text-anchor': 'end' }, `${lo} ${unit}`),
  svg('text', { class: 'axis', x: PAD.l, y: CHART_H - 6 }, isoTime(from).slice(5, 16)),
  svg('text', { class: 'axis', x: CHART_W - PAD.r, y: CHART_H - 6, 'text-anchor': 'end' }, isoTime(to).slice(5, 16)),
  anomalies.filter((a) => a.time >= from && a.time <= to).map((a) => svg('line', {
    class: `anomaly anomaly-${a.kind}`, x1: x(a.time), x2: x(a.time), y1: PAD.t, y2: CHART_H - PAD.b,
  }, svg('title', {}, `${a.kind} at ${isoTime(a.time)}: ${a.detail}`))),
  svg('polyline', { class: 'series', points, fill: 'none' }),
  readings.length === 1 ? svg('circle', { class: 'series', cx: x(readings[0].time), cy: y(vals[0]), r: 3 }) : null);
  return h('figure', { class: 'chart-box' }, h('figcaption', {}, `${label} (${unit})`), chart);
}

// trackChart draws the positions (a lat_e7 and a lon_e7 of one device and time) as a
// polyline in an equirectangular box: no map tiles, nothing fetched. The public sees the
// coarse positions the API gives it (0.01°); anomalies of movement circle the fix they end at.
function trackChart(readings, anomalies) {
  const fixes = new Map();
  for (const r of readings) {
    if (r.kind !== 'lat_e7' && r.kind !== 'lon_e7') continue;
    const key = `${r.device}@${r.time}`;
    const f = fixes.get(key) || { time: r.time, device: r.device, exact: true };
    f[r.kind === 'lat_e7' ? 'lat' : 'lon'] = Number(r.value) / 1e7;
    if (r.signature === null) f.exact = false;
    fixes.set(key, f);
  }
  const track = [...fixes.values()].filter((f) => f.lat !== undefined && f.lon !== undefined);
  if (track.length === 0) return null;
  const W = 360;
  const H = 240;
  const P = 12;
  let [la0, la1] = [Math.min(...track.map((f) => f.lat)), Math.max(...track.map((f) => f.lat))];
  let [lo0, lo1] = [Math.min(...track.map((f) => f.lon)), Math.max(...track.map((f) => f.lon))];
  const k = Math.cos(((la0 + la1) / 2) * Math.PI / 180) || 1; // a degree of longitude is shorter
  const span = Math.max((la1 - la0), (lo1 - lo0) * k, 0.002);
  const x = (lon) => P + (((lon - lo0) * k) / span) * (Math.min(W, H) - 2 * P) + (W - H) / 2;
  const y = (lat) => H - P - ((lat - la0) / span) * (H - 2 * P);
  const coarse = track.some((f) => !f.exact);
  const marks = anomalies.filter((a) => a.kind === 'movement_while_not_rented')
    .map((a) => track.find((f) => f.time === a.time)).filter(Boolean);
  const chart = svg('svg', {
    class: 'chart track', viewBox: `0 0 ${W} ${H}`, role: 'img', dataset: { kind: 'track' },
    'aria-label': `GPS track: ${track.length} positions${coarse ? ', floored to about 1 km' : ''}`,
  },
  svg('rect', { class: 'plot', x: 0, y: 0, width: W, height: H }),
  svg('polyline', { class: 'series', points: track.map((f) => `${x(f.lon).toFixed(1)},${y(f.lat).toFixed(1)}`).join(' '), fill: 'none' }),
  track.map((f) => svg('circle', { class: 'fix', cx: x(f.lon), cy: y(f.lat), r: 2.5 }, svg('title', {}, `${isoTime(f.time)}: ${f.lat.toFixed(coarse ? 2 : 5)}, ${f.lon.toFixed(coarse ? 2 : 5)}`))),
  marks.map((f) => svg('circle', { class: 'anomaly', cx: x(f.lon), cy: y(f.lat), r: 7 }, svg('title', {}, `moved while not rented, at ${isoTime(f.time)}`))));
  return h('figure', { class: 'chart-box' }, h('figcaption', {},
    coarse ? 'GPS track (positions floored to 0.01°, about 1 km: exact ones only for the asset\'s owner and its renters)' : 'GPS track'), chart);
}

const ANOMALY_LABELS = {
  movement_while_not_rented: 'moved while not rented',
  odometer_backwards: 'odometer backwards',
  usage_outside_rental: 'used outside a rental',
  device_silent: 'device silent',
};

// telemetrySection shows an asset's stats over the last 30 days (the API's default
// window) and charts its readings in that window, anomalies marked.
async function telemetrySection(sec, id) {
  const st = await api(`/v1/assets/${id}/stats`);
  sec.append(fields([
    ['Window', `${isoTime(st.from)} – ${isoTime(st.to)}`, 'window', true],
    ['Utilization', bps(st.utilization_bps), 'utilization_bps'],
    ['Rentals', String(st.rentals), 'rentals'],
    ['Readings', String(st.readings), 'readings'],
    ['Last seen', time(st.last_seen), 'last_seen'],
  ]));
  if (st.readings === 0) {
    sec.append(h('p', { class: 'empty' }, 'No readings in the last 30 days.'));
  } else {
    const readings = [];
    let cursor = null;
    do {
      const page = await api(`/v1/assets/${id}/telemetry${query({ from: st.from, to: st.to, limit: 500, cursor })}`);
      readings.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor && readings.length < MAX_READINGS);
    // the charts share a time axis over the readings themselves (a 30-day axis would
    // squeeze a device that reported for an afternoon into a line)
    const times = readings.map((r) => r.time);
    let [t0, t1] = [Math.min(...times), Math.max(...times)];
    const pad = Math.max(60, Math.round((t1 - t0) * 0.03));
    [t0, t1] = [Math.max(st.from, t0 - pad), Math.min(st.to, t1 + pad)];
    const charts = h('div', { class: 'charts' });
    for (const [kind, label, unit] of CHART_KINDS) {
      const rs = readings.filter((r) => r.kind === kind);
      if (rs.length > 0) charts.append(lineChart(kind, label, unit, rs, t0, t1, st.anomalies));
    }
    append(charts, [trackChart(readings, st.anomalies)]);
    sec.append(charts);
    if (cursor) sec.append(h('p', { class: 'note' }, `The charts draw the window's first ${readings.length} readings.`));
  }
  if (st.anomalies.length === 0) {
    sec.append(h('p', { class: 'empty' }, 'No anomaly.'));
    return;
  }
  sec.append(table(`Anomalies of asset ${id}`, [
    ['Anomaly', (a) => h('span', { class: `anomaly-label anomaly-${a.kind}` }, ANOMALY_LABELS[a.kind] || a.kind)],
    ['Time', (a) => time(a.time)],
    ['Seq', (a) => (a.seq === null ? none() : String(a.seq))],
    ['Rental', (a) => (a.rental_id ? rentalLink(a.rental_id) : none())],
    ['Detail', (a) => a.detail],
  ], st.anomalies).el);
  if (st.anomalies_truncated) sec.append(h('p', { class: 'note' }, 'The window held more than the anomaly scan reads: narrow it for the rest.'));
}

// ---- views ----

// Each view fills its own container; a slow answer for a view the reader has left
// lands in a detached node and is dropped.
async function viewHome(root) {
  document.title = 'Sharechain explorer';
  const s = h('section', { 'aria-labelledby': 'latest' }, h('h1', { id: 'latest' }, 'Latest events'));
  root.append(s);
  await paged(s, 'Latest events, newest first', `/v1/events${query({ order: 'desc', limit: PAGE })}`, EVENT_COLUMNS,
    'No events indexed yet.', resolveEvents);
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
    ['Locked', a.locked
      ? h('span', { class: 'locked', title: 'held by the escrow while it has open rentals: it cannot change hands, device or content' }, 'yes')
      : 'no', 'locked'],
    ['User (renter)', addressLink(a.user), 'user'],
    ['User expires', time(a.user_expires), 'user_expires'],
    ['Listed', bool(a.listed), 'listed'],
    ['Listing id', a.listing_id ? listingLink(a.listing_id) : none(), 'listing_id'],
    ['Registered in block', String(a.block_number), 'block_number'],
  ])));
  const cal = section('Booking calendar');
  const tele = section('Telemetry');
  const listings = section('Listings');
  const rentals = section('Rentals');
  const history = section('History');
  root.append(cal, tele, listings, rentals, history);
  await Promise.all([
    guard(cal, (async () => {
      // the default window starts now, by the chain's clock; the calendar starts at the
      // beginning of that day, so that rentals returned earlier today show too
      const upcoming = await api(`/v1/assets/${id}/availability`);
      noteChainTime(upcoming.from);
      const today = Math.floor(upcoming.from / DAY) * DAY;
      const av = await api(`/v1/assets/${id}/availability${query({ from: today, to: Math.max(upcoming.to, today + 30 * DAY) })}`);
      calendar(cal, av, upcoming.from);
    })()),
    guard(tele, telemetrySection(tele, id)),
    guard(listings, paged(listings, `Listings of asset ${id}`, `/v1/listings${query({ token_id: id })}`, LISTING_COLUMNS,
      'Never listed.')),
    guard(rentals, paged(rentals, `Rentals of asset ${id}`, `/v1/rentals${query({ token_id: id })}`, RENTAL_COLUMNS,
      'Never rented.', resolveListings)),
    guard(history, paged(history, `History of asset ${id}, oldest first`, `/v1/assets/${id}/events${query({ limit: 100 })}`,
      EVENT_COLUMNS, 'No events.', resolveEvents)),
  ]);
}

async function viewListing(root, id) {
  document.title = `Listing ${id} · Sharechain explorer`;
  root.append(h('h1', {}, `Listing ${id}`));
  const l = await getListing(id);
  const tok = l.payment_token;
  root.append(section('Terms', fields([
    ['Listing id', l.id, 'id'],
    ['Asset', assetLink(l.token_id), 'token_id'],
    ['Status', h('span', { class: `lstatus lstatus-${l.status}` }, l.status), 'status'],
    ['Provider', addressLink(l.provider), 'provider'],
    ['Payee', payee(l.payee, l.provider), 'payee'],
    ['Platform', platformLink(l.platform), 'platform'],
    ['Payment token', tokenName(tok), 'payment_token'],
    ['Price per hour', money(l.price_per_hour, tok), 'price_per_hour'],
    ['Deposit', h('span', {}, money(l.deposit, tok), ' ', h('span', { class: 'note' }, 'before the renter\'s tier')), 'deposit'],
    ['Price per unit', money(l.price_per_unit, tok), 'price_per_unit'],
    ['Duration', `${duration(l.min_duration)} to ${duration(l.max_duration)}`, 'duration'],
    ['Cancellation fee', bps(l.cancel_fee_bps), 'cancel_fee_bps'],
    ['Free cancellation', l.free_cancel_before > 0 ? `until ${duration(l.free_cancel_before)} before the start` : 'none', 'free_cancel_before'],
    ['Cancellation policy', cancellation(l), 'cancellation', true],
    ['Terms hash', l.terms_hash ? h('code', { class: 'hex full' }, l.terms_hash) : none(), 'terms_hash', true],
    ['Pledge', h('span', {}, shr(l.pledge.amount), ' ', l.pledge.state), 'pledge'],
    ['Listed in block', String(l.block_number), 'block_number'],
  ])));
  root.append(h('p', { class: 'note' }, 'A renter\'s rent must name the terms hash: it covers these terms and the device bound to the asset now.'));
}

// stepsOf is a rental's timeline: [step, state, title, time, detail…] where state is
// done, current, todo or missed.
function stepsOf(r, evs, dispute) {
  const at = (name) => evs.get(name)?.timestamp ?? null;
  const steps = [];
  const add = (step, state, title, when, ...detail) => steps.push({ step, state, title, when, detail });
  const startsNow = at('Rented') !== null && at('Rented') === r.start;
  add('booked', 'done', startsNow ? 'Rented' : 'Booked', at('Rented'),
    `slot ${isoTime(r.start)} – ${isoTime(r.end)} (${duration(r.end - r.start)})`);
  if (r.status === 'cancelled') {
    const fee = r.settlement ? r.settlement.rent_charged : null;
    add('cancelled', 'done', 'Cancelled', at('Cancelled'), 'fee ', fee === null ? none() : rentalMoney(r, fee),
      ` (policy: ${cancellation(r)})`);
    return steps;
  }
  if (r.status === 'booked') {
    const ended = chainNow() >= r.end;
    add('checked_in', 'current', 'Check-in', null, ended ? 'the slot has passed: anyone may collect the no-show' : 'from the start: ',
      ended ? '' : countdown(r.start, 'open now'));
  } else if (r.status === 'no_show') {
    add('checked_in', 'missed', 'Never checked in', null, `the slot ended ${isoTime(r.end)}`);
    add('no_show', 'done', 'No-show', at('NoShow'), 'rent charged ', r.settlement ? rentalMoney(r, r.settlement.rent_charged) : none());
    return steps;
  } else {
    add('checked_in', 'done', 'Checked in', at('CheckedIn'), r.confirmed ? 'asset confirmed as described' : '');
  }
  if (r.status === 'booked') {
    add('returned', 'todo', 'Return', null, `by ${isoTime(r.end)}`);
  } else if (r.returned_at !== null) {
    const late = r.returned_at > r.end ? `late by ${duration(r.returned_at - r.end)}` : 'on time';
    add('returned', 'done', 'Returned', r.returned_at, late);
  } else if (r.status === 'active') {
    add('returned', 'current', 'Return', null, `due ${isoTime(r.end)}: `, countdown(r.end, 'overdue: a late fee runs'));
  } else if (r.status === 'defaulted') {
    add('returned', 'missed', 'Not returned', null, `past the end (${isoTime(r.end)}) and the grace period`);
  } else if (r.status === 'disputed') {
    add('returned', 'todo', 'Return', null, `due ${isoTime(r.end)}; a late fee runs until the return, whatever the ruling`);
  } else {
    add('returned', 'missed', 'No return', null, 'the ruling ended the rental before the asset came back');
  }
  const inspecting = r.inspection_end !== null && r.inspection_end > 0;
  if (r.status === 'returned') {
    add('inspection', 'current', 'Inspection', null, `deposit held until ${isoTime(r.inspection_end)}: `,
      countdown(r.inspection_end, 'over: anyone may release the deposit'));
  } else if (inspecting) {
    add('inspection', 'done', 'Inspection', null, `until ${isoTime(r.inspection_end)}`);
  } else if (r.status === 'booked' || r.status === 'active') {
    add('inspection', 'todo', 'Inspection', null, 'the deposit is held for a while after the return');
  }
  const settle = r.settlement ? ['; ', settlementList(r)] : [];
  switch (r.status) {
    case 'settled':
      add('settled', 'done', 'Settled', at('RentalSettled'), 'deposit released', ...settle);
      break;
    case 'defaulted':
      add('defaulted', 'done', 'Defaulted', at('RentalDefaulted'), 'the deposit went to the payee', ...settle);
      break;
    case 'disputed':
    case 'resolved': {
      const deadline = dispute ? dispute.voting_deadline : null;
      add('disputed', r.status === 'disputed' ? 'current' : 'done', 'Disputed', at('DisputeOpened'),
        r.dispute_id ? `dispute ${r.dispute_id}` : '',
        dispute && r.status === 'disputed' ? ['; voting until ', isoTime(deadline), ': ', countdown(deadline, 'voting over: anyone may execute')] : '');
      if (r.status === 'resolved') {
        const ruling = dispute && dispute.ruling_bps !== null ? `ruling: ${bps(dispute.ruling_bps)} to the provider` : 'ruled';
        add('resolved', 'done', 'Resolved', at('DisputeResolved'), ruling, ...settle);
      } else {
        add('resolved', 'todo', 'Ruling', null, 'the arbiter panel votes');
      }
      break;
    }
    default:
      add('settled', 'todo', 'Settlement', null, 'rent and deposit paid out at release');
  }
  return steps;
}

const STATE_WORDS = { done: 'done', current: 'now', todo: 'to come', missed: 'did not happen' };

function timeline(steps) {
  return h('ol', { class: 'timeline' }, steps.map((s) =>
    h('li', { dataset: { step: s.step, state: s.state }, 'aria-current': s.state === 'current' ? 'step' : undefined },
      h('span', { class: 'visually-hidden' }, `${STATE_WORDS[s.state]}: `),
      h('strong', {}, s.title),
      s.when !== null ? [' ', time(s.when)] : '',
      ' ',
      h('span', { class: 'detail' }, ...s.detail))));
}

async function viewRental(root, id) {
  document.title = `Rental ${id} · Sharechain explorer`;
  const heading = h('h1', {}, `Rental ${id}`);
  root.append(heading);
  const r = await api(`/v1/rentals/${id}`);
  heading.append(' ', badge(r.status));
  // what the rental's page needs besides the rental: its listing (payment token), the
  // chain's clock, its events (when each step happened), its dispute
  const [listing, av, events, dispute] = await Promise.all([
    getListing(r.listing_id).catch(() => null),
    api(`/v1/assets/${r.token_id}/availability`).catch(() => null),
    api(`/v1/assets/${r.token_id}/events${query({ order: 'desc', limit: 500 })}`).catch(() => ({ items: [] })),
    r.dispute_id ? api(`/v1/disputes/${r.dispute_id}`).catch(() => null) : null,
  ]);
  if (av) noteChainTime(av.from);
  if (listing) listingToken.set(r.listing_id, listing.payment_token);
  rentalListing.set(r.id, r.listing_id);
  const evs = new Map();
  const own = [];
  for (const e of events.items) {
    if (!e.args) continue;
    const mine = (e.contract === 'PledgeEscrow' && e.args.rentalId === r.id) ||
      (e.contract === 'Arbitration' && r.dispute_id && (e.args.disputeId === r.dispute_id || e.args.evidenceGroupID === r.dispute_id));
    if (!mine) continue;
    own.push(e);
    if (!evs.has(e.name)) evs.set(e.name, e); // newest first: the latest of each
  }
  root.append(section('Timeline', timeline(stepsOf(r, evs, dispute))));
  const rm = (raw) => rentalMoney(r, raw);
  root.append(section('Rental', fields([
    ['Rental id', r.id, 'id'],
    ['Status', badge(r.status), 'status'],
    ['Asset', assetLink(r.token_id), 'token_id'],
    ['Listing', listingLink(r.listing_id), 'listing_id'],
    ['Renter', addressLink(r.renter), 'renter'],
    ['Provider', addressLink(r.provider), 'provider'],
    ['Payee', payee(r.payee, r.provider), 'payee'],
    ['Platform (renter\'s)', platformLink(r.platform), 'platform'],
    ['Listing\'s platform', listing ? platformLink(listing.platform) : none(), 'listing_platform'],
    ['Device', addressLink(r.device), 'device'],
    ['Start', time(r.start), 'start'],
    ['End', time(r.end), 'end'],
    ['Rent paid', rm(r.rent), 'rent'],
    ['Deposit paid', rm(r.deposit), 'deposit'],
    ['Checked in', bool(r.checked_in), 'checked_in'],
    ['Confirmed', bool(r.confirmed), 'confirmed'],
    ['Returned at', time(r.returned_at), 'returned_at'],
    ['Inspection until', r.inspection_end ? time(r.inspection_end) : none(), 'inspection_end'],
    ['Dispute', r.dispute_id ?? none(), 'dispute_id'],
    ['Rented in block', String(r.block_number), 'block_number'],
  ])));
  if (r.settlement) {
    root.append(section('Settlement', fields(SETTLEMENT_LABELS.map(([k, label]) => [label, rm(r.settlement[k]), k]))));
  }
  if (dispute) {
    const d = section('Dispute');
    root.append(d);
    d.append(fields([
      ['Dispute id', dispute.id, 'id'],
      ['Status', dispute.status, 'status'],
      ['Opened by', addressLink(dispute.opener), 'opener'],
      ['Voting until', time(dispute.voting_deadline), 'voting_deadline'],
      ['Ruling', dispute.ruling_bps === null ? none() : `${bps(dispute.ruling_bps)} to the provider`, 'ruling_bps'],
      ['Evidence hash', hex(dispute.evidence_hash), 'evidence_hash'],
    ]));
    if (dispute.votes.length > 0) {
      d.append(table(`Votes on dispute ${dispute.id}`, [
        ['Arbiter', (v) => addressLink(v.arbiter)],
        ['To the provider', (v) => bps(v.provider_share_bps)],
      ], dispute.votes).el);
    }
    if (dispute.evidence.length > 0) {
      d.append(h('ul', { class: 'evidence', 'aria-label': 'Evidence' }, dispute.evidence.map((e) =>
        h('li', {}, addressLink(e.party), ': ', h('span', { class: 'uri' }, e.uri), ' (', txLink(e.tx_hash), ')'))));
    }
  }
  const usage = section('Usage reports');
  root.append(usage);
  if (r.usage_reports.length === 0) {
    usage.append(h('p', { class: 'empty' }, 'None.'));
  } else {
    usage.append(table(`Usage reports of rental ${r.id}`, [
      ['Nonce', (u) => String(u.nonce)],
      ['Units', (u) => u.units],
      ['Usage fee', (u) => (listing ? rm(mulDigits(u.units, listing.price_per_unit)) : none())],
      ['Damage', (u) => bps(u.damage_bps)],
      ['Device', (u) => addressLink(u.device)],
      ['Tx', (u) => txLink(u.tx_hash)],
      ['Block', (u) => String(u.block_number)],
    ], r.usage_reports).el);
  }
  const history = section('Events');
  root.append(history);
  if (own.length === 0) history.append(h('p', { class: 'empty' }, 'None found in the asset\'s latest 500 events.'));
  else history.append(table(`Events of rental ${r.id}, oldest first`, EVENT_COLUMNS, own.reverse()).el);
}

// mulDigits multiplies two decimal strings exactly.
function mulDigits(a, b) {
  return (BigInt(a) * BigInt(b)).toString();
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
    ['Rentals the tier counts', h('span', { title: 'booked, active or disputed, as renter' },
      `${a.tier_rentals} of ${a.terms.max_active_rentals}`), 'tier_rentals'],
    ['Claimable credits', amounts(a.claimable), 'claimable'],
  ])));
  const owned = section('Assets owned');
  const asRenter = section('Rentals as renter');
  const asProvider = section('Rentals as provider');
  const recent = section('Recent events');
  root.append(owned, asRenter, asProvider, recent);
  await Promise.all([
    guard(owned, paged(owned, `Assets owned by ${addr}`, `/v1/assets${query({ owner: addr })}`, ASSET_COLUMNS, 'None.')),
    guard(asRenter, paged(asRenter, `Rentals with ${addr} as renter`, `/v1/rentals${query({ renter: addr })}`,
      RENTAL_COLUMNS, 'None.', resolveListings)),
    guard(asProvider, paged(asProvider, `Rentals with ${addr} as provider`, `/v1/rentals${query({ provider: addr })}`,
      RENTAL_COLUMNS, 'None.', resolveListings)),
    guard(recent, paged(recent, `Events naming ${addr}, newest first`,
      `/v1/events${query({ account: addr, order: 'desc', limit: PAGE })}`, EVENT_COLUMNS, 'No events name this address.',
      resolveEvents)),
  ]);
}

async function viewPlatforms(root) {
  document.title = 'Platforms · Sharechain explorer';
  const s = h('section', { 'aria-labelledby': 'platforms' }, h('h1', { id: 'platforms' }, 'Platforms'));
  root.append(s);
  s.append(h('p', { class: 'note' },
    'Frontends and operators the governor registered. Each platform fee is split: the listing\'s platform and the renter\'s ' +
    'platform each get their share of half of it, the treasury the rest.'));
  await paged(s, 'Platforms', `/v1/platforms${query({ limit: 100 })}`, PLATFORM_COLUMNS, 'No platform registered.');
}

async function viewPlatform(root, addr) {
  document.title = `Platform ${short(addr)} · Sharechain explorer`;
  root.append(h('h1', {}, 'Platform ', h('code', { class: 'hex full' }, addr)));
  const p = await api(`/v1/platforms/${addr}`);
  root.append(section('Platform', fields([
    ['Address', h('code', { class: 'hex full' }, p.address), 'address', true],
    ['Share', `${p.share_bps} bps (${bps(p.share_bps)} of half of each fee)${p.share_bps === 0 ? ', unregistered' : ''}`, 'share_bps'],
    ['Listings brought', String(p.listings), 'listings'],
    ['Rentals brought', String(p.rentals), 'rentals'],
    ['Fees earned', amounts(p.fees), 'fees'],
    ['Account', addressLink(p.address), 'account'],
  ])));
}

async function viewParams(root) {
  document.title = 'Parameters · Sharechain explorer';
  root.append(h('h1', {}, 'Parameters'));
  const p = await api('/v1/params');
  const e = p.escrow;
  root.append(section('Escrow', fields([
    ['Platform fee', `${e.platform_fee_bps} bps (${bps(e.platform_fee_bps)})`, 'platform_fee_bps'],
    ['Grace period', duration(e.grace_period), 'grace_period'],
    ['Late fee', `${e.late_fee_bps} bps of the hourly price`, 'late_fee_bps'],
    ['Inspection period', duration(e.inspection_period), 'inspection_period'],
    ['Minimum rental', duration(e.min_rental_seconds), 'min_rental_seconds'],
    ['Book at most', `${duration(e.max_advance)} ahead`, 'max_advance'],
    ['Base pledge', shr(e.base_pledge), 'base_pledge'],
    ['Reward budget per epoch', shr(e.epoch_reward_cap), 'epoch_reward_cap'],
    ['Treasury', addressLink(e.treasury), 'treasury'],
    ['Newcomer score', String(p.newcomer_score), 'newcomer_score'],
    ['Pair cooldown', duration(p.pair_cooldown), 'pair_cooldown'],
    ['Arbiter quorum', String(p.panel.quorum), 'quorum'],
    ['Voting period', duration(p.panel.voting_period), 'voting_period'],
  ])));
  const toks = section('Payment tokens');
  root.append(toks);
  if (p.payment_tokens.length === 0) toks.append(h('p', { class: 'empty' }, 'None announced.'));
  else {
    toks.append(table('Payment tokens', [
      ['Token', (t) => addressLink(t.address)],
      ['Symbol', (t) => t.symbol || none()],
      ['Decimals', (t) => String(t.decimals)],
      ['Allowed', (t) => bool(t.allowed)],
      ['Reward per base unit of fee', (t) => shr(t.reward_rate)],
    ], p.payment_tokens).el);
  }
  root.append(section('Credit tiers', table('Credit tiers', [
    ['Tier', (t) => String(t.tier)],
    ['From score', (t) => String(t.min_score)],
    ['Rentals at once', (t) => String(t.max_active_rentals)],
    ['Deposit', (t) => bps(t.deposit_bps)],
    ['Pledge', (t) => bps(t.pledge_bps)],
  ], p.tiers).el));
}

async function viewTx(root, hash) {
  document.title = `Transaction ${short(hash)} · Sharechain explorer`;
  root.append(h('h1', {}, 'Transaction ', h('code', { class: 'hex full' }, hash)));
  const summary = section('Transaction');
  const s = section('Events');
  root.append(summary, s);
  const page = await paged(s, `Events of transaction ${hash}`, `/v1/events${query({ tx: hash, limit: 500 })}`, EVENT_COLUMNS,
    'No indexed events in this transaction: it may not touch the suite, or it is not indexed yet.', resolveEvents);
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
    case 'listing':
      if (RE_ASSET.test(arg)) return { name: 'listing', run: (root) => viewListing(root, BigInt(arg).toString()) };
      break;
    case 'rental':
      if (RE_ASSET.test(arg)) return { name: 'rental', run: (root) => viewRental(root, BigInt(arg).toString()) };
      break;
    case 'account':
      if (RE_ADDRESS.test(arg)) return { name: 'account', run: (root) => viewAccount(root, arg) };
      break;
    case 'platforms':
      return { name: 'platforms', run: (root) => viewPlatforms(root) };
    case 'platform':
      if (RE_ADDRESS.test(arg)) return { name: 'platform', run: (root) => viewPlatform(root, arg) };
      break;
    case 'params':
      return { name: 'params', run: (root) => viewParams(root) };
    case 'tx':
      if (RE_TX.test(arg)) return { name: 'tx', run: (root) => viewTx(root, arg.toLowerCase()) };
      break;
  }
  return {
    name: 'unknown',
    run: async () => {
      throw new ProblemError(404, {
        title: 'Not Found',
        detail: `no view for ${hash}; try #/asset/1, #/rental/1, #/listing/1, #/account/0x…, #/platforms or #/tx/0x…`,
      });
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
  main.dataset.route = location.hash || '#/';
  main.dataset.state = 'loading';
  main.setAttribute('aria-busy', 'true');
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    if (a.dataset.view === r.name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  let state = 'ready';
  try {
    await loadTokens();
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
  const m = /^(rental|listing|asset)\s*#?\s*([0-9]{1,78})$/i.exec(q);
  if (m) return `#/${m[1].toLowerCase()}/${BigInt(m[2])}`;
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
    out.textContent = 'Not an asset id (decimal), "rental 5" or "listing 5", an address (0x + 40 hex) or a transaction hash (0x + 64 hex).';
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
