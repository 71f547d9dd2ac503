// The Commission's live dashboard: signs the member in (auth.js), reads the figures (figures.js), and reloads
// them whenever the Commission's feed (commissionFeed over graphql-transport-ws) reports a change.
import { createClient } from 'graphql-ws';
import { refresh, restore, signIn, signOut, token, wasSignedOut } from './auth.js';
import { applyTexts, lang, regionName, regions, setLanguage, t } from './i18n.js';
import { ForbiddenError, loadDashboard, loadTrend } from './figures.js';
import { download } from './csv.js';
import { drawTrend } from './chart.js';
import './dashboard.css';

const $ = (id) => document.getElementById(id);
let figures = null;
let previous = new Map();

function show(id, visible) { $(id).hidden = !visible; }

function showError(message) {
  $('error').textContent = message;
  show('error', Boolean(message));
}

function fillRegions() {
  const select = $('region');
  const current = select.value;
  select.replaceChildren(new Option(t('wholeRegion'), ''), ...regions.map((code) => new Option(regionName(code), code)));
  select.value = current;
}

/** A table from a header row and data rows; cells carry data-value for the CSV and data-key for the tests. */
function table(element, caption, headers, rows) {
  const head = `<caption class="visually-hidden">${caption}</caption><thead><tr>${headers.map((h) => `<th scope="col" class="${h.n ? 'n' : ''}">${h.label}</th>`).join('')}</tr></thead>`;
  element.innerHTML = head;
  const body = element.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    tr.dataset.key = row.key;
    row.cells.forEach((value, i) => {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) cell.scope = 'row';
      if (headers[i].n) cell.className = 'n';
      cell.textContent = value;
      tr.append(cell);
    });
    const signature = row.cells.join('|');
    if (previous.has(row.key) && previous.get(row.key) !== signature) tr.classList.add('changed');
    previous.set(row.key, signature);
  }
  if (rows.length === 0) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = headers.length;
    cell.textContent = t('none');
  }
}

const ageInDays = (instant) => Math.max(0, Math.floor((Date.now() - Date.parse(instant)) / 86_400_000));

function render() {
  if (!figures) return;
  const statuses = t('statuses');
  table($('disputes'), t('disputesTitle'), [{ label: t('status') }, { label: t('count'), n: true }, { label: t('oldest'), n: true }],
    figures.disputes.map((d) => ({ key: `dispute:${d.status}`, cells: [statuses[d.status], d.count, d.oldestFiledAt ? t('days', ageInDays(d.oldestFiledAt)) : '—'] })));
  table($('overdue'), t('overdueTitle'), [{ label: t('operator') }, { label: t('count'), n: true }],
    figures.overdue.map((o) => ({ key: `overdue:${o.operator.id}`, cells: [o.operator.name, o.count] })));
  $('difficulties').textContent = figures.openRecurringDifficulties;
  table($('complaints'), t('complaintsTitle'),
    [{ label: t('month') }, { label: t('engagement') }, { label: t('respondent') }, { label: t('count'), n: true }],
    figures.complaints.map((c) => ({
      key: `complaint:${c.month}:${c.engagement.code}:${c.respondent.id}`,
      cells: [c.month, `${c.engagement.code} (art. ${c.engagement.article})`, c.respondent.name, c.count],
    })));
  table($('trend'), t('trendTitle'), [{ label: t('month') }, { label: t('disputes'), n: true }, { label: t('complaints'), n: true }],
    figures.trend.map((m) => ({ key: `trend:${m.month}`, cells: [m.month, m.disputes, m.complaints] })));
  if (figures.trend.length) drawTrend($('trend-chart'), figures.trend, { disputes: t('disputes'), complaints: t('complaints') });
  $('updated').textContent = t('updated', new Date().toLocaleTimeString(lang === 'fr' ? 'fr-BE' : 'en-GB'));
  document.body.dataset.loaded = String(Number(document.body.dataset.loaded ?? 0) + 1);
}

// Reloads may overlap (a feed event during a reload): only the latest one's answers are shown.
let latest = 0;
// The reload under way: a logout lets it end before revoking the token it sends.
let loading = Promise.resolve();

function reload() {
  loading = load();
  return loading;
}

async function load() {
  const region = $('region').value || null;
  const run = ++latest;
  try {
    // The counts first (what a feed event changes), then the 12-month trend.
    const dashboard = await loadDashboard(token(), region);
    if (run !== latest) return;
    figures = { ...dashboard, trend: figures?.trend ?? [] };
    showError('');
    render();
    if (run !== latest || !token()) return; // Signing out or signed out meanwhile.
    const trend = await loadTrend(token(), region);
    if (run !== latest) return;
    figures.trend = trend;
    render();
  } catch (error) {
    if (error.status === 401 && await refresh()) return reload();
    if (error.status === 401) return signedOut();
    showError(error instanceof ForbiddenError ? t('forbidden') : t('error') + error.message);
  }
}

// Reload at most once per burst of events: a dispute filed and its feed line arrive together.
let pending = null;
function reloadSoon() {
  clearTimeout(pending);
  pending = setTimeout(reload, 50);
}

// A message to a socket already closing is dropped rather than sent: the server is gone or going, and the browser
// would log an error. graphql-ws checks the state before most of its sends, not before a subscribe that follows the
// connection's acknowledgement, which a logout's dispose can close in between.
class FeedSocket extends WebSocket {
  send(data) {
    if (this.readyState === WebSocket.OPEN) super.send(data);
  }
}

function connectFeed() {
  const marker = (on) => {
    $('feed').dataset.state = on ? 'on' : 'off';
    $('feed-text').dataset.text = on ? 'feedOn' : 'feedOff';
    $('feed-text').textContent = t(on ? 'feedOn' : 'feedOff');
  };
  const client = createClient({
    webSocketImpl: FeedSocket,
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    // Each (re)connection presents the current token: a refreshed one after a renewal.
    connectionParams: async () => ({ authorization: `Bearer ${token() ?? await refresh()}` }),
    lazy: false,
    // The marker shows a lost connection, and the client retries by itself; only a logout's dispose ends it for good.
    onNonLazyError: () => {},
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000))),
    on: {
      connected: () => { marker(true); reloadSoon(); },
      closed: () => marker(false),
    },
  });
  let stopped = false;
  const again = () => setTimeout(subscribe, 1000);
  const subscribe = () => stopped || client.subscribe(
    { query: 'subscription CommissionFeed { commissionFeed { id kind occurredAt } }' },
    { next: reloadSoon, error: again, complete: again },
  );
  subscribe();
  return () => { stopped = true; client.dispose(); };
}

// Signing out stops the feed and any reload first, and lets a request under way end, so nothing asks the API with a
// token being revoked.
let stopFeed = () => {};
async function leave() {
  stopFeed();
  clearTimeout(pending);
  latest++;
  await loading; // load() answers every failure itself: this never throws.
  return signOut();
}

function signedOut() {
  show('dashboard', false);
  show('logout', false);
  show('security', false);
  show('signed-out', true);
  $('signed-out-text').dataset.text = wasSignedOut() ? 'loggedOut' : 'signedOut';
  $('signed-out-text').textContent = t($('signed-out-text').dataset.text);
}

async function start() {
  applyTexts();
  fillRegions();
  $('language').addEventListener('click', () => { setLanguage(lang === 'fr' ? 'en' : 'fr'); fillRegions(); render(); });
  $('login').addEventListener('click', () => signIn(lang));
  $('logout').addEventListener('click', () => leave());
  $('region').addEventListener('change', () => { previous = new Map(); reload(); });
  $('csv').addEventListener('click', () => download($('complaints'), `plaintes-${$('region').value || 'region'}.csv`));
  let accessToken = null;
  try {
    accessToken = await restore();
  } catch (error) {
    showError(t('error') + error.message);
  }
  if (!accessToken) {
    if (!wasSignedOut() && !$('error').textContent) return signIn(lang);
    return signedOut();
  }
  show('signed-out', false);
  show('dashboard', true);
  show('logout', true);
  show('security', true);
  $('security').href = `/account/two-factor?lang=${lang}`;
  await reload();
  stopFeed = connectFeed();
}

start();
