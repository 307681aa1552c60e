/**
 * Content Security Policy, in two steps around the build (see config/security/csp-policy.ts for the rules).
 *
 * Before: Astro's `security.csp` is switched on with the hashes of the `<script is:inline>`
 * elements in Starlight's and our components' sources (Astro hashes the scripts it bundles
 * itself). So every allowed hash comes from a source we ship, none from scanning the output.
 *
 * After (`astro:build:done`), because Astro's meta alone is not enough: it is written late in
 * `<head>`, after the title and Starlight's inline scripts, which would run outside the policy;
 * redirect pages get none; nothing stops a page that carries a script nobody shipped (raw HTML
 * in MDX, a tampered diagram) or an event-handler attribute; static hosts that read `_headers`
 * need the policy as a header. So each page's policy is moved right after `<meta charset>`, every
 * page is audited (the build fails naming the page and the start of the offending markup), and
 * `_headers` is written.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../../src/lib/node/walk.ts';
import {
	FALLBACK_POLICY,
	astroCsp,
	cspHash,
	headersFile,
	knownInlineScripts,
	securePage,
	unionPolicy,
} from '../security/csp-policy.ts';

const files = (dir: string, ext: string, skip: string[] = []): string[] =>
	filesUnder(dir, { skip }).filter((f) => f.endsWith(ext));

/** The components whose inline scripts may reach a page: Starlight's and ours. */
export function componentDirs(root: string): string[] {
	// Starlight exports only ESM entry points: resolve its components through one of them.
	const starlight = fileURLToPath(import.meta.resolve('@astrojs/starlight/components/Head.astro'));
	return [dirname(dirname(starlight)), join(root, 'src')];
}

/** Hashes of every `<script is:inline>` in the `.astro` files under `dirs`. */
export function knownScriptHashes(dirs: string[]): `sha256-${string}`[] {
	const texts = dirs
		.flatMap((d) => files(d, '.astro'))
		.flatMap((f) => knownInlineScripts(readFileSync(f, 'utf8')));
	return [...new Set(texts.map(cspHash))].sort();
}

/** The output file of a site path (`/zh/old/` → `zh/old/index.html`). */
const fileOfPath = (path: string) => join(path.replace(/^\/+/, ''), 'index.html');

export function contentSecurityPolicy(redirects: Record<string, string>): AstroIntegration {
	const redirectFiles = new Set(Object.keys(redirects).map(fileOfPath));
	return {
		name: 'content-security-policy',
		hooks: {
			'astro:config:setup': ({ config, updateConfig, logger }) => {
				const hashes = knownScriptHashes(componentDirs(fileURLToPath(config.root)));
				updateConfig({ security: { csp: astroCsp(hashes) } });
				logger.info(
					`${hashes.length} inline scripts of Starlight and our components allowed by hash`,
				);
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const problems: string[] = [];
				const policies = new Set<string>();
				const pages = files(out, '.html', ['pagefind']);
				for (const file of pages) {
					const page = relative(out, file);
					const redirect = redirectFiles.has(page);
					const secured = securePage(readFileSync(file, 'utf8'), {
						fallback: FALLBACK_POLICY,
						redirect,
					});
					policies.add(secured.policy);
					problems.push(...secured.problems.map((p) => `${page}: ${p}`));
					writeFileSync(file, secured.html);
				}
				if (problems.length > 0) {
					throw new Error(
						`${problems.length} problem(s) in the built pages; the site was not published:\n${problems.map((p) => `  ${p}`).join('\n')}\n` +
							'Scripts must come from a component (src/components), never from page content or data; no event-handler attributes; no requests to other sites.',
					);
				}
				writeFileSync(join(out, '_headers'), headersFile(unionPolicy([...policies])));
				logger.info(`CSP placed after <meta charset> in ${pages.length} pages; all pages audited`);
			},
		},
	};
}
