/** The cite panel (src/components/CitePanel.astro): its behaviour in the browser. */
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
	if (el.dataset.style === 'bibtex') return `${text.replace(/\n+$/, '')}\n`;
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

for (const panel of document.querySelectorAll<HTMLElement>('.cite-panel')) {
	const lang = panel.dataset.lang ?? 'en';
	for (const el of panel.querySelectorAll<HTMLElement>('[data-access-date]')) {
		el.textContent = today(el.dataset.accessDate ?? 'iso', lang);
		el.classList.add('cite-access--filled');
	}
	// A download is the citation shown above it, with the reader's date: built here, so the
	// page does not carry every citation twice (once percent-encoded). Without JavaScript the
	// links stay hidden and the text can be selected.
	for (const a of panel.querySelectorAll<HTMLAnchorElement>('.cite-download')) {
		const source = document.getElementById(a.dataset.source ?? '');
		if (!source) continue;
		a.href = `${a.href.slice(0, a.href.indexOf(',') + 1)}${encodeURIComponent(citationText(source))}`;
		a.hidden = false;
	}
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
