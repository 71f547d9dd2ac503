// graphql-http's audits of the GraphQL-over-HTTP specification against /graphql: every MUST and SHOULD passes
// (MAY audits are reported by the package but not required).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serverAudits } from 'graphql-http';
import { startApi } from './api.mjs';

let api;
before(async () => { api = await startApi(); });
after(async () => { await api?.stop(); });

for (const audit of serverAudits({ url: () => `${api.origin}/graphql` })) {
  if (!/^(MUST|SHOULD)\b/.test(audit.name)) continue;
  test(audit.name, async () => {
    const result = await audit.fn();
    assert.equal(result.status, 'ok', `${audit.id}: ${result.reason ?? ''}`);
  });
}
