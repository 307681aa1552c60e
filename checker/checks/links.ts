/**
 * Checks on links and HTML in pages: `<PageLink>`, markdown links and images, and HTML elements,
 * resolved as the browser resolves them and checked against the pages and anchors the build makes.
 */
import { KEBAB_ID } from '../../src/lib/content/files.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import {
	anchorHint,
	pageKey,
	readablePages as readable,
	type Check,
	type Context,
} from '../context.ts';
import { literal } from '../mdx.ts';
import type { Page } from '../project.ts';
import type { Problem } from '../report.ts';
import { hintFor } from '../suggest.ts';
import { excerpt } from '../text.ts';
import { attrValue } from './components.ts';

/** Where a link goes: another page of the site (with anchor), a data file, or a problem. */
type Target =
	| { kind: 'page'; locale: Locale; route: string; anchor?: string | undefined }
	| { kind: 'file'; path: string }
	| { kind: 'external' }
	| { kind: 'bad'; message: string; hint: string };

/** The target of a link written in `page`, resolved as the browser resolves it. */
function resolveLink(page: Page, url: string): Target {
	if (/^(?:https?:|mailto:)/i.test(url)) return { kind: 'external' };
	if (/^[a-z][a-z0-9+.-]*:/i.test(url))
		return {
			kind: 'bad',
			message: `a link with the scheme "${url.split(':')[0]}:" runs code or leaves the web`,
			hint: 'link to a page of this site, or to an https:// address',
		};
	if (url.startsWith('//'))
		return {
			kind: 'bad',
			message: 'a protocol-relative link (//…) goes to another site',
			hint: 'write the full https:// address, or link within the site',
		};
	const from = `http://site/${page.locale}/${page.route ? `${page.route}/` : ''}`;
	const resolved = new URL(url, from);
	const anchor = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : undefined;
	const path = decodeURIComponent(resolved.pathname);
	if (path.startsWith('/data/')) return { kind: 'file', path };
	const m = /^\/(zh|en)\/(.*)$/.exec(path);
	if (!m)
		return {
			kind: 'bad',
			message: `the link leads to ${path}, which is not a page of either language`,
			hint: 'pages are under /zh/ and /en/',
		};
	if (m[2] !== '' && !m[2]!.endsWith('/'))
		return {
			kind: 'bad',
			message: `the link to ${path} has no trailing slash (the site's URLs end with /)`,
			hint: `write ${url.replace(/(#|$)/, '/$1')}`,
		};
	return { kind: 'page', locale: m[1] as Locale, route: m[2]!.replace(/\/$/, ''), anchor };
}

/** Does a page or file target exist, with its anchor? A problem message when not. */
function targetProblem(
	ctx: Context,
	target: Target,
	label: string,
): Omit<Problem, 'file' | 'line'> | undefined {
	if (target.kind === 'external') return undefined;
	if (target.kind === 'bad')
		return { tag: 'link', message: `${label}: ${target.message}`, hint: target.hint };
	if (target.kind === 'file') {
		if (ctx.project.dataFiles.includes(target.path)) return undefined;
		return {
			tag: 'unknown-page',
			message: `${label}: no data file ${target.path}`,
			hint: hintFor(target.path, ctx.project.dataFiles, 'data file'),
		};
	}
	const routes = ctx.routes[target.locale];
	if (!routes.has(target.route))
		return {
			tag: 'unknown-page',
			message: `${label}: no such page`,
			hint: hintFor(target.route, routes, 'page'),
		};
	if (!target.anchor) return undefined;
	const anchors = ctx.anchors.get(pageKey(target.locale, target.route));
	if (!anchors || anchors.has(target.anchor)) return undefined;
	return {
		tag: 'unknown-anchor',
		message: `${label}: the page has no heading or element with id "${target.anchor}"`,
		hint: anchorHint(ctx, pageKey(target.locale, target.route), target.anchor),
	};
}

/** `<PageLink page anchor>` names a page that exists in the page's language, and an anchor on it. */
export const checkPageLinks: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		for (const use of model.components.filter((c) => c.name === 'PageLink')) {
			const at = { file: page.file, line: use.line };
			const pageAttr = attrValue(use, 'page');
			if (pageAttr.problem) {
				report({ ...at, ...pageAttr.problem });
				continue;
			}
			const anchorAttr = use.attrs.anchor ? attrValue(use, 'anchor') : {};
			if (anchorAttr.problem) {
				report({ ...at, ...anchorAttr.problem });
				continue;
			}
			const route = pageAttr.value!.replace(/^\/+|\/+$/g, '');
			const label = `<PageLink page="${route}"${anchorAttr.value ? ` anchor="${anchorAttr.value}"` : ''}>`;
			const target: Target = route.startsWith('data/')
				? { kind: 'file', path: `/${route}` }
				: { kind: 'page', locale: page.locale, route, anchor: anchorAttr.value };
			const problem = targetProblem(ctx, target, label);
			if (problem) report({ ...at, ...problem });
		}
	}
};

/**
 * Markdown links and images: a relative link must land on a page and anchor that exist; a
 * root-relative one (`/zh/…`) misses the base path when the site is served under a sub-path.
 */
export const checkMarkdownLinks: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		for (const link of model.links) {
			const at = { file: page.file, line: link.line };
			const label = `${link.kind === 'image' ? 'image' : 'link'} ${excerpt(link.url, 60)}`;
			const target = resolveLink(page, link.url);
			if (link.kind === 'image' && target.kind === 'external') {
				report({
					...at,
					tag: 'link',
					message: `${label}: an image from another site (the site makes no third-party requests)`,
					hint: 'save the image with the site and link to that copy',
				});
				continue;
			}
			const problem = targetProblem(ctx, target, label);
			if (problem) {
				report({ ...at, ...problem });
				continue;
			}
			if (link.url.startsWith('/') && target.kind === 'page') {
				report({
					...at,
					tag: 'link',
					message: `${label}: a root-relative link breaks when the site is served under a base path (BASE_PATH)`,
					hint: `use <PageLink page="${target.route}"${target.anchor ? ` anchor="${target.anchor}"` : ''}>…</PageLink>`,
				});
			}
		}
	}
};

/** HTML elements that would run or load something, or change the page's head. */
const ACTIVE_ELEMENTS = new Set([
	'script',
	'style',
	'iframe',
	'frame',
	'object',
	'embed',
	'meta',
	'link',
	'base',
	'form',
	// Hidden or inert markup whose content the browser may still act on (a <noscript> refresh),
	// and foreign content with its own script and link rules.
	'noscript',
	'template',
	'svg',
	'math',
	'applet',
	'frameset',
	'portal',
]);

/** HTML written in a page: nothing active, no links off the rules, ids that are real anchors. */
export const checkHtml: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		for (const el of model.elements) {
			const at = { file: page.file, line: el.line };
			if (ACTIVE_ELEMENTS.has(el.name.toLowerCase())) {
				report({
					...at,
					tag: 'html',
					message: `<${el.name}> is not allowed in a page: it runs code, loads from elsewhere or changes the page's head`,
					hint: 'remove it; pages hold text and the components in AUTHORING.md',
				});
				continue;
			}
			for (const [name, attr] of Object.entries(el.attrs)) {
				const value = literal(attr);
				if (/^on/i.test(name)) {
					report({
						...at,
						tag: 'html',
						message: `<${el.name} ${name}>: event handlers are not allowed`,
						hint: 'remove the attribute',
					});
				} else if (name.toLowerCase() === 'style') {
					report({
						...at,
						tag: 'html',
						message: `<${el.name} style>: inline styles are not allowed in pages (one can lay a full-screen link over the page, or load from elsewhere)`,
						hint: "remove it; the look of the page comes from the site's stylesheets and components",
					});
				} else if ((name === 'href' || name === 'src') && value !== undefined) {
					const target = resolveLink(page, value);
					const problem =
						name === 'src' && target.kind === 'external'
							? {
									tag: 'html',
									message: `<${el.name} src="${excerpt(value, 40)}">: loads from another site`,
									hint: 'the site makes no third-party requests',
								}
							: targetProblem(ctx, target, `<${el.name} ${name}="${excerpt(value, 40)}">`);
					if (problem) report({ ...at, ...problem });
				} else if (name === 'id' && value !== undefined && !KEBAB_ID.test(value)) {
					report({
						...at,
						tag: 'heading-id',
						message: `<${el.name} id="${value}">: the id is not lowercase ASCII kebab-case`,
						hint: 'use only a–z, 0–9 and single hyphens',
					});
				}
			}
		}
	}
};
