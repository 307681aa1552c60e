/**
 * The search button's accessible name is its visible text (src/components/starlight/Search.astro
 * says why): the parts get spaces between them and the name reads "Search Ctrl K".
 */
for (const button of document.querySelectorAll('site-search button[data-open-modal]')) {
	for (const el of button.querySelectorAll('span, kbd')) el.before(' ');
	// Every text node on its own, so nested <kbd>Ctrl</kbd><kbd>K</kbd> reads "Ctrl K".
	const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
	const words: string[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.textContent?.trim();
		if (text) words.push(text);
	}
	const visible = words.join(' ');
	if (visible) button.setAttribute('aria-label', visible.replace(/\s+/g, ' '));
}
