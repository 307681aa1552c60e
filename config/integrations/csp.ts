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
 *
 * The build also records which JavaScript files it emitted from components and packages
 * (`shippedScriptsPlugin`), for the audit scripts/build.ts runs on the finished folder
 * (config/security/dist-audit.ts): a script file imported by a page is emitted too, but as an asset
 * of that page, and is left out.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync } from 'node:fs';
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

/** The environment variable through which scripts/build.ts asks for the list of emitted scripts. */
export const SHIPPED_SCRIPTS_ENV = 'CGR_SHIPPED_SCRIPTS';

/** The subset of a Vite/Rolldown output entry this plugin reads. */
interface Emitted {
	type: 'chunk' | 'asset';
	fileName: string;
	originalFileNames?: readonly string[];
}

/**
 * Whether an emitted file is a script the site ships: a bundle of component scripts (a chunk),
 * or an asset a package's plugin wrote itself (Expressive Code's `ec.*.js`, which has no source
 * file). A `.js` file of the project imported with `?url` is an asset with that file as its
 * source, and is not shipped as a script.
 */
export const shippedScript = (out: Emitted): boolean =>
	/\.m?js$/.test(out.fileName) &&
	(out.type === 'chunk' ||
		(out.originalFileNames ?? []).every((f) => f.split(/[\\/]/).includes('node_modules')));

/** A Vite plugin that appends the file name of every shipped script to `file`, one per line. */
export function shippedScriptsPlugin(file: string) {
	return {
		name: 'cgr-shipped-scripts',
		apply: 'build' as const,
		generateBundle(_: unknown, bundle: Record<string, Emitted>) {
			const names = Object.values(bundle)
				.filter(shippedScript)
				.map((o) => o.fileName);
			if (names.length > 0) appendFileSync(file, `${names.join('\n')}\n`);
		},
	};
}

/** The output file of a site path (`/zh/old/` → `zh/old/index.html`). */
export const fileOfPath = (path: string): string => join(path.replace(/^\/+/, ''), 'index.html');

export function contentSecurityPolicy(redirects: Record<string, string>): AstroIntegration {
	const redirectFiles = new Set(Object.keys(redirects).map(fileOfPath));
	return {
		name: 'content-security-policy',
		hooks: {
			'astro:config:setup': ({ config, updateConfig, logger }) => {
				const hashes = knownScriptHashes(componentDirs(fileURLToPath(config.root)));
				const shipped = process.env[SHIPPED_SCRIPTS_ENV];
				updateConfig({
					security: { csp: astroCsp(hashes) },
					...(shipped ? { vite: { plugins: [shippedScriptsPlugin(shipped)] } } : {}),
				});
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
