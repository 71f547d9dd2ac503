// The figures: one GraphQL request for the dashboard of the chosen directorate and one for the 12 months of the
// trend, both commissionDashboard, so the page shows exactly what the API counts. Counts only, never a person.
export const openStatuses = ['FILED', 'IN_MEDIATION', 'IN_ARBITRATION'];

const dashboardQuery = `query CommissionDashboard($region: Region) {
  commissionDashboard(region: $region) {
    disputesByStatus { status count oldestFiledAt }
    overdueCandidacyAnswers { operator { id name } count }
    complaints { engagement { code article } respondent { id name } month count }
    openRecurringDifficulties
  }
}`;

/** The first and last day of each of the last 12 months, oldest first, as YYYY-MM-DD. */
export function lastTwelveMonths(today = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return Array.from({ length: 12 }, (_, i) => {
    const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11 + i, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    const day = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return { month: day(first).slice(0, 7), from: day(first), to: day(last) };
  });
}

function trendQuery(months) {
  const variables = months.map((_, i) => `$from${i}: Date!, $to${i}: Date!`).join(', ');
  const fields = months.map((_, i) =>
    `m${i}: commissionDashboard(region: $region, from: $from${i}, to: $to${i}) { disputesByStatus { count } complaints { count } }`).join('\n  ');
  return `query CommissionTrend($region: Region, ${variables}) {\n  ${fields}\n}`;
}

export class ForbiddenError extends Error {}

async function graphql(token, query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({}));
  const codes = (body.errors ?? []).map((e) => e.extensions?.code);
  if (response.status === 401 || codes.includes('AUTH_NOT_AUTHENTICATED')) throw Object.assign(new Error('unauthenticated'), { status: 401 });
  if (codes.includes('FORBIDDEN')) throw new ForbiddenError(body.errors[0].message);
  if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.data;
}

const sum = (rows) => rows.reduce((total, row) => total + row.count, 0);

/** The dashboard of one directorate (null: the whole region): one request, what a feed event changes. */
export async function loadDashboard(token, region) {
  const dashboard = (await graphql(token, dashboardQuery, { region })).commissionDashboard;
  return {
    disputes: openStatuses.map((status) => dashboard.disputesByStatus.find((d) => d.status === status) ?? { status, count: 0, oldestFiledAt: null }),
    overdue: [...dashboard.overdueCandidacyAnswers].sort((a, b) => b.count - a.count || a.operator.name.localeCompare(b.operator.name)),
    complaints: [...dashboard.complaints].sort((a, b) => b.month.localeCompare(a.month) || a.engagement.code.localeCompare(b.engagement.code)
      || a.respondent.name.localeCompare(b.respondent.name)),
    openRecurringDifficulties: dashboard.openRecurringDifficulties,
  };
}

/** Disputes filed and complaints received in each of the last 12 months: a second, heavier request. */
export async function loadTrend(token, region) {
  const months = lastTwelveMonths();
  const variables = { region };
  months.forEach((m, i) => { variables[`from${i}`] = m.from; variables[`to${i}`] = m.to; });
  const trend = await graphql(token, trendQuery(months), variables);
  return months.map((m, i) => ({ month: m.month, disputes: sum(trend[`m${i}`].disputesByStatus), complaints: sum(trend[`m${i}`].complaints) }));
}
