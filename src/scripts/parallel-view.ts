/**
 * The parallel view's language choice (src/components/parallel/ParallelText.astro) remembered in
 * localStorage, so that a reader who reads one language only keeps that choice on the next view
 * and after a reload. No cookie: nothing is sent to a server. The radio group works without this.
 */
const KEY = 'cgr-parallel-show';
const VALUES = new Set(['both', 'zh', 'en']);

/** localStorage, or undefined where the browser refuses it (private mode, storage disabled). */
function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

for (const group of document.querySelectorAll<HTMLFieldSetElement>('.pv-show')) {
	const saved = storage()?.getItem(KEY);
	if (saved && VALUES.has(saved)) {
		const input = group.querySelector<HTMLInputElement>(`input[value="${saved}"]`);
		if (input) input.checked = true;
	}
	group.addEventListener('change', (event) => {
		const value = (event.target as HTMLInputElement).value;
		if (!VALUES.has(value)) return;
		try {
			storage()?.setItem(KEY, value);
		} catch {
			// Storage full or refused: the choice holds for this page only.
		}
	});
}
