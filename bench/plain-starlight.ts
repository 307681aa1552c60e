/**
 * The baseline of the scale benchmark: a plain Starlight project (Starlight's defaults: no
 * integrations, overrides, custom CSS, route middleware or last-updated dates of ours) that
 * publishes the same pages with the same content as a build of ours. Each reader page of our
 * `dist/` becomes one Markdown page whose body is the HTML of our page's content column (text,
 * tables, inline diagram SVG, source chips), so both builds carry the same content volume and the
 * difference is what our site adds around it: the checker, components, the cite panel, head
 * metadata, the CSP step and the data exports. Same title, locales and sidebar, so both sites have
 * the same navigation; headings stay headings, so Starlight gives each page its own anchors and
 * "on this page" list.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { attr, isRedirect, parseHtml, serialize, type Element } from '../src/lib/html/hast.ts';
import { filesUnder } from '../src/lib/node/walk.ts';
import { readSidebarCases } from '../src/lib/node/sidebar-cases.ts';
import { locales, siteSidebar } from '../src/lib/site/config.ts';

/** What a plain page needs from one of ours: its path, title, description and content. */
export interface PlainPage {
	/** Site path without slashes at the ends, e.g. `zh/cases/nanjing`. */
	path: string;
	title: string;
	description: string;
	/** The content column as Markdown: its h2/h3 as Markdown headings, the rest as raw HTML. */
	body: string;
}

/**
 * Markdown headings for our heading wrappers (so Starlight makes its own anchors and "on this
 * page" list, as it would for any page), raw HTML blocks for everything else. An HTML block ends
 * at a blank line, so blank lines inside one (in a `<pre>`, say) get an empty comment.
 */
function markdownOf(content: Element): string {
	return content.children
		.map((node) => {
			const el = node.type === 'element' ? node : undefined;
			const heading =
				el && (attr(el, 'class') ?? '').split(' ').includes('sl-heading-wrapper')
					? select('h2, h3', el)
					: undefined;
			if (heading)
				return `\n\n${heading.tagName === 'h2' ? '##' : '###'} ${toString(heading).trim()}\n\n`;
			if (el?.tagName === 'script') return '';
			return serialize(node).replace(/\n(?=[ \t]*\n)/g, '\n<!-- -->');
		})
		.join('');
}

/** The reader pages of a build of ours (zh and en, no redirect pages), as plain pages. */
export function pagesOf(dist: string): PlainPage[] {
	return filesUnder(dist, { skip: ['pagefind'] })
		.filter((f) => f.endsWith('index.html'))
		.map((file) => ({ url: `/${relative(dist, file).replace(/index\.html$/, '')}`, file }))
		.filter(({ url }) => /^\/(zh|en)\//.test(url))
		.map(({ url, file }) => ({ url, root: parseHtml(readFileSync(file, 'utf8')) }))
		.filter(({ root }) => !isRedirect(root))
		.map(({ url, root }) => {
			const content = select('.sl-markdown-content', root);
			const title = select('h1#_top', root);
			const description = select('meta[name="description"]', root);
			return {
				path: url.replace(/^\/|\/$/g, ''),
				title: title ? toString(title).trim() : url,
				description: (description && attr(description, 'content')) ?? '',
				body: content ? markdownOf(content) : '',
			};
		});
}

/** A Markdown page of the plain project. */
export function markdownPage(page: PlainPage): string {
	return `---\ntitle: ${JSON.stringify(page.title)}\ndescription: ${JSON.stringify(page.description)}\n---\n\n${page.body.trim()}\n`;
}

/** The Astro config of the plain project: Starlight with our title, locales and sidebar only. */
function config(root: string, site: string): string {
	const options = {
		title: { 'zh-CN': '社区治理改革导读', en: "Community Governance Reform: A Reader's Guide" },
		defaultLocale: 'zh',
		locales,
		sidebar: siteSidebar(readSidebarCases(root)),
	};
	return [
		`import { defineConfig } from 'astro/config';`,
		`import starlight from '@astrojs/starlight';`,
		`export default defineConfig({ site: ${JSON.stringify(site)}, integrations: [starlight(${JSON.stringify(options)})] });`,
		'',
	].join('\n');
}

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes a plain Starlight project with `pages` in a new temporary folder (node_modules hard-linked
 * from `root`, as the copies of ours are) and returns its path.
 */
export function plainStarlightProject(root: string, pages: PlainPage[], site: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'plain-starlight-'));
	// Listed as dependencies, as in a new Starlight project: Vite then bundles Starlight's modules
	// (which import `astro:` virtual modules) instead of leaving them to Node.
	const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
		devDependencies: Record<string, string>;
	};
	const dependencies = Object.fromEntries(
		['astro', '@astrojs/starlight'].map((name) => [name, ours.devDependencies[name]]),
	);
	writeFileSync(
		join(dir, 'package.json'),
		`${JSON.stringify({ private: true, type: 'module', dependencies }, null, '\t')}\n`,
	);
	writeFileSync(join(dir, 'astro.config.mjs'), config(root, site));
	mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
	writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
	for (const page of pages) {
		const folder = join(dir, 'src/content/docs', page.path);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'index.md'), markdownPage(page));
	}
	execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
	// Our own build's caches (its content store) must not leak into the plain build.
	for (const cache of ['.astro', '.vite'])
		rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
	return dir;
}

/** The `site` a build of ours was made for (its canonical links), for the plain twin. */
export function siteOf(dist: string): string {
	const html = readFileSync(join(dist, 'en/index.html'), 'utf8');
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
	return canonical ? new URL(canonical).origin : 'https://example.org';
}
