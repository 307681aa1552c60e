/** Diagrams (src/components/mdx/Diagram.astro): its behaviour in the browser. */
// The enlarge button moves the one SVG into a full-screen <dialog> (no copy: ids stay unique)
// and back when it closes (button, Escape); focus returns to the button. The hint shows only
// when the diagram is wider than its column, and its view says at which edge more is hidden
// (data-more="start end"), where CSS draws a shadow above the drawing.
for (const figure of document.querySelectorAll<HTMLElement>('figure.diagram')) {
	const scroll = figure.querySelector<HTMLElement>('.diagram__scroll');
	const svg = figure.querySelector<HTMLElement>('.diagram__svg');
	const hint = figure.querySelector<HTMLElement>('.diagram__hint');
	const open = figure.querySelector<HTMLButtonElement>('[data-diagram-open]');
	const dialog = figure.querySelector<HTMLDialogElement>('dialog');
	const body = dialog?.querySelector<HTMLElement>('.diagram__dialog-body');
	const close = dialog?.querySelector<HTMLButtonElement>('[data-diagram-close]');
	if (!scroll || !svg || !hint || !open || !dialog || !body || !close) continue;
	// Measured only when the ResizeObserver reports (the page is laid out then), never while it
	// loads: reading a size there forces a layout of the whole page on the main thread. Every
	// read comes before the writes.
	const view = scroll.parentElement!;
	const edges = () => {
		const overflow = scroll.scrollWidth - scroll.clientWidth;
		const left = Math.abs(scroll.scrollLeft);
		const more = [left > 1 ? 'start' : '', left < overflow - 1 ? 'end' : ''];
		view.dataset.more = more.filter(Boolean).join(' ');
	};
	const update = () => {
		const overflow = scroll.scrollWidth - scroll.clientWidth;
		hint.hidden = dialog.open || overflow <= 1;
		edges();
	};
	new ResizeObserver(update).observe(scroll);
	scroll.addEventListener('scroll', edges, { passive: true });
	open.hidden = false;
	open.addEventListener('click', () => {
		body.append(svg);
		dialog.showModal();
		close.focus();
	});
	close.addEventListener('click', () => dialog.close());
	dialog.addEventListener('close', () => {
		scroll.append(svg);
		open.focus();
		update();
	});
}
