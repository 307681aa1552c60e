/**
 * Link previews in the browser: one `role="tooltip"` element that the link it describes points at
 * with `aria-describedby` while it shows. A pointer resting on a link shows it (and it stays while
 * the pointer moves onto it), focus shows it, Escape closes it; on a touch screen the first tap on
 * a link shows it and a second tap follows the link. The text comes from `/<lang>/previews.json`
 * (src/pages/[locale]/previews.json.ts), fetched once per language and built with text nodes only.
 */
import type { Preview, PreviewFile } from '../../lib/previews/previews.ts';
import styles from '../../styles/components/link-preview.css?url';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** How long a pointer rests on a link before its preview shows, and lingers after it leaves. */
const SHOW_DELAY = 300;
const HIDE_DELAY = 250;
const LANGS = { zh: 'zh-CN', en: 'en' } as const;
type Lang = keyof typeof LANGS;

const files = new Map<Lang, Promise<PreviewFile | undefined>>();
let stylesheet: Promise<void> | undefined;

/** The locale and preview key of a link (`concepts/involution`, `paper/involution#stage-3`). */
function target(a: HTMLAnchorElement): { lang: Lang; key: string } | undefined {
	if (a.origin !== location.origin || !a.pathname.startsWith(BASE)) return undefined;
	const [lang, ...rest] = a.pathname.slice(BASE.length).split('/').filter(Boolean);
	if (lang !== 'zh' && lang !== 'en') return undefined;
	return { lang, key: rest.join('/') };
}

const loadFile = (lang: Lang) => {
	let file = files.get(lang);
	if (!file) {
		file = fetch(`${BASE}${lang}/previews.json`)
			.then((r) => (r.ok ? (r.json() as Promise<PreviewFile>) : undefined))
			.catch(() => undefined);
		files.set(lang, file);
	}
	return file;
};

const loadStyles = () =>
	(stylesheet ??= new Promise<void>((resolve) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = styles;
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => resolve());
		document.head.append(link);
	}));

/** An anchor as its id reads; a malformed escape (`#%E4`) names no preview. */
const decoded = (hash: string) => {
	try {
		return decodeURIComponent(hash);
	} catch {
		return '';
	}
};

/** The preview of a link, its anchor's first, else its page's. */
async function previewOf(a: HTMLAnchorElement): Promise<[Preview, PreviewFile] | undefined> {
	const t = target(a);
	if (!t) return undefined;
	const [file] = await Promise.all([loadFile(t.lang), loadStyles()]);
	const hash = decoded(a.hash.slice(1));
	const found = (hash && file?.previews[`${t.key}#${hash}`]) || file?.previews[t.key];
	return found && file ? [found, file] : undefined;
}

function element(tag: string, className: string, text: string, lang?: string): HTMLElement {
	const el = document.createElement(tag);
	el.className = className;
	el.textContent = text;
	if (lang) el.lang = lang;
	return el;
}

/** The preview's content, as text nodes (nothing in the JSON is read as HTML). */
function fill(box: HTMLElement, p: Preview, file: PreviewFile): void {
	const other = file.lang === 'zh' ? LANGS.en : LANGS.zh;
	const head = element('p', 'link-preview__head', '');
	head.append(element('strong', 'link-preview__title', p.title));
	if (p.pinyin) head.append(' ', element('span', 'link-preview__aside', p.pinyin, 'zh-Latn'));
	if (p.aside) head.append(' ', element('span', 'link-preview__aside', p.aside, other));
	const source = element('p', 'link-preview__source', `${file.sourceLabel} `);
	source.append(element('span', '', p.source));
	box.lang = LANGS[file.lang];
	box.replaceChildren(head, element('p', 'link-preview__text', p.text), source);
}

/** Below the link, or above it when the viewport has no room below; within the viewport. */
function place(box: HTMLElement, a: HTMLAnchorElement): void {
	const link = a.getClientRects()[0] ?? a.getBoundingClientRect();
	const { width, height } = box.getBoundingClientRect();
	const gap = 8;
	const below = link.bottom + gap + height <= innerHeight || link.top - gap - height < 0;
	const top = below ? link.bottom + gap : link.top - gap - height;
	const left = Math.max(
		gap,
		Math.min(link.left, document.documentElement.clientWidth - width - gap),
	);
	box.style.top = `${top + scrollY}px`;
	box.style.left = `${left + scrollX}px`;
}

/**
 * Starts the previews in `root` (the page's `<main>`), handling `first`, the intent that loaded
 * this module.
 */
export function install(root: HTMLElement, first: Event | undefined): void {
	const box = element('div', 'link-preview', '');
	box.id = 'link-preview';
	box.setAttribute('role', 'tooltip');
	box.hidden = true;
	document.body.append(box);

	let shown: HTMLAnchorElement | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let request = 0;
	let touch = false;

	const later = (fn: () => void, ms: number) => {
		clearTimeout(timer);
		timer = setTimeout(fn, ms);
	};
	const hide = () => {
		clearTimeout(timer);
		request++;
		if (!shown) return;
		shown.removeAttribute('aria-describedby');
		shown = undefined;
		box.hidden = true;
	};
	/** Shows the preview of `a`; false when it has none (an index page, say). */
	const show = async (a: HTMLAnchorElement): Promise<boolean> => {
		clearTimeout(timer);
		if (shown === a) return true;
		const ticket = ++request;
		const found = await previewOf(a);
		// Another link (or none) was asked for meanwhile.
		if (ticket !== request) return true;
		hide();
		if (!found) return false;
		fill(box, ...found);
		box.hidden = false;
		place(box, a);
		a.setAttribute('aria-describedby', box.id);
		shown = a;
		return true;
	};
	const linkOf = (e: Event) => {
		const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
		return a instanceof HTMLAnchorElement && root.contains(a) && target(a) ? a : undefined;
	};

	const handle = (e: Event) => {
		const a = linkOf(e);
		if (e.type === 'pointerdown') touch = (e as PointerEvent).pointerType === 'touch';
		// Keyboard focus only: a click or a tap focuses a link too, and a tap has a rule of its own.
		if (e.type === 'focusin' && a?.matches(':focus-visible')) void show(a);
		else if (e.type === 'focusout' && a === shown) hide();
		else if (e.type === 'pointerover' && a && !touch) later(() => void show(a), SHOW_DELAY);
		else if (e.type === 'pointerout' && a && !touch) later(hide, HIDE_DELAY);
		else if (e.type === 'click' && a && (touch || (e as PointerEvent).pointerType === 'touch')) {
			// The second tap on the link whose preview shows follows it.
			if (a === shown) return hide();
			e.preventDefault();
			// A link with nothing to preview is followed at the first tap.
			void show(a).then((ok) => ok || location.assign(a.href));
		}
	};
	for (const type of ['pointerdown', 'pointerover', 'pointerout', 'focusin', 'focusout', 'click'])
		root.addEventListener(type, handle);
	// A pointer on the preview keeps it, so its text can be read and selected.
	box.addEventListener('pointerover', () => clearTimeout(timer));
	box.addEventListener('pointerout', () => later(hide, HIDE_DELAY));
	document.addEventListener('keydown', (e) => e.key === 'Escape' && hide());
	// A tap anywhere else closes it.
	document.addEventListener('pointerdown', (e) => {
		if (!(e.target instanceof Node) || (!box.contains(e.target) && !linkOf(e))) hide();
	});
	addEventListener('resize', hide);

	if (first) {
		if (first.type === 'click') touch = true;
		handle(first);
	}
}
