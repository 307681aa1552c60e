/**
 * `npm run urls`: adds every URL and anchor the current build publishes to the committed manifest
 * content/published-urls.json. It never removes one: a published URL must keep working, so a page
 * that goes away needs an entry in content/redirects.json instead. Run after `npm run build`.
 *
 * The manifest is read strictly (src/lib/urls/manifest-file.ts): a duplicate key, a wrong type or
 * an empty manifest stops it, named with its line, and nothing is written. Anything of the
 * committed floor (content/published-urls.floor.json) missing from the manifest is put back.
 * `npm run urls -- --floor` also raises the floor to the new manifest: do it when an edition is
 * released, so that a build without git still knows what was published.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { filesUnder } from '../src/lib/node/walk.ts';
import { readManifestText } from '../src/lib/urls/manifest-file.ts';
import { manifestOf } from '../src/lib/urls/published.ts';
import { mergeManifest, type Manifest } from '../src/lib/urls/url-promise.ts';

const root = resolve('.');
const dist = join(root, 'dist');
const MANIFEST = 'content/published-urls.json';
const FLOOR = 'content/published-urls.floor.json';

/** A committed manifest file, or null (and the problems, by line) when it is not sound. */
function readStrict(file: string): Manifest | null {
	const full = join(root, file);
	if (!existsSync(full)) return { pages: {}, files: [] };
	const { manifest, problems } = readManifestText(readFileSync(full, 'utf8'));
	for (const p of problems)
		console.error(`${file}:${p.line ?? 1}  ${p.message}\n    --> ${p.hint}`);
	if (problems.length) {
		console.error(`\n${file} was not changed: fix it first.`);
		process.exitCode = 1;
	}
	return manifest;
}

const write = (file: string, m: Manifest) =>
	writeFileSync(join(root, file), `${JSON.stringify(m, null, '\t')}\n`);

const count = (m: Manifest) =>
	Object.keys(m.pages).length + Object.values(m.pages).flat().length + m.files.length;

function main() {
	if (!existsSync(join(dist, 'index.html'))) {
		console.error('No dist/: run `npm run build` first.');
		process.exitCode = 1;
		return;
	}
	const old = readStrict(MANIFEST);
	const floor = readStrict(FLOOR);
	if (!old || !floor) return;
	const all = filesUnder(dist).map((f) => `/${relative(dist, f).replace(/\\/g, '/')}`);
	const pages = all
		.filter((f) => f.endsWith('/index.html'))
		.map((f) => ({
			url: f.replace(/index\.html$/, ''),
			html: readFileSync(join(dist, f), 'utf8'),
		}));
	const found = manifestOf(
		pages,
		all.filter((f) => f.startsWith('/data/')),
	);
	const merged = mergeManifest(mergeManifest(old, floor), found);
	write(MANIFEST, merged);
	console.log(`${MANIFEST}: ${count(merged)} entries (${count(merged) - count(old)} new).`);
	if (process.argv.includes('--floor')) {
		write(FLOOR, merged);
		console.log(`${FLOOR}: raised to the manifest (${count(merged)} entries).`);
	}
}

main();
