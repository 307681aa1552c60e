/** The URL manifest: every published URL and anchor is still published, or redirected. */
import { LOCALES, type Locale } from '../../../src/lib/i18n/locales.ts';
import { pageKey, type Check, type Context } from '../../context.ts';
import { hintFor } from '../../suggest.ts';
import { redirectMap } from './redirects.ts';

const sitePath = (locale: Locale, route: string) => `/${locale}/${route ? `${route}/` : ''}`;

/** Every published page path of the build: MDX pages and generated concept pages. */
export function publishedPaths(ctx: Context): Set<string> {
	const out = new Set<string>();
	for (const locale of LOCALES) for (const r of ctx.routes[locale]) out.add(sitePath(locale, r));
	return out;
}

/** Every URL and anchor in the committed manifest is still published, or redirected. */
export const checkManifest: Check = (ctx, report) => {
	const { manifest } = ctx.project;
	if (manifest.failure) return;
	if (!manifest.value) {
		report({
			file: manifest.file,
			tag: 'url-dropped',
			message: 'the URL manifest is missing',
			hint: 'run `npm run build && npm run urls` and commit it',
		});
		return;
	}
	const redirects = redirectMap(ctx);
	const paths = publishedPaths(ctx);
	for (const [path, anchors] of Object.entries(manifest.value.pages ?? {})) {
		const target = redirects[path] ?? path;
		const m = /^\/(zh|en)\/(.*?)\/?$/.exec(target);
		if (!paths.has(target) || !m) {
			report({
				file: manifest.file,
				line: manifest.lineOfKey(path),
				tag: 'url-dropped',
				message: `published URL ${path} is no longer built`,
				hint: `restore the page, or add "${path}": "<new path>" to content/redirects.json`,
			});
			continue;
		}
		const now = ctx.anchors.get(pageKey(m[1] as Locale, m[2]!));
		for (const a of now ? anchors.filter((a) => !now.has(a)) : []) {
			report({
				file: manifest.file,
				line: manifest.lineOfKey(path),
				tag: 'url-dropped',
				message: `published anchor ${path}#${a} no longer exists`,
				hint: a.startsWith('p-')
					? `a paragraph id stays published: add retired="${a}" to the <Para> of the paragraph that now stands where it was`
					: hintFor(a, now!, 'anchor').replace(
							/^did you mean/,
							'renamed? keep the old id: did you mean',
						),
			});
		}
	}
	for (const f of (manifest.value.files ?? []).filter(
		(f) => !ctx.project.dataFiles.includes(f) && !redirects[f],
	)) {
		report({
			file: manifest.file,
			line: manifest.lineOfKey(f),
			tag: 'url-dropped',
			message: `published file ${f} is no longer built`,
			hint: 'data files keep their names; restore it',
		});
	}
};
