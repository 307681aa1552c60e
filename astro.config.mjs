// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { contentChecker } from './config/integrations/content-checker.ts';
import { contentSecurityPolicy } from './config/integrations/csp.ts';
import { hostRedirects } from './config/integrations/host-redirects.ts';
import { locales, sidebar } from './src/lib/site-config.ts';
import redirectList from './content/redirects.json' with { type: 'json' };

/** Where the site is deployed: SITE_URL (origin) and BASE_PATH (sub-path, e.g. /guide/). */
const site = process.env.SITE_URL ?? 'https://community-governance-reader.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Renamed pages keep working: one list feeds Astro's redirect pages and the host's _redirects.
	redirects: redirectList.redirects,
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Explicit `{ #id }` heading ids keep anchors identical in both languages.
	markdown: { processor: satteri({ features: { headingAttributes: true } }) },
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
			customCss: ['./src/styles/site.css'],
			components: {
				PageTitle: './src/components/starlight/PageTitle.astro',
				Footer: './src/components/starlight/Footer.astro',
				Head: './src/components/starlight/Head.astro',
				Search: './src/components/starlight/Search.astro',
			},
		}),
		// After Starlight, so its search index is built from the final pages.
		contentSecurityPolicy(),
		hostRedirects(redirectList, base),
	],
});
