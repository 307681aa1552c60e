/**
 * `npm run build`: builds into a temporary folder and swaps it into `dist/` only when the whole
 * build (content check, pages, search index) succeeded, so a failed build never leaves a
 * half-built site; the previous `dist/` stays as it was.
 * Usage: node scripts/build.ts [--out-dir dist] [extra astro build args]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out-dir');
const outDir = resolve(outFlag >= 0 ? args.splice(outFlag, 2)[1]! : 'dist');
const tmpDir = `${outDir}.building`;
const oldDir = `${outDir}.previous`;

rmSync(tmpDir, { recursive: true, force: true });
// Astro keeps parsed content in a data store that it invalidates when content.config.ts changes,
// but not when a schema it imports (src/lib/schema.ts) does; a stale store would serve entries
// parsed with the old schema. Parsing our ~100 files again costs well under a second.
for (const store of ['.astro/data-store.json', 'node_modules/.astro/data-store.json'])
	rmSync(resolve(store), { force: true });
const astro = resolve('node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', tmpDir, ...args], {
	stdio: 'inherit',
});

if (result.status !== 0 || !existsSync(resolve(tmpDir, 'index.html'))) {
	rmSync(tmpDir, { recursive: true, force: true });
	console.error(`\nBuild failed: ${outDir} was left untouched.`);
	process.exitCode = result.status || 1;
} else {
	rmSync(oldDir, { recursive: true, force: true });
	if (existsSync(outDir)) renameSync(outDir, oldDir);
	renameSync(tmpDir, outDir);
	rmSync(oldDir, { recursive: true, force: true });
	console.log(`\nBuilt ${outDir}`);
}
