/**
 * The edition store: what a released edition keeps so that every later build can publish it
 * without git or the code of its time. One gzipped JSON file per edition
 * (`content/editions/<version>.json.gz`) holds every frozen page (both languages): its rendered
 * main content with every heading and paragraph id, the plain text of each paragraph, its title;
 * and the content hash of every diagram SVG the pages showed. The ledger
 * (`content/editions/ledger.json`), written only by `npm run edition` and only appended to,
 * seals each edition with the digest of its store and of each SVG, chained to the entry before.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Locale } from '../i18n/locales.ts';

/** The folder (relative to the project root) of the edition store and its ledger. */
export const EDITIONS_DIR = 'content/editions';

/** The ledger file, relative to the project root. */
export const LEDGER_FILE = `${EDITIONS_DIR}/ledger.json`;

/** The store file of one edition, relative to the project root. */
export const storeFile = (version: string): string => `${EDITIONS_DIR}/${version}.json.gz`;

/** A version a URL can carry: semantic-version digits with an optional pre-release tag. */
export const VERSION_PATTERN = /^\d+\.\d+\.\d+(?:-[0-9a-z]+(?:\.[0-9a-z]+)*)?$/;

/** One paragraph of a frozen page: its id (`p-…`) and its plain text. */
export interface FrozenParagraph {
	id: string;
	text: string;
}

/** A diagram a frozen page showed: where its SVG goes and what the SVG needs to be inlined. */
export interface FrozenDiagram {
	/** The cache key: the SVG is `content/diagrams/rendered/<key>.svg`. */
	key: string;
	/** The SVG's id on the page, and its title and description (its accessible name). */
	id: string;
	title: string;
	desc: string;
}

/** One page of an edition in one language. */
export interface FrozenPage {
	locale: Locale;
	/** The page's path below the language, without slashes at the ends (`cases/tongling`, `` for an index). */
	path: string;
	title: string;
	/** The page's main content as it was published, links without the base path. */
	html: string;
	/** Every paragraph with an id, in page order. */
	paragraphs: FrozenParagraph[];
	/** The heading ids (h2, h3), in page order. */
	headings: { id: string; depth: number; text: string }[];
	/** The diagrams, by the placeholder index they have in `html`. */
	diagrams: FrozenDiagram[];
	/** The digest of the files the page was rendered from (src/lib/editions/cite.ts `inputsDigest`). */
	inputs: string;
}

/** A changelog entry in both languages. */
export type Changelog = Record<Locale, string>;

/** What a store file holds. */
export interface EditionStore {
	version: string;
	/** The release date, YYYY-MM-DD. */
	date: string;
	changelog: Changelog;
	pages: FrozenPage[];
}

/** One sealed entry of the ledger. */
export interface LedgerEntry {
	version: string;
	date: string;
	changelog: Changelog;
	/** sha256 of the store file's JSON (after gunzip). */
	digest: string;
	/** sha256 of each diagram SVG the edition shows, by cache key. */
	svgs: Record<string, string>;
	/** sha256 of the entry before's seal and this entry's fields: an edit of an older entry breaks every seal after it. */
	seal: string;
}

/** The sha256 of a text or bytes, hex. */
export const sha256 = (data: string | Uint8Array): string =>
	createHash('sha256').update(data).digest('hex');

/** The seal of a ledger entry, from the seal of the entry before (`''` for the first). */
export function sealOf(previous: string, entry: Omit<LedgerEntry, 'seal'>): string {
	const svgs = Object.keys(entry.svgs)
		.sort()
		.map((k) => `${k}=${entry.svgs[k]}`);
	return sha256(
		[
			previous,
			entry.version,
			entry.date,
			entry.changelog.zh,
			entry.changelog.en,
			entry.digest,
			...svgs,
		].join('\u0000'),
	);
}

/** The JSON a store file holds, written one way so the same edition always has the same digest. */
export const storeJson = (store: EditionStore): string => `${JSON.stringify(store)}\n`;

/** The ledger of a project, or `[]` where it has none. Throws on a file that is not a list. */
export function readLedger(root: string): LedgerEntry[] {
	const file = join(root, LEDGER_FILE);
	if (!existsSync(file)) return [];
	const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
	if (!Array.isArray(data)) throw new Error(`${LEDGER_FILE}: not a list of editions.`);
	return data as LedgerEntry[];
}

/** The JSON text of a store file, or undefined where it is missing. */
export function readStoreText(root: string, version: string): string | undefined {
	const file = join(root, storeFile(version));
	return existsSync(file) ? gunzipSync(readFileSync(file)).toString('utf8') : undefined;
}

/** A released edition as the build publishes it: its ledger entry and its pages. */
export interface Edition {
	entry: LedgerEntry;
	store: EditionStore;
}

/**
 * Every released edition, oldest first, read from the store. Throws, naming the file, when one
 * is missing: a build never publishes part of the editions (the checker names every problem).
 */
export function readEditions(root: string): Edition[] {
	return readLedger(root).map((entry) => {
		const text = readStoreText(root, entry.version);
		if (text === undefined)
			throw new Error(
				`${storeFile(entry.version)}: the store of edition ${entry.version} is missing. Restore it from git (an edition is never deleted).`,
			);
		return { entry, store: JSON.parse(text) as EditionStore };
	});
}

const loaded = new Map<string, Edition[]>();

/** `readEditions`, read once per build (every edition page and cite panel asks). */
export function loadEditions(root: string): Edition[] {
	if (!loaded.has(root)) loaded.set(root, readEditions(root));
	return loaded.get(root)!;
}
