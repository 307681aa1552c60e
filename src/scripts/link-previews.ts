/**
 * Link previews, the part every page loads: it waits for a reader's first intent on a link to a
 * concept, a case or a part of the paper summary (a pointer over it, focus, a tap) and only then
 * loads the previews themselves (src/scripts/previews/ui.ts, its styles and its JSON), so a page's
 * first load carries these few lines and nothing else.
 */
const main = document.querySelector('main');
const TARGET = /\/(?:zh|en)\/(?:concepts|cases|paper)\//;
const TYPES = ['pointerover', 'focusin', 'click'] as const;

let loading = false;
/** The latest intent while the module loads, handed to it once it runs. */
let pending: Event | undefined;

function intent(e: Event): void {
	const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
	if (!(a instanceof HTMLAnchorElement) || !TARGET.test(a.pathname)) return;
	// A first tap shows the preview instead of following the link, even before the module runs.
	if (e.type === 'click' && (e as PointerEvent).pointerType === 'touch') e.preventDefault();
	else if (e.type === 'click') return;
	pending = e;
	if (loading || !main) return;
	loading = true;
	void import('./previews/ui.ts').then(({ install }) => {
		for (const type of TYPES) main.removeEventListener(type, intent);
		install(main, pending);
	});
}

for (const type of TYPES) main?.addEventListener(type, intent);
