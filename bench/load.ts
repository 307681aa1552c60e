/**
 * Load on the server `npm start` runs (scripts/serve.ts over dist/, with its headers and
 * precompressed copies) beside `astro preview` over the same dist/: autocannon requests a case
 * page, a Pagefind index chunk and a missing path, each for a fixed time with a fixed number of
 * connections, and reports requests per second, p50 and p99 latency, and errors (failed or timed
 * out requests, and answers with another status than the path should get: 200, 200, 404).
 * Both servers run on this machine, one after the other, so the figures compare them under the
 * same load, printed beside it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { BENCH, ROOT, load, table } from './lib.ts';

/** What autocannon reports, the fields used here. */
interface CannonResult {
	requests: { average: number; total: number };
	latency: { p50: number; p99: number };
	errors: number;
	timeouts: number;
	statusCodeStats: Record<string, { count: number }>;
}
type Autocannon = (opts: {
	url: string;
	connections: number;
	duration: number;
	headers: Record<string, string>;
}) => Promise<CannonResult>;

/** Seconds per path and server, and the concurrent connections (a busy small site). */
const DURATION = 10;
const CONNECTIONS = 20;

/** A port nothing listens on. */
function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

/** The largest index chunk of the built search index, as a site path. */
function indexChunk(dist: string): string {
	const dir = join(dist, 'pagefind/index');
	const [largest] = readdirSync(dir)
		.filter((f) => f.endsWith('.pf_index'))
		.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
	if (!largest) throw new Error(`no .pf_index file in ${dir}: build the site first`);
	return `/pagefind/index/${largest}`;
}

/** Starts a server command and resolves once `url` answers. */
async function started(cmd: string[], env: NodeJS.ProcessEnv, url: string): Promise<ChildProcess> {
	const child = spawn(cmd[0]!, cmd.slice(1), { cwd: ROOT, env, stdio: 'ignore' });
	for (let i = 0; i < 300; i++) {
		if (child.exitCode !== null) throw new Error(`${cmd.join(' ')} exited with ${child.exitCode}`);
		try {
			await fetch(url);
			return child;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	child.kill('SIGTERM');
	throw new Error(`${cmd.join(' ')} did not answer at ${url} within 30 s`);
}

/** Stops a server and waits for it to exit. */
async function stopped(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	await exited;
}

/** Answers with another status than `expected`, plus failed and timed-out requests. */
const errorsOf = (r: CannonResult, expected: number) =>
	r.errors +
	r.timeouts +
	Object.entries(r.statusCodeStats)
		.filter(([code]) => Number(code) !== expected)
		.reduce((n, [, s]) => n + s.count, 0);

/** The load figures of `npm start` and `astro preview` for the three paths. */
export async function loadTest(): Promise<void> {
	const require = createRequire(join(BENCH, 'package.json'));
	const autocannon = require('autocannon') as Autocannon;
	const dist = join(ROOT, 'dist');
	const paths: [string, string, number][] = [
		['case page', '/en/cases/nanjing/', 200],
		['search index chunk', indexChunk(dist), 200],
		['missing path', '/en/no-such-page/', 404],
	];
	const node = process.execPath;
	const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
	const servers: [string, (port: number) => string[]][] = [
		['npm start (scripts/serve.ts)', () => [node, 'scripts/serve.ts', '--dir', dist]],
		[
			'astro preview',
			(port) => [node, astro, 'preview', '--host', '127.0.0.1', '--port', String(port)],
		],
	];
	const rows: (string | number)[][] = [];
	for (const [name, command] of servers) {
		const port = await freePort();
		const origin = `http://127.0.0.1:${port}`;
		const env = { ...process.env, PORT: String(port), BASE_PATH: '/' };
		const child = await started(command(port), env, `${origin}/`);
		try {
			for (const [what, path, expected] of paths) {
				const r = await autocannon({
					url: origin + path,
					connections: CONNECTIONS,
					duration: DURATION,
					headers: { 'accept-encoding': 'br, gzip' },
				});
				rows.push([
					name,
					what,
					Math.round(r.requests.average),
					`${r.latency.p50} ms`,
					`${r.latency.p99} ms`,
					`${errorsOf(r, expected)} of ${r.requests.total}`,
					load(),
				]);
			}
		} finally {
			await stopped(child);
		}
	}
	table(
		`Load: ${CONNECTIONS} connections for ${DURATION} s per path, Accept-Encoding: br, gzip`,
		['server', 'path', 'req/s', 'p50', 'p99', 'errors', 'load'],
		rows,
	);
}
