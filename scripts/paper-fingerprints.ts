/**
 * `node scripts/paper-fingerprints.ts <path to paper.txt>` (by hand, when the source copy changes):
 * writes content/paper/fingerprints.json, the hashes of every 16-Han-character window of the
 * paper's body (for the run check) and of every 6-character window (for the share check), for the
 * copy guard test (test/dist/copy-guard.test.ts).
 *
 * The paper's text never enters the repository: only a prefix of the SHA-256 of each window,
 * sorted (so the file keeps no order of the text) and de-duplicated. The file answers one
 * question, "does this 16- (or 6-) character string occur in the paper?"; it cannot be read as
 * the paper. See AUTHORING.md ("Our own words") for what it does and does not protect.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	HASH_HEX,
	SHORT_HASH_HEX,
	SHORT_WINDOW,
	WINDOW,
	fingerprintsOf,
	hanOnly,
	paperBody,
} from './lib/copy-guard.ts';

const source = process.argv[2];
const out = resolve('content/paper/fingerprints.json');

if (!source) {
	console.error(
		'Usage: node scripts/paper-fingerprints.ts ../shared/source/paper.txt\n' +
			'  (the saved copy of the paper; the body is read from line 19 to "展开阅读全文").',
	);
	process.exitCode = 1;
} else {
	const body = paperBody(readFileSync(resolve(source), 'utf8'));
	const hashes = fingerprintsOf(body);
	const short = fingerprintsOf(body, SHORT_WINDOW, SHORT_HASH_HEX);
	const file = {
		description:
			'Fingerprints of the paper for the copy guard: SHA-256 (first 12 hex characters) of every ' +
			`window of ${WINDOW} consecutive Han characters of the paper body, sorted; under "short", the ` +
			'first 8 hex characters of every window of 6. Made by scripts/paper-fingerprints.ts; not ' +
			'the text.',
		window: WINDOW,
		hashHex: HASH_HEX,
		hanCharacters: [...hanOnly(body)].length,
		hashes: hashes.join(' '),
		short: { window: SHORT_WINDOW, hashHex: SHORT_HASH_HEX, hashes: short.join(' ') },
	};
	writeFileSync(out, `${JSON.stringify(file, null, '\t')}\n`);
	console.log(
		`content/paper/fingerprints.json: ${hashes.length} windows of ${WINDOW} and ${short.length} of ` +
			`${SHORT_WINDOW} from ${file.hanCharacters} Han characters.`,
	);
}
