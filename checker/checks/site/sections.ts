/** Every section of the section map points at a page and a heading that exist, in both languages. */
import { LOCALES } from '../../../src/lib/i18n/locales.ts';
import { anchorHint, pageKey, type Check } from '../../context.ts';
import { hintFor } from '../../suggest.ts';

/** Every section of the map points at a page and heading that exist, in both languages. */
export const checkSectionTargets: Check = (ctx, report) => {
	for (const entry of ctx.project.entries.filter((e) => e.collection === 'sections')) {
		const data = ctx.parsed.get(entry) as { page: string; anchor?: string } | undefined;
		if (!data) continue;
		for (const locale of LOCALES) {
			if (!ctx.routes[locale].has(data.page)) {
				report({
					file: entry.file,
					line: entry.lineOf(['page']),
					tag: 'unknown-page',
					message: `section "${entry.id}", field page: no ${locale} page "${data.page}"`,
					hint: hintFor(data.page, ctx.routes[locale], 'page'),
				});
				continue;
			}
			const anchors = ctx.anchors.get(pageKey(locale, data.page));
			if (!data.anchor || !anchors || anchors.has(data.anchor)) continue;
			report({
				file: entry.file,
				line: entry.lineOf(['anchor']),
				tag: 'unknown-anchor',
				message: `section "${entry.id}", field anchor: the ${locale} page "${data.page}" has no heading { #${data.anchor} }`,
				hint: anchorHint(ctx, pageKey(locale, data.page), data.anchor),
			});
		}
	}
};

/**
 * A measure's or problem's `anchor` names a heading of its case's page in both languages (the
 * comparison table links the item's short name there).
 */
export const checkMeasureAnchors: Check = (ctx, report) => {
	for (const [entry, data] of ctx.parsed) {
		if (entry.collection !== 'cases') continue;
		const c = data as { measures?: { anchor?: string }[]; problems?: { anchor?: string }[] };
		for (const field of ['measures', 'problems'] as const) {
			(c[field] ?? []).forEach((item, i) => {
				if (!item.anchor) return;
				for (const locale of LOCALES) {
					const anchors = ctx.anchors.get(pageKey(locale, `cases/${entry.id}`));
					if (!anchors || anchors.has(item.anchor)) continue;
					report({
						file: entry.file,
						line: entry.lineOf([field, i, 'anchor']),
						tag: 'unknown-anchor',
						message: `case "${entry.id}", field ${field}[${i}].anchor: the ${locale} page "cases/${entry.id}" has no heading { #${item.anchor} }`,
						hint: anchorHint(ctx, pageKey(locale, `cases/${entry.id}`), item.anchor),
					});
				}
			});
		}
	}
};
