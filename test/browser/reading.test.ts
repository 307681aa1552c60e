/**
 * Reading on a phone and at a desk: one test per rule, each measured in Chromium the
 * way a reader meets it: home navigation on a phone, comparison tables that fit and compare,
 * calm source chips (count, contrast, copy), plain tables on a phone,
 * the reading position across languages, concept navigation, the landing page's theme, the
 * print button and the tab title.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { sitePath, withBasePath } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const PHONE = { width: 375, height: 812 };
const DESK = { width: 1280, height: 800 };

interface OpenOptions {
	viewport?: { width: number; height: number };
	theme?: 'light' | 'dark';
	javaScript?: boolean;
}

/** A page in a fresh context: viewport, Starlight's stored theme, JavaScript on or off. */
async function open(
	path: string,
	{ viewport = DESK, theme, javaScript = true }: OpenOptions = {},
): Promise<{ page: Page; context: BrowserContext }> {
	const context = await browser().newContext({
		viewport,
		colorScheme: theme ?? 'light',
		javaScriptEnabled: javaScript,
	});
	if (theme) await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	const page = await context.newPage();
	await page.goto(site + path, { waitUntil: 'networkidle' });
	return { page, context };
}

describe('home pages navigate on a phone', () => {
	it.each(['zh', 'en'])(
		'/%s/ at 375 px offers the menu, and in it language and theme',
		async (l) => {
			const { page, context } = await open(`/${l}/`, { viewport: PHONE });
			const menu = page.locator('button[popovertarget="starlight__sidebar"]');
			expect(await menu.isVisible()).toBe(true);
			await menu.click();
			for (const picker of ['starlight-lang-select select', 'starlight-theme-select select']) {
				const visible = await page
					.locator(`#starlight__sidebar ${picker}`)
					.evaluateAll((els) =>
						els.some((e) => (e as HTMLElement).getBoundingClientRect().width > 0),
					);
				expect(visible, picker).toBe(true);
			}
			await context.close();
		},
	);

	describe.each([PHONE, DESK])('first screen at $width px', (viewport) => {
		it.each(['zh', 'en'])(
			'/%s/ links to the paper, cases, comparison, concepts, timeline',
			async (l) => {
				const { page, context } = await open(`/${l}/`, { viewport });
				for (const target of ['paper/', 'cases/', 'compare/', 'concepts/', 'timeline/']) {
					const box = await page
						.locator(`main a[href="${withBasePath(`/${l}/${target}`)}"]`)
						.first()
						.boundingBox();
					expect(box, target).not.toBeNull();
					expect(box!.y + box!.height, target).toBeLessThanOrEqual(viewport.height);
				}
				await context.close();
			},
		);
	});

	it.each([
		['zh', ['上海', '沈阳', '江汉', '铜陵', '南京', '青山']],
		['en', ['Shanghai', 'Shenyang', 'Jianghan', 'Tongling', 'Nanjing', 'Qingshan']],
	])('/%s/ names each case the paper discusses', async (l, names) => {
		const { page, context } = await open(`/${l}/`);
		// The section's paragraphs: what follows the heading's wrapper up to the next heading.
		const text = await page.locator('#in-brief').evaluate((h) => {
			const parts: string[] = [];
			let el = (h.closest('.sl-heading-wrapper') ?? h).nextElementSibling;
			for (; el && !el.matches('.sl-heading-wrapper, h2'); el = el.nextElementSibling)
				parts.push((el as HTMLElement).innerText);
			return parts;
		});
		for (const name of names) expect(text.join(' '), name).toContain(name);
		await context.close();
	});
});

/** Every comparison table of a page, measured. */
function measureTables(page: Page) {
	return page.locator('figure.compare').evaluateAll((figures) =>
		figures.map((f) => {
			const table = f.querySelector('table')!;
			return {
				id: f.getAttribute('data-table'),
				table: table.getBoundingClientRect().width,
				column: f.getBoundingClientRect().width,
				height: table.getBoundingClientRect().height,
				overflow: table.parentElement!.scrollWidth - table.parentElement!.clientWidth,
			};
		}),
	);
}

describe('comparison tables at 1280 px', () => {
	it.each(['zh', 'en'])('/%s/compare/: every table fits its column', async (l) => {
		const { page, context } = await open(`/${l}/compare/`);
		const tables = await measureTables(page);
		expect(tables.map((t) => t.id)).toEqual([
			'overview',
			'reform-models',
			'early-models',
			'stages',
		]);
		for (const t of tables) {
			expect(t.table, t.id!).toBeLessThanOrEqual(t.column + 1);
			expect(t.overflow, t.id!).toBeLessThanOrEqual(1);
			// The page gives the tables room: wider than Starlight's 45rem text column.
			expect(t.column, t.id!).toBeGreaterThan(800);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			1280,
		);
		await context.close();
	});

	it.each(['zh', 'en'])('/%s/compare/: the header row stays in view while scrolling', async (l) => {
		const { page, context } = await open(`/${l}/compare/`);
		for (const id of ['overview', 'reform-models']) {
			const figure = page.locator(`figure[data-table="${id}"]`);
			const box = (await figure.boundingBox())!;
			// Scroll so that the middle of the table is at the top of the window.
			await page.evaluate((y) => window.scrollTo(0, y), box.y + box.height / 2);
			const header = await figure.locator('thead th').nth(1).boundingBox();
			const nav = await page.locator('header.header').boundingBox();
			expect(header!.y, id).toBeGreaterThanOrEqual(nav!.y + nav!.height - 1);
			expect(header!.y, id).toBeLessThan(nav!.y + nav!.height + 4);
			await page.evaluate(() => window.scrollTo(0, 0));
		}
		await context.close();
	});
});

describe('comparison tables at 375 px', () => {
	it.each(['zh', 'en'])('/%s/compare/: two chosen cases side by side on one screen', async (l) => {
		const { page, context } = await open(`/${l}/compare/`, { viewport: PHONE });
		const figure = page.locator('figure[data-table="reform-models"]');
		const selects = figure.locator('[data-picker] select');
		await selects.nth(0).selectOption('tongling');
		await selects.nth(1).selectOption('qingshan');
		await figure.locator('tr[data-dimension="streetOffice"]').scrollIntoViewIfNeeded();
		const shown = await figure.locator('thead th[data-col]').evaluateAll((ths) =>
			ths
				.filter((th) => th.getBoundingClientRect().width > 0)
				.map((th) => ({
					col: th.getAttribute('data-col'),
					...th.getBoundingClientRect().toJSON(),
				})),
		);
		expect(shown.map((s) => s.col)).toEqual(['tongling', 'qingshan']);
		const cells = await figure
			.locator('tr[data-dimension="streetOffice"] td')
			.evaluateAll((tds) =>
				tds
					.filter((td) => td.getBoundingClientRect().width > 0)
					.map((td) => td.getBoundingClientRect().toJSON()),
			);
		expect(cells).toHaveLength(2);
		const [a, b] = cells as DOMRect[];
		// Side by side: the same row, both inside the screen, each at least a third of it wide.
		expect(Math.abs(a!.top - b!.top)).toBeLessThan(2);
		for (const c of [a!, b!]) {
			expect(c.left).toBeGreaterThanOrEqual(0);
			expect(c.right).toBeLessThanOrEqual(PHONE.width);
			expect(c.width).toBeGreaterThan(PHONE.width / 3);
		}
		await context.close();
	});

	it.each(['zh', 'en'])('/%s/compare/: no table is taller than 5,000 px', async (l) => {
		const { page, context } = await open(`/${l}/compare/`, { viewport: PHONE });
		for (const t of await measureTables(page)) expect(t.height, t.id!).toBeLessThan(5000);
		await context.close();
	});

	it('without JavaScript the table scrolls sideways with the first column held', async () => {
		const { page, context } = await open('/en/compare/', { viewport: PHONE, javaScript: false });
		const figure = page.locator('figure[data-table="reform-models"]');
		expect(await figure.locator('[data-picker]').isVisible()).toBe(false);
		const scroll = figure.locator('.compare__scroll');
		expect(await scroll.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
		const before = (await figure.locator('tbody th').first().boundingBox())!.x;
		await scroll.evaluate((e) => e.scrollBy(300, 0));
		expect((await figure.locator('tbody th').first().boundingBox())!.x).toBe(before);
		await context.close();
	});
});

/** Pages with many source references, from MDX and from components. */
const CHIP_PAGES = [
	'/zh/paper/involution/',
	'/en/paper/reform-paths/',
	'/zh/cases/qingshan/',
	'/en/about/',
	'/zh/compare/',
	'/en/concepts/involution/',
];

describe('source chips', () => {
	it.each(CHIP_PAGES)('%s: at most one chip per paragraph, list item or cell', async (path) => {
		const { page, context } = await open(path);
		const crowded = await page.evaluate(() => {
			const counts = new Map<Element, number>();
			for (const chip of document.querySelectorAll('main .src-ref')) {
				const block = chip.closest('p, li, td, th, dd, dt, figcaption');
				if (block) counts.set(block, (counts.get(block) ?? 0) + 1);
			}
			return [...counts].filter(([, n]) => n > 1).map(([b]) => b.textContent!.slice(0, 60));
		});
		expect(crowded).toEqual([]);
		await context.close();
	});

	it.each(CHIP_PAGES.slice(0, 3))(
		'%s: no chip points back at the heading just above it',
		async (path) => {
			const { page, context } = await open(path);
			const selfLinks = await page.evaluate(() => {
				const here = location.pathname;
				let heading = '';
				const found: string[] = [];
				const walker = document.createTreeWalker(
					document.querySelector('main')!,
					NodeFilter.SHOW_ELEMENT,
				);
				for (
					let n = walker.nextNode() as Element | null;
					n;
					n = walker.nextNode() as Element | null
				) {
					if (/^H[23]$/.test(n.tagName) && n.id) heading = n.id;
					if (n.matches('.src-ref a')) {
						const url = new URL((n as HTMLAnchorElement).href);
						if (url.pathname === here && (url.hash === '' || url.hash === `#${heading}`))
							found.push(`${url.hash} under #${heading}`);
					}
				}
				return found;
			});
			expect(selfLinks).toEqual([]);
			await context.close();
		},
	);

	it.each(['/zh/concepts/involution/', '/en/cases/tongling/', '/zh/compare/'])(
		'%s, dark theme: every chip border has at least 3:1 contrast with the background',
		async (path) => {
			const { page, context } = await open(path, { theme: 'dark' });
			const ratios = await page.locator('main .src-ref').evaluateAll((chips) => {
				const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
				const lum = (c: string) => {
					const [r, g, b] = rgb(c).map((v) => {
						const s = v / 255;
						return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
					});
					return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
				};
				/** The first opaque background behind an element. */
				const background = (el: Element | null): string => {
					for (; el; el = el.parentElement) {
						const bg = getComputedStyle(el).backgroundColor;
						if (!/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
					}
					return 'rgb(255, 255, 255)';
				};
				return chips.map((chip) => {
					const a = lum(getComputedStyle(chip).borderTopColor);
					const b = lum(background(chip.parentElement));
					return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
				});
			});
			expect(ratios.length).toBeGreaterThan(0);
			expect(Math.min(...ratios)).toBeGreaterThanOrEqual(3);
			await context.close();
		},
	);

	it('labels of one chip are separated, never run together (/en/about/)', async () => {
		const { page, context } = await open('/en/about/');
		const joins = await page
			.locator('main .src-ref a + a')
			.evaluateAll((links) => links.map((a) => getComputedStyle(a, '::before').content));
		for (const content of joins) expect(content).toMatch(/[·、]/);
		// And the chips of neighbouring lines never overlap.
		const boxes = await page
			.locator('main .src-ref a')
			.evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
		for (let i = 1; i < boxes.length; i++) {
			const [p, q] = [boxes[i - 1]!, boxes[i]!];
			const overlap =
				p.top < q.bottom - 1 &&
				q.top < p.bottom - 1 &&
				p.left < q.right - 1 &&
				q.left < p.right - 1;
			expect(overlap, `link ${i}`).toBe(false);
		}
		await context.close();
	});

	it.each(['/zh/compare/', '/en/compare/'])(
		'%s: in a table cell no line of a chip begins with a separator',
		async (path) => {
			const { page, context } = await open(path, { viewport: PHONE });
			// A link of a cell's chip that starts a new line starts with its own label, because the
			// separator ends the link before it (its links are side-by-side boxes there).
			const starts = await page
				.locator('td .src-ref a + a')
				.evaluateAll((links) => links.map((a) => getComputedStyle(a, '::before').content));
			expect(starts.length).toBeGreaterThan(10);
			for (const content of starts) expect(content).toBe('none');
			const ends = await page
				.locator('td .src-ref a:not(:last-child)')
				.evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));
			for (const content of ends) expect(content).toMatch(/[·、]\s*"$/);
			await context.close();
		},
	);

	it('copying a paragraph copies its text, not the chip labels', async () => {
		const context = await browser().newContext({ viewport: DESK });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(site).origin,
		});
		const page = await context.newPage();
		await page.goto(`${site}/en/cases/tongling/`, { waitUntil: 'networkidle' });
		const paragraph = page.locator('main .sl-markdown-content p:has(.src-ref)').first();
		const labels = await paragraph
			.locator('.src-ref a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('data-label')!));
		expect(labels.length).toBeGreaterThan(0);
		await paragraph.evaluate((p) => {
			const range = document.createRange();
			range.selectNodeContents(p);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		});
		await page.keyboard.press('Control+C');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied.trim().length).toBeGreaterThan(40);
		for (const label of labels) expect(copied).not.toContain(label);
		await context.close();
	});
});

describe('plain tables on a phone', () => {
	// The pages with a plain Markdown table (Qingshan's figures are a <CaseFigures>, its own table).
	it.each(['/en/paper/reform-paths/', '/zh/paper/reform-paths/'])(
		'%s: no column squeezed narrower than a short word; the table scrolls instead',
		async (path) => {
			const { page, context } = await open(path, { viewport: PHONE });
			const cells = await page
				.locator(
					'main .sl-markdown-content :is(table:not(.not-content table), .case-figures table) :is(th, td)',
				)
				.evaluateAll((els) =>
					els.map((e) => ({
						text: e.textContent!.trim().slice(0, 20),
						ems: e.getBoundingClientRect().width / parseFloat(getComputedStyle(e).fontSize),
					})),
				);
			expect(cells.length).toBeGreaterThan(0);
			for (const c of cells) expect(c.ems, c.text).toBeGreaterThanOrEqual(5);
			await context.close();
		},
	);
});

describe('switching language keeps the reading position', () => {
	it.each([
		['/zh/paper/reform-paths/', '/en/paper/reform-paths/'],
		['/en/cases/nanjing/', '/zh/cases/nanjing/'],
	])('%s, scrolled down, → %s at the same section', async (from, to) => {
		const { page, context } = await open(from);
		await page.evaluate(() => window.scrollTo(0, 3000));
		const before = await page.evaluate(() => {
			let id = '';
			for (const h of document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')) {
				if (h.getBoundingClientRect().top > window.innerHeight / 3) break;
				id = h.id;
			}
			return id;
		});
		expect(before).not.toBe('');
		await Promise.all([
			page.waitForURL(`**${to}#${before}`),
			page
				.locator('starlight-lang-select select')
				.first()
				.selectOption({ value: withBasePath(to) }),
		]);
		expect(sitePath(page.url())).toBe(to);
		await page.waitForFunction(() => window.scrollY > 500);
		const top = await page
			.locator(`[id="${before}"]`)
			.evaluate((h) => h.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(300);
		await context.close();
	});
});

describe('concept pages', () => {
	it.each(['zh', 'en'])(
		'/%s/concepts/involution/ has previous and next, and the glossary is highlighted',
		async (l) => {
			const { page, context } = await open(`/${l}/concepts/involution/`);
			const prev = page.locator('.pagination-links a[rel="prev"]');
			const next = page.locator('.pagination-links a[rel="next"]');
			expect(await prev.getAttribute('href')).toMatch(new RegExp(`/${l}/concepts/[a-z-]+/$`));
			const nextHref = (await next.getAttribute('href'))!;
			expect(nextHref).toMatch(new RegExp(`/${l}/concepts/[a-z-]+/$`));
			const entry = page.locator(
				`#starlight__sidebar a[href="${withBasePath(`/${l}/concepts/`)}"]`,
			);
			expect(await entry.getAttribute('aria-current')).toBeTruthy();
			const [marked, plain] = await Promise.all([
				entry.evaluate((a) => getComputedStyle(a).backgroundColor),
				page
					.locator(`#starlight__sidebar a[href="${withBasePath(`/${l}/timeline/`)}"]`)
					.evaluate((a) => getComputedStyle(a).backgroundColor),
			]);
			expect(marked).not.toBe(plain);
			// The next page's previous link leads back here.
			await page.goto(new URL(nextHref, page.url()).href);
			expect(
				sitePath(
					await page
						.locator('.pagination-links a[rel="prev"]')
						.evaluate((a) => (a as HTMLAnchorElement).href),
				),
			).toBe(`/${l}/concepts/involution/`);
			await context.close();
		},
	);
});

describe('the little things', () => {
	it.each([
		['light', 'dark'],
		['dark', 'light'],
	] as const)(
		'the landing page follows the chosen %s theme on a %s system',
		async (chosen, system) => {
			const context = await browser().newContext({ viewport: DESK, colorScheme: system });
			await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), chosen);
			const page = await context.newPage();
			await page.goto(`${site}/`, { waitUntil: 'networkidle' });
			const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
			const light = r! + g! + b! > 3 * 128;
			expect(light ? 'light' : 'dark').toBe(chosen);
			await context.close();
		},
	);

	it.each(['/zh/cases/nanjing/', '/en/paper/involution/'])(
		'%s has a print / save-as-PDF button',
		async (path) => {
			const { page, context } = await open(path);
			await page.evaluate(() => {
				(window as unknown as { printed: number }).printed = 0;
				window.print = () => void (window as unknown as { printed: number }).printed++;
			});
			await page.locator('button.print-button').click();
			expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
			await context.close();
		},
	);

	it.each([
		['zh', '社区治理改革导读'],
		['en', "Community Governance Reform: A Reader's Guide"],
	])('the /%s/ tab title names the site once', async (l, name) => {
		const { page, context } = await open(`/${l}/`);
		expect(await page.title()).toBe(name);
		await context.close();
	});
});
