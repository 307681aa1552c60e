/**
 * The precompressed copies the build writes (scripts/lib/precompress.ts): every `.br` and `.gz`
 * decompresses to exactly the file beside it, every large text file has both, and Pagefind's
 * own gzip files are not compressed twice.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COMPRESSIBLE } from '../../scripts/lib/precompress.ts';
import { ROOT } from '../support/fixture.ts';
import { DIST_DIR } from '../support/site.ts';

const DIST = join(ROOT, DIST_DIR);

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
	);
}

const files = walk(DIST);

describe('precompressed copies', () => {
	it('decompress to exactly their original', () => {
		const copies = files.filter((f) => f.endsWith('.br') || f.endsWith('.gz'));
		expect(copies.length).toBeGreaterThan(100);
		for (const copy of copies) {
			const original = copy.slice(0, -3);
			expect(existsSync(original), copy).toBe(true);
			const body = readFileSync(copy);
			const out = copy.endsWith('.br') ? brotliDecompressSync(body) : gunzipSync(body);
			expect(out.equals(readFileSync(original)), copy).toBe(true);
		}
	});

	it('exist for every page and every large text file, never for Pagefind’s gzip files', () => {
		for (const file of files) {
			// A released edition's pages are kept once (scripts/lib/precompress.ts).
			if (relative(DIST, file).split(sep)[0] === 'editions') {
				expect(existsSync(`${file}.br`) || existsSync(`${file}.gz`), file).toBe(false);
				continue;
			}
			if (COMPRESSIBLE.has(extname(file)) && statSync(file).size >= 4096)
				expect(existsSync(`${file}.br`) && existsSync(`${file}.gz`), file).toBe(true);
			if (/\.(pf_\w+|pagefind)$/.test(file)) expect(existsSync(`${file}.gz`), file).toBe(false);
		}
	});
});
