/** The cite panel (src/components/cite/CitePanel.astro): its behaviour in the browser. */
/**
 * Fills in the reader's access date (their own time zone), keeps the downloads in step, and
 * copies citations: RIS with CRLF line ends, BibTeX ending with a line end, APA also as HTML
 * so a word processor keeps its italics.
 */
const pad = (n: number) => String(n).padStart(2, '0');
function today(format: string, lang: string): string {
	const d = new Date();
	const [y, m, day] = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
	if (format === 'ris') return `${y}/${pad(m)}/${pad(day)}`;
	if (format !== 'apa') return `${y}-${pad(m)}-${pad(day)}`;
	if (lang === 'zh') return `${y}年${m}月${day}日`;
	return d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}

/** The text a citation element stands for, with the line ends its format asks for. */
function citationText(el: HTMLElement): string {
	const text = el.textContent ?? '';
	if (el.dataset.style === 'ris')
		return `${text.replace(/\r?\n/g, '\r\n').replace(/(\r\n)+$/, '')}\r\n`;
	if (el.dataset.style === 'bibtex' || el.dataset.style === 'csljson')
		return `${text.replace(/\n+$/, '')}\n`;
	return text.trim();
}

async function copy(el: HTMLElement): Promise<void> {
	const text = citationText(el);
	if (el.dataset.style === 'apa7' && typeof ClipboardItem !== 'undefined') {
		try {
			const html = `<span>${el.innerHTML.trim()}</span>`;
			await navigator.clipboard.write([
				new ClipboardItem({
					'text/plain': new Blob([text], { type: 'text/plain' }),
					'text/html': new Blob([html], { type: 'text/html' }),
				}),
			]);
			return;
		} catch {
			// Rich text refused (older browsers, permissions): plain text below.
		}
	}
	await navigator.clipboard.writeText(text);
}

/**
 * Each download carries the citation as shown (the reader's date, the chosen paragraph): built
 * here from the text above it, so the page does not carry every citation twice (once
 * percent-encoded). Without JavaScript the links stay hidden and the text can be selected.
 */
function refreshDownloads(root: HTMLElement, paragraph?: string): void {
	for (const a of root.querySelectorAll<HTMLAnchorElement>('.cite-download')) {
		const source = document.getElementById(a.dataset.source ?? '');
		if (!source) continue;
		a.href = `${a.href.slice(0, a.href.indexOf(',') + 1)}${encodeURIComponent(citationText(source))}`;
		a.hidden = false;
		if (a.dataset.key && paragraph)
			a.download = `${a.dataset.key}-${paragraph}${a.download.slice(a.download.lastIndexOf('.'))}`;
	}
}

/**
 * The paragraph the address names (`#p-…`, or an id a removed paragraph left to the one now in
 * its place), with its current id.
 */
function chosenParagraph(): { block: HTMLElement; id: string } | undefined {
	const hash = decodeURIComponent(location.hash.slice(1));
	const el = /^p-[a-z0-9-]+$/.test(hash) ? document.getElementById(hash) : null;
	const block = el?.classList.contains('para-retired') ? el.parentElement : el;
	const id = block?.id;
	return block && id && /^p-/.test(id) ? { block, id } : undefined;
}

/**
 * "Cite this paragraph": the panel's paragraph citation shows the chosen paragraph's URL, and
 * one link after that paragraph's "¶" leads to it. Without a chosen paragraph both are hidden.
 */
function citeParagraph(panel: HTMLElement, cite: HTMLAnchorElement): void {
	const section = panel.querySelector<HTMLElement>('[data-cite-paragraph]');
	if (!section) return;
	const chosen = chosenParagraph();
	section.hidden = !chosen;
	if (!chosen) {
		cite.remove();
		return;
	}
	for (const el of section.querySelectorAll<HTMLElement>('[data-paragraph-id]'))
		el.textContent = chosen.id;
	// Back to the paragraph just cited, which may be screens above the panel.
	for (const back of section.querySelectorAll<HTMLAnchorElement>('[data-paragraph-back]'))
		back.href = `#${chosen.id}`;
	refreshDownloads(section, chosen.id);
	// In a parallel view, after the "¶" of the text in the page's language.
	const lang = document.documentElement.lang;
	const pilcrow =
		chosen.block.querySelector<HTMLElement>(`[lang="${lang}"] .para-link`) ??
		chosen.block.querySelector<HTMLElement>('.para-link');
	// After the chip and "¶" that break as one (site.css: .para-end), else after the "¶".
	const end = pilcrow?.parentElement?.classList.contains('para-end')
		? pilcrow.parentElement
		: pilcrow;
	// Moving a focused link would blur it: only when it is not in place yet.
	if (end && end.nextElementSibling !== cite) end.after(cite);
}

// The print-only citation under the title (src/components/cite/PrintCitation.astro).
for (const block of document.querySelectorAll<HTMLElement>('.print-citation')) {
	for (const el of block.querySelectorAll<HTMLElement>('[data-access-date]'))
		el.textContent = today(el.dataset.accessDate ?? 'iso', block.dataset.lang ?? 'en');
}

for (const panel of document.querySelectorAll<HTMLElement>('.cite-panel')) {
	const lang = panel.dataset.lang ?? 'en';
	// A local preview cites the address it is served from (the path is already in the citation).
	for (const el of panel.querySelectorAll<HTMLElement>('[data-served-origin]'))
		el.textContent = location.origin;
	for (const el of panel.querySelectorAll<HTMLElement>('[data-access-date]')) {
		el.textContent = today(el.dataset.accessDate ?? 'iso', lang);
		el.classList.add('cite-access--filled');
	}
	refreshDownloads(panel);
	const section = panel.querySelector<HTMLElement>('[data-cite-paragraph]');
	const cite = document.createElement('a');
	cite.className = 'para-cite';
	cite.href = `#${section?.id ?? ''}`;
	cite.textContent = panel.dataset.paragraphLabel ?? '';
	// Going to the citation keeps the paragraph's URL in the address bar: no navigation.
	cite.addEventListener('click', (event) => {
		event.preventDefault();
		section?.scrollIntoView({ block: 'start' });
		section?.focus({ preventScroll: true });
	});
	citeParagraph(panel, cite);
	window.addEventListener('hashchange', () => citeParagraph(panel, cite));
	// After a "¶" is followed (by mouse or keyboard), the next step is the link to cite it.
	document.addEventListener('click', (event) => {
		if (!(event.target instanceof Element) || !event.target.closest('.para-link')) return;
		setTimeout(() => {
			citeParagraph(panel, cite);
			if (cite.isConnected) cite.focus();
		});
	});
	for (const button of panel.querySelectorAll<HTMLButtonElement>('.cite-copy')) {
		button.addEventListener('click', async () => {
			const el = document.getElementById(button.dataset.copy ?? '');
			if (!el) return;
			await copy(el);
			const label = button.textContent;
			button.textContent = button.dataset.done ?? label;
			setTimeout(() => (button.textContent = label), 1500);
		});
	}
}
