/**
 * `npm run urls`: adds every URL and anchor the current build publishes to the committed manifest
 * content/published-urls.json. It never removes one: a published URL must keep working, so a page
 * that goes away needs an entry in content/redirects.json instead. Run after `npm run build`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { filesUnder } from '../src/lib/node/walk.ts';
import { manifestOf } from '../src/lib/urls/published.ts';
import { mergeManifest, type Manifest } from '../src/lib/urls/url-promise.ts';

const root = resolve('.');
const dist = join(root, 'dist');
const file = join(root, 'content/published-urls.json');

/** The committed manifest, or null (and a message) when it is not valid JSON: never overwrite it. */
function readManifest(): Manifest | null {
	if (!existsSync(file)) return { pages: {}, files: [] };
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
	} catch (error) {
		console.error(
			`content/published-urls.json is not valid JSON (${String(error)}); fix it first.`,
		);
		process.exitCode = 1;
		return null;
	}
}

if (!existsSync(join(dist, 'index.html'))) {
	console.error('No dist/: run `npm run build` first.');
	process.exitCode = 1;
} else {
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
	const old = readManifest();
	if (old) {
		const merged = mergeManifest(old, found);
		writeFileSync(file, `${JSON.stringify(merged, null, '\t')}\n`);
		const count = (m: Manifest) =>
			Object.keys(m.pages).length + Object.values(m.pages).flat().length + m.files.length;
		console.log(
			`content/published-urls.json: ${count(merged)} entries (${count(merged) - count(old)} new).`,
		);
	}
}
