/** The UI string files have exactly the keys of the typed list. */
import { uiStrings } from '../../../src/lib/i18n/ui-strings.ts';
import { type Check } from '../../context.ts';

/** The UI string files have exactly the keys of `src/lib/i18n/ui-strings.ts`, as plain text. */
export const checkUiStrings: Check = (ctx, report) => {
	const expected = Object.keys(uiStrings.shape);
	for (const ui of ctx.project.ui) {
		if (ui.keys === null) {
			report({
				file: ui.file,
				tag: 'ui-strings',
				message: 'the UI string file is missing or not valid JSON',
				hint: 'create it with every key of src/lib/i18n/ui-strings.ts',
			});
			continue;
		}
		for (const [key, value] of Object.entries(ui.values)) {
			if (typeof value !== 'string' || !/[<>&]/.test(value)) continue;
			report({
				file: ui.file,
				line: ui.lineOfKey(key),
				tag: 'markup',
				message: `UI string "${key}" contains "<", ">" or "&": some components write UI strings into HTML as they are, so markup there would reach every page`,
				hint: 'write it as plain text (“” or 《》 instead of angle brackets, "and" instead of &)',
			});
		}
		for (const key of expected.filter((k) => !ui.keys!.includes(k))) {
			report({
				file: ui.file,
				tag: 'ui-strings',
				message: `UI string "${key}" is missing`,
				hint: 'add it; every key must exist in both languages',
			});
		}
	}
};
