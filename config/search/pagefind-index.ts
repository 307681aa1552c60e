/**
 * Reading Pagefind's own index files after the build: each is gzip-compressed, begins with the
 * signature "pagefind_dcd" and holds one CBOR value (Pagefind 1.6's layout; its Rust indexer
 * writes them with serde). The build reads the meta file for the first word of each index chunk
 * (config/integrations/pagefind-query-words.ts); a dist test reads the chunks' words to check how
 * Chinese was cut (test/dist/search-index.test.ts). Only the CBOR types Pagefind writes are read:
 * unsigned and negative integers, byte and text strings, arrays, maps and simple values.
 */
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

type Cbor = number | string | Uint8Array | Cbor[] | { [key: string]: Cbor } | boolean | null;

/** One CBOR value from `bytes` at `at`, and where the next one starts. */
function decode(bytes: Uint8Array, at: number): [Cbor, number] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const head = bytes[at]!;
	const major = head >> 5;
	const info = head & 31;
	let pos = at + 1;
	let n: number;
	if (info < 24) n = info;
	else if (info === 24) n = bytes[pos++]!;
	else if (info === 25) [n, pos] = [view.getUint16(pos), pos + 2];
	else if (info === 26) [n, pos] = [view.getUint32(pos), pos + 4];
	else if (info === 27) [n, pos] = [Number(view.getBigUint64(pos)), pos + 8];
	else throw new Error(`Pagefind index: unsupported CBOR item 0x${head.toString(16)} at ${at}`);
	if (major === 0) return [n, pos];
	if (major === 1) return [-1 - n, pos];
	if (major === 2) return [bytes.subarray(pos, pos + n), pos + n];
	if (major === 3) return [new TextDecoder().decode(bytes.subarray(pos, pos + n)), pos + n];
	if (major === 4 || major === 5) {
		const items: Cbor[] = [];
		for (let i = 0; i < (major === 5 ? 2 * n : n); i++) {
			const [item, next] = decode(bytes, pos);
			items.push(item);
			pos = next;
		}
		if (major === 4) return [items, pos];
		const map: Record<string, Cbor> = {};
		for (let i = 0; i < items.length; i += 2) map[String(items[i])] = items[i + 1]!;
		return [map, pos];
	}
	if (major === 7) return [n === 20 ? false : n === 21 ? true : null, pos];
	throw new Error(`Pagefind index: unsupported CBOR major type ${major} at ${at}`);
}

/** The value of one Pagefind file (`.pf_meta`, `.pf_index`, …); throws, naming it, if it is not one. */
export function readPagefindFile(compressed: Uint8Array, file: string): Cbor {
	const bytes = gunzipSync(compressed);
	if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE)
		throw new Error(`${file}: not a Pagefind 1.x file (no "${SIGNATURE}" signature)`);
	return decode(bytes, SIGNATURE.length)[0];
}

/** One chunk of a language's word index: its first and last word and its file's hash. */
export interface IndexChunk {
	from: string;
	to: string;
	hash: string;
}

/**
 * The word-index chunks a meta file lists (its third field: [from, to, hash] each).
 * Throws, naming the file, when the layout is not Pagefind 1.6's.
 */
export function indexChunks(meta: Cbor, file: string): IndexChunk[] {
	const chunks = Array.isArray(meta) ? meta[2] : undefined;
	if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && c.length === 3))
		throw new Error(`${file}: no list of index chunks where Pagefind 1.6 keeps it`);
	return (chunks as string[][]).map(([from, to, hash]) => ({ from: from!, to: to!, hash: hash! }));
}

/** The words an index chunk holds (its first field: [word, pages, …] each). */
export function chunkWords(chunk: Cbor, file: string): string[] {
	const words = Array.isArray(chunk) ? chunk[0] : undefined;
	if (!Array.isArray(words))
		throw new Error(`${file}: no list of words where Pagefind 1.6 keeps it`);
	return words.map((w) => String((w as Cbor[])[0]));
}
