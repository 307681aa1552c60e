/**
 * Which edition a page cites: the latest edition whose text is the page's. Decided while the page
 * renders, from what the page is made of (`inputsDigest`: the files it renders, src/lib/page/files.ts),
 * and proved after the build from the page's own paragraphs (src/lib/editions/verify-dist.ts): a
 * page never cites an edition whose text differs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../i18n/locales.ts';
import { pageFiles } from '../page/files.ts';
import { editionHref, editionOfPath, isEditionPath, pageIn } from './pages.ts';
import { sha256, type Edition } from './store.ts';

/** The digest of everything a page renders: each file's path and content. */
export function inputsDigest(root: string, locale: Locale, path: string): string {
	return sha256(
		pageFiles(root, locale, path)
			.map((f) => `${f}\u0000${sha256(readFileSync(join(root, f)))}`)
			.join('\n'),
	);
}

/** What a page's cite panel cites: an edition with its text, the current page changed since one, or the page (no edition has it). */
export type EditionCitation =
	{ kind: 'edition'; edition: Edition } | { kind: 'changed'; edition: Edition } | { kind: 'none' };

/**
 * The edition a page cites, given the digest of what it renders now: the newest edition that
 * froze the page from the same inputs; else, if an edition holds the page, that it changed since
 * the newest of them.
 */
export function editionToCite(
	editions: readonly Edition[],
	locale: Locale,
	path: string,
	inputs: string,
): EditionCitation {
	const holding = editions.filter((e) => pageIn(e, locale, path));
	const same = holding.findLast((e) => pageIn(e, locale, path)!.inputs === inputs);
	if (same) return { kind: 'edition', edition: same };
	const last = holding.at(-1);
	return last ? { kind: 'changed', edition: last } : { kind: 'none' };
}

/**
 * A page's citation facts for an edition: its address, its date, and its title naming the
 * version, so every style (GB/T, APA, BibTeX, RIS, CSL) says which edition it cites.
 */
export function editionPageMeta<
	T extends { title: string; url: string; modified: string; locale: Locale },
>(page: T, edition: { version: string; date: string; url: string }): T {
	// The version is written by the citation styles (pageSource's `edition`), not into the title.
	return { ...page, url: edition.url, modified: edition.date };
}

/** What a cite panel needs to know of editions for the page it cites. */
export interface PanelEdition<T> {
	/** The page's citation facts: the edition's where it cites one, else the page's own. */
	meta: T;
	/** The edition cited (its text is the page's), or the one the page changed since. */
	cited?: { version: string; date: string } | undefined;
	changed?: { version: string; date: string } | undefined;
}

/**
 * The edition a page's cite panel cites, for a page at `pathname` (with the base path). An
 * edition page cites itself as that edition; a current page the latest edition with its text, or
 * itself, saying which edition it changed since.
 */
export function panelEdition<
	T extends { title: string; url: string; modified: string; locale: Locale },
>(
	page: T,
	pathname: string,
	opts: { root: string; base: string; site: URL | undefined; editions: readonly Edition[] },
): PanelEdition<T> {
	const facts = (e: Edition) => ({ version: e.store.version, date: e.store.date });
	const url = (e: Edition, locale: Locale, path: string) =>
		new URL(editionHref(opts.base, e.store.version, locale, path), opts.site).href;
	const frozen = editionOfPath(pathname, opts.base);
	if (frozen) {
		const edition = opts.editions.find((e) => e.store.version === frozen.version);
		return edition
			? { meta: editionPageMeta(page, { ...facts(edition), url: page.url }), cited: facts(edition) }
			: { meta: page };
	}
	const path = pathname
		.slice(opts.base.replace(/\/$/, '').length)
		.replace(/^\/(?:zh|en)\/?/, '')
		.replace(/\/$/, '');
	if (!isEditionPath(path)) return { meta: page };
	const choice = editionToCite(
		opts.editions,
		page.locale,
		path,
		inputsDigest(opts.root, page.locale, path),
	);
	if (choice.kind === 'edition')
		return {
			meta: editionPageMeta(page, {
				...facts(choice.edition),
				url: url(choice.edition, page.locale, path),
			}),
			cited: facts(choice.edition),
		};
	return choice.kind === 'changed'
		? { meta: page, changed: facts(choice.edition) }
		: { meta: page };
}
