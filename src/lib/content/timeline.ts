/**
 * The policy timeline's order and date labels, shared by the timeline page and `/data/timeline.json`.
 * An event the paper places only by a period (建国初期) shows the paper's words, never a year.
 */
import type { TimelineData } from './schema.ts';
import type { UiStringKey } from '../i18n/ui-strings.ts';

/** The key that orders an event: its date, or, for a period only, our own (unshown) sort key. */
export const timelineKey = (data: TimelineData): string => data.date ?? data.sortKey ?? '';

/** Orders timeline entries by {@link timelineKey}, then by id. */
export const byTimeline = (
	a: { id: string; data: TimelineData },
	b: { id: string; data: TimelineData },
): number => timelineKey(a.data).localeCompare(timelineKey(b.data)) || a.id.localeCompare(b.id);

/** What the timeline shows for an event's time, in one language. */
export interface TimeLabel {
	/** The date as written, or the paper's words for the period. */
	text: string;
	/** A machine-readable date for `<time datetime>`; absent for a period. */
	datetime?: string;
	/** The note that says where the date comes from; absent for a date the paper gives. */
	note?: UiStringKey;
}

/**
 * The time label of an event.
 * @example timeLabel({ period: { zh: '建国初期', en: '…' }, sortKey: '1949', … }, 'zh')
 * // → { text: '建国初期', note: 'timeline.periodOnly' }
 */
export function timeLabel(data: TimelineData, locale: 'zh' | 'en'): TimeLabel {
	if (!data.date) return { text: data.period?.[locale] ?? '', note: 'timeline.periodOnly' };
	const note: Partial<Record<string, UiStringKey>> = {
		'added-context': 'timeline.addedContext',
		'month-added': 'timeline.monthAdded',
	};
	const key = data.dateSource ? note[data.dateSource] : undefined;
	return { text: data.date, datetime: data.date, ...(key ? { note: key } : {}) };
}
