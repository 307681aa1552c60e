/**
 * 1b. What offline reading costs: the files the service worker precaches after a first visit
 * (dist/sw.js), their bytes and what they weigh compressed as the host sends them (gzip), by kind.
 * The download runs after the page has loaded, when the browser is idle (src/scripts/offline.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, kb, mb, table } from './lib.ts';

const KINDS: [string, RegExp][] = [
	['pages (HTML, inline diagrams)', /\.html$/],
	['search index (Pagefind)', /^pagefind\//],
	['scripts and styles', /^_astro\//],
	['other (previews, data, manifests)', /./],
];

/** The URLs (relative to dist/) that dist/sw.js precaches. */
export const precachedFiles = (dist: string): string[] =>
	[...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/\burl:"([^"]+)"/g)].map((m) => m[1]!);

/** The precompressed copy the host would send, else the file gzipped here. */
function gzipped(file: string): number {
	return existsSync(`${file}.gz`)
		? readFileSync(`${file}.gz`).length
		: gzipSync(readFileSync(file), { level: 9 }).length;
}

export function offline(dist = join(ROOT, 'dist')): void {
	const totals = new Map(KINDS.map(([name]) => [name, { n: 0, raw: 0, gz: 0 }]));
	for (const url of precachedFiles(dist)) {
		const file = join(dist, url);
		const t = totals.get(KINDS.find(([, test]) => test.test(url))![0])!;
		t.n++;
		t.raw += readFileSync(file).length;
		t.gz += gzipped(file);
	}
	const all = [...totals.values()].reduce((a, t) => ({
		n: a.n + t.n,
		raw: a.raw + t.raw,
		gz: a.gz + t.gz,
	}));
	table(
		'1b. Offline: what the service worker precaches after one visit',
		['kind', 'files', 'raw', 'gzip'],
		[...totals, ['total', all] as const].map(([name, t]) => [name, t.n, mb(t.raw), kb(t.gz)]),
	);
}
