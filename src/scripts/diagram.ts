/** Diagrams (src/components/Diagram.astro): its behaviour in the browser. */
// The enlarge button moves the one SVG into a full-screen <dialog> (no copy: ids stay unique)
// and back when it closes (button, Escape); focus returns to the button. The hint shows only
// when the diagram is wider than its column.
for (const figure of document.querySelectorAll<HTMLElement>('figure.diagram')) {
	const scroll = figure.querySelector<HTMLElement>('.diagram__scroll');
	const svg = figure.querySelector<HTMLElement>('.diagram__svg');
	const hint = figure.querySelector<HTMLElement>('.diagram__hint');
	const open = figure.querySelector<HTMLButtonElement>('[data-diagram-open]');
	const dialog = figure.querySelector<HTMLDialogElement>('dialog');
	const body = dialog?.querySelector<HTMLElement>('.diagram__dialog-body');
	const close = dialog?.querySelector<HTMLButtonElement>('[data-diagram-close]');
	if (!scroll || !svg || !hint || !open || !dialog || !body || !close) continue;
	const update = () => {
		hint.hidden = dialog.open || scroll.scrollWidth <= scroll.clientWidth + 1;
	};
	// At once as well: a ResizeObserver's first report waits for a rendering step, which a busy
	// page may not reach before a reader (or a test) looks.
	update();
	new ResizeObserver(update).observe(scroll);
	if (figure.dataset.centred !== undefined)
		scroll.scrollLeft = (scroll.scrollWidth - scroll.clientWidth) / 2;
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
