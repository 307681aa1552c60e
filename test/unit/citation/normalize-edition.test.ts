/**
 * What every export is made of: one normalisation gate (a hostile title can neither start a
 * second RIS record nor break a BibTeX field) and an optional edition that each format names as
 * its standard or style expects. Read back with @retorquere/bibtex-parser and citation-js.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { allStyles, cleanField } from '../../../src/lib/citation/index.ts';
import { pageSource } from '../../../src/lib/citation/sources.ts';
import { nanjingMeta } from '../../support/page-meta.ts';

const meta = nanjingMeta;

const HOSTILE = 'Nanjing}\n@misc{x,\nER  - \r\nTY  - GEN\u202e\u0007 50% {a} \\ b';

describe('one gate for every export', () => {
	const styles = allStyles('k', pageSource(meta(HOSTILE)), '2026-11-27');

	it('makes a field one line of plain text', () => {
		expect(cleanField('A\nER  - \nTY  - GEN')).toBe('A ER - TY - GEN');
		expect(cleanField('a\u202eb\u0007c\u2028d')).toBe('abc d');
	});

	it('keeps one RIS record whatever the title holds', () => {
		expect(styles.ris.match(/^TY {2}- /gm)).toHaveLength(1);
		expect(styles.ris.match(/^ER {2}- /gm)).toHaveLength(1);
		// Forced: the title's "@misc{" would otherwise make citation-js guess BibTeX.
		const items = new Cite(styles.ris, { forceType: '@ris/file' }).data as Record<
			string,
			unknown
		>[];
		expect(items).toHaveLength(1);
		expect(String(items[0]!.title)).toBe(cleanField(HOSTILE));
	});

	it('keeps one BibTeX entry with its braces balanced', () => {
		const { entries, errors } = parseBibtex(styles.bibtex);
		expect(errors).toEqual([]);
		expect(entries).toHaveLength(1);
		expect(entries[0]!.fields.title).toContain('50% {a}');
	});

	it('gives CSL-JSON the same one-line title', () => {
		const [item] = JSON.parse(styles.csljson) as { title: string }[];
		expect(item!.title).toBe(cleanField(HOSTILE));
		expect([...item!.title].filter((c) => /[\n\r\u202e]/.test(c) || c === '\u0007')).toEqual([]);
	});
});

describe('a cited edition', () => {
	const edition = {
		version: '0.2.0',
		date: '2026-12-01',
		url: 'https://example.org/editions/0.2.0/en/cases/nanjing/',
	};
	const en = allStyles(
		'k',
		pageSource(meta('Nanjing street-centre model'), { edition }),
		'2026-12-03',
	);
	const zh = allStyles(
		'k',
		pageSource(meta('南京街道中心制模式', 'zh'), { edition }),
		'2026-12-03',
	);

	it('cites the edition copy, its date and version in GB/T (edition statement after the title)', () => {
		expect(zh.gbt2025).toBe(
			`社区治理改革导读编者. 南京街道中心制模式[EB/OL]. V0.2.0. （2026-12-01）[2026-12-03]. ${edition.url}.`,
		);
		expect(en.gbt2015).toContain(
			'[EB/OL]. V0.2.0. (2026-12-01)[2026-12-03]. https://example.org/editions/0.2.0/',
		);
	});

	it('gives APA the version after the title and no retrieval date (a fixed edition)', () => {
		expect(en.apa7).toContain('(Version 0.2.0).');
		expect(en.apa7).not.toContain('Retrieved');
		expect(en.apa7.endsWith(edition.url)).toBe(true);
	});

	it('names the version in BibTeX, RIS and CSL-JSON, as readers take it back', () => {
		expect(parseBibtex(en.bibtex).entries[0]!.fields.version).toBe('0.2.0');
		expect(en.ris).toContain('\r\nET  - 0.2.0\r\n');
		const [csl] = JSON.parse(en.csljson) as Record<string, unknown>[];
		expect(csl!.version).toBe('0.2.0');
		expect(csl!.URL).toBe(edition.url);
		expect(csl!.issued).toEqual({ 'date-parts': [[2026, 12, 1]] });
		const [read] = new Cite(en.bibtex).data as Record<string, unknown>[];
		expect(read!.version).toBe('0.2.0');
	});

	it('cites a paragraph of the edition under the edition URL', () => {
		const p = allStyles('k', pageSource(meta('T'), { edition, fragment: 'p-x' }), '2026-12-03');
		expect(p.gbt2025).toContain(`${edition.url}#p-x.`);
	});
});
