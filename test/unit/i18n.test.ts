import { describe, expect, it } from 'vitest';
import { lastModified } from '../../src/lib/page.ts';
import { EDITION } from '../../src/lib/edition.ts';
import { localeFromPath, otherLocale, pageHref, withBase } from '../../src/lib/i18n.ts';

describe('pageHref', () => {
	it.each([
		['/', 'zh', '', undefined, '/zh/'],
		['/', 'en', 'cases/nanjing', 'five-centres', '/en/cases/nanjing/#five-centres'],
		['/guide/', 'en', 'paper', undefined, '/guide/en/paper/'],
		['/guide', 'zh', '/timeline/', 'mca-2000', '/guide/zh/timeline/#mca-2000'],
		['/', 'zh', 'data/cases.csv', undefined, '/data/cases.csv'],
		['/guide/', 'en', 'data/cases.json', undefined, '/guide/data/cases.json'],
	] as const)('base %s, %s, %s#%s → %s', (base, locale, page, anchor, expected) => {
		expect(pageHref(base, locale, page, anchor)).toBe(expected);
	});
});

describe('localeFromPath', () => {
	it.each([
		['/en/cases/', '/', 'en'],
		['/zh/', '/', 'zh'],
		['/guide/en/paper/', '/guide/', 'en'],
		['/guide/zh/', '/guide/', 'zh'],
		['/', '/', 'zh'],
		['/fr/', '/', 'zh'],
	] as const)('%s under %s is %s', (path, base, locale) => {
		expect(localeFromPath(path, base)).toBe(locale);
	});
});

describe('small helpers', () => {
	it('otherLocale swaps the pair', () => {
		expect(otherLocale('zh')).toBe('en');
		expect(otherLocale('en')).toBe('zh');
	});
	it('withBase joins with one slash', () => {
		expect(withBase('/guide/', '/zh/')).toBe('/guide/zh/');
		expect(withBase('/', 'zh/')).toBe('/zh/');
	});
});

describe('lastModified', () => {
	it('takes Starlight’s git date for an MDX page', () => {
		expect(
			lastModified(new Date('2026-11-20T10:00:00Z'), new URL('https://x/zh/cases/nanjing/')),
		).toBe('2026-11-20');
	});
	it('takes the git date of the data file for a generated concept page', () => {
		expect(lastModified(undefined, new URL('https://x/en/concepts/involution/'))).toMatch(
			/^\d{4}-\d{2}-\d{2}$/,
		);
	});
	it('falls back to the edition date', () => {
		expect(lastModified(undefined, new URL('https://x/en/no-such-page/'))).toBe(EDITION.date);
	});
});
