/**
 * The timeline shows no year the paper does not give: an event the paper places only by a period
 * shows the paper's words on the page, in its chart and in /data/timeline.json; dates added from
 * outside are marked, and for the 2014 remark only the month is marked as added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixture.ts';
import { textBlocks } from '../support/page-text.ts';

const DIST = join(ROOT, 'dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

interface Event {
	id: string;
	position: number;
	date: string | null;
	dateSource: string | null;
	period: { zh: string; en: string } | null;
}
const events = (JSON.parse(read('data/timeline.json')) as { events: Event[] }).events;

/** Events the paper places by a period only, with the paper's words. */
const PERIODS = [
	{ id: 'street-residents-1949', zh: '建国初期', en: "The early years of the People's Republic" },
	{ id: 'mca-1990', zh: '20世纪90年代初', en: 'The early 1990s' },
];

describe('/data/timeline.json', () => {
	it.each(PERIODS)('$id has the paper’s period and no date', ({ id, zh, en }) => {
		const e = events.find((x) => x.id === id)!;
		expect(e).toMatchObject({ date: null, dateSource: null, period: { zh, en } });
	});
	it('exports no sort key of ours, only positions', () => {
		expect(JSON.stringify(events)).not.toContain('sortKey');
		expect(events.map((e) => e.position)).toEqual(events.map((_, i) => i + 1));
	});
	it('marks the 2014 remark as year from the paper, month added', () => {
		expect(events.find((e) => e.id === 'remark-2014')).toMatchObject({
			date: '2014-03',
			dateSource: 'month-added',
		});
	});
});

describe.each(['zh', 'en'] as const)('/%s/timeline/', (locale) => {
	const html = read(`${locale}/timeline/index.html`);
	const root = parse(html);
	it('shows no invented year for a period (page text, chart and text version)', () => {
		const text = textBlocks(html).join('\n');
		expect(text).not.toMatch(/1949|1991/);
	});
	it.each(PERIODS)('$id shows the paper’s words', (p) => {
		const date = root.querySelector(`li#${p.id} .timeline__date`)!;
		expect(date.text).toContain(locale === 'zh' ? p.zh : p.en);
		expect(date.querySelector('time')).toBeNull();
	});
	it('says of 2014-03 that only the month is added', () => {
		const date = root.querySelector('li#remark-2014 .timeline__date')!.text;
		expect(date).toContain(locale === 'zh' ? '月份为本站补充' : 'month added');
	});
	it('marks dates added from outside', () => {
		const date = root.querySelector('li#plenum-18-3 .timeline__date')!.text;
		expect(date).toContain(locale === 'zh' ? '日期为本站补充' : 'date added for context');
	});
});
