/**
 * What changed between two editions, in a browser: the changes page of a case in Chinese and
 * English, on a phone and at a desk. Each change is named in words and marked as deleted and
 * inserted text, the page never scrolls sideways, and its banner leads to both editions' pages.
 * The two editions are frozen from the built site, the second after one paragraph was reworded
 * in each language (in the MDX and in the frozen copy alike, so the second edition is the
 * text the build then renders), and published by a build of a project copy.
 */
import { spawnSync } from 'node:child_process';
import {
	appendFileSync,
	cpSync,
	mkdtempSync,
	readFileSync,
	realpathSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { build, edit, output } from '../support/build.ts';
import { childEnv } from '../support/env.ts';
import { ROOT } from '../support/fixture.ts';
import { copyProject } from '../support/project-copy.ts';
import { serveDist, type StaticServer } from '../support/server.ts';
import { BASE, DIST_DIR, withBasePath } from '../support/site.ts';

const browser = useBrowser();
const PHONE = { width: 375, height: 812 };
const DESK = { width: 1280, height: 900 };
/** One paragraph reworded per language in the second edition. */
const EDITS = {
	en: {
		from: 'It is one of the three representative models',
		to: 'It is one of three representative reform models',
		label: 'Reworded',
		link: 'Edition 0.8.1 of this page',
	},
	zh: {
		from: '是民政部试验区中三',
		to: '是民政部试验区中的三',
		label: '改写',
		link: '本页的 0.8.1 版',
	},
} as const;

let dir: string;
let scratch: string;
let server: StaticServer;

const release = (...args: string[]) => {
	const r = spawnSync(process.execPath, ['scripts/edition.ts', ...args], {
		cwd: dir,
		env: childEnv(),
		encoding: 'utf8',
	});
	expect(r.status, output(r)).toBe(0);
};

beforeAll(async () => {
	dir = copyProject();
	scratch = mkdtempSync(join(tmpdir(), 'edition-dist-'));
	appendFileSync(
		join(dir, 'content/editions/changelog.yaml'),
		'0.8.0:\n  zh: 测试版。\n  en: A test edition.\n0.8.1:\n  zh: 改写一段。\n  en: One paragraph reworded.\n',
	);
	const dist = realpathSync(join(ROOT, DIST_DIR));
	release('0.8.0', '--dist', dist, '--date', '2026-12-01');
	for (const part of ['index.html', 'zh', 'en'])
		cpSync(join(dist, part), join(scratch, part), { recursive: true });
	for (const [locale, e] of Object.entries(EDITS)) {
		const file = join(scratch, locale, 'cases/tongling/index.html');
		const html = readFileSync(file, 'utf8');
		expect(html).toContain(e.from);
		writeFileSync(file, html.replace(e.from, e.to));
		edit(dir, `src/content/docs/${locale}/cases/tongling.mdx`, (mdx) => mdx.replace(e.from, e.to));
	}
	release('0.8.1', '--dist', scratch, '--date', '2026-12-02');
	const built = build(dir, join(dir, 'dist'));
	expect(built.status, output(built)).toBe(0);
	server = await serveDist(join(dir, 'dist'), BASE);
}, 900_000);

afterAll(async () => {
	await server?.close();
	for (const d of [dir, scratch]) if (d) rmSync(d, { recursive: true, force: true });
});

describe('what changed between two editions', () => {
	for (const [locale, e] of Object.entries(EDITS))
		for (const [name, viewport] of Object.entries({ phone: PHONE, desk: DESK }))
			it(`names each change and fits the screen (${locale}, ${name})`, async () => {
				const context = await browser().newContext({ viewport });
				const page = await context.newPage();
				const path = withBasePath(`/editions/0.8.0/${locale}/cases/tongling/changes/`);
				const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
				expect(response?.status()).toBe(200);
				await page.screenshot({
					path: join(tmpdir(), `edition-changes-${locale}-${name}.png`),
					fullPage: true,
				});
				const reworded = page.locator('[data-change="reworded"]');
				await expect.poll(() => reworded.count()).toBe(1);
				await expect.poll(() => reworded.locator('strong').innerText()).toBe(e.label);
				expect(await reworded.locator('del').innerText()).toContain(e.from);
				expect(await reworded.locator('ins').innerText()).toContain(e.to);
				expect(await page.locator('[data-change="added"], [data-change="removed"]').count()).toBe(
					0,
				);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				expect(overflow).toBeLessThanOrEqual(0);
				await page.getByRole('link', { name: e.link }).click();
				await page.waitForURL(`**/editions/0.8.1/${locale}/cases/tongling/`);
				expect(await page.locator('#p-typical-abolish-street').innerText()).toContain(e.to);
				await context.close();
			});
});
