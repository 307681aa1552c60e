/** Diagrams: each placed on a page, and each cached SVG present and clean. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, cacheFile, variant } from '../../../src/lib/diagrams/cache.ts';
import { editionSvgKeys } from '../../../src/lib/editions/verify.ts';
import { svgProblems } from '../../../src/lib/diagrams/svg.ts';
import { LOCALES } from '../../../src/lib/i18n/locales.ts';
import { idList, type Check, type Context } from '../../context.ts';
import type { Report } from '../../report.ts';
import { placed, unsure } from './placed.ts';

/** Every diagram is placed on a page (in both languages); an unplaced one is dead weight. */
export const checkDiagramsPlaced: Check = (ctx, report) => {
	for (const entry of ctx.project.entries.filter((e) => e.collection === 'diagrams')) {
		for (const locale of LOCALES) {
			if (unsure(ctx, locale)) continue;
			if (placed(ctx, locale, 'Diagram').some((u) => idList(u).includes(entry.id))) continue;
			report({
				file: entry.file,
				tag: 'not-shown',
				message: `diagram "${entry.id}" is not placed on any ${locale} page`,
				hint: `place <Diagram id="${entry.id}" /> on the page that discusses it, or delete the diagram`,
			});
		}
	}
};

/**
 * A cached diagram holds only what the renderer's sanitiser lets through (src/lib/diagrams/svg.ts):
 * the build inlines it as it is, so a hand edit or a tampered file stops the build here.
 */
function checkCleanDiagram(ctx: Context, report: Report, file: string): void {
	const problems = new Set(svgProblems(readFileSync(join(ctx.project.root, file), 'utf8')));
	for (const problem of problems)
		report({
			file,
			tag: 'diagram-cache',
			message: `not a clean diagram: ${problem}`,
			hint: 'render it anew with `npm run diagrams -- --force` (the renderer sanitises what Mermaid draws); never edit the cache by hand',
		});
}

/** The SVGs the released editions show; none where the ledger cannot be read (checkEditions says why). */
function sealedSvgKeys(root: string): Set<string> {
	try {
		return editionSvgKeys(root);
	} catch {
		return new Set();
	}
}

/**
 * Every diagram variant has its rendered SVG in the committed cache, holding a clean diagram; no
 * cache file is unused.
 */
export const checkDiagramCache: Check = (ctx, report) => {
	const used = new Set<string>();
	for (const entry of ctx.project.entries.filter((e) => e.collection === 'diagrams')) {
		const mermaid = (entry.raw as { mermaid?: Record<string, unknown> } | null)?.mermaid ?? {};
		for (const locale of LOCALES) {
			const source = mermaid[locale];
			if (typeof source !== 'string') continue;
			const { key, file } = variant(entry.id, locale, source);
			used.add(`${key}.svg`);
			if (existsSync(join(ctx.project.root, file))) {
				checkCleanDiagram(ctx, report, file);
				continue;
			}
			report({
				file: entry.file,
				line: entry.lineOf(['mermaid', locale]),
				tag: 'diagram-cache',
				message: `diagram "${entry.id}" (${locale}) has no rendered SVG in ${CACHE_DIR}/ (new or changed source)`,
				hint: 'run `npm run diagrams` (needs Chromium) and commit the new files',
			});
		}
	}
	// What a released edition shows is used too, and is inlined as it is: clean, like the rest.
	for (const key of sealedSvgKeys(ctx.project.root)) {
		if (used.has(`${key}.svg`)) continue;
		used.add(`${key}.svg`);
		if (existsSync(join(ctx.project.root, cacheFile(key))))
			checkCleanDiagram(ctx, report, cacheFile(key));
	}
	const dir = join(ctx.project.root, CACHE_DIR);
	const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.svg')) : [];
	for (const f of files.filter((f) => !used.has(f))) {
		report({
			file: `${CACHE_DIR}/${f}`,
			tag: 'diagram-cache',
			message: 'this rendered SVG belongs to no current diagram',
			hint: 'run `npm run diagrams -- --prune` to delete unused files',
		});
	}
};
