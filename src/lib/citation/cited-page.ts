/**
 * What a page's cite panel and head metadata describe. Usually the page itself; on a parallel view
 * (`/zh/parallel/paper/introduction/`) the page it shows, in the view's language
 * (`/zh/paper/introduction/`): the view is a way of reading that text, and a citation that names
 * the single-language page keeps working whatever becomes of the view's layout.
 */
import { getEntry } from 'astro:content';
import { lastChanged } from '../page/files';
import { localeFromPath, pageHref } from '../i18n/locales';
import { pageMeta, type PageMeta } from './page-meta';
import { parallelOf } from '../markdown/paragraph-ids';
import { pageOfPath } from '../markdown/source-refs';

type RouteFacts = Parameters<typeof pageMeta>[0];

/** The page a URL's citation describes: the page itself, or the page a parallel view shows. */
export async function citedPage(
	route: RouteFacts,
	url: URL,
	site: URL | undefined,
	base: string,
): Promise<PageMeta & { path: string }> {
	const shown = parallelOf(pageOfPath(url.pathname, base));
	if (!shown) return { ...pageMeta(route, url, site), path: url.pathname };
	const locale = localeFromPath(url.pathname, base);
	const path = pageHref(base, locale, shown);
	const entry = await getEntry('docs', `${locale}/${shown}`);
	if (!entry)
		throw new Error(`The parallel view ${url.pathname} shows ${path}, which is not built.`);
	const facts = {
		locale,
		entry: { data: { title: entry.data.title } },
		lastUpdated: lastChanged(process.cwd(), locale, shown),
	};
	return { ...pageMeta(facts, new URL(path, url), site), path };
}
