/**
 * Precompressed copies beside each compressible file of a build (`x.html.br`, `x.html.gz`), so
 * any static host, and `npm start`, can send them without compressing on every request.
 * Pagefind's index chunks and fragments (`.pf_*`) and its WASM (`.pagefind`) are gzip already
 * and are left alone, as are images and fonts.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Extensions of files worth compressing: text formats only. */
export const COMPRESSIBLE = new Set([
	'.html',
	'.css',
	'.js',
	'.mjs',
	'.svg',
	'.json',
	'.xml',
	'.txt',
	'.csv',
	'.webmanifest',
]);

/** Below this size a compressed copy saves less than its own overhead. */
const MIN_BYTES = 512;

/** Every file below `dir`, as absolute paths. */
function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? walk(path) : entry.isFile() ? [path] : [];
	});
}

/** What precompress() wrote: files compressed and the bytes added to the build. */
export interface PrecompressReport {
	files: number;
	addedBytes: number;
}

/**
 * Writes `.br` (quality 11) and `.gz` (level 9) beside each compressible file of `dir` that is
 * at least MIN_BYTES long; a copy that would not be smaller than the file is not written.
 */
/**
 * A page of a released edition: kept once, not in three copies. Editions are read rarely and
 * every edition adds its pages to the site for good, so their bytes on disk count; a host
 * compresses them on the fly like any file without a copy.
 */
const isArchived = (dir: string, path: string): boolean =>
	relative(dir, path).split(sep)[0] === 'editions';

export function precompress(dir: string): PrecompressReport {
	let files = 0;
	let addedBytes = 0;
	for (const path of walk(dir)) {
		if (!COMPRESSIBLE.has(extname(path)) || statSync(path).size < MIN_BYTES) continue;
		if (isArchived(dir, path)) continue;
		const data = readFileSync(path);
		const copies: [string, Buffer][] = [
			[
				'.br',
				brotliCompressSync(data, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: 11,
						[constants.BROTLI_PARAM_SIZE_HINT]: data.length,
					},
				}),
			],
			['.gz', gzipSync(data, { level: 9 })],
		];
		for (const [ext, body] of copies) {
			if (body.length >= data.length) continue;
			writeFileSync(path + ext, body);
			addedBytes += body.length;
		}
		files++;
	}
	return { files, addedBytes };
}
