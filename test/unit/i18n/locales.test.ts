import { describe, expect, it } from 'vitest';
import { localeFromPath, otherLocale, pageHref, withBase } from '../../../src/lib/i18n/locales.ts';

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
