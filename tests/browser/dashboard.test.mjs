// The Commission's dashboard in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
// a member signs in through the login page (code + PKCE), sees what commissionDashboard counts, sees a dispute
// filed by an operator appear live, signs out (the refresh token is revoked); machine tokens of an operator and
// of the Office cannot read the page's data; five wrong passwords lock the account; axe-core finds no serious
// or critical violation. SCREENSHOT=docs/commission-dashboard.png writes the README's screenshot.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { graphql, machineToken, startApi } from './api.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const openStatuses = ['FILED', 'IN_MEDIATION', 'IN_ARBITRATION'];
const dashboardQuery = `query($region: Region) { commissionDashboard(region: $region) {
  disputesByStatus { status count } overdueCandidacyAnswers { operator { id } count } complaints { count } openRecurringDifficulties } }`;

let api;
let context;
let page;
let profile;

before(async () => {
  api = await startApi();
  profile = mkdtempSync(join(tmpdir(), 'partners-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  page = context.pages()[0] ?? await context.newPage();
});

after(async () => {
  await context?.close();
  await api?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** What the page shows: the open disputes per state, overdue answers per operator, difficulties, complaint rows. */
const shown = () => page.evaluate(() => {
  const rows = (id) => [...document.querySelectorAll(`#${id} tbody tr[data-key]`)];
  const count = (row, cell) => Number(row.cells[cell].textContent);
  return {
    disputes: Object.fromEntries(rows('disputes').map((r) => [r.dataset.key.split(':')[1], count(r, 1)])),
    overdue: Object.fromEntries(rows('overdue').map((r) => [r.dataset.key.split(':')[1], count(r, 1)])),
    difficulties: Number(document.getElementById('difficulties').textContent),
    complaints: rows('complaints').reduce((total, r) => total + count(r, 3), 0),
  };
});

/** The same figures straight from commissionDashboard, with the Commission's machine token. */
async function counted(region) {
  const token = await machineToken(api.origin, 'commission-demo');
  const { data, errors } = await graphql(api.origin, token, dashboardQuery, { region });
  assert.equal(errors, undefined);
  const d = data.commissionDashboard;
  return {
    disputes: Object.fromEntries(openStatuses.map((s) => [s, d.disputesByStatus.find((x) => x.status === s)?.count ?? 0])),
    overdue: Object.fromEntries(d.overdueCandidacyAnswers.map((o) => [o.operator.id, o.count])),
    difficulties: d.openRecurringDifficulties,
    complaints: d.complaints.reduce((total, c) => total + c.count, 0),
  };
}

const loads = () => page.evaluate(() => Number(document.body.dataset.loaded ?? 0));
const waitForLoad = (after) => page.waitForFunction((n) => Number(document.body.dataset.loaded ?? 0) > n, after);

async function noSeriousViolations() {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
}

test('a member signs in through the login page (code + PKCE) and sees what commissionDashboard counts', async () => {
  await page.goto(`${api.origin}/commission`);
  await page.waitForURL(/\/account\/login/);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await page.getByLabel('Adresse e-mail').fill('commission.member@demo');
  await page.getByLabel('Mot de passe').fill('commission-demo-password');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`${api.origin}/commission/`);
  await waitForLoad(0);

  assert.deepEqual(await shown(), await counted(null));
  assert.ok((await shown()).difficulties >= 0);

  const before = await loads();
  await page.getByLabel('Direction régionale').selectOption('LIEGE');
  await waitForLoad(before);
  assert.deepEqual(await shown(), await counted('LIEGE'));

  const whole = await loads();
  await page.getByLabel('Direction régionale').selectOption('');
  await waitForLoad(whole);
});

test('a dispute filed through the API by an operator appears within 2 s, without a reload', async () => {
  await page.waitForSelector('#feed[data-state="on"]');
  await page.evaluate(() => { window.notReloaded = true; });
  const filedBefore = (await shown()).disputes.FILED;
  const operator = await machineToken(api.origin, 'isp-demo');
  const office = (await graphql(api.origin, operator, '{ organisations(where: { kind: OFFICE }) { nodes { id } } }')).data.organisations.nodes[0].id;

  const filed = await graphql(api.origin, operator, `mutation($input: FileDisputeInput!) { fileDispute(input: $input) { dispute { id } errors { code } } }`,
    { input: { respondentOrganisationId: office, subject: 'Délais de transmission', description: 'Les évaluations arrivent en retard.' } });
  assert.deepEqual(filed.data.fileDispute.errors, []);
  const start = Date.now();
  await page.waitForFunction(
    (expected) => Number(document.querySelector('#disputes tr[data-key="dispute:FILED"]')?.cells[1].textContent) === expected,
    filedBefore + 1, { timeout: 2000 });
  assert.ok(Date.now() - start <= 2000);
  assert.equal(await page.evaluate(() => window.notReloaded), true);
  assert.deepEqual(await shown(), await counted(null));

  if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
});

test('the page switches to English, and axe-core finds no serious or critical violation in either language', async () => {
  await noSeriousViolations();
  await page.getByRole('button', { name: 'English' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByRole('heading', { name: 'Open disputes by state' }).waitFor();
  await noSeriousViolations();
  await page.getByRole('button', { name: 'Français' }).click();
});

test('the complaints table downloads as CSV', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^\ufeffMois,Engagement,Partie visée,Nombre\r\n/);
});

test("an operator's or the Office's machine token cannot open the page's data, over HTTP or the WebSocket", async () => {
  for (const clientId of ['isp-demo', 'forem-demo']) {
    const token = await machineToken(api.origin, clientId);
    const answer = await graphql(api.origin, token, dashboardQuery, {});
    assert.equal(answer.data, null, clientId);
    assert.equal(answer.errors[0].extensions.code, 'FORBIDDEN', clientId);

    // The feed for such a token: whatever comes back while a dispute is filed, no message carries data.
    const messages = page.evaluate((bearer) => new Promise((resolve) => {
      const log = [];
      setTimeout(() => { socket.close(); resolve(log); }, 4000);
      const socket = new WebSocket(`ws://${location.host}/graphql`, 'graphql-transport-ws');
      socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${bearer}` } }));
      socket.onmessage = ({ data }) => {
        const message = JSON.parse(data);
        log.push(message);
        if (message.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { commissionFeed { id kind } }' } }));
        }
      };
    }), token);
    await new Promise((r) => setTimeout(r, 1000));
    const operator = await machineToken(api.origin, 'isp-demo');
    const office = (await graphql(api.origin, operator, '{ organisations(where: { kind: OFFICE }) { nodes { id } } }')).data.organisations.nodes[0].id;
    await graphql(api.origin, operator, `mutation($input: FileDisputeInput!) { fileDispute(input: $input) { errors { code } } }`,
      { input: { respondentOrganisationId: office, subject: 'Suivi', description: 'Transmission tardive.' } });
    const received = await messages;
    assert.equal(received[0]?.type, 'connection_ack', clientId);
    assert.deepEqual(received.filter((m) => m.payload?.data), [], clientId);
  }
});

test('logging out revokes the refresh token', async () => {
  const refreshToken = await page.evaluate(() => sessionStorage.getItem('refreshToken'));
  assert.ok(refreshToken);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL(`${api.origin}/commission/`);
  await page.getByText('Vous êtes déconnecté.').waitFor();

  const response = await fetch(`${api.origin}/connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'commission-dashboard' }),
  });
  assert.equal(response.status, 400);
  assert.equal((await response.json()).error, 'invalid_grant');
});

test('five wrong passwords lock the account, and the right one is then refused too', async () => {
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/account\/login/);
  await noSeriousViolations();
  const attempt = async (password) => {
    await page.getByLabel('Adresse e-mail').fill('commission.member@demo');
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForLoadState();
    return page.getByRole('alert').textContent();
  };
  for (let i = 1; i <= 4; i++) assert.equal(await attempt('wrong-password'), 'Adresse e-mail ou mot de passe incorrect.');
  assert.match(await attempt('wrong-password'), /verrouillé/);
  assert.match(await attempt('commission-demo-password'), /verrouillé/);
  assert.match(page.url(), /\/account\/login/);
});
