/**
 * Keeps the reading position when the reader switches language. Starlight's language select
 * swaps the path and keeps the URL's #anchor; when there is none, this adds the id of the heading
 * the reader is in (the last h2/h3 above the upper third of the window) just before the switch.
 * Heading ids are the same in both languages, so the other page opens at the same section.
 */
function currentHeadingId(): string | undefined {
	const line = window.innerHeight / 3;
	let id: string | undefined;
	for (const heading of document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')) {
		if (heading.getBoundingClientRect().top > line) break;
		id = heading.id;
	}
	return id;
}

// Capture phase: runs before Starlight's own listener on the select navigates away.
document.addEventListener(
	'change',
	(event) => {
		const select = event.target;
		if (!(select instanceof HTMLSelectElement) || !select.closest('starlight-lang-select')) return;
		if (window.location.hash) return;
		const id = currentHeadingId();
		if (id) history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
	},
	true,
);
