/**
 * The proof, after the build, that no page cites an edition whose text differs from its own: each
 * current page whose cite panel cites an edition (`data-cites-edition`) has exactly that
 * edition's paragraphs, same ids, same order, same words. The panel decided from the files the
 * page renders; this catches what those files cannot show (a component or a UI string that
 * changed the text).
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { select } from 'hast-util-select';
import { attr, parseHtml } from '../html/hast.ts';
import { LOCALES } from '../i18n/locales.ts';
import { filesUnder } from '../node/walk.ts';
import { paragraphChanges } from './diff.ts';
import { freezePage } from './freeze.ts';
import { EDITION_SECTIONS, pageIn } from './pages.ts';
import type { Edition } from './store.ts';

/** Each page of a finished build that cites an edition whose paragraphs are not its own. */
export function editionCitationProblems(
	dist: string,
	base: string,
	editions: readonly Edition[],
): string[] {
	const problems: string[] = [];
	for (const locale of LOCALES)
		for (const section of EDITION_SECTIONS)
			for (const file of filesUnder(join(dist, locale, section)).filter((f) =>
				f.endsWith(`${sep}index.html`),
			)) {
				const html = readFileSync(file, 'utf8');
				const panel = select('.cite-panel', parseHtml(html));
				const version = panel && attr(panel, 'data-cites-edition');
				if (!version) continue;
				const path = relative(join(dist, locale), join(file, '..')).split(sep).join('/');
				const edition = editions.find((e) => e.store.version === version);
				const frozen = edition && pageIn(edition, locale, path);
				const where = `${relative(dist, file)}`;
				if (!frozen) {
					problems.push(`${where}: cites edition ${version}, which does not hold this page`);
					continue;
				}
				const now = freezePage(html, { locale, path, base, inputs: '' }, () => '').paragraphs;
				const changed = paragraphChanges(frozen.paragraphs, now).filter((c) => c.kind !== 'same');
				if (changed.length)
					problems.push(
						`${where}: cites edition ${version}, but ${changed.length} paragraph(s) differ from it (first: ${changed[0]!.kind} ${changed[0]!.id}), though the files it renders did not change: a component or a UI string changed its text. Release a new edition (npm run edition -- <version>), or undo the change.`,
					);
			}
	return problems;
}
