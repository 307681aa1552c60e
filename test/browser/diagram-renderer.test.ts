/**
 * The page `npm run diagrams` renders Mermaid in makes no network request: a diagram source whose
 * label is an `<img>` and whose theme CSS loads a background (through an init directive, which the
 * content checker refuses, but the renderer must not trust that) fetches nothing from a listener
 * on this machine, while the same source in an ordinary page does fetch from it, so the listener
 * would see a request that got through.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mermaidConfig } from '../../src/lib/diagrams/cache.ts';
import { ensureInstalled } from '../../scripts/lib/ensure-installed.ts';
import { mermaidPage, renderMermaid } from '../../scripts/lib/mermaid-page.ts';
import { launchChromium } from '../support/browser.ts';
import { ROOT } from '../support/fixture.ts';

const MERMAID_DIR = join(ROOT, 'scripts/mermaid');

/** A flowchart whose label and theme CSS ask for URLs of `origin`. */
const hostileSource = (origin: string) =>
	[
		`%%{init: {"securityLevel":"loose","htmlLabels":true,"flowchart":{"htmlLabels":true},"themeCSS":".node rect { fill: url(${origin}/theme.png) }"}}%%`,
		'flowchart LR',
		`  a["<img src='${origin}/label.png'> label"] --> b[second]`,
	].join('\n');

describe('the diagram renderer', () => {
	let browser: Browser;
	let server: Server;
	let origin: string;
	const requests: string[] = [];
	let mermaidJs: string;

	beforeAll(async () => {
		ensureInstalled(MERMAID_DIR, 'Mermaid for the diagram renderer');
		mermaidJs = createRequire(join(MERMAID_DIR, 'package.json')).resolve(
			'mermaid/dist/mermaid.min.js',
		);
		server = createServer((req, res) => {
			requests.push(req.url ?? '');
			res.writeHead(404).end();
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		server?.close();
	});

	/** Renders the hostile source in `page`, then waits for any request it set off. */
	async function renderAndWait(page: Page) {
		requests.length = 0;
		const result = await renderMermaid(page, hostileSource(origin), 'dg-test', mermaidConfig());
		for (let i = 0; i < 30 && requests.length === 0; i++) await page.waitForTimeout(100);
		return result;
	}

	it('renders a label that asks for a URL without requesting it', async () => {
		const page = await mermaidPage(browser, mermaidJs);
		const result = await renderAndWait(page);
		expect(result).toHaveProperty('svg');
		expect(requests).toEqual([]);
		await page.close();
	});

	it('(the same source in an ordinary page does request it: the listener sees what gets through)', async () => {
		const page = await browser.newPage();
		await page.setContent(
			'<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
		);
		await page.addScriptTag({ path: mermaidJs });
		await renderAndWait(page);
		expect(requests.length).toBeGreaterThan(0);
		await page.close();
	});
});
