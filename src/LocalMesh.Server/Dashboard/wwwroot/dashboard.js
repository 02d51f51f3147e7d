// LocalMesh dashboard: vanilla JS, no dependencies. Reads the node's /v1 API with the admin key from session storage
// (sent as a header, never in a URL). All data goes into the page as text (textContent), never as HTML.
'use strict';

const KEY = 'localmesh.key';
const ASSETS = '/dashboard';
const $ = (selector, root = document) => root.querySelector(selector);
const FEED_MAX = 100;
let node = null;
let feedIds = new Set();
let statsTimer = 0;

// ---- small helpers -------------------------------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

const badge = (text, kind) => el('span', { class: 'badge ' + String(kind ?? text ?? '').toLowerCase(), text: text ?? '-' });
const td = (content, cls) => el('td', { class: cls }, content ?? '-');
const time = iso => iso ? new Date(iso).toLocaleTimeString() : '-';
const dateTime = iso => iso ? new Date(iso).toLocaleString() : '-';
const num = n => n === null || n === undefined ? '-' : Number(n).toLocaleString();
const pct = x => (100 * (x || 0)).toFixed(1) + '%';
const money = x => '$' + Number(x || 0).toFixed(4);
const bytes = n => { n = Number(n || 0); return n < 1024 ? n + ' B' : n < 1048576 ? (n / 1024).toFixed(1) + ' KB' : (n / 1048576).toFixed(1) + ' MB'; };
const kinds = obj => Object.entries(obj || {}).map(([k, v]) => `${k}×${v}`).join(' ') || '-';
const kindsText = text => text ? text.split(',').map(p => p.replace(':', '×')).join(' ') : '-';

function setStatus(panel, text, error = false) {
  const s = $(`#${panel} [data-status]`);
  if (!s) return;
  s.textContent = text || '';
  s.classList.toggle('error', !!error);
}

function headers(extra = {}) {
  const key = sessionStorage.getItem(KEY);
  return key ? { ...extra, authorization: 'Bearer ' + key } : extra;
}

class ApiError extends Error {
  constructor(status, message, code) { super(message); this.status = status; this.code = code; }
}

async function api(path, options = {}) {
  const init = { ...options, headers: headers(options.body ? { 'content-type': 'application/json' } : {}) };
  if (options.body && typeof options.body !== 'string') init.body = JSON.stringify(options.body);
  const res = await fetch(path, init);
  const type = res.headers.get('content-type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const error = body && body.error ? body.error : { message: `${res.status} ${res.statusText}` };
    if (res.status === 401) signedOut(sessionStorage.getItem(KEY) ? error.message : '');
    throw new ApiError(res.status, error.message, error.code);
  }
  return body;
}

// Runs a panel's loader, showing its error in the panel instead of failing the page.
async function load(panel, loader) {
  try {
    await loader();
  } catch (e) {
    if (e.status === 401) return;
    setStatus(panel, e.status === 404 ? 'not enabled on this node' : e.message, e.status !== 404);
  }
}

function fill(tbodyId, rows, empty, columns) {
  const tbody = document.getElementById(tbodyId);
  tbody.replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: columns, class: 'hint', text: empty }))]));
}

// ---- sign-in -------------------------------------------------------------------------------------------------------

function signedOut(message) {
  sessionStorage.removeItem(KEY);
  $('#main').hidden = true;
  $('#nav').hidden = true;
  $('#logout').hidden = true;
  $('#login').hidden = false;
  const error = $('#login-error');
  error.textContent = message || '';
  error.hidden = !message;
  $('#node-status').textContent = 'signed out';
  $('#login-key').focus();
}

async function signIn(event) {
  event.preventDefault();
  const key = $('#login-key').value.trim();
  $('#login-key').value = '';
  sessionStorage.setItem(KEY, key);
  await start();
}

// ---- start ---------------------------------------------------------------------------------------------------------

async function start() {
  try {
    // Whether the node has keys is public (an unauthenticated call would say so too); asking saves a refused call.
    const session = await (await fetch(ASSETS + '/session')).json();
    if (session.keys_required && !sessionStorage.getItem(KEY)) { signedOut(''); return; }
    node = await api('/v1/localmesh');
    // The page needs an admin key: the backends list is admin-only, so it tells a valid key that is not one.
    await api('/v1/localmesh/backends');
  } catch (e) {
    if (e.status === 403) signedOut('This key is not an admin key: the dashboard needs one.');
    else if (e.status !== 401) $('#node-status').textContent = 'cannot reach the node: ' + e.message;
    return;
  }

  $('#login').hidden = true;
  $('#main').hidden = false;
  $('#nav').hidden = false;
  $('#logout').hidden = !node.keys_required;
  $('#node-status').textContent = `${node.name} ${(node.version || '').split('+')[0]} · ${node.keys_required ? 'signed in' : 'no API keys configured'}`;
  refreshAll();
  feed();
  setInterval(() => load('backends', backends), 2000);
  setInterval(refreshSlow, 15000);
}

function refreshAll() {
  load('backends', backends);
  load('totals', totals);
  load('ledger', ledger);
  load('left', left);
  refreshSlow();
}

function refreshSlow() {
  load('knowledge', knowledge);
  load('intents', intents);
  load('schedule', schedule);
  load('domains', domains);
  for (const panel of document.querySelectorAll('.optional')) load(panel.id, () => optional(panel));
}

// A finished request changes the totals and the ledger: refresh them, at most once a second.
function requestSeen() {
  if (statsTimer) return;
  statsTimer = setTimeout(() => { statsTimer = 0; load('totals', totals); load('ledger', ledger); load('left', left); }, 1000);
}

// ---- live feed (server-sent events read with fetch, so the key goes in a header) -------------------------------------

// The newest requests from the ledger, oldest first into the feed (so the newest ends on top).
async function feedFromLedger() {
  const list = await api('/v1/localmesh/audit/requests?limit=50');
  for (const r of list.data.reverse()) addFeedRow({ ...r, cache_hit: (r.reason || '').startsWith('cached answer') }, false);
}

async function feed() {
  if (!node.specialists) {
    setStatus('feed', 'The event stream is off on this node (no local specialists); showing the ledger every 3 s.');
    load('feed', feedFromLedger);
    setInterval(() => load('feed', feedFromLedger), 3000);
    return;
  }

  for (;;) {
    try {
      // Subscribed first, then what the ledger already has: a request between the two is in one or the other.
      const res = await fetch('/v1/localmesh/events?requests=true', { headers: headers() });
      if (res.status === 401) { signedOut('The key was refused.'); return; }
      if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
      await feedFromLedger();
      setStatus('feed', 'live');
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          onEvent(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
      setStatus('feed', 'stream ended; reconnecting…');
    } catch (e) {
      setStatus('feed', 'stream lost (' + e.message + '); reconnecting…', true);
    }
    await new Promise(r => setTimeout(r, 2000));
  }
}

function onEvent(block) {
  const data = block.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5).trim()).join('\n');
  if (!data) return;
  const e = JSON.parse(data);
  if (e.type === 'request.completed') {
    addFeedRow({ ...e.data, timestamp: e.at }, true);
    requestSeen();
  } else if (/\.fired$/.test(e.type)) {
    load('schedule', schedule);
  }
}

function addFeedRow(r, fresh) {
  if (feedIds.has(r.request_id)) return;
  feedIds.add(r.request_id);
  const ms = r.latency_ms === undefined ? null : Number(r.latency_ms).toFixed(1);
  const row = el('tr', { 'data-request-id': r.request_id, class: fresh ? 'fresh' : null },
    td(time(r.timestamp || new Date().toISOString())),
    td(el('span', { class: 'mono', text: r.request_id })),
    td(r.tier ? badge(r.tier) : '-'),
    td(r.backend),
    td(r.reason, 'reason'),
    td(ms),
    td(r.degraded ? badge('degraded') : 'no'),
    td(typeof r.redactions === 'object' ? kinds(r.redactions) : kindsText(r.redacted_kinds)), // an event's {KIND: n}, or the ledger's text
    td(r.cache_hit ? 'hit' : '-'),
    td(badge(r.status, r.status === 'ok' ? 'ok' : 'error')));
  const tbody = $('#feed-rows');
  tbody.prepend(row);
  while (tbody.children.length > FEED_MAX) {
    feedIds.delete(tbody.lastElementChild.getAttribute('data-request-id'));
    tbody.lastElementChild.remove();
  }
}

// ---- backends ------------------------------------------------------------------------------------------------------

async function backends() {
  const list = await api('/v1/localmesh/backends');
  fill('backend-rows', list.data.map(b => el('tr', { 'data-backend': b.name },
    td(b.name), td(badge(b.tier)), td(badge(b.health), 'health'), td(badge(b.circuit), 'circuit'),
    td(b.max_concurrency && b.max_concurrency < 2147483647 ? `${b.in_flight} / ${b.max_concurrency}` : String(b.in_flight)), // in-process backends have no limit
    td(num(b.requests)), td(num(b.failures)),
    td(b.in_process ? 'in process' : b.last_probe ? `${time(b.last_probe)} (${Number(b.probe_ms || 0).toFixed(0)} ms)` : 'never'),
    td(b.available ? '-' : (b.unavailable_reason || b.error), 'reason'))), 'No backends configured: the node answers with its local specialists and knowledge base.', 9);
  setStatus('backends', `${list.data.filter(b => b.available).length} of ${list.data.length} available · updated ${new Date().toLocaleTimeString()}`);
}

// ---- totals and charts ---------------------------------------------------------------------------------------------

async function totals() {
  const window = $('#totals-window').value;
  const s = await api('/v1/localmesh/stats?since=' + encodeURIComponent(window) + '&buckets=24');
  const t = s.totals;
  const card = (label, value, sub) => el('div', { class: 'card' }, el('div', { class: 'value', text: value }), el('div', { class: 'label', text: label }), sub ? el('div', { class: 'hint', text: sub }) : null);
  $('#totals-cards').replaceChildren(
    card('requests', num(t.requests), `${num(t.unanswered)} unanswered`),
    card('answered on this machine', pct(t.local_share), `local ${num(t.local)} · edge ${num(t.edge)} · cloud ${num(t.cloud)}`),
    card('bytes kept local / sent', `${bytes(t.bytes_kept_local)} / ${bytes(t.bytes_sent)}`),
    card('tokens kept local / sent', `${num(t.tokens_kept_local)} / ${num(t.tokens_sent)}`),
    card('cost vs all-cloud', `${money(t.cost)} / ${money(t.baseline_cost)}`, `saved ${money(t.saved)}`),
    card('cache hit rate', t.cache_lookups ? pct(t.cache_hit_rate) : '-', `${num(t.cache_hits)} of ${num(t.cache_lookups)} knowledge answers`));
  const b = s.buckets;
  stacked('chart-tiers', b, [['local', 'var(--local)'], ['edge', 'var(--edge)'], ['cloud', 'var(--cloud)'], ['unanswered', 'var(--bad)']]);
  stacked('chart-bytes', b, [['bytes_kept_local', 'var(--local)', 'kept local'], ['bytes_sent', 'var(--cloud)', 'sent off']]);
  let cost = 0, base = 0;
  lines('chart-cost', b.map(x => [cost += Number(x.cost), base += Number(x.baseline_cost)]), [['actual', 'var(--local)'], ['all-cloud baseline', 'var(--cloud)']]);
  stacked('chart-cache', b.map(x => ({ hits: x.cache_hits, misses: x.cache_lookups - x.cache_hits })), [['hits', 'var(--local)'], ['misses', 'var(--muted)']]);
  $('#totals-baseline').textContent = `Baseline prices per million tokens: $${s.baseline.input_cost_per_million} in, $${s.baseline.output_cost_per_million} out (${s.baseline.source}). In-process answers count their input only (request bytes / 4), so the baseline is a floor.`;
  setStatus('totals', `${dateTime(s.since)} – ${dateTime(s.until)}, ${(s.bucket_seconds / 60).toFixed(0)}-minute bars`);
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function legend(series) {
  return el('div', { class: 'legend' }, ...series.map(([name, color, label]) => {
    const swatch = el('i');
    swatch.style.background = color;
    return el('span', {}, swatch, label || name);
  }));
}

function stacked(id, buckets, series) {
  const W = 300, H = 140, max = Math.max(1, ...buckets.map(x => series.reduce((s, [k]) => s + Number(x[k] || 0), 0)));
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img' });
  const w = W / buckets.length;
  buckets.forEach((x, i) => {
    let y = H;
    for (const [k, color] of series) {
      const h = (Number(x[k] || 0) / max) * (H - 10);
      if (h <= 0) continue;
      y -= h;
      const r = svg('rect', { x: i * w + 1, y, width: Math.max(1, w - 2), height: h });
      r.style.fill = color;
      r.append(svg('title', {}));
      r.lastChild.textContent = `${k}: ${x[k]}`;
      chart.append(r);
    }
  });
  document.getElementById(id).replaceChildren(chart, legend(series));
}

function lines(id, points, series) {
  const W = 300, H = 140, max = Math.max(1e-9, ...points.flat().map(Number));
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img' });
  series.forEach(([, color], s) => {
    const d = points.map((p, i) => `${i ? 'L' : 'M'}${(i + 0.5) * W / points.length},${H - 5 - (Number(p[s]) / max) * (H - 15)}`).join(' ');
    const path = svg('path', { d, fill: 'none', 'stroke-width': 2, 'vector-effect': 'non-scaling-stroke' });
    path.style.stroke = color;
    chart.append(path);
  });
  document.getElementById(id).replaceChildren(chart, legend(series));
}

// ---- ledger and what left ------------------------------------------------------------------------------------------

function ledgerQuery() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($('#ledger-form'))) if (String(v).trim()) params.set(k, String(v).trim());
  params.set('limit', '200');
  return params.toString();
}

async function ledger() {
  const list = await api('/v1/localmesh/audit/requests?' + ledgerQuery());
  fill('ledger-rows', list.data.map(r => el('tr', { 'data-request-id': r.request_id },
    td(dateTime(r.timestamp)), td(el('span', { class: 'mono', text: r.request_id })), td(r.domain), td(r.key_name),
    td(r.tier ? badge(r.tier) : '-'), td(r.backend), td(badge(r.status, r.status === 'ok' ? 'ok' : 'error')),
    td(Number(r.latency_ms).toFixed(1)), td(num(r.bytes_left)), td(kindsText(r.redacted_kinds)), td(r.reason, 'reason'))),
  'No requests match.', 11);
  setStatus('ledger', `${list.data.length} request${list.data.length === 1 ? '' : 's'}${list.data.length === 200 ? ' (newest 200)' : ''}`);
}

async function left() {
  const report = await api('/v1/localmesh/audit?' + ledgerQuery());
  const rows = report.crossings.filter(c => c.tier !== 'local');
  fill('left-rows', rows.map(c => el('tr', { 'data-crossing': c.id },
    td(dateTime(c.timestamp)), td(el('span', { class: 'mono', text: c.request_id })), td(`${c.backend} (${c.destination})`), td(badge(c.tier)),
    td(c.domain), td(num(c.bytes_sent)), td(`${num(c.tokens_sent)} / ${num(c.tokens_received)}`), td(money(c.cost)),
    td(kindsText(c.redacted_kinds)), td(c.policy_decision, 'reason'), td(badge(c.outcome)),
    td(el('button', { type: 'button', class: 'small', text: 'Show', onclick: () => showSent(c.id) })))),
  'Nothing left this machine for these filters.', 12);
  setStatus('left', `${rows.length} crossing${rows.length === 1 ? '' : 's'} off this machine`);
}

async function showSent(id) {
  const pre = $('#left-content');
  pre.hidden = false;
  try {
    const c = await api('/v1/localmesh/audit/crossings/' + id);
    let text = c.content;
    if (c.content_encoding === 'utf-8') { try { text = JSON.stringify(JSON.parse(text), null, 2); } catch { /* not JSON: as sent */ } }
    pre.textContent = `crossing ${c.id} to ${c.backend} (${c.tier}, ${c.destination}) · redacted: ${kindsText(c.redacted_kinds)} · sha256 ${c.content_sha256 || '-'}\n\n` +
      (c.stored ? text : c.note);
  } catch (e) {
    pre.textContent = e.message;
  }
}

// ---- knowledge, intents, schedule, domains -------------------------------------------------------------------------

async function knowledge() {
  const list = await api('/v1/localmesh/kb');
  fill('kb-rows', list.data.map(c => el('tr', {}, td(c.name), td(c.domain), td(num(c.documents)), td(num(c.passages)), td(dateTime(c.last_ingest)))),
    'No collections yet: ./localmesh kb add FOLDER --collection NAME', 5);
  setStatus('knowledge', list.embedding_model ? `embedding model ${list.embedding_model}` : 'lexical and hashed-vector search (no embedding model)');
  try {
    const cache = await api('/v1/localmesh/cache');
    $('#kb-cache').textContent = `Semantic cache: ${num(cache.entries)} answers, ${num(cache.hits)} hits of ${num(cache.lookups)} lookups (${pct(cache.hit_rate)}) since start.`;
  } catch { /* no cache endpoint */ }
}

async function intents() {
  const [list, review] = await Promise.all([api('/v1/localmesh/intents'), api('/v1/localmesh/intents/review')]);
  const m = list.model;
  const c = review.corrections;
  $('#intents-model').textContent = `Model ${m.status}; trained ${dateTime(m.trained_at)} on ${num(m.examples)} examples (${num(m.corrections)} corrections). ` +
    (c.total ? `It now gets ${num(c.learned)} of ${num(c.checked)} corrections right (${pct(c.accuracy)}).` : 'No corrections yet.');
  fill('corrections-rows', review.recent.map(r => el('tr', {}, td(r.text, 'reason'), td(r.intent), td(r.was), td(r.now), td(r.learned ? 'yes' : 'not yet'))),
    'No corrections yet.', 5);
  const usage = new Map(review.usage.map(u => [u.intent, u]));
  const names = list.data.map(i => i.name);
  $('#intent-names').replaceChildren(...names.map(n => el('option', { value: n })));
  const rows = list.data.filter(i => usage.has(i.name) || i.domain === 'custom' || !i.in_model)
    .concat(list.data.filter(i => !(usage.has(i.name) || i.domain === 'custom' || !i.in_model)))
    .slice(0, 60)
    .map(i => {
      const u = usage.get(i.name) || { classified: 0, local: 0, corrected: 0 };
      return el('tr', { 'data-intent': i.name }, td(i.name), td(num(i.examples)), td(num(u.classified)), td(num(u.local)), td(num(u.corrected)), td(i.has_skill ? 'yes' : '-'));
    });
  fill('intent-rows', rows, 'No intents.', 6);
  setStatus('intents', `${list.data.length} intents (the first 60: those in use or your own first)`);
}

async function classify(event) {
  event.preventDefault();
  const out = $('#classify-result');
  try {
    const r = await api('/v1/localmesh/classify', { method: 'POST', body: { text: $('#classify-text').value } });
    out.textContent = `${r.intent} (${(100 * r.confidence).toFixed(0)}%) → ${r.decision}${r.reason ? ': ' + r.reason : ''} · model v${r.model_version}`;
    out.dataset.intent = r.intent;
    out.dataset.version = r.model_version;
  } catch (e) {
    out.textContent = e.message;
  }
}

// Both teaching forms: post what the form says, report the answer, and show the retrained model a little later.
async function submitTeaching(event, path, body, done) {
  event.preventDefault();
  const out = $('#teach-result');
  try {
    out.textContent = done(await api(path, { method: 'POST', body: body(new FormData(event.target)) })) + ' The model is retraining in the background.';
    event.target.reset();
    setTimeout(() => load('intents', intents), 1500);
  } catch (e) {
    out.textContent = e.message;
  }
}

const teach = event => submitTeaching(event, '/v1/localmesh/feedback',
  form => ({ text: form.get('text'), intent: form.get('intent') }),
  r => `Taught: "${r.text}" is ${r.intent}.`);

const addIntent = event => submitTeaching(event, '/v1/localmesh/intents',
  form => ({ name: form.get('name'), examples: String(form.get('examples')).split('\n').map(s => s.trim()).filter(Boolean), response: form.get('response') || null }),
  r => `Intent ${r.name} saved with ${r.examples} examples.`);

async function schedule() {
  const list = await api('/v1/localmesh/schedule');
  fill('schedule-rows', list.data.map(i => el('tr', {}, td(i.kind), td(dateTime(i.fire_at)), td(i.label), td(i.status))), 'Nothing scheduled.', 4);
  setStatus('schedule', '');
}

async function domains() {
  const list = await api('/v1/localmesh/domains');
  fill('domain-rows', list.data.map(d => el('tr', {}, td(d.name), td(d.tiers.map(t => badge(t)).reduce((f, b) => (f.append(b, ' '), f), document.createDocumentFragment())),
    td(d.classified ? 'yes' : '-'), td(num(d.examples)))), 'No domains.', 4);
  setStatus('domains', '');
}

// Panels for features other nodes may not have (signal streams, mesh nodes): a table of whatever the endpoint lists.
async function optional(panel) {
  const list = await api(panel.dataset.endpoint);
  if (list && !Array.isArray(list) && 'mesh' in list && list.mesh === null) {
    // The node answers the endpoint but has not joined a mesh (started without --mesh).
    $('thead', panel).replaceChildren();
    $('tbody', panel).replaceChildren();
    setStatus(panel.id, 'not enabled on this node');
    return;
  }
  const data = Array.isArray(list) ? list : list.data || [];
  const columns = [...new Set(data.flatMap(x => Object.keys(x)))].slice(0, 10);
  $('thead', panel).replaceChildren(el('tr', {}, ...columns.map(c => el('th', { text: c }))));
  $('tbody', panel).replaceChildren(...data.map(x => el('tr', {}, ...columns.map(c => td(typeof x[c] === 'object' && x[c] !== null ? JSON.stringify(x[c]) : x[c])))));
  setStatus(panel.id, data.length ? '' : 'none yet');
}

// ---- wiring --------------------------------------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', () => {
  $('#login-form').addEventListener('submit', signIn);
  $('#logout').addEventListener('click', () => { signedOut(''); location.reload(); });
  $('#ledger-form').addEventListener('submit', e => { e.preventDefault(); load('ledger', ledger); load('left', left); });
  $('#totals-window').addEventListener('change', () => load('totals', totals));
  $('#classify-form').addEventListener('submit', classify);
  $('#teach-form').addEventListener('submit', teach);
  $('#intent-form').addEventListener('submit', addIntent);
  start();
});
