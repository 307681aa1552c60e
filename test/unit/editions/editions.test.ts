import { execFileSync } from 'node:child_process';
import {
	mkdirSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
	appendFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFile } from '../../../src/lib/diagrams/cache.ts';
import { editionToCite } from '../../../src/lib/editions/cite.ts';
import { paragraphChanges, sameParagraphs } from '../../../src/lib/editions/diff.ts';
import { pageFiles } from '../../../src/lib/page/files.ts';
import { freezePage, thawHtml } from '../../../src/lib/editions/freeze.ts';
import { frozenTarget } from '../../../src/lib/editions/pages.ts';
import { releaseEdition } from '../../../src/lib/editions/release.ts';
import {
	LEDGER_FILE,
	readLedger,
	sealOf,
	sha256,
	storeFile,
	type Edition,
	type EditionStore,
} from '../../../src/lib/editions/store.ts';
import { editionProblems, editionSvgKeys } from '../../../src/lib/editions/verify.ts';

const KEY = 'aaaaaaaaaaaaaaaaaaaa';
const SVG =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="1" height="1"/></svg>';

/** A built page as the build writes it, with a base path, a diagram and two paragraphs. */
const page = (para: string) => `<!doctype html><html><head><title>x</title></head><body>
<main><h1 id="_top">Tongling</h1><div class="sl-markdown-content">
<h2 id="reform">Reform</h2><p id="p-one">${para}<a href="/guide/en/paper/reform-paths/#s3">§3</a></p>
<figure class="diagram" data-diagram="tongling-structure"><div class="diagram__svg"><svg id="dg-tongling-structure-en" role="img"><title id="dg-tongling-structure-en-title">The structure</title><desc id="dg-tongling-structure-en-desc">Three levels</desc><rect/></svg></div></figure>
<p id="p-two">The second paragraph.</p></div><aside class="cite-panel">Cite</aside></main></body></html>`;

const frozen = (para = 'The first paragraph.') =>
	freezePage(
		page(para),
		{ locale: 'en', path: 'cases/tongling', base: '/guide/', inputs: 'i1' },
		() => KEY,
	);

const store = (version: string, para?: string): EditionStore => ({
	version,
	date: '2026-12-01',
	changelog: { zh: '测试', en: 'A test' },
	pages: [frozen(para)],
});

const roots: string[] = [];
afterEach(() => {
	for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A project folder with the diagram SVG and edition 0.1.0 released in it. */
function project(): string {
	const root = mkdtempSync(join(tmpdir(), 'editions-'));
	roots.push(root);
	const svg = join(root, cacheFile(KEY));
	mkdirSync(dirname(svg), { recursive: true });
	writeFileSync(svg, SVG);
	expect(releaseEdition(root, store('0.1.0')).status).toBe('released');
	return root;
}

describe('freezing a built page', () => {
	it('keeps the main content with its ids, paragraph texts and headings, without the cite panel', () => {
		const p = frozen();
		expect(p.title).toBe('Tongling');
		expect(p.paragraphs.map((x) => x.id)).toEqual(['p-one', 'p-two']);
		expect(p.paragraphs[0]!.text).toBe('The first paragraph.§3');
		expect(p.headings).toEqual([{ id: 'reform', depth: 2, text: 'Reform' }]);
		expect(p.html).toContain('id="p-one"');
		expect(p.html).not.toContain('cite-panel');
	});

	it('keeps a diagram by its cache key, not its SVG, and links without the base path', () => {
		const p = frozen();
		expect(p.diagrams).toEqual([
			{ key: KEY, id: 'dg-tongling-structure-en', title: 'The structure', desc: 'Three levels' },
		]);
		expect(p.html).not.toContain('<svg');
		expect(p.html).toContain('href="/en/paper/reform-paths/#s3"');
	});

	it('publishes it again under another base, links into the edition and the diagram inlined', () => {
		const html = thawHtml(frozen(), {
			base: '/site/',
			within: (href) => `/editions/0.1.0${href}`,
			svgOf: (d) => `<svg id="${d.id}"></svg>`,
		});
		expect(html).toContain('href="/site/editions/0.1.0/en/paper/reform-paths/#s3"');
		expect(html).toContain('<svg id="dg-tongling-structure-en"></svg>');
		expect(html).not.toContain('data-edition-diagram');
	});

	it('reads a site link as a page an edition holds, or not', () => {
		expect(frozenTarget('/en/cases/nanjing/#five-centres')).toEqual({
			locale: 'en',
			path: 'cases/nanjing',
			hash: '#five-centres',
		});
		expect(frozenTarget('/zh/cases/')).toEqual({ locale: 'zh', path: 'cases', hash: '' });
		expect(frozenTarget('/en/cite/#editions')).toBeUndefined();
	});
});

describe('what changed between two texts', () => {
	it('names each paragraph added, removed, reworded or kept, in reading order', () => {
		const before = [
			{ id: 'p-a', text: 'A' },
			{ id: 'p-b', text: 'B' },
			{ id: 'p-c', text: 'C' },
		];
		const after = [
			{ id: 'p-a', text: 'A' },
			{ id: 'p-c', text: 'C, reworded' },
			{ id: 'p-d', text: 'D' },
		];
		expect(paragraphChanges(before, after).map((c) => `${c.kind}:${c.id}`)).toEqual([
			'same:p-a',
			'removed:p-b',
			'reworded:p-c',
			'added:p-d',
		]);
		expect(sameParagraphs(before, before)).toBe(true);
		expect(sameParagraphs(before, after)).toBe(false);
	});
});

describe('a released edition never changes', () => {
	it('is intact as released, and releasing the same text again does nothing', () => {
		const root = project();
		expect(editionProblems(root)).toEqual([]);
		expect(releaseEdition(root, store('0.1.0')).status).toBe('same');
		expect(readLedger(root)).toHaveLength(1);
	});

	it('refuses to release other text under a released version', () => {
		const root = project();
		const before = readFileSync(join(root, storeFile('0.1.0')));
		const result = releaseEdition(root, store('0.1.0', 'Edited.'));
		expect(result.status).toBe('refused');
		expect(readFileSync(join(root, storeFile('0.1.0')))).toEqual(before);
	});

	it('fails when one paragraph of the stored text is edited', () => {
		const root = project();
		const file = join(root, storeFile('0.1.0'));
		const text = gunzipSync(readFileSync(file)).toString('utf8').replace('The first', 'A first');
		writeFileSync(file, gzipSync(text));
		expect(editionProblems(root)).toEqual([
			expect.objectContaining({
				file: storeFile('0.1.0'),
				message: expect.stringContaining('edited after its release'),
			}),
		]);
	});

	it('fails when the store and its digest are edited together (the seal no longer matches)', () => {
		const root = project();
		const file = join(root, storeFile('0.1.0'));
		const text = gunzipSync(readFileSync(file)).toString('utf8').replace('The first', 'A first');
		writeFileSync(file, gzipSync(text));
		const ledger = readLedger(root);
		ledger[0]!.digest = sha256(text);
		writeFileSync(join(root, LEDGER_FILE), JSON.stringify(ledger));
		expect(editionProblems(root).map((p) => p.message)).toEqual([
			expect.stringContaining('the seal of edition 0.1.0 does not match'),
		]);
	});

	it('fails when an older entry is edited and every seal after it recomputed by hand is not', () => {
		const root = project();
		expect(releaseEdition(root, store('0.2.0', 'Newer.')).status).toBe('released');
		const ledger = readLedger(root);
		ledger[0]!.date = '2026-11-30';
		const { seal: _seal, ...fields } = ledger[0]!;
		ledger[0]!.seal = sealOf('', fields);
		writeFileSync(join(root, LEDGER_FILE), JSON.stringify(ledger));
		expect(editionProblems(root).map((p) => p.message)).toEqual([
			expect.stringContaining('the seal of edition 0.2.0 does not match'),
		]);
	});

	it('fails when a store file is deleted', () => {
		const root = project();
		rmSync(join(root, storeFile('0.1.0')));
		expect(editionProblems(root).map((p) => p.message)).toEqual([
			'edition 0.1.0 is missing its store',
		]);
	});

	it('fails, naming the edition and the file, when a diagram it shows is gone or changed', () => {
		const root = project();
		rmSync(join(root, cacheFile(KEY)));
		expect(editionProblems(root)).toEqual([
			expect.objectContaining({
				file: cacheFile(KEY),
				message: 'edition 0.1.0 shows this diagram, and it is gone',
			}),
		]);
		writeFileSync(join(root, cacheFile(KEY)), SVG.replace('width="1"', 'width="2"'));
		expect(editionProblems(root).map((p) => p.message)).toEqual([
			'edition 0.1.0 shows this diagram, and its SVG was changed since',
		]);
		expect(releaseEdition(root, store('0.3.0')).status).toBe('refused');
	});

	it('keeps every SVG an edition shows from pruning', () => {
		const root = project();
		expect(editionSvgKeys(root)).toEqual(new Set([KEY]));
		appendFileSync(join(root, LEDGER_FILE), 'x');
		expect(() => editionSvgKeys(root)).toThrow();
	});
});

describe("this project's editions", () => {
	const root = resolve('.');

	it('are each intact: store, seal and every diagram they show', () => {
		expect(editionProblems(root)).toEqual([]);
	});

	it('were only ever appended to: every committed ledger is the start of the current one', () => {
		const git = (...args: string[]) =>
			execFileSync('git', args, {
				cwd: root,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			});
		if (!existsSync(join(root, '.git'))) return expect(existsSync(join(root, '.git'))).toBe(false);
		const current = readLedger(root);
		const commits = git('log', '--format=%H', '--', LEDGER_FILE).split('\n').filter(Boolean);
		for (const commit of commits) {
			let text: string;
			try {
				text = git('show', `${commit}:${LEDGER_FILE}`);
			} catch {
				continue; // the commit that deleted it; the first test names a missing store
			}
			const old = JSON.parse(text) as unknown[];
			expect(current.slice(0, old.length), `${LEDGER_FILE} at ${commit.slice(0, 10)}`).toEqual(old);
		}
	});
});

describe('which edition a page cites', () => {
	const edition = (version: string, inputs: string): Edition => ({
		entry: {} as Edition['entry'],
		store: { ...store(version), pages: [{ ...frozen(), inputs }] },
	});
	const editions = [edition('0.1.0', 'a'), edition('0.2.0', 'b'), edition('0.3.0', 'c')];

	it('is the newest edition frozen from the files the page renders now', () => {
		const cite = editionToCite(editions, 'en', 'cases/tongling', 'b');
		expect(cite.kind === 'edition' && cite.edition.store.version).toBe('0.2.0');
	});

	it('is none, naming the newest edition, when the page changed since every edition', () => {
		const cite = editionToCite(editions, 'en', 'cases/tongling', 'd');
		expect(cite.kind === 'changed' && cite.edition.store.version).toBe('0.3.0');
		expect(editionToCite(editions, 'en', 'cases/nanjing', 'b').kind).toBe('none');
	});

	it('reads as the files a page renders: its MDX, the data its components name, UI strings', () => {
		const files = pageFiles(resolve('.'), 'en', 'cases/tongling');
		expect(files).toContain('src/content/docs/en/cases/tongling.mdx');
		expect(files).toContain('content/cases/tongling.yaml');
		expect(files).toContain('content/diagrams/tongling-structure.yaml');
		expect(files).toContain('content/concepts/large-community-system.yaml');
		expect(files).toContain('src/content/i18n/en.json');
		expect(files).toContain('content/cases/nanjing.yaml');
		expect(files).not.toContain('content/cases/shenyang.yaml');
		expect(pageFiles(resolve('.'), 'zh', 'concepts/involution')).toContain(
			'content/concepts/involution.yaml',
		);
	});
});
