import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/lib/data-export.ts';

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
