import { describe, expect, it } from 'vitest';
import { csvField, joinItems } from '../../../src/lib/tables/data-export.ts';

describe('CSV fields are safe to open in a spreadsheet', () => {
	it.each([
		// Formulas and DDE payloads become text with a leading apostrophe.
		['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
		['+1+1', "'+1+1"],
		['-2+3', "'-2+3"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\t=1', "'\t=1"],
		['\r=1', `"'\r=1"`],
		// Ordinary text is left alone, and quoted only where CSV needs it.
		['铜陵模式', '铜陵模式'],
		['a = b', 'a = b'],
		['Tongling, Anhui', '"Tongling, Anhui"'],
		['say "hi"', '"say ""hi"""'],
		['', ''],
	])('%j → %j', (value, field) => {
		expect(csvField(value)).toBe(field);
	});
});

describe('joinItems: a cell of several items as one data field', () => {
	it.each([
		// an item that ends its sentence is not followed by a second mark
		[['问题。', '纵向重合。'], 'zh', '问题。纵向重合。'],
		// an item without an end mark gets a semicolon
		[['社区党委', '居委会'], 'zh', '社区党委；居委会'],
		[['One.', 'Two'], 'en', 'One. Two'],
		[['one', 'two.'], 'en', 'one; two.'],
		[['only one.'], 'en', 'only one.'],
	] as const)('%j (%s) → %j', (items, locale, joined) => {
		expect(joinItems([...items], locale)).toBe(joined);
	});
});
