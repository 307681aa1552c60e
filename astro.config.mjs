// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { contentChecker } from './config/integrations/content-checker.ts';
import { contentSecurityPolicy } from './config/integrations/csp.ts';
import { hostRedirects } from './config/integrations/host-redirects.ts';
import { siteUrlWarning } from './config/integrations/site-url.ts';
import { resolveSite } from './src/lib/site-url.ts';
import { mergeSourceRefs } from './config/markdown/source-refs.ts';
import { paragraphIds } from './config/markdown/paragraph-ids.ts';
import { componentPage } from './config/markdown/component-page.ts';
import { locales, sidebar } from './src/lib/site-config.ts';
import { readRedirects } from './src/lib/url-promise.ts';

/**
 * Where the site is deployed: SITE_URL (its address, optionally with a sub-path) and BASE_PATH
 * (the sub-path, e.g. /guide/). An unusable value stops the build with a message naming it.
 */
const { site, base, placeholder } = resolveSite(process.env);
/** Renamed pages; a broken or hostile file yields none here, and the checker names the problem. */
const redirects = readRedirects(new URL('./content/redirects.json', import.meta.url).pathname);

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Renamed pages keep working: one list feeds Astro's redirect pages and the host's _redirects.
	redirects,
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Explicit `{ #id }` heading ids keep anchors identical in both languages. One source chip per
	// paragraph, list item or cell: see config/markdown/source-refs.ts. Paragraph ids written as
	// `<Para id="p-…" />` become the ids of their paragraphs: see config/markdown/paragraph-ids.ts.
	// Every component learns the page it stands on: see config/markdown/component-page.ts.
	markdown: {
		processor: satteri({
			features: { headingAttributes: true },
			hastPlugins: [mergeSourceRefs(), paragraphIds(), componentPage()],
		}),
	},
	vite: {
		resolve: {
			// Starlight's search creates the Pagefind UI with options it fixes; this module is the same
			// UI with the site's search options and query handling (see its comment for why).
			alias: [
				{
					find: /^@pagefind\/default-ui$/,
					replacement: fileURLToPath(new URL('./src/lib/search-ui.ts', import.meta.url)),
				},
			],
		},
	},
	integrations: [
		siteUrlWarning(placeholder),
		contentChecker(),
		starlight({
			title: { 'zh-CN': '社区治理改革导读', en: "Community Governance Reform: A Reader's Guide" },
			description: '胡晓燕、曹海军《社区治理体系和治理能力现代化的思考》中英双语导读',
			defaultLocale: 'zh',
			locales,
			sidebar,
			favicon: '/favicon.svg',
			lastUpdated: true,
			// Wrapped lines instead of sideways scrolling: the citation examples on the cite page
			// stay readable on phones, and no code block is a scroll region without keyboard access.
			expressiveCode: { defaultProps: { wrap: true } },
			pagination: true,
			// Per-page data: a text-only <title>, head metadata for reference managers.
			routeMiddleware: './src/route-data.ts',
			// Our own bilingual 404 page (src/pages/404.astro) replaces Starlight's Chinese-only one.
			disable404Route: true,
			customCss: ['./src/styles/site.css'],
			components: {
				PageTitle: './src/components/starlight/PageTitle.astro',
				Footer: './src/components/starlight/Footer.astro',
				Search: './src/components/starlight/Search.astro',
			},
		}),
		// Sets security.csp (hashes from component sources); after the build places the policy after
		// <meta charset> and fails on any script nobody shipped. After Starlight, so its search
		// index is built from the final pages.
		contentSecurityPolicy(redirects),
		hostRedirects({ redirects }, base),
	],
});
