// The built API (dotnet build) started as its own process for the browser tests: Development (the demo network
// and the demo member), a fresh SQLite file, a free port on 127.0.0.1 that is also the dashboard's origin.
import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    }).on('error', fail);
  });
}

/** The most recently built Partners.Api.dll (Debug or Release). */
function apiDll() {
  const candidates = ['Debug', 'Release'].map((c) => join(root, 'src/Partners.Api/bin', c, 'net10.0/Partners.Api.dll')).filter(existsSync);
  if (candidates.length === 0) throw new Error('Build the API first: dotnet build');
  return candidates.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

export async function startApi() {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const database = join(tmpdir(), `partners-browser-${process.pid}-${port}.db`);
  const output = [];
  const child = spawn('dotnet', [apiDll(), '--urls', origin, '--contentRoot', join(root, 'src/Partners.Api')], {
    cwd: join(root, 'src/Partners.Api'),
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      ConnectionStrings__Partners: `Data Source=${database};Pooling=False`,
      Identity__DashboardOrigins__0: origin,
      // The feed's dispatcher is woken by each save; polling is only the fallback.
      Logging__LogLevel__Default: 'Warning',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => output.push(String(d)));
  child.stderr.on('data', (d) => output.push(String(d)));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited:\n${output.join('')}`);
    try {
      if ((await fetch(`${origin}/health`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`The API did not start:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    origin,
    output,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, { force: true });
    },
  };
}

/** A machine client's token (client credentials), as operator software or the Office's systems get one. */
export async function machineToken(origin, clientId) {
  const response = await fetch(`${origin}/connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: `${clientId}-secret` }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(JSON.stringify(body));
  return body.access_token;
}

export async function graphql(origin, token, query, variables) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}
