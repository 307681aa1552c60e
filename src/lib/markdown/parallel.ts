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
 * - Anything else (a diagram, a facts box, a comparison table) is drawn from data in both
 *   languages: it appears once, in the interface language, with its ids.
 * Ids appear once: the other language's cells lose theirs. Scripts the components shipped are
 * kept (once each), wherever the block they came with went.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
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
	| { kind: 'heading'; key: string; el: HTMLElement; h: HTMLElement }
	| { kind: 'para'; key: string; el: HTMLElement }
	| { kind: 'list'; key: string; el: HTMLElement; items: HTMLElement[] }
	| { kind: 'pair' | 'once'; key: string; el: HTMLElement }
	| { kind: 'asset'; key: string; el: HTMLElement };

const isElement = (node: Node): node is HTMLElement => node.nodeType === 1;
const tag = (el: HTMLElement) => el.rawTagName?.toLowerCase() ?? '';
const paraId = (el: HTMLElement) => {
	const id = el.getAttribute('id');
	return id && PARA_ID.test(id) ? id : undefined;
};

/** Blocks of text without an id that have a counterpart in the other language. */
const PAIRED = new Set(['p', 'table', 'blockquote', 'pre', 'dl', 'hr']);
const ASSETS = new Set(['script', 'style', 'link']);

/** The heading inside a block (Starlight wraps h2/h3 with their anchor link), if any. */
function headingOf(el: HTMLElement): HTMLElement | undefined {
	if (/^h[2-6]$/.test(tag(el)) && el.getAttribute('id')) return el;
	if (!el.classList.contains('sl-heading-wrapper')) return undefined;
	return el.childNodes.filter(isElement).find((c) => /^h[2-6]$/.test(tag(c)) && c.id);
}

/** The top-level blocks of one language's content, each with the key it pairs on. */
export function tokensOf(html: string): Token[] {
	const root = parse(html, { comment: false });
	const tokens: Token[] = [];
	let section = '';
	const counts = new Map<string, number>();
	const nth = (kind: string) => {
		const key = `${kind}:${section}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
		return `${key}:${counts.get(key)}`;
	};
	for (const el of root.childNodes.filter(isElement)) {
		const h = headingOf(el);
		const items = ['ul', 'ol'].includes(tag(el))
			? el.childNodes.filter(isElement).filter((li) => tag(li) === 'li')
			: [];
		if (h) {
			section = h.id;
			tokens.push({ kind: 'heading', key: `h:${h.id}`, el, h });
		} else if (paraId(el)) tokens.push({ kind: 'para', key: `p:${paraId(el)}`, el });
		else if (items.length > 0 && items.every((li) => paraId(li)))
			tokens.push({ kind: 'list', key: `l:${paraId(items[0]!)}`, el, items });
		else if (ASSETS.has(tag(el))) tokens.push({ kind: 'asset', key: el.outerHTML, el });
		else if (PAIRED.has(tag(el))) tokens.push({ kind: 'pair', key: nth('pair'), el });
		else tokens.push({ kind: 'once', key: nth('once'), el });
	}
	return tokens;
}

/** The ids a language's content pairs on: headings, paragraphs and list items, in order. */
export function alignmentIds(tokens: Token[]): string[] {
	return tokens.flatMap((t) =>
		t.kind === 'heading'
			? [t.h.id]
			: t.kind === 'para'
				? [paraId(t.el)!]
				: t.kind === 'list'
					? t.items.map((li) => paraId(li)!)
					: [],
	);
}

/** A copy of an element's inner HTML with every id removed (the other language's cell). */
function withoutIds(html: string): string {
	const root = parse(html, { comment: false });
	for (const el of root.querySelectorAll('[id]')) el.removeAttribute('id');
	return root.toString();
}

/** The inner HTML of a paragraph or item without its retired anchors (they move to the row). */
function content(el: HTMLElement): { html: string; retired: string[] } {
	const copy = parse(el.outerHTML, { comment: false }).childNodes.find(isElement)!;
	const retired = copy.querySelectorAll(`.${PARA_RETIRED_CLASS}`).map((a) => {
		a.remove();
		return a.id;
	});
	return { html: copy.innerHTML, retired };
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
		tokens[other].flatMap((t) => (t.kind === 'list' ? t.items.map((li) => [li.id, li]) : [])),
	);
	const out: string[] = [];
	const assets = new Set<string>();
	let rows = 0;
	/** The two cells of a row, Chinese first, from the interface language's block and its twin. */
	const cells = (mine: string, theirs: string | undefined) =>
		LOCALES.map((l) =>
			l === ui ? cell(l, mine) : theirs === undefined ? '' : cell(l, withoutIds(theirs)),
		).join('');
	for (const t of tokens[ui]) {
		const twin = byKey.get(t.key);
		if (t.kind === 'asset') assets.add(t.el.outerHTML);
		else if (t.kind === 'heading') out.push(heading(t, twin, ui));
		else if (t.kind === 'para') {
			const { html: mine, retired } = content(t.el);
			const theirs = twin ? content(twin.el).html : undefined;
			out.push(
				`<div class="${PV.row}" id="${escapeAttr(paraId(t.el)!)}">${retiredAnchors(retired)}${cells(`<p>${mine}</p>`, theirs === undefined ? undefined : `<p>${theirs}</p>`)}</div>`,
			);
			rows++;
		} else if (t.kind === 'list') {
			const list = tag(t.el);
			const start = t.el.getAttribute('start');
			const lis = t.items.map((li) => {
				const { html: mine, retired } = content(li);
				const theirs = items.get(li.id);
				return `<li id="${escapeAttr(li.id)}">${retiredAnchors(retired)}<div class="${PV.row}">${cells(mine, theirs ? content(theirs).html : undefined)}</div></li>`;
			});
			rows += lis.length;
			out.push(
				`<${list} class="${PV.list}"${start ? ` start="${escapeAttr(start)}"` : ''}>${lis.join('')}</${list}>`,
			);
		} else if (t.kind === 'pair')
			out.push(`<div class="${PV.row}">${cells(t.el.outerHTML, twin?.el.outerHTML)}</div>`);
		else out.push(`<div class="${PV.once}">${t.el.outerHTML}</div>`);
	}
	// The other language's blocks shown in the interface language only may have brought the
	// first copy of a component's script: keep every script once.
	for (const t of tokens[other]) {
		if (t.kind === 'asset') assets.add(t.el.outerHTML);
		else if (t.kind === 'once')
			for (const s of t.el.querySelectorAll('script')) assets.add(s.outerHTML);
	}
	return { html: [...out, ...assets].join('\n'), rows };
}

/** A heading with both languages' text, the interface language's id and anchor link. */
function heading(t: Extract<Token, { kind: 'heading' }>, twin: Token | undefined, ui: Locale) {
	const texts: Record<Locale, string> = { zh: '', en: '' };
	texts[ui] = t.h.innerHTML;
	texts[otherLocale(ui)] = twin?.kind === 'heading' ? withoutIds(twin.h.innerHTML) : '';
	const copy = parse(t.el.outerHTML, { comment: false }).childNodes.find(isElement)!;
	const h = headingOf(copy)!;
	h.set_content(
		LOCALES.filter((l) => texts[l])
			.map((l) => `<span class="${PV.cellOf(l)}" lang="${LANG_TAGS[l]}">${texts[l]}</span>`)
			.join(''),
	);
	return copy.toString();
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
