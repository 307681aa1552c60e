/** 1. First-load weight of three pages, ours beside plain Starlight's with the same content. */
import { join } from 'node:path';
import { pageWeight } from '../scripts/lib/page-weight.ts';
import { ROOT, kb, table } from './lib.ts';

export const PAGES = ['/en/', '/en/cases/qingshan/', '/en/compare/'];

/** 1. First-load weight of three pages, ours beside plain Starlight's with the same content. */
export function weights(plain: string): void {
	const rows = PAGES.flatMap((url) =>
		[
			['ours', join(ROOT, 'dist')],
			['plain Starlight', plain],
		].map(([name, dist]) => {
			const w = pageWeight(dist!, url);
			return [url, name!, kb(w.html.gzip), kb(w.svg.gzip), kb(w.css.gzip), kb(w.js.gzip)].concat(
				kb(w.total.gzip),
				kb(w.total.raw),
			);
		}),
	);
	table(
		'1. First load (gzip unless marked raw; HTML includes its inline diagram SVG)',
		['page', 'site', 'HTML', 'of it SVG', 'CSS', 'JS', 'total', 'total raw'],
		rows,
	);
}
