/**
 * Reading YAML as Astro's loader does (checker/yaml.ts): values from js-yaml, positions
 * from `yaml`, and every failure as one message with a line and a fix.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { isParsed, parseYaml } from '../../checker/yaml.ts';

const failure = (source: string) => {
	const r = parseYaml(source);
	if (isParsed(r)) throw new Error('expected a failure');
	return r;
};

describe('parseYaml', () => {
	it('gives the value the loader sees (an unquoted date is a Date)', () => {
		const r = parseYaml("a: 2017-06-12\nb: '2017-06-12'\n");
		expect(isParsed(r) && r.value).toEqual({ a: new Date('2017-06-12'), b: '2017-06-12' });
	});

	it('under a %YAML 1.1 directive, gives the values the loader (js-yaml) reads, not YAML 1.1 ones', () => {
		// YAML 1.1 reads yes/on as true, 010 as 8 and 1_000 as 1000; Astro's loader reads them as
		// below, so the schemas must see these and the key lines must count the directive's lines.
		const source = '%YAML 1.1\n---\na: yes\nb: on\nc: 010\nd: 1_000\n';
		const r = parseYaml(source);
		if (!isParsed(r)) throw new Error('parse failed');
		expect(r.value).toEqual(load(source));
		expect(r.value).toEqual({ a: 'yes', b: 'on', c: 10, d: '1_000' });
		expect(r.lineOf(['c'])).toBe(5);
	});

	it('gives the line of a key, and of its parent when the key is missing', () => {
		const r = parseYaml('a:\n  b: 1\n  c:\n    - x\n');
		if (!isParsed(r)) throw new Error('parse failed');
		expect([r.lineOf(['a', 'b']), r.lineOf(['a', 'c', 0]), r.lineOf(['a', 'nope'])]).toEqual([
			2, 4, 1,
		]);
	});

	it('shifts lines for frontmatter, which starts below the --- line', () => {
		expect(parseYaml('title: a: b\n', 1)).toMatchObject({ line: 2 });
	});

	it.each([
		[
			'a duplicate key, named',
			'a: 1\nb: 2\na: 3\n',
			3,
			/the key "a" appears twice/,
			/keep one "a:"/,
		],
		['an unclosed quote', 'x: "abc\ny: 2\n', 3, /Missing closing "quote/, /closing quote/],
		['a tab as indentation', 'a:\n\tb: 1\n', 2, /Tabs/, /spaces, not tabs/],
		[
			'a value starting with @',
			'a: @x\n',
			1,
			/reserved character @/,
			/quote a value that starts with @/,
		],
		['two documents', 'a: 1\n---\nb: 2\n', 2, /multiple documents/, /one entry per file/],
	])('refuses %s at its line, with a fix', (_name, source, line, message, hint) => {
		const f = failure(source);
		expect(f.line).toBe(line);
		expect(f.message).toMatch(message);
		expect(f.hint).toMatch(hint);
	});

	it('says how many more errors follow the first (they are usually follow-ons)', () => {
		expect(failure('name: { zh: 南京\nshort: [\n').message).toMatch(/\(1 more after it/);
	});

	it('refuses an alias bomb instead of expanding it', () => {
		const levels = Array.from({ length: 8 }, (_, i) =>
			i === 0
				? 'x0: &a0 [l, l, l, l, l, l, l, l, l]'
				: `x${i}: &a${i} [${Array(9)
						.fill(`*a${i - 1}`)
						.join(', ')}]`,
		);
		expect(failure(`${levels.join('\n')}\n`)).toMatchObject({
			message: expect.stringMatching(/Excessive alias count/),
			hint: expect.stringMatching(/anchors and aliases/),
		});
	});
});
