// Bundles the browser pages the API serves into src/Partners.Api/wwwroot at build time (dotnet build runs this):
// every dependency comes from node_modules, nothing is fetched by the page at run time.
import { build } from 'esbuild';

await build({
  entryPoints: { 'commission/app': 'web/commission/main.js' },
  outdir: 'src/Partners.Api/wwwroot',
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  format: 'esm',
  target: ['es2022'],
  legalComments: 'linked',
  logLevel: 'warning',
});
