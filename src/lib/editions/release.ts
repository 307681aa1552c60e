/**
 * Sealing an edition: writes its store and appends its seal to the ledger. One function for
 * `npm run edition` and the tests, so what they check is what the command does.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cacheFile } from '../diagrams/cache.ts';
import {
	EDITIONS_DIR,
	LEDGER_FILE,
	readLedger,
	sealOf,
	sha256,
	storeFile,
	storeJson,
	type EditionStore,
	type LedgerEntry,
} from './store.ts';
import { editionProblems } from './verify.ts';

/** What releasing did: sealed a new edition, found it released with the same text, or refused. */
export type ReleaseResult =
	| { status: 'released'; entry: LedgerEntry }
	| { status: 'same'; entry: LedgerEntry }
	| { status: 'refused'; message: string };

/**
 * Releases `store` in the project at `root`. A version already in the ledger is never
 * rewritten: the same text is a no-op (`same`), other text is `refused`. Nothing is sealed on top
 * of editions that fail their check, or when a diagram the pages show has no SVG.
 */
export function releaseEdition(root: string, store: EditionStore): ReleaseResult {
	const problems = editionProblems(root);
	if (problems.length)
		return {
			status: 'refused',
			message: `The released editions fail their check; nothing was sealed:\n${problems
				.map((p) => `  ${p.file}: ${p.message}\n    --> ${p.hint}`)
				.join('\n')}`,
		};
	const ledger = readLedger(root);
	const text = storeJson(store);
	const digest = sha256(text);
	const released = ledger.find((e) => e.version === store.version);
	if (released)
		return released.digest === digest
			? { status: 'same', entry: released }
			: {
					status: 'refused',
					message: `Edition ${store.version} was released on ${released.date} with other text, and a released edition never changes. Release the current text as a new version.`,
				};
	const svgs: Record<string, string> = {};
	for (const key of [...new Set(store.pages.flatMap((p) => p.diagrams.map((d) => d.key)))].sort()) {
		const file = join(root, cacheFile(key));
		if (!existsSync(file))
			return {
				status: 'refused',
				message: `${cacheFile(key)}: a page shows this diagram, and it is missing (run \`npm run diagrams\`).`,
			};
		svgs[key] = sha256(readFileSync(file));
	}
	const { version, date, changelog } = store;
	const fields = { version, date, changelog, digest, svgs };
	const entry: LedgerEntry = { ...fields, seal: sealOf(ledger.at(-1)?.seal ?? '', fields) };
	mkdirSync(join(root, EDITIONS_DIR), { recursive: true });
	writeFileSync(join(root, storeFile(version)), gzipSync(text, { level: 9 }));
	writeFileSync(join(root, LEDGER_FILE), `${JSON.stringify([...ledger, entry], null, '\t')}\n`);
	return { status: 'released', entry };
}
