import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const entry = process.argv[2];
const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, metafile: true, outfile: '/tmp/x.js', logLevel: 'silent', jsx: 'automatic', jsxImportSource: 'preact', alias: {}, external: ['wxt/*', '#imports'] });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [k, v.bytesInOutput]).sort((a, b) => b[1] - a[1]);
let total = 0; for (const [, b] of rows) total += b;
console.log('total min', total, 'gz', gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
const groups = {};
for (const [k, b] of rows) { const g = k.replace(/^(node_modules\/[^/]+|utils\/analysis\/phrases|utils\/analysis\/data|utils\/analysis\/rules|utils\/[^/]+|components|entrypoints\/[^/]+).*/, '$1'); groups[g] = (groups[g] || 0) + b; }
console.log(Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 20));
console.log(rows.slice(0, 25));
