/**
 * The timeline shows no date the paper does not give: an event the paper places only
 * by a period shows the paper's words on the page, in its chart and in /data/timeline.json; an
 * event the paper does not date says so, with no date of ours anywhere. Ids hold no year the paper
 * does not give; the published anchors of ids renamed for that reason still land on the event.
 */
import { DIST_DIR } from '../support/site.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixture.ts';
import { textBlocks } from '../support/page-text.ts';
import { childElements, parseHtml, rawText, select } from '../support/html.ts';

const DIST = join(ROOT, DIST_DIR);
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

interface Event {
	id: string;
	formerIds: string[];
	position: number;
	date: string | null;
	dateSource: string | null;
	period: { zh: string; en: string } | null;
}
const events = (JSON.parse(read('data/timeline.json')) as { events: Event[] }).events;
const event = (id: string) => events.find((e) => e.id === id)!;

/** Events the paper places by a period only, with the paper's words. */
const PERIODS = [
	{
		id: 'street-residents-early-prc',
		zh: '建国初期',
		en: "The early years of the People's Republic",
	},
	{ id: 'mca-early-1990s', zh: '20世纪90年代初', en: 'The early 1990s' },
];

/** Events the paper names without saying when. */
const UNDATED = [
	'residents-committee-law',
	'plenum-18-3',
	'plenum-18-4',
	'plenum-18-5',
	'plenum-18-6',
	'congress-19',
];

/** Renamed events: the published id each had before. */
const RENAMED = [
	{ former: 'street-residents-1949', id: 'street-residents-early-prc' },
	{ former: 'mca-1990', id: 'mca-early-1990s' },
];

/** Dates this site once added (month or whole date): none may be shown again. */
const ADDED_DATES =
	/1989|1991|2013-11|2014-03|2014-10|2015-10|2016-10|2017-10|2013年11月|2017年10月/;

describe('/data/timeline.json', () => {
	it.each(PERIODS)('$id has the paper’s period and no date', ({ id, zh, en }) => {
		expect(event(id)).toMatchObject({ date: null, dateSource: null, period: { zh, en } });
	});
	it.each(UNDATED)('%s has neither date nor period', (id) => {
		expect(event(id)).toMatchObject({ date: null, dateSource: null, period: null });
	});
	it('gives every date as the paper’s and no other kind of date', () => {
		for (const e of events) expect(e.dateSource).toBe(e.date ? 'paper' : null);
		expect(JSON.stringify(events)).not.toMatch(/month-added|added-context/);
	});
	it('exports no sort key of ours, only positions', () => {
		expect(JSON.stringify(events)).not.toContain('sortKey');
		expect(events.map((e) => e.position)).toEqual(events.map((_, i) => i + 1));
	});
	it('gives the 2014 remark the year the paper gives, and nothing more', () => {
		expect(event('remark-2014')).toMatchObject({ date: '2014', dateSource: 'paper' });
	});
	it.each(RENAMED)('maps $former to $id', ({ former, id }) => {
		expect(event(id).formerIds).toEqual([former]);
		expect(events.map((e) => e.id)).not.toContain(former);
	});
});

describe.each(['zh', 'en'] as const)('/%s/timeline/', (locale) => {
	const html = read(`${locale}/timeline/index.html`);
	const root = parseHtml(html);
	it('shows no year or month the paper does not give (page text, chart and text version)', () => {
		expect(textBlocks(html).join('\n')).not.toMatch(ADDED_DATES);
	});
	it.each(PERIODS)('$id shows the paper’s words', (p) => {
		const date = select(`li#${p.id} .timeline__date`, root)!;
		expect(rawText(date)).toContain(locale === 'zh' ? p.zh : p.en);
		expect(select('time', date)).toBeUndefined();
	});
	it.each(UNDATED)('%s says the paper does not date it', (id) => {
		const date = select(`li#${id} .timeline__date`, root)!;
		expect(rawText(date).trim()).toBe(
			locale === 'zh' ? '原文未注明时间' : 'Not dated in the paper',
		);
		expect(select('time', date)).toBeUndefined();
	});
	it('shows the 2014 remark under the paper’s year, unmarked', () => {
		const date = select('li#remark-2014 .timeline__date', root)!;
		expect(rawText(date).trim()).toBe('2014');
	});
	it.each(RENAMED)('keeps #$former as an anchor at the start of #$id', ({ former, id }) => {
		const anchor = select(`#${former}`, root);
		expect(anchor, `#${former}`).toBeDefined();
		const li = select(`li#${id}`, root)!;
		expect(childElements(li)[0]).toBe(anchor);
		expect(rawText(anchor!)).toBe('');
	});
});

describe.each(['zh', 'en'] as const)('/%s/paper/introduction/', (locale) => {
	it('states no date the paper does not give', () => {
		const html = read(`${locale}/paper/introduction/index.html`);
		expect(textBlocks(html).join('\n')).not.toMatch(ADDED_DATES);
		expect(html).not.toMatch(/#(street-residents-1949|mca-1990)"/);
	});
});
