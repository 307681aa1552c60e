/**
 * The policy timeline's order and date labels, shared by the timeline page and `/data/timeline.json`.
 * The site states no date the paper does not give: an event the paper places only by a period
 * (建国初期) shows the paper's words, an event it does not date at all says so, never a year.
 */
import type { TimelineData } from './schema.ts';
import type { UiStringKey } from '../i18n/ui-strings.ts';

/** The key that orders an event: its date, or, without one, our own (unshown) sort key. */
export const timelineKey = (data: TimelineData): string => data.date ?? data.sortKey ?? '';

/** Orders timeline entries by {@link timelineKey}, then by id. */
export const byTimeline = (
	a: { id: string; data: TimelineData },
	b: { id: string; data: TimelineData },
): number => timelineKey(a.data).localeCompare(timelineKey(b.data)) || a.id.localeCompare(b.id);

/** What the timeline shows for an event's time, in one language. */
export interface TimeLabel {
	/** The date as written, or the paper's words for the period; empty when `textKey` is given. */
	text: string;
	/** A UI string to show instead of `text`: the paper does not date the event at all. */
	textKey?: UiStringKey;
	/** A machine-readable date for `<time datetime>`; absent without a date. */
	datetime?: string;
	/** A note on where the words come from; absent for a date the paper gives. */
	note?: UiStringKey;
}

/**
 * The time label of an event.
 * @example timeLabel({ period: { zh: '建国初期', en: '…' }, sortKey: '1949', … }, 'zh')
 * // → { text: '建国初期', note: 'timeline.periodOnly' }
 * @example timeLabel({ sortKey: '2013-11', … }, 'zh') // → { text: '', textKey: 'timeline.undated' }
 */
export function timeLabel(data: TimelineData, locale: 'zh' | 'en'): TimeLabel {
	if (data.date) return { text: data.date, datetime: data.date };
	if (data.period) return { text: data.period[locale], note: 'timeline.periodOnly' };
	return { text: '', textKey: 'timeline.undated' };
}
