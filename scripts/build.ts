/**
 * `npm run build`: builds the site so that it can never be seen half-swapped. `dist` is a
 * symbolic link to a complete build in `dist.versions/<id>/`; a new build is written to a new
 * folder there, and only when the whole build (content check, pages, audit, search index)
 * succeeded (and its precompressed copies are written) does one rename() put a new link in place of the old one, which POSIX makes atomic:
 * at every instant `dist` is the old or the new complete site. Older builds are removed after.
 *
 * Ctrl-C or a kill (SIGINT, SIGTERM, SIGHUP) is passed on to the `astro build` child; the
 * unfinished folder is removed and `dist` is left as it was. If this process is killed outright
 * (SIGKILL), the child notices its parent is gone and stops (scripts/lib/exit-with-parent.ts),
 * and the next build removes the unfinished folder.
 *
 * Usage: node scripts/build.ts [--out-dir dist]
 */
import { spawn } from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readlinkSync,
	renameSync,
	rmSync,
	symlinkSync,
} from 'node:fs';
import { constants } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { precompress } from './lib/precompress.ts';
import { swapErrorMessage } from './lib/swap-error.ts';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out-dir');
const outDir = resolve(outFlag >= 0 ? args.splice(outFlag, 2)[1]! : 'dist');
const versions = `${outDir}.versions`;
const id = `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${process.pid}`;
const target = join(versions, id);

/** The version folder `outDir` links to now, if it is such a link. */
function current(): string | undefined {
	if (!existsSync(outDir) || !lstatSync(outDir).isSymbolicLink()) return undefined;
	return resolve(dirname(outDir), readlinkSync(outDir));
}

/** Removes every version folder but `keep` (earlier builds, and any left by a killed build). */
function prune(keep: string | undefined): void {
	if (!existsSync(versions)) return;
	for (const name of readdirSync(versions)) {
		const path = join(versions, name);
		if (path !== keep) rmSync(path, { recursive: true, force: true });
	}
	// Left by the builds of before this scheme, which renamed folders in two steps.
	for (const old of [`${outDir}.building`, `${outDir}.previous`])
		rmSync(old, { recursive: true, force: true });
}

/**
 * Puts a link to `target` in place of `outDir` with one rename(). The first time, when `outDir`
 * is still a plain folder, it is moved into the versions folder first: the one moment without a
 * `dist`, once per checkout.
 */
function swap(): void {
	const link = join(dirname(outDir), `.${basename(outDir)}.link-${id}`);
	rmSync(link, { force: true });
	symlinkSync(relative(dirname(outDir), target), link, 'junction');
	try {
		if (existsSync(outDir) && !lstatSync(outDir).isSymbolicLink())
			renameSync(outDir, join(versions, `before-${id}`));
		renameSync(link, outDir);
	} catch (error) {
		rmSync(link, { force: true });
		throw error;
	}
}

function fail(message: string, code: number): never {
	rmSync(target, { recursive: true, force: true });
	console.error(`\n${message}\n${outDir} was left untouched.`);
	process.exit(code);
}

async function main() {
	prune(current());
	mkdirSync(versions, { recursive: true });
	// Astro keeps parsed content in a data store that it invalidates when content.config.ts
	// changes, but not when a schema it imports (src/lib/content/schema.ts) does; a stale store would
	// serve entries parsed with the old schema. Parsing our ~100 files again costs under a second.
	for (const store of ['.astro/data-store.json', 'node_modules/.astro/data-store.json'])
		rmSync(resolve(store), { force: true });

	const astro = resolve('node_modules/astro/bin/astro.mjs');
	const watchdog = resolve('scripts/lib/exit-with-parent.ts');
	const child = spawn(
		process.execPath,
		['--import', watchdog, astro, 'build', '--outDir', target, ...args],
		{ stdio: ['inherit', 'inherit', 'inherit', 'ipc'] },
	);
	console.log(`astro build (pid ${child.pid}) → ${relative(process.cwd(), target)}`);

	let stopped: NodeJS.Signals | undefined;
	const stop = (signal: NodeJS.Signals) => {
		stopped = signal;
		child.kill(signal);
		// A child that ignores the request is ended after a grace period.
		setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
	};
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);

	const status = await new Promise<number>((done) =>
		child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))),
	);
	if (stopped) fail(`Build stopped (${stopped}).`, 128 + constants.signals[stopped]);
	if (status !== 0 || !existsSync(join(target, 'index.html'))) fail('Build failed.', status || 1);

	// Before the swap, so a reader never sees a page without its compressed copies.
	const started = performance.now();
	const packed = precompress(target);
	console.log(
		`Precompressed ${packed.files} files (.br, .gz): +${(packed.addedBytes / 1024).toFixed(0)} KB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
	);

	try {
		swap();
	} catch (error) {
		fail(swapErrorMessage(error, outDir, target), 1);
	}
	prune(target);
	console.log(`\nBuilt ${outDir} → ${relative(dirname(outDir), target)}`);
}

await main();
