/**
 * The parallel view's text: a page's Chinese and English content (each rendered as its own page
 * renders it) put side by side, heading by heading and paragraph by paragraph. The two are paired
 * on ids, never on position: heading ids, and the paragraph ids of src/lib/markdown/paragraph-ids.ts, which
 * the checker keeps identical and in the same order in both languages.
 *
 * - A heading becomes one heading holding both languages, with the interface language's id.
 * - A paragraph becomes a row (the paragraph's id, its retired ids), one cell per language; a list
 *   item becomes a row inside one list, so the list stays a list.
 * - A table, quotation or code block without an id pairs with the same block of the other
 *   language (by its place in the section).
 * - A case's facts box (原文要点, a summary of the paper in prose) pairs with the other
 *   language's box like a table, so the view shows the summary in both languages.
 * - Anything else (a diagram, a comparison table) is drawn from data in both languages: it
 *   appears once, in the interface language, with its ids.
 * Ids appear once: the other language's cells lose theirs. Scripts the components shipped are
 * kept (once each), wherever the block they came with went.
 */
import { selectAll } from 'hast-util-select';
import { SKIP, visit } from 'unist-util-visit';
import {
	attr,
	childElements,
	innerHtml,
	parseFragment,
	serialize,
	type Element,
	type Root,
} from '../html/hast.ts';
import { LANG_TAGS, LOCALES, otherLocale, type Locale } from '../i18n/locales.ts';
import { PARA_ID, PARA_RETIRED_CLASS } from './paragraph-ids.ts';

/** The class names of the view (styled in src/components/parallel/ParallelText.astro). */
export const PV = {
	row: 'pv-row',
	cell: 'pv-cell',
	list: 'pv-list',
	once: 'pv-once',
	cellOf: (locale: Locale) => `pv-${locale}`,
} as const;

type Token =
	| { kind: 'heading'; key: string; el: Element; h: Element }
	| { kind: 'para'; key: string; el: Element }
	| { kind: 'list'; key: string; el: Element; items: Element[] }
	| { kind: 'pair' | 'once'; key: string; el: Element }
	| { kind: 'asset'; key: string; el: Element };

const idOf = (el: Element) => attr(el, 'id') ?? '';
const paraId = (el: Element) => {
	const id = attr(el, 'id');
	return id && PARA_ID.test(id) ? id : undefined;
};
const isHeading = (el: Element) => /^h[2-6]$/.test(el.tagName) && idOf(el) !== '';
const hasClass = (el: Element, name: string) => (attr(el, 'class') ?? '').split(' ').includes(name);

/** Blocks of text without an id that have a counterpart in the other language. */
const PAIRED = new Set(['p', 'table', 'blockquote', 'pre', 'dl', 'hr']);
const ASSETS = new Set(['script', 'style', 'link']);
/** Boxes of prose drawn from data that pair with the other language's box (by their class). */
const PAIRED_BOXES = ['case-facts'];

/** The heading inside a block (Starlight wraps h2/h3 with their anchor link), if any. */
function headingOf(el: Element): Element | undefined {
	if (isHeading(el)) return el;
	if (!hasClass(el, 'sl-heading-wrapper')) return undefined;
	return childElements(el).find(isHeading);
}

/** The top-level blocks of one language's content, each with the key it pairs on. */
export function tokensOf(html: string): Token[] {
	const tokens: Token[] = [];
	let section = '';
	const counts = new Map<string, number>();
	const nth = (kind: string) => {
		const key = `${kind}:${section}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
		return `${key}:${counts.get(key)}`;
	};
	for (const el of childElements(parseFragment(html))) {
		const h = headingOf(el);
		const items = ['ul', 'ol'].includes(el.tagName)
			? childElements(el).filter((li) => li.tagName === 'li')
			: [];
		if (h) {
			section = idOf(h);
			tokens.push({ kind: 'heading', key: `h:${section}`, el, h });
		} else if (paraId(el)) tokens.push({ kind: 'para', key: `p:${paraId(el)}`, el });
		else if (items.length > 0 && items.every((li) => paraId(li)))
			tokens.push({ kind: 'list', key: `l:${paraId(items[0]!)}`, el, items });
		else if (ASSETS.has(el.tagName)) tokens.push({ kind: 'asset', key: serialize(el), el });
		else if (PAIRED.has(el.tagName) || PAIRED_BOXES.some((c) => hasClass(el, c)))
			tokens.push({ kind: 'pair', key: nth('pair'), el });
		else tokens.push({ kind: 'once', key: nth('once'), el });
	}
	return tokens;
}

/** The ids a language's content pairs on: headings, paragraphs and list items, in order. */
export function alignmentIds(tokens: Token[]): string[] {
	return tokens.flatMap((t) =>
		t.kind === 'heading'
			? [idOf(t.h)]
			: t.kind === 'para'
				? [paraId(t.el)!]
				: t.kind === 'list'
					? t.items.map((li) => paraId(li)!)
					: [],
	);
}

/** A deep copy of a node, so that the view can change it without touching the page's tree. */
const copyOf = <T extends Element | Root>(node: T): T => structuredClone(node);

/** The text of a node, for a name that can no longer point at its element by id. */
function textOf(node: Element): string {
	let text = '';
	visit(node, 'text', (t: { value: string }) => {
		text += t.value;
	});
	return text.trim();
}

/**
 * A copy of a node with every id removed (the other language's cell). A name given by id
 * (`aria-labelledby`, as a facts box has) becomes the same name as text, so the copy stays named.
 */
function idsRemoved<T extends Element | Root>(node: T): T {
	const copy = copyOf(node);
	const byId = new Map<string, Element>();
	visit(copy, 'element', (el: Element) => {
		const id = attr(el, 'id');
		if (id) byId.set(id, el);
	});
	visit(copy, 'element', (el: Element) => {
		const labelledBy = attr(el, 'aria-labelledby');
		if (labelledBy) {
			const names = labelledBy.split(/\s+/).map((id) => byId.get(id));
			if (names.every(Boolean)) el.properties.ariaLabel = names.map((n) => textOf(n!)).join(' ');
			delete el.properties.ariaLabelledBy;
		}
	});
	visit(copy, 'element', (el: Element) => {
		delete el.properties.id;
	});
	return copy;
}

/** HTML with every id removed. */
const withoutIdsIn = (html: string): string => serialize(idsRemoved(parseFragment(html)));

/** The inner HTML of a paragraph or item without its retired anchors (they move to the row). */
function content(el: Element): { html: string; retired: string[] } {
	const copy = copyOf(el);
	const retired: string[] = [];
	visit(copy, 'element', (node: Element, index, parent) => {
		if (node === copy || !hasClass(node, PARA_RETIRED_CLASS) || !parent || index === undefined)
			return undefined;
		retired.push(idOf(node));
		parent.children.splice(index, 1);
		return [SKIP, index];
	});
	return { html: innerHtml(copy), retired };
}
const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** One cell: the block's content in one language, marked with that language. */
const cell = (locale: Locale, inner: string) =>
	`<div class="${PV.cell} ${PV.cellOf(locale)}" lang="${LANG_TAGS[locale]}">${inner}</div>`;

/** The anchors of ids retired into this row: empty, at its start, where a cited id lands. */
const retiredAnchors = (ids: string[]) =>
	ids.map((id) => `<span id="${escapeAttr(id)}" class="${PARA_RETIRED_CLASS}"></span>`).join('');

export interface Aligned {
	/** The view's HTML: rows, merged headings, once-only blocks, then the components' scripts. */
	html: string;
	/** Paragraph and list-item rows, each pairing the two languages. */
	rows: number;
}

/** Pairs the two languages' rendered content; `ui` is the view's interface language. */
export function alignColumns(html: Record<Locale, string>, ui: Locale): Aligned {
	const tokens = { zh: tokensOf(html.zh), en: tokensOf(html.en) };
	checkSameIds(tokens);
	const other = otherLocale(ui);
	const byKey = new Map(tokens[other].map((t) => [t.key, t]));
	const items = new Map(
		tokens[other].flatMap((t) => (t.kind === 'list' ? t.items.map((li) => [idOf(li), li]) : [])),
	);
	const out: string[] = [];
	const assets = new Set<string>();
	let rows = 0;
	/** The two cells of a row, Chinese first, from the interface language's block and its twin. */
	const cells = (mine: string, theirs: string | undefined) =>
		LOCALES.map((l) =>
			l === ui ? cell(l, mine) : theirs === undefined ? '' : cell(l, withoutIdsIn(theirs)),
		).join('');
	for (const t of tokens[ui]) {
		const twin = byKey.get(t.key);
		if (t.kind === 'asset') assets.add(serialize(t.el));
		else if (t.kind === 'heading') out.push(heading(t, twin, ui));
		else if (t.kind === 'para') {
			const { html: mine, retired } = content(t.el);
			const theirs = twin ? content(twin.el).html : undefined;
			out.push(
				`<div class="${PV.row}" id="${escapeAttr(paraId(t.el)!)}">${retiredAnchors(retired)}${cells(`<p>${mine}</p>`, theirs === undefined ? undefined : `<p>${theirs}</p>`)}</div>`,
			);
			rows++;
		} else if (t.kind === 'list') {
			const list = t.el.tagName;
			const start = attr(t.el, 'start');
			const lis = t.items.map((li) => {
				const { html: mine, retired } = content(li);
				const theirs = items.get(idOf(li));
				return `<li id="${escapeAttr(idOf(li))}">${retiredAnchors(retired)}<div class="${PV.row}">${cells(mine, theirs ? content(theirs).html : undefined)}</div></li>`;
			});
			rows += lis.length;
			out.push(
				`<${list} class="${PV.list}"${start ? ` start="${escapeAttr(start)}"` : ''}>${lis.join('')}</${list}>`,
			);
		} else if (t.kind === 'pair')
			out.push(
				`<div class="${PV.row}">${cells(serialize(t.el), twin ? serialize(twin.el) : undefined)}</div>`,
			);
		else out.push(`<div class="${PV.once}">${serialize(t.el)}</div>`);
	}
	// The other language's blocks shown in the interface language only may have brought the
	// first copy of a component's script: keep every script once.
	for (const t of tokens[other]) {
		if (t.kind === 'asset') assets.add(serialize(t.el));
		else if (t.kind === 'once') for (const s of selectAll('script', t.el)) assets.add(serialize(s));
	}
	return { html: [...out, ...assets].join('\n'), rows };
}

/** A heading with both languages' text, the interface language's id and anchor link. */
function heading(t: Extract<Token, { kind: 'heading' }>, twin: Token | undefined, ui: Locale) {
	const texts: Record<Locale, Element['children']> = { zh: [], en: [] };
	texts[ui] = copyOf(t.h).children;
	texts[otherLocale(ui)] = twin?.kind === 'heading' ? idsRemoved(twin.h).children : [];
	const copy = copyOf(t.el);
	headingOf(copy)!.children = LOCALES.filter((l) => texts[l].length > 0).map((l) => ({
		type: 'element',
		tagName: 'span',
		properties: { className: [PV.cellOf(l)], lang: LANG_TAGS[l] },
		children: texts[l],
	}));
	return serialize(copy);
}

/** Both languages pair on the same ids in the same order, or the view cannot be built. */
function checkSameIds(tokens: Record<Locale, Token[]>) {
	const zh = alignmentIds(tokens.zh);
	const en = alignmentIds(tokens.en);
	const i = zh.findIndex((id, n) => id !== en[n]);
	if (i < 0 && zh.length === en.length) return;
	const at = i < 0 ? zh.length : i;
	throw new Error(
		`the Chinese and English pages do not pair up: at position ${at + 1}, "${zh[at] ?? '(end)'}" in Chinese, "${en[at] ?? '(end)'}" in English (run \`npm run check:content\`)`,
	);
}
