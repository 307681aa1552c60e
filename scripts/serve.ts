/**
 * `npm start` after the build: serves dist/ at http://127.0.0.1:4321/ as a static host would
 * (src/lib/serving/host.ts). BASE_PATH (e.g. `/guide/`) serves it under that base, PORT on
 * another port, `--dir <folder>` another build folder.
 *
 * Usage: node scripts/serve.ts [--dir dist]
 */
import { resolve } from 'node:path';
import { createHostServer } from '../src/lib/serving/host.ts';

const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const dirFlag = process.argv.indexOf('--dir');
const dir = resolve(dirFlag >= 0 ? (process.argv[dirFlag + 1] ?? 'dist') : 'dist');
const port = Number(process.env.PORT ?? 4321);
createHostServer(dir, base).listen(port, '127.0.0.1', () =>
	console.log(`Serving dist/ at http://127.0.0.1:${port}${base}`),
);
