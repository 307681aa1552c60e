/** The print button (src/components/starlight/PageTitle.astro): its behaviour in the browser. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
	button.addEventListener('click', () => window.print());
	button.hidden = false;
}
