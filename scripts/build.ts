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
 * After the child has exited, and so after every hook and exit handler of the build has run, the
 * finished folder is audited as it will be served (config/security/dist-audit.ts); a problem
 * stops the build before the swap. One build at a time writes to a versions folder: a second
 * build in the same folder is refused while the first one's process lives (`dist.versions/.lock`).
 *
 * Usage: node scripts/build.ts [--out-dir dist]
 */
import { spawn } from 'node:child_process';
import {
	existsSync,
	readFileSync,
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
import { auditDist } from '../config/security/dist-audit.ts';
import { fileOfPath, SHIPPED_SCRIPTS_ENV } from '../config/integrations/csp.ts';
import { resolveSite } from '../src/lib/site/url.ts';
import { readRedirects } from '../src/lib/urls/url-promise.ts';
import { readEditions } from '../src/lib/editions/store.ts';
import { editionCitationProblems } from '../src/lib/editions/verify-dist.ts';
import { acquireBuildLock, LOCK_FILE } from './lib/build-lock.ts';
import { precompress } from './lib/precompress.ts';
import { cannotWriteMessage, swapErrorMessage } from './lib/swap-error.ts';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out-dir');
const outDir = resolve(outFlag >= 0 ? args.splice(outFlag, 2)[1]! : 'dist');
const versions = `${outDir}.versions`;
const id = `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${process.pid}`;
const target = join(versions, id);
const shippedList = join(versions, `${id}.scripts`);

/** The version folder `outDir` links to now, if it is such a link. */
function current(): string | undefined {
	if (!existsSync(outDir) || !lstatSync(outDir).isSymbolicLink()) return undefined;
	return resolve(dirname(outDir), readlinkSync(outDir));
}

/** Removes every version folder but `keep` (earlier builds, and any left by a killed build). */
function prune(keep: string | undefined): void {
	if (!existsSync(versions)) return;
	for (const name of readdirSync(versions)) {
		if (name === LOCK_FILE) continue;
		const path = join(versions, name);
		if (path !== keep) rmSync(path, { recursive: true, force: true });
	}
	// Left by a build that renamed folders in two steps (an older checkout in the same folder).
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

let releaseLock = () => {};

function fail(message: string, code: number): never {
	rmSync(target, { recursive: true, force: true });
	rmSync(shippedList, { force: true });
	releaseLock();
	console.error(`\n${message}\n${outDir} was left untouched.`);
	process.exit(code);
}

/** The audit of the finished folder; its problems, or an empty list. */
function audit(): string[] {
	const redirects = readRedirects(resolve('content/redirects.json'));
	const shipped = existsSync(shippedList)
		? readFileSync(shippedList, 'utf8').split('\n').filter(Boolean)
		: [];
	return auditDist(target, {
		redirectFiles: new Set(Object.keys(redirects).map((p) => fileOfPath(p).split('\\').join('/'))),
		shippedScripts: new Set(shipped),
		base: resolveSite(process.env).base,
		env: process.env,
	});
}

async function main() {
	// SITE_URL and BASE_PATH go into every page: a bad value stops the build before it starts.
	try {
		resolveSite(process.env);
	} catch (error) {
		console.error(
			`\n${error instanceof Error ? error.message : String(error)}\n${outDir} was left untouched.`,
		);
		process.exit(1);
	}
	let lock: ReturnType<typeof acquireBuildLock>;
	try {
		mkdirSync(versions, { recursive: true });
		lock = acquireBuildLock(versions);
	} catch (error) {
		console.error(`\n${cannotWriteMessage(error, versions)}\n${outDir} was left untouched.`);
		process.exit(1);
	}
	if (!lock.ok) {
		console.error(`\n${lock.message}\n${outDir} was left untouched.`);
		process.exit(1);
	}
	releaseLock = lock.release;
	process.on('exit', () => releaseLock());
	prune(current());
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
		{
			stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
			env: { ...process.env, [SHIPPED_SCRIPTS_ENV]: shippedList },
		},
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

	const problems = [
		...audit(),
		// No page may cite an edition whose text is not its own (src/lib/editions/verify-dist.ts).
		...editionCitationProblems(target, resolveSite(process.env).base, readEditions(process.cwd())),
	];
	rmSync(shippedList, { force: true });
	if (problems.length > 0)
		fail(
			`${problems.length} problem(s) in the finished site; it was not published:\n` +
				problems.map((p) => `  ${p}`).join('\n') +
				"\nPages carry only what the site's components ship: no script, redirect, overlay or secret from content.",
			1,
		);
	console.log(`Audited the finished site (${relative(process.cwd(), target)}): no problems`);

	// After the audit, so the copies are of what was audited; before the swap, so a reader never
	// sees a page without its compressed copies.
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
	releaseLock();
	console.log(`\nBuilt ${outDir} → ${relative(dirname(outDir), target)}`);
}

await main();
