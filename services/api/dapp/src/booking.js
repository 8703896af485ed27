// The Sharechain booking dApp: the reference path from a search to a booking and its
// cancellation, for the people who write frontends on the REST API (INTERFACE.md §5).
//
// It reads everything from the API of its own origin and writes only through the
// user's EIP-1193 wallet (window.ethereum), which also answers its chain reads
// (allowance, balance, receipts): the page holds no key and knows no RPC URL. The order
// of the calls is the point:
//
//   GET /v1/status                       chain id and contract addresses
//   GET /v1/params                       payment tokens, tiers, escrow parameters
//   GET /book/config.json                the platform this page books through (or ?platform=)
//   GET /v1/listings?kind&near&radius_m&available_from&available_to
//   GET /v1/listings/{id}                the terms and their terms_hash
//   GET /v1/assets/{id}, …/availability  the device the hash covers, and the calendar
//   GET /v1/accounts/{address}           the renter's tier: the deposit it pays
//   approve (when short), rent(listingId, start, duration, termsHash, platform)
//   GET /v1/rentals/{id}?min_block=<receipt block>&wait=10000
//   cancel(rentalId), then the same wait
//
// Every value from the API is written with textContent, never as HTML.
import {
  BaseError,
  ContractFunctionRevertedError,
  UserRejectedRequestError,
  createClient,
  custom,
  defineChain,
  formatUnits,
  getAddress,
  isAddress,
  parseEventLogs,
  zeroAddress,
} from 'viem';
import { readContract, simulateContract, waitForTransactionReceipt, writeContract } from 'viem/actions';
import { erc20Abi, escrowAbi } from './abi.js';

const HOUR = 3600;
const DAY = 86400;
const WAIT_MS = 10000; // the longest min_block wait the API grants

const $ = (id) => document.getElementById(id);

// h builds an element; string children become text nodes, never HTML.
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'onclick') el.addEventListener('click', v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// ---- the API ----

// ProblemError is an application/problem+json answer, or a network failure.
class ProblemError extends Error {
  constructor(status, problem) {
    const params = Array.isArray(problem.invalid_params) ? problem.invalid_params : [];
    super([problem.detail || problem.title || `HTTP ${status}`, ...params.map((p) => `${p.name}: ${p.reason}`)].join('; '));
    this.name = problem.title || `HTTP ${status}`;
    this.status = status;
  }
}

// DappError is a failure the page explains itself: name is the contract error it stands
// for, when there is one.
class DappError extends Error {
  constructor(name, message) {
    super(message);
    this.name = name;
  }
}

// A page served at /chains/{chainId}/book/ (an API serving several deployments) reads
// that deployment's routes, /v1/chains/{chainId}/…, and its own files below that prefix;
// at /book/ it reads /v1/….
const CHAIN_PREFIX = (location.pathname.match(/^\/chains\/\d+(?=\/)/) || [''])[0];

// apiURL maps a path as INTERFACE.md names it (/v1/…, /book/…) to this page's deployment.
function apiURL(path) {
  if (!CHAIN_PREFIX) return path;
  return path.startsWith('/v1/') ? `/v1${CHAIN_PREFIX}${path.slice(3)}` : CHAIN_PREFIX + path;
}

// the page's link to the explorer of its deployment
for (const a of document.querySelectorAll('a[href="/"]')) a.setAttribute('href', `${CHAIN_PREFIX}/`);

async function api(path) {
  let resp;
  try {
    resp = await fetch(apiURL(path), { headers: { Accept: 'application/json' } });
  } catch (err) {
    throw new ProblemError(0, { title: 'Network error', detail: `the API did not answer (${err.message})` });
  }
  const text = await resp.text();
  if (!resp.ok) {
    let problem;
    try {
      problem = JSON.parse(text);
    } catch {
      problem = { detail: text.slice(0, 200) };
    }
    throw new ProblemError(resp.status, problem);
  }
  return JSON.parse(text);
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

// ---- formatting ----

function utc(t) {
  return `${new Date(Number(t) * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

// toInput and fromInput convert unix seconds to and from a datetime-local value read as UTC.
function toInput(t) {
  return new Date(Number(t) * 1000).toISOString().slice(0, 16);
}

function fromInput(v) {
  const ms = Date.parse(`${v}:00Z`);
  if (Number.isNaN(ms)) throw new DappError('Bad time', `"${v}" is not a date and time`);
  return Math.floor(ms / 1000);
}

function hours(seconds) {
  const hrs = Number(seconds) / HOUR;
  return Number.isInteger(hrs) ? `${hrs} h` : `${seconds} s`;
}

function short(addr) {
  return addr ? `${addr.slice(0, 6)}…${addr.slice(-4)}` : '—';
}

function hex(addr) {
  return h('span', { class: 'hex', title: addr }, short(addr));
}

// money shows base units of a token in whole tokens, the base units on hover.
function money(raw, token) {
  const t = st.tokens.get(String(token).toLowerCase());
  if (!t) return h('span', { class: 'amount', 'data-base-units': String(raw) }, `${raw} base units`);
  return h('span', { class: 'amount', 'data-base-units': String(raw), title: `${raw} base units` },
    `${formatUnits(BigInt(raw), t.decimals)} ${t.symbol}`);
}

function fields(dl, entries) {
  dl.replaceChildren(...entries.filter(Boolean).map(([key, label, value]) =>
    h('div', { 'data-key': key }, h('dt', {}, label), h('dd', {}, value))));
}

function ceilDiv(a, b) {
  return (a + b - 1n) / b;
}

// ---- problems ----

// What each contract error means to someone booking; the name and the arguments are
// decoded from the escrow's ABI.
const HINTS = {
  TermsChanged: 'the provider changed the terms or the asset\'s device since you read them. Reload the terms and check them again.',
  SlotTaken: 'another rental already holds part of this slot. Pick another time.',
  BadStart: 'the start must lie in the future, within the escrow\'s maximum advance.',
  BadDuration: 'the duration is outside the listing\'s limits.',
  TierLimit: 'your credit tier allows no more open rentals now.',
  AssetNotVerified: 'the asset\'s verification has lapsed: it cannot be rented until it is verified again.',
  ListingNotOpen: 'the listing is closed.',
  SelfRental: 'you cannot rent your own asset.',
  UnknownPlatform: 'this page\'s platform is not registered with the escrow.',
  AssetBusy: 'an earlier rental still holds the asset.',
  TooManyBookings: 'the asset has as many open bookings as it may.',
  BadTime: 'it is too late for that: the booking has started or ended.',
  EscrowBlacklisted: 'this account is blacklisted.',
  EscrowNotParty: 'only the renter or the provider may cancel.',
  EscrowWrongStatus: 'the rental is no longer a booking.',
  EnforcedPause: 'the escrow is paused: no new rentals for now.',
  ERC20InsufficientAllowance: 'the escrow may not take that much of your tokens.',
  ERC20InsufficientBalance: 'your token balance is short.',
};

function describe(err) {
  if (err instanceof DappError || err instanceof ProblemError) return { name: err.name, message: err.message };
  if (err instanceof BaseError) {
    const rejected = err.walk((e) => e instanceof UserRejectedRequestError || e?.code === 4001);
    if (rejected) return { name: 'Rejected', message: 'you declined the request in your wallet.' };
    const revert = err.walk((e) => e instanceof ContractFunctionRevertedError);
    if (revert instanceof ContractFunctionRevertedError && revert.data?.errorName) {
      const { errorName, args = [] } = revert.data;
      const shown = args.map((a) => (typeof a === 'bigint' ? a.toString() : String(a))).join(', ');
      return { name: errorName, message: `${errorName}(${shown}): ${HINTS[errorName] || 'the escrow refused the call.'}` };
    }
    return { name: err.name, message: err.shortMessage || err.message };
  }
  return { name: err?.name || 'Error', message: err?.message || String(err) };
}

function showProblem(err) {
  const { name, message } = describe(err);
  const el = $('problem');
  el.dataset.error = name;
  el.textContent = message;
  el.hidden = false;
  if (!(err instanceof DappError) && !(err instanceof ProblemError) && !(err instanceof BaseError)) console.error(err);
}

function clearProblem() {
  const el = $('problem');
  el.hidden = true;
  el.textContent = '';
  delete el.dataset.error;
}

// guard runs an action from a button or form, showing what went wrong.
function guard(action) {
  return async (ev) => {
    ev?.preventDefault?.();
    clearProblem();
    const busy = document.body;
    busy.dataset.busy = 'true';
    try {
      await action(ev);
    } catch (err) {
      showProblem(err);
    } finally {
      delete busy.dataset.busy;
    }
  };
}

// ---- progress of the transactions ----

function step(key, text) {
  $('progress-section').hidden = false;
  const li = h('li', { 'data-step': key, 'data-state': 'current' }, text);
  $('progress').append(li);
  return {
    done(more) {
      li.dataset.state = 'done';
      if (more) li.append(` — ${more}`);
    },
    fail(more) {
      li.dataset.state = 'failed';
      if (more) li.append(` — ${more}`);
    },
  };
}

// tracked runs fn as a progress step that fails visibly when fn throws.
async function tracked(key, text, fn) {
  const s = step(key, text);
  try {
    const [result, note] = await fn();
    s.done(note);
    return result;
  } catch (err) {
    s.fail(describe(err).name);
    throw err;
  }
}

// ---- state ----

const st = {
  status: null, // GET /v1/status
  params: null, // GET /v1/params
  tokens: new Map(), // lower-case address -> {symbol, decimals}
  platform: zeroAddress, // what rent names as the renter's platform
  account: null, // the wallet's address, EIP-55
  accountInfo: null, // GET /v1/accounts/{address}
  chain: null, // viem chain of /v1/status's chain id
  client: null, // a viem client over window.ethereum
  listing: null, // the listing whose terms are shown
  asset: null,
  availability: null,
  booked: null, // {rental, listing}: the booking shown
};

// chainNow is the chain's time: the wallet's latest block when there is a wallet, else
// the clock of this computer. The chain's clock, not the wall's, decides BadStart.
async function chainNow() {
  if (window.ethereum) {
    try {
      const b = await window.ethereum.request({ method: 'eth_getBlockByNumber', params: ['latest', false] });
      return Number(BigInt(b.timestamp));
    } catch {
      // fall through: a wallet may refuse reads before it is connected
    }
  }
  return Math.floor(Date.now() / 1000);
}

// ---- start: status, params, platform ----

async function loadPlatform() {
  const fromLink = new URLSearchParams(location.search).get('platform');
  let source;
  if (fromLink !== null) {
    if (!isAddress(fromLink)) throw new DappError('Bad platform', `?platform=${fromLink} is not an address`);
    st.platform = getAddress(fromLink);
    source = 'from the link (?platform=)';
  } else {
    const cfg = await api('/book/config.json');
    st.platform = cfg.platform ? getAddress(cfg.platform) : zeroAddress;
    source = 'configured by the server (DAPP_PLATFORM)';
  }
  const el = $('platform');
  el.dataset.platform = st.platform;
  if (st.platform === zeroAddress) {
    el.replaceChildren('Platform: none (rent names the zero address; no platform shares the fee)');
    return;
  }
  let share = 'not registered: rent would revert UnknownPlatform';
  try {
    const p = await api(`/v1/platforms/${st.platform}`);
    // it gets floor(fee × share_bps / 20 000) of each platform fee of the rentals it brings
    if (p.share_bps > 0) share = `registered: earns ${p.share_bps / 200} % of the platform fee of each rental it brings`;
  } catch (err) {
    if (!(err instanceof ProblemError) || err.status !== 404) throw err;
  }
  el.replaceChildren('Platform: ', h('code', { class: 'hex-full' }, st.platform), ` — ${source}; ${share}`);
}

async function start() {
  const [status, params] = await Promise.all([api('/v1/status'), api('/v1/params')]);
  st.status = status;
  st.params = params;
  for (const t of params.payment_tokens) st.tokens.set(t.address.toLowerCase(), t);
  st.chain = defineChain({
    id: status.chain_id,
    name: `chain ${status.chain_id}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [] } },
  });
  await loadPlatform();
  const now = await chainNow();
  $('from').value = toInput(Math.ceil((now + DAY) / HOUR) * HOUR);
  $('search').addEventListener('submit', guard(search));
  $('connect').addEventListener('click', guard(connect));
  $('book-form').addEventListener('submit', guard(book));
  $('book-form').addEventListener('input', () => renderQuote());
  $('reload-terms').addEventListener('click', guard(() => openListing(st.listing.id)));
  $('cancel').addEventListener('click', guard(cancelBooking));
  document.body.dataset.ready = 'true';
}

// ---- the wallet ----

async function connect() {
  const eth = window.ethereum;
  if (!eth) throw new DappError('No wallet', 'no EIP-1193 wallet in this browser (window.ethereum): install one to book.');
  const accounts = await eth.request({ method: 'eth_requestAccounts' });
  if (!accounts?.length) throw new DappError('No account', 'the wallet shared no account.');
  await ensureChain();
  st.account = getAddress(accounts[0]);
  const transport = custom(eth);
  // one client for reads and writes: the wallet answers both (viem/actions keeps the
  // bundle to the actions used)
  st.client = createClient({ chain: st.chain, account: st.account, transport, pollingInterval: 250 });
  if (!eth.sharechainListening && typeof eth.on === 'function') {
    eth.sharechainListening = true;
    eth.on('accountsChanged', () => location.reload());
    eth.on('chainChanged', () => location.reload());
  }
  await refreshAccount();
  $('connect').hidden = true;
  $('wallet').dataset.state = 'connected';
  renderQuote();
  await loadMine();
}

// ensureChain checks that the wallet is on the deployment's chain, asking it to switch
// when it is not.
async function ensureChain() {
  const eth = window.ethereum;
  const want = st.status.chain_id;
  let got = Number(BigInt(await eth.request({ method: 'eth_chainId' })));
  if (got !== want) {
    try {
      await eth.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: `0x${want.toString(16)}` }] });
      got = Number(BigInt(await eth.request({ method: 'eth_chainId' })));
    } catch {
      // reported below
    }
  }
  if (got !== want) {
    throw new DappError('Wrong chain', `the wallet is on chain ${got}; this deployment is on chain ${want}. Switch networks in the wallet.`);
  }
}

async function refreshAccount(minBlock) {
  st.accountInfo = await api(`/v1/accounts/${st.account}${query({ min_block: minBlock, wait: minBlock ? WAIT_MS : '' })}`);
  const a = st.accountInfo;
  const el = $('account');
  el.hidden = false;
  el.dataset.address = st.account;
  el.replaceChildren(h('code', { class: 'hex-full' }, st.account),
    ` — score ${a.score}, tier ${a.tier}: deposits ×${a.terms.deposit_bps / 10000}, ${a.tier_rentals} of ${a.terms.max_active_rentals} rentals open`);
}

// ---- search ----

async function search() {
  const from = fromInput($('from').value);
  const hrs = Number($('hours').value);
  if (!Number.isInteger(hrs) || hrs < 1) throw new DappError('Bad duration', 'hours must be a whole number, at least 1');
  const near = $('near').value.trim();
  const q = { active: 'true', kind: $('kind').value, available_from: from, available_to: from + hrs * HOUR, limit: 50 };
  if (near) {
    q.near = near;
    q.radius_m = $('radius').value;
  }
  const page = await api(`/v1/listings${query(q)}`);
  const box = $('results');
  box.dataset.state = 'done';
  box.dataset.query = query(q);
  if (!page.items.length) {
    box.replaceChildren(h('p', { class: 'empty' }, 'Nothing free matches: widen the search or change the window.'));
    return;
  }
  const tbody = h('tbody', {});
  box.replaceChildren(h('table', {},
    h('thead', {}, h('tr', {}, ['Listing', 'What', 'Distance', 'Price / hour', 'Listed deposit', ''].map((t) => h('th', {}, t)))),
    tbody));
  showResults(tbody, q, page);
}

// showResults appends a page of listings, and a button for the next one: the API pages
// with an opaque cursor (next_cursor), never with offsets.
function showResults(tbody, q, page) {
  tbody.append(...page.items.map((l) => h('tr', { 'data-listing-id': l.id },
    h('td', {}, l.id),
    h('td', {}, l.title ?? `asset ${l.token_id}`, l.kind ? h('span', { class: 'muted' }, ` (${l.kind})`) : ''),
    h('td', {}, l.distance_m === null ? '—' : `${l.distance_m} m`),
    h('td', {}, money(l.price_per_hour, l.payment_token)),
    h('td', {}, money(l.deposit, l.payment_token)),
    h('td', {}, h('button', { type: 'button', onclick: guard(() => openListing(l.id)) }, 'See the terms')))));
  $('more-results')?.remove();
  if (page.next_cursor) {
    const more = h('button', { type: 'button', id: 'more-results' }, 'More results');
    more.addEventListener('click', guard(async () => {
      showResults(tbody, q, await api(`/v1/listings${query({ ...q, cursor: page.next_cursor })}`));
    }));
    $('results').append(more);
  }
}

// ---- the terms ----

async function openListing(id) {
  const l = await api(`/v1/listings/${id}`);
  const [asset, availability] = await Promise.all([
    api(`/v1/assets/${l.token_id}`),
    api(`/v1/assets/${l.token_id}/availability`),
  ]);
  st.listing = l;
  st.asset = asset;
  st.availability = availability;
  const sec = $('listing');
  sec.hidden = false;
  sec.dataset.listingId = l.id;
  sec.dataset.termsHash = l.terms_hash ?? '';
  const cancel = l.cancel_fee_bps === 0
    ? 'free until the start'
    : `free until ${hours(l.free_cancel_before)} before the start, then ${l.cancel_fee_bps / 100} % of the rent`;
  fields($('terms'), [
    ['listing', 'Listing', `${l.id} (${l.status})`],
    ['asset', 'Asset', `${l.title ?? `asset ${l.token_id}`}${l.kind ? ` (${l.kind})` : ''}, token ${l.token_id}`],
    ['verified', 'Verified', asset.verified ? `yes, until ${utc(asset.valid_until)}` : 'no: rent reverts AssetNotVerified'],
    ['device', 'Device (covered by the hash)', asset.device ? hex(asset.device) : 'none'],
    ['provider', 'Provider', hex(l.provider)],
    ['payee', 'Paid to', hex(l.payee)],
    ['price_per_hour', 'Price per hour', money(l.price_per_hour, l.payment_token)],
    ['deposit', 'Deposit (before your tier)', money(l.deposit, l.payment_token)],
    ['price_per_unit', 'Price per usage unit', money(l.price_per_unit, l.payment_token)],
    ['duration', 'Duration', `${hours(l.min_duration)} to ${hours(l.max_duration)}`],
    ['cancellation', 'Cancellation', cancel],
    ['platform', 'Listed through', l.platform ? hex(l.platform) : 'no platform'],
    ['terms_hash', 'terms_hash', h('code', { id: 'terms-hash' }, l.terms_hash ?? 'none')],
  ]);
  renderCalendar($('calendar'), availability, null);
  const now = availability.from; // the latest indexed block's time
  const searched = $('from').value ? fromInput($('from').value) : 0;
  if (!$('start').value || fromInput($('start').value) <= now) {
    $('start').value = toInput(searched > now ? searched : Math.ceil((now + DAY) / HOUR) * HOUR);
  }
  const minHours = Math.ceil(Math.max(l.min_duration, st.params.escrow.min_rental_seconds) / HOUR);
  $('duration').min = String(Math.max(1, minHours));
  $('duration').value = String(Math.max(Number($('hours').value) || 1, minHours));
  renderQuote();
  sec.scrollIntoView({ block: 'nearest' });
}

async function refreshCalendar() {
  st.availability = await api(`/v1/assets/${st.listing.token_id}/availability`);
  renderCalendar($('calendar'), st.availability, null);
  renderQuote();
}

function renderCalendar(box, availability, mine) {
  box.dataset.from = String(availability.from);
  box.dataset.to = String(availability.to);
  if (!availability.busy.length) {
    box.replaceChildren(h('p', { class: 'empty' }, `Free from ${utc(availability.from)} to ${utc(availability.to)}.`));
    return;
  }
  box.replaceChildren(h('table', {},
    h('thead', {}, h('tr', {}, ['Rental', 'From', 'To', 'Status'].map((t) => h('th', {}, t)))),
    h('tbody', {}, availability.busy.map((b) => h('tr', {
      'data-rental-id': b.rental_id,
      'data-status': b.status,
      class: b.rental_id === mine ? 'mine' : null,
    }, h('td', {}, b.rental_id === mine ? `${b.rental_id} (yours)` : b.rental_id), h('td', {}, utc(b.start)),
    h('td', {}, utc(b.end)), h('td', {}, b.status))))));
}

// quote is what rent will take: rent = ceil(price × duration / 3600) and deposit =
// ceil(listed deposit × the renter's tier depositBps / 10 000) (INTERFACE.md §2), with
// what the page can check before the chain does.
function quote() {
  const l = st.listing;
  const p = st.params.escrow;
  const problems = [];
  const start = fromInput($('start').value);
  const hrs = Number($('duration').value);
  const duration = hrs * HOUR;
  const now = st.availability.from;
  const min = Math.max(l.min_duration, p.min_rental_seconds);
  if (!Number.isInteger(hrs) || hrs < 1) problems.push('the duration must be a whole number of hours');
  if (duration < min || duration > l.max_duration) problems.push(`the duration must be ${hours(min)} to ${hours(l.max_duration)}`);
  if (start <= now) problems.push(`the start must be after ${utc(now)} (the chain's time)`);
  if (start > now + p.max_advance) problems.push(`the start may be at most ${p.max_advance / DAY} days ahead`);
  for (const b of st.availability.busy) {
    if (b.start < start + duration && start < b.end) problems.push(`rental ${b.rental_id} holds ${utc(b.start)} to ${utc(b.end)}`);
  }
  if (l.status !== 'active') problems.push(`the listing is ${l.status}`);
  let depositBps;
  let tierNote;
  if (st.accountInfo) {
    depositBps = st.accountInfo.terms.deposit_bps;
    tierNote = `your tier ${st.accountInfo.tier}`;
  } else {
    const tier = [...st.params.tiers].reverse().find((t) => t.min_score <= st.params.newcomer_score);
    depositBps = tier.deposit_bps;
    tierNote = `a newcomer's tier ${tier.tier}; connect for yours`;
  }
  const rent = ceilDiv(BigInt(l.price_per_hour) * BigInt(duration), 3600n);
  const deposit = ceilDiv(BigInt(l.deposit) * BigInt(depositBps), 10000n);
  return { start, duration, rent, deposit, total: rent + deposit, depositBps, tierNote, problems };
}

function renderQuote() {
  if (!st.listing) return;
  let q;
  try {
    q = quote();
  } catch (err) {
    fields($('quote'), [['problems', 'Cannot book', describe(err).message]]);
    return;
  }
  const l = st.listing;
  const freeUntil = q.start - l.free_cancel_before;
  fields($('quote'), [
    ['slot', 'Slot', `${utc(q.start)} to ${utc(q.start + q.duration)}`],
    ['rent', 'Rent', money(q.rent, l.payment_token)],
    ['deposit', `Deposit (×${q.depositBps / 10000}, ${q.tierNote})`, money(q.deposit, l.payment_token)],
    ['total', 'Paid at rent (refunds follow the rules)', money(q.total, l.payment_token)],
    ['free_cancel', 'Free cancellation until', l.cancel_fee_bps === 0 ? 'the start' : utc(freeUntil)],
    q.problems.length ? ['problems', 'Cannot book', q.problems.join('; ')] : null,
  ]);
  $('book').disabled = q.problems.length > 0;
}

// ---- booking ----

async function receiptOf(hash) {
  const r = await waitForTransactionReceipt(st.client, { hash });
  if (r.status !== 'success') throw new DappError('Reverted', `transaction ${hash} reverted`);
  return r;
}

async function book() {
  if (!st.account) await connect();
  await ensureChain();
  const l = st.listing;
  const q = quote();
  if (q.problems.length) throw new DappError('Cannot book', q.problems.join('; '));
  if (!l.terms_hash) throw new DappError('No terms', `listing ${l.id} has no terms_hash`);
  $('progress').replaceChildren();
  const escrow = getAddress(st.status.contracts.PledgeEscrow);
  const token = getAddress(l.payment_token);
  const args = [BigInt(l.id), BigInt(q.start), BigInt(q.duration), l.terms_hash, st.platform];

  const [balance, allowance] = await tracked('check', 'Reading your balance and allowance (through the wallet)', async () => {
    const r = await Promise.all([
      readContract(st.client, { address: token, abi: erc20Abi, functionName: 'balanceOf', args: [st.account] }),
      readContract(st.client, { address: token, abi: erc20Abi, functionName: 'allowance', args: [st.account, escrow] }),
    ]);
    return [r, `balance ${units(r[0], token)}, allowance ${units(r[1], token)}`];
  });
  if (balance < q.total) {
    throw new DappError('ERC20InsufficientBalance',
      `your balance is ${units(balance, token)}; the booking takes ${units(q.total, token)} (rent and deposit).`);
  }
  if (allowance < q.total) {
    // an approval for a stale quote is a wasted transaction: check the terms first
    const current = await readContract(st.client, { address: escrow, abi: escrowAbi, functionName: 'termsHash', args: [BigInt(l.id)] });
    if (current !== l.terms_hash) {
      throw new DappError('TermsChanged', `TermsChanged(${l.id}, ${current}, ${l.terms_hash}): ${HINTS.TermsChanged}`);
    }
    await tracked('approve', `Approving the escrow for ${units(q.total, token)} (rent and deposit, no more)`, async () => {
      const hash = await writeContract(st.client, { address: token, abi: erc20Abi, functionName: 'approve', args: [escrow, q.total] });
      const r = await receiptOf(hash);
      return [r, `block ${r.blockNumber}`];
    });
  }
  // simulating first turns a revert into its decoded error before anything is signed
  let request;
  try {
    ({ request } = await tracked('simulate', 'Checking rent(…) against the chain', async () =>
      [await simulateContract(st.client, { account: st.account, address: escrow, abi: escrowAbi, functionName: 'rent', args }), 'ok']));
  } catch (err) {
    // someone booked first: show the calendar as it is now, so the quote names the slot
    if (describe(err).name === 'SlotTaken') await refreshCalendar();
    throw err;
  }
  const receipt = await tracked('rent', `Sending rent(${l.id}, ${q.start}, ${q.duration}, ${short(l.terms_hash)}, ${short(st.platform)})`, async () => {
    const r = await receiptOf(await writeContract(st.client, request));
    return [r, `block ${r.blockNumber}`];
  });
  const [rented] = parseEventLogs({ abi: escrowAbi, eventName: 'Rented', logs: receipt.logs });
  if (!rented) throw new DappError('No Rented event', `transaction ${receipt.transactionHash} emitted no Rented`);
  const rental = await waitIndexed('indexed', `/v1/rentals/${rented.args.rentalId}`, receipt.blockNumber);
  st.booked = { rental, listing: l };
  await showBooking(receipt.blockNumber);
  await refreshAccount(receipt.blockNumber);
  await loadMine(receipt.blockNumber);
}

// units writes a bigint amount of token in whole tokens with its symbol.
function units(raw, token) {
  const t = st.tokens.get(token.toLowerCase());
  return t ? `${formatUnits(raw, t.decimals)} ${t.symbol}` : `${raw} base units`;
}

// waitIndexed reads path once the API has indexed block: the API holds the request
// until then (min_block, up to wait ms) instead of the page polling.
async function waitIndexed(key, path, block) {
  return tracked(key, `Waiting for the API to index block ${block} (min_block)`, async () => {
    const t0 = performance.now();
    const body = await api(`${path}${query({ min_block: block, wait: WAIT_MS })}`);
    const ms = Math.round(performance.now() - t0);
    $('progress').dataset.lastWaitMs = String(ms);
    return [body, `answered after ${ms} ms`];
  });
}

async function showBooking(minBlock) {
  const { rental: r, listing: l } = st.booked;
  const sec = $('booking');
  sec.hidden = false;
  sec.dataset.rentalId = r.id;
  sec.dataset.status = r.status;
  const s = r.settlement;
  fields($('booking-fields'), [
    ['id', 'Rental', r.id],
    ['status', 'Status', r.status],
    ['slot', 'Slot', `${utc(r.start)} to ${utc(r.end)}`],
    ['rent', 'Rent paid', money(r.rent, l.payment_token)],
    ['deposit', 'Deposit paid', money(r.deposit, l.payment_token)],
    ['platform', 'Your platform', r.platform ? h('code', { class: 'hex-full' }, r.platform) : 'none'],
    ['device', 'Device', r.device ? hex(r.device) : 'none'],
    s ? ['fee', 'Cancellation fee', money(s.rent_charged, l.payment_token)] : null,
    s ? ['refund', 'Refunded', money(s.refund, l.payment_token)] : null,
  ]);
  const availability = await api(`/v1/assets/${r.token_id}/availability${query({ min_block: minBlock, wait: minBlock ? WAIT_MS : '' })}`);
  renderCalendar($('booking-calendar'), availability, r.id);
  const cancellable = r.status === 'booked';
  $('cancel').hidden = !cancellable;
  // the booking's own terms: the listing's at rent, which a later updateListing leaves alone
  const fee = ceilDiv(BigInt(r.rent) * BigInt(r.cancel_fee_bps), 10000n);
  $('cancel-quote').textContent = cancellable
    ? (r.cancel_fee_bps === 0 || availability.from + r.free_cancel_before <= r.start
      ? `Cancelling now is free until ${utc(r.start - r.free_cancel_before)}: rent and deposit come back in full.`
      : `Cancelling now costs ${units(fee, l.payment_token)} (${r.cancel_fee_bps / 100} % of the rent); the deposit comes back.`)
    : '';
}

async function cancelBooking() {
  const { rental: r } = st.booked;
  await ensureChain();
  const escrow = getAddress(st.status.contracts.PledgeEscrow);
  const { request } = await tracked('simulate-cancel', `Checking cancel(${r.id}) against the chain`, async () =>
    [await simulateContract(st.client, { account: st.account, address: escrow, abi: escrowAbi, functionName: 'cancel', args: [BigInt(r.id)] }), 'ok']);
  const receipt = await tracked('cancel', `Sending cancel(${r.id})`, async () => {
    const rc = await receiptOf(await writeContract(st.client, request));
    return [rc, `block ${rc.blockNumber}`];
  });
  const [cancelled] = parseEventLogs({ abi: escrowAbi, eventName: 'Cancelled', logs: receipt.logs });
  if (!cancelled) throw new DappError('No Cancelled event', `transaction ${receipt.transactionHash} emitted no Cancelled`);
  st.booked.rental = await waitIndexed('indexed-cancel', `/v1/rentals/${r.id}`, receipt.blockNumber);
  await showBooking(receipt.blockNumber);
  await refreshAccount(receipt.blockNumber);
  await loadMine(receipt.blockNumber);
}

// ---- the renter's bookings ----

async function loadMine(minBlock) {
  const page = await api(`/v1/rentals${query({ renter: st.account, status: 'booked', min_block: minBlock })}`);
  const sec = $('mine');
  sec.hidden = false;
  if (!page.items.length) {
    $('my-bookings').replaceChildren(h('p', { class: 'empty' }, 'No bookings ahead.'));
    return;
  }
  $('my-bookings').replaceChildren(h('table', {},
    h('thead', {}, h('tr', {}, ['Rental', 'Asset', 'From', 'To', ''].map((t) => h('th', {}, t)))),
    h('tbody', {}, page.items.map((r) => h('tr', { 'data-rental-id': r.id },
      h('td', {}, r.id), h('td', {}, r.token_id), h('td', {}, utc(r.start)), h('td', {}, utc(r.end)),
      h('td', {}, h('button', { type: 'button', onclick: guard(() => openBooking(r.id)) }, 'Open')))))));
}

async function openBooking(id) {
  const rental = await api(`/v1/rentals/${id}`);
  // a booking keeps the terms it was made with; the listing shows today's, which is
  // what the cancellation quote then uses
  const listing = await api(`/v1/listings/${rental.listing_id}`);
  st.booked = { rental, listing };
  await showBooking();
}

start().catch((err) => {
  showProblem(err);
  document.body.dataset.ready = 'failed';
});
