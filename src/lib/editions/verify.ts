/**
 * Whether the released editions are intact: each store file present and equal to its sealed
 * digest, each ledger seal equal to the chain it continues, and every diagram SVG an edition
 * shows present with the content it had. Used by the checker (so a build stops) and by
 * `npm run edition` (which never seals on top of a broken ledger).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFile } from '../diagrams/cache.ts';
import {
	LEDGER_FILE,
	readLedger,
	readStoreText,
	sealOf,
	sha256,
	storeFile,
	VERSION_PATTERN,
	type EditionStore,
	type LedgerEntry,
} from './store.ts';

/** A problem with an edition: the file to look at, what is wrong and how to fix it. */
export interface EditionProblem {
	file: string;
	message: string;
	hint: string;
}

const RESTORE =
	'an edition never changes once released: restore the file from git (`git checkout <commit> -- <file>`); to publish new text, release a new edition with `npm run edition -- <version>`';

/** The problems of one ledger entry, given the seal of the entry before. */
function entryProblems(root: string, entry: LedgerEntry, previous: string): EditionProblem[] {
	const problems: EditionProblem[] = [];
	const { seal, ...fields } = entry;
	if (!VERSION_PATTERN.test(entry.version))
		problems.push({
			file: LEDGER_FILE,
			message: `edition "${entry.version}" is not a version (like 0.2.0)`,
			hint: RESTORE,
		});
	if (sealOf(previous, fields) !== seal)
		problems.push({
			file: LEDGER_FILE,
			message: `the seal of edition ${entry.version} does not match its entry (or an earlier entry was edited)`,
			hint: RESTORE,
		});
	const text = readStoreText(root, entry.version);
	if (text === undefined) {
		problems.push({
			file: storeFile(entry.version),
			message: `edition ${entry.version} is missing its store`,
			hint: RESTORE,
		});
	} else if (sha256(text) !== entry.digest) {
		problems.push({
			file: storeFile(entry.version),
			message: `edition ${entry.version} was edited after its release: its content no longer equals the sealed digest`,
			hint: RESTORE,
		});
	} else {
		const store = JSON.parse(text) as EditionStore;
		const used = new Set(store.pages.flatMap((p) => p.diagrams.map((d) => d.key)));
		for (const key of used)
			if (!(key in entry.svgs))
				problems.push({
					file: storeFile(entry.version),
					message: `edition ${entry.version} shows diagram ${key}, which its seal does not list`,
					hint: RESTORE,
				});
	}
	for (const [key, digest] of Object.entries(entry.svgs)) {
		const file = cacheFile(key);
		const full = join(root, file);
		if (!existsSync(full))
			problems.push({
				file,
				message: `edition ${entry.version} shows this diagram, and it is gone`,
				hint: `restore it from git (\`git checkout <commit> -- ${file}\`); \`npm run diagrams -- --prune\` keeps every SVG an edition uses`,
			});
		else if (sha256(readFileSync(full)) !== digest)
			problems.push({
				file,
				message: `edition ${entry.version} shows this diagram, and its SVG was changed since`,
				hint: `restore it from git (\`git checkout <commit> -- ${file}\`); a changed diagram gets a new cache file`,
			});
	}
	return problems;
}

/** Every problem of a project's editions; `[]` when all are intact (or there are none). */
export function editionProblems(root: string): EditionProblem[] {
	let ledger: LedgerEntry[];
	try {
		ledger = readLedger(root);
	} catch (error) {
		return [{ file: LEDGER_FILE, message: (error as Error).message, hint: RESTORE }];
	}
	const problems: EditionProblem[] = [];
	const seen = new Set<string>();
	let previous = '';
	for (const entry of ledger) {
		if (seen.has(entry.version))
			problems.push({
				file: LEDGER_FILE,
				message: `edition ${entry.version} is listed twice`,
				hint: RESTORE,
			});
		seen.add(entry.version);
		problems.push(...entryProblems(root, entry, previous));
		previous = entry.seal;
	}
	return problems;
}

/**
 * The cache keys of every SVG a released edition shows: `npm run diagrams -- --prune` keeps them.
 * Throws when the ledger cannot be read, so nothing is pruned on a guess.
 */
export const editionSvgKeys = (root: string): Set<string> =>
	new Set(readLedger(root).flatMap((e) => Object.keys(e.svgs)));
