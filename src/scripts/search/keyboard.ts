/**
 * The search dialog from the keyboard, as in a list of suggestions under a search box (the
 * WAI-ARIA combobox pattern, with focus moving to the results rather than
 * aria-activedescendant: each result is a link with links to its sections inside, which a
 * listbox's options may not contain). ↓ in the search box goes to the first result, past the
 * type filters; ↓/↑ move through the results (pages and their sections, in the order shown);
 * ↑ from the first result, or Escape on a result, goes back to the search box, where typing goes
 * on; Enter in the search box opens the first result, Enter on a result opens it (a link's own
 * behaviour). Home/End in the results go to the first and last result.
 */

const RESULT_LINKS = 'ol.pagefind-ui__results a.pagefind-ui__result-link';

/** The result links in the order shown. */
const links = (root: HTMLElement): HTMLAnchorElement[] => [
	...root.querySelectorAll<HTMLAnchorElement>(RESULT_LINKS),
];

/**
 * The link to move to from `current` (-1: the search box) for a key, or undefined for a key the
 * results leave alone; -1 means back to the search box.
 * @example nextIndex('ArrowDown', -1, 5) // 0
 * @example nextIndex('ArrowUp', 0, 5) // -1
 */
export function nextIndex(key: string, current: number, count: number): number | undefined {
	if (count === 0) return undefined;
	if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
	if (key === 'ArrowUp') return current - 1;
	if (current < 0) return undefined;
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	if (key === 'Escape') return -1;
	return undefined;
}

/** Keyboard moves between the search box and the results of the dialog in `root`. */
export function resultKeys(root: HTMLElement): void {
	const input = root.querySelector<HTMLInputElement>('input');
	if (!input) return;
	// Announced with the box: the arrow key leads to the results.
	input.setAttribute('aria-keyshortcuts', 'ArrowDown');
	root.addEventListener('keydown', (e) => {
		if (e.isComposing || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
		const all = links(root);
		const current = all.indexOf(document.activeElement as HTMLAnchorElement);
		const inBox = e.target === input;
		if (!inBox && current < 0) return;
		if (inBox && e.key === 'Enter') {
			if (all[0]) {
				e.preventDefault();
				all[0].click();
			}
			return;
		}
		const next = nextIndex(e.key, inBox ? -1 : current, all.length);
		if (next === undefined) return;
		e.preventDefault();
		// Escape on a result must not also close the dialog.
		e.stopPropagation();
		(next < 0 ? input : all[next])!.focus();
	});
}
