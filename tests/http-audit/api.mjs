// The built API (dotnet build) as its own process: Development (demo network), a fresh SQLite file, a free port on
// 127.0.0.1. Stopped, and its database removed, by stop().
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
  const built = ['Debug', 'Release'].map((c) => join(root, 'src/Partners.Api/bin', c, 'net10.0/Partners.Api.dll')).filter(existsSync);
  if (built.length === 0) throw new Error('Build the API first: dotnet build');
  return built.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

export async function startApi() {
  const origin = `http://127.0.0.1:${await freePort()}`;
  const database = join(tmpdir(), `partners-audit-${process.pid}-${Date.now()}.db`);
  const output = [];
  const child = spawn('dotnet', [apiDll(), '--urls', origin, '--contentRoot', join(root, 'src/Partners.Api')], {
    cwd: join(root, 'src/Partners.Api'),
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      ConnectionStrings__Partners: `Data Source=${database};Pooling=False`,
      Logging__LogLevel__Default: 'Warning',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => output.push(String(d)));
  child.stderr.on('data', (d) => output.push(String(d)));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited:\n${output.join('')}`);
    try {
      if ((await fetch(`${origin}/health`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not start:\n${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    origin,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, { force: true });
    },
  };
}
