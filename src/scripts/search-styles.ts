/**
 * Loads Pagefind's search dialog styles when a reader is about to search: a pointer over or a
 * touch on the search button, focus on it, or Starlight's keyboard shortcuts (Ctrl/⌘ K, /). The
 * dialog's script (Pagefind's UI) loads on demand too, so the styles come with it instead of
 * blocking every page's first paint. A dialog opened another way still gets them at once.
 */
import href from '../styles/search-ui.css?url';

let loaded = false;
function load(): void {
	if (loaded) return;
	loaded = true;
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	document.head.append(link);
}

const search = document.querySelector('site-search');
for (const type of ['pointerover', 'pointerdown', 'focusin'])
	search?.addEventListener(type, load, { once: true, passive: true });
window.addEventListener('keydown', (e) => {
	if (e.key === '/' || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) load();
});
const dialog = search?.querySelector('dialog');
if (dialog)
	new MutationObserver(() => dialog.open && load()).observe(dialog, {
		attributes: true,
		attributeFilter: ['open'],
	});
