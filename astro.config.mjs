// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { contentChecker } from './config/integrations/content-checker.ts';
import { contentSecurityPolicy } from './config/integrations/csp.ts';
import { hostRedirects } from './config/integrations/host-redirects.ts';
import { offlineReading } from './config/integrations/offline.ts';
import { notFoundPages } from './config/integrations/not-found-pages.ts';
import { pagefindQueryWords } from './config/integrations/pagefind-query-words.ts';
import { scriptFacades } from './config/integrations/script-facades.ts';
import { siteUrlWarning } from './config/integrations/site-url.ts';
import { resolveSite } from './src/lib/site/url.ts';
import { mergeSourceRefs } from './config/markdown/source-refs.ts';
import { paragraphIds } from './config/markdown/paragraph-ids.ts';
import { componentPage } from './config/markdown/component-page.ts';
import { SITE_TITLE, locales, siteSidebar } from './src/lib/site/config.ts';
import { readSidebarCases } from './src/lib/node/sidebar-cases.ts';
import { readRedirects } from './src/lib/urls/url-promise.ts';
import { LOCALES } from './src/lib/i18n/locales.ts';

/**
 * Where the site is deployed: SITE_URL (its address, optionally with a sub-path) and BASE_PATH
 * (the sub-path, e.g. /guide/). An unusable value stops the build with a message naming it.
 */
const { site, base, placeholder } = resolveSite(process.env);
/**
 * A module of a script every page loads: Astro's page script (prefetch), Starlight's page frame
 * (search, theme and language selects, sidebar, table of contents) and ours (src/scripts/, but for
 * the search dialog in src/scripts/search/, which loads only when a reader searches, the link
 * previews in src/scripts/previews/, which load on a reader's first intent on a link, and the
 * comparison table's, which only the pages with a table load).
 */
const everyPageScript = (/** @type {string} */ id) =>
	id === 'astro:scripts/page.js' ||
	/[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]components(?:-internals)?[\\/]/.test(id) ||
	/[\\/]src[\\/](?:scripts[\\/](?!search[\\/]|previews[\\/]|compare-table\.)|components[\\/]internal[\\/]SiteScripts\.astro)/.test(
		id,
	);

/** Renamed pages; a broken or hostile file yields none here, and the checker names the problem. */
const redirects = readRedirects(new URL('./content/redirects.json', import.meta.url).pathname);

/** The sidebar, with an entry per case in the order of the case data (content/cases/). */
const sidebar = siteSidebar(readSidebarCases(fileURLToPath(new URL('.', import.meta.url))));

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Renamed pages keep working: one list feeds Astro's redirect pages and the host's _redirects.
	redirects,
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Component scripts (Starlight's and ours) as files, never inlined into every page: a browser
	// fetches each once for the whole site, dist/ does not hold a copy per page, and the CSP needs
	// no hash for them ('self' allows them).
	vite: {
		build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
		// The scripts every page loads (Starlight's header, sidebar and contents, and ours) in one
		// file: a module per component is eleven files, each compressed alone, ~1.9 KB gzip more on
		// every page. Each entry stays a one-line file that imports it. Scripts only some pages
		// have (tabs, the comparison table, the landing page) keep files of their own.
		environments: {
			client: {
				build: {
					rolldownOptions: {
						output: { codeSplitting: { groups: [{ name: 'page', test: everyPageScript }] } },
					},
				},
			},
		},
		// Pagefind's dialog styles load when a reader is about to search, not with every page
		// (src/styles/search-ui-deferred.css, src/scripts/search-styles.ts).
		resolve: {
			alias: [
				// Starlight's search creates the Pagefind UI with options it fixes; this module is the
				// same UI with the site's search options and query handling (see its comment for why).
				{
					find: /^@pagefind\/default-ui$/,
					replacement: fileURLToPath(new URL('./src/scripts/search/ui.ts', import.meta.url)),
				},
				{
					find: /^@pagefind\/default-ui\/css\/ui\.css$/,
					replacement: fileURLToPath(
						new URL('./src/styles/search-ui-deferred.css', import.meta.url),
					),
				},
			],
		},
	},
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
	integrations: [
		siteUrlWarning(placeholder),
		starlight({
			title: { ...SITE_TITLE },
			description: '胡晓燕、曹海军《社区治理体系和治理能力现代化的思考》中英双语导读',
			defaultLocale: 'zh',
			locales,
			sidebar,
			// The content checker runs first, on this sidebar and these locales: on any problem
			// nothing is built (config/integrations/content-checker.ts).
			plugins: [contentChecker()],
			favicon: '/favicon.svg',
			lastUpdated: true,
			// Wrapped lines instead of sideways scrolling: the citation examples on the cite page
			// stay readable on phones, and no code block is a scroll region without keyboard access.
			expressiveCode: { defaultProps: { wrap: true } },
			pagination: true,
			// Per-page data: a text-only <title>, head metadata for reference managers.
			routeMiddleware: './src/route-data.ts',
			// Our own 404 pages (src/pages/404.astro, both languages; src/pages/[locale]/404.astro, one
			// each) replace Starlight's Chinese-only one.
			disable404Route: true,
			// Styles of the components many pages use (source chips, terms, case facts and figures,
			// diagrams) go with Starlight's own: one render-blocking stylesheet instead of three.
			customCss: [
				'./src/styles/site.css',
				'./src/styles/components/src.css',
				'./src/styles/components/term.css',
				'./src/styles/components/case-facts.css',
				'./src/styles/components/case-figures.css',
				'./src/styles/components/diagram.css',
			],
			components: {
				PageTitle: './src/components/starlight/PageTitle.astro',
				Footer: './src/components/starlight/Footer.astro',
				Search: './src/components/starlight/Search.astro',
				LanguageSelect: './src/components/starlight/LanguageSelect.astro',
			},
		}),
		// A preview's warnings (no SITE_URL): after Starlight, so that its sitemap is written first.
		siteUrlWarning(placeholder),
		// Sets security.csp (hashes from component sources); after the build places the policy after
		// <meta charset> and fails on any script nobody shipped. After Starlight, so its search
		// index is built from the final pages.
		// After Starlight's index: Pagefind searches the words the dialog cut a query into.
		pagefindQueryWords(),
		// Each page loads the shared script file itself, not through nine one-line entries.
		scriptFacades(),
		contentSecurityPolicy(redirects),
		hostRedirects({ redirects }, base),
		// The CSP step has placed its policy in the language 404 pages before they move.
		notFoundPages(LOCALES),
		// Last: the service worker precaches the files as the steps above leave them.
		offlineReading(),
	],
});
