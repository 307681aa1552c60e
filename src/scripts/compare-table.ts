/**
 * Phones: two selects choose which two columns are shown side by side. The figure gets
 * `data-picked` (the CSS then lays each dimension out as a heading over two cells) and every
 * cell of an unchosen column `data-off`. A dimension whose cells run long is cut to a few lines
 * with a button to show it all, so two cases compare on one screen instead of over ten.
 * Wider screens ignore all of this (see the media queries).
 */
const phone = window.matchMedia('(max-width: 63.99rem)');

function markLong(figure: HTMLElement, picker: HTMLElement) {
	const rows = [...figure.querySelectorAll<HTMLElement>('tbody tr')];
	// Every row measured first, then every change made: one layout, not one per row (reading
	// a height after a change forces the browser to lay the page out again).
	// Which cells are cut: only those fade at the foot, so a short cell beside a long one keeps
	// its last line and its source chip in full.
	const cut = rows.map((row) =>
		[...row.querySelectorAll<HTMLElement>('td')].map(
			(c) => phone.matches && !c.hasAttribute('data-off') && c.scrollHeight > c.clientHeight + 4,
		),
	);
	const isLong = rows.map(
		(row, i) => phone.matches && (row.hasAttribute('data-open') || cut[i]!.some(Boolean)),
	);
	for (const [i, row] of rows.entries()) {
		const long = isLong[i]!;
		row.toggleAttribute('data-long', long);
		if (!row.hasAttribute('data-open')) {
			for (const [j, cell] of row.querySelectorAll('td').entries()) {
				cell.toggleAttribute('data-cut', cut[i]![j]!);
			}
		}
		let button = row.querySelector<HTMLButtonElement>('.compare__more');
		if (!long) {
			button?.remove();
			continue;
		}
		if (!button) {
			button = document.createElement('button');
			button.type = 'button';
			button.className = 'compare__more';
			button.addEventListener('click', () => {
				const open = row.toggleAttribute('data-open');
				button!.setAttribute('aria-expanded', String(open));
				button!.textContent = (open ? picker.dataset.less : picker.dataset.more) ?? '';
			});
			row.querySelector('th')?.append(button);
		}
		const open = row.hasAttribute('data-open');
		button.setAttribute('aria-expanded', String(open));
		button.textContent = (open ? picker.dataset.less : picker.dataset.more) ?? '';
	}
}

for (const figure of document.querySelectorAll<HTMLElement>('.compare--matrix')) {
	const picker = figure.querySelector<HTMLElement>('[data-picker]');
	const selects = [...figure.querySelectorAll<HTMLSelectElement>('[data-picker] select')];
	if (!picker || selects.length !== 2) continue;
	const pick = () => {
		const chosen = new Set(selects.map((s) => s.value));
		// A case already shown in one slot cannot be chosen in the other: two copies of one
		// column would compare nothing and leave a one-column table.
		for (const [i, select] of selects.entries()) {
			const other = selects[1 - i]!.value;
			for (const option of select.options) option.disabled = option.value === other;
		}
		for (const cell of figure.querySelectorAll<HTMLElement>('[data-col]')) {
			cell.toggleAttribute('data-off', !chosen.has(cell.dataset.col ?? ''));
		}
		figure.style.setProperty('--cgr-picked', String(chosen.size));
	};
	const apply = () => {
		pick();
		markLong(figure, picker);
	};
	for (const select of selects) select.addEventListener('change', apply);
	phone.addEventListener('change', () => markLong(figure, picker));
	picker.hidden = false;
	figure.dataset.picked = '';
	pick();
	// Long rows are measured once the page has been laid out and painted, not in the middle of
	// loading it (a forced layout of the whole table there blocked the main thread).
	requestAnimationFrame(() => setTimeout(() => markLong(figure, picker)));
}
