/** The URL manifest: every published URL and anchor is still published, or redirected. */
import { LOCALES, type Locale } from '../../../src/lib/i18n/locales.ts';
import { anchorHint, pageKey, type Check, type Context } from '../../context.ts';
import { missingFrom } from '../../../src/lib/urls/url-promise.ts';
import { redirectMap } from './redirects.ts';
import { editionHref } from '../../../src/lib/editions/pages.ts';
import { readEditions } from '../../../src/lib/editions/store.ts';

const sitePath = (locale: Locale, route: string) => `/${locale}/${route ? `${route}/` : ''}`;

/** Every published page path of the build: MDX pages and generated concept pages. */
export function publishedPaths(ctx: Context): Set<string> {
	const out = new Set<string>();
	for (const locale of LOCALES) for (const r of ctx.routes[locale]) out.add(sitePath(locale, r));
	return out;
}

/**
 * The site path of every page of every released edition (its changes pages too); undefined when
 * the editions cannot be read (checkEditions names why).
 */
function editionPaths(root: string): Set<string> | undefined {
	try {
		const editions = readEditions(root);
		return new Set(
			editions.flatMap((e, i) =>
				e.store.pages.flatMap((p) => {
					const page = editionHref('/', e.store.version, p.locale, p.path);
					return editions[i + 1] ? [page, `${page}changes/`] : [page];
				}),
			),
		);
	} catch {
		return undefined;
	}
}

/** Every URL and anchor in the committed manifest is still published, or redirected. */
export const checkManifest: Check = (ctx, report) => {
	const { manifest, manifestProblems } = ctx.project;
	if (manifest.failure) return;
	for (const p of manifestProblems)
		report({
			file: manifest.file,
			line: p.line,
			tag: 'manifest',
			message: p.message,
			hint: p.hint,
		});
	if (manifestProblems.length) return;
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
	const frozen = editionPaths(ctx.project.root);
	for (const [path, anchors] of Object.entries(manifest.value.pages ?? {})) {
		const target = redirects[path] ?? path;
		// An edition page is published as long as its edition is: its anchors are sealed with it.
		if (/^\/editions\//.test(target)) {
			if (frozen && !frozen.has(target))
				report({
					file: manifest.file,
					line: manifest.lineOfKey(path),
					tag: 'url-dropped',
					message: `published edition page ${path} is no longer built`,
					hint: 'an edition is never removed: restore content/editions/ from git',
				});
			continue;
		}
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
					: anchorHint(ctx, pageKey(m[1] as Locale, m[2]!), a).replace(
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

/**
 * Nothing once published leaves the manifest: every page, anchor and file of the committed floor
 * and of git's earlier versions (the last commit, the merge base with main) is still listed.
 * `npm run urls` only ever adds, so a loss is a hand edit (or a duplicate key) of the manifest.
 */
export const checkManifestKept: Check = (ctx, report) => {
	const now = ctx.project.manifest.value;
	if (!now) return;
	const reported = new Set<string>();
	for (const before of ctx.project.publishedBefore) {
		for (const entry of missingFrom(before.manifest, now)) {
			if (reported.has(entry)) continue;
			reported.add(entry);
			const key = entry.split('#')[0]!;
			report({
				file: ctx.project.manifest.file,
				line: ctx.project.manifest.lineOfKey(key),
				tag: 'url-dropped',
				message: `${entry} was published (${before.source}${before.file === ctx.project.manifest.file ? '' : `, ${before.file}:${before.lineOfKey(key) ?? 1}`}) and is no longer in the manifest`,
				hint: 'put it back: a published URL or anchor is never removed from the manifest (a renamed page gets a redirect, a renamed heading keeps its old id as an anchor)',
			});
		}
	}
};
