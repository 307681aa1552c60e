/** Every case is shown in a comparison table, in both languages. */
import { LOCALES } from '../../../src/lib/i18n/locales.ts';
import { type Check } from '../../context.ts';
import { literal } from '../../mdx.ts';
import { TABLE_FOR_KIND, placed, unsure } from './placed.ts';

/** Every case is shown in a comparison table that a page embeds, in both languages. */
export const checkCasesCompared: Check = (ctx, report) => {
	for (const [entry, data] of ctx.parsed) {
		if (entry.collection !== 'cases') continue;
		const table = TABLE_FOR_KIND[(data as { kind: keyof typeof TABLE_FOR_KIND }).kind];
		for (const locale of LOCALES) {
			if (unsure(ctx, locale)) continue;
			if (placed(ctx, locale, 'CompareTable').some((u) => literal(u.attrs.table) === table))
				continue;
			report({
				file: entry.file,
				line: entry.lineOf(['kind']),
				tag: 'not-compared',
				message: `case "${entry.id}" is not shown in the comparison: no ${locale} page has <CompareTable table="${table}" />`,
				hint: `add <CompareTable table="${table}" /> to src/content/docs/${locale}/compare.mdx`,
			});
		}
	}
};
