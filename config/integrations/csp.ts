/**
 * After the build: a CSP `<meta>` in every page (its own inline script and style hashes) and a
 * `_headers` file with the same policy plus the HTTP-only headers, for hosts that read it.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../../src/lib/files.ts';
import { hashesOf, headersFile, injectMeta, policyFor } from '../../src/lib/csp.ts';

const htmlFiles = (dir: string): string[] =>
	filesUnder(dir, { skip: ['pagefind'] }).filter((f) => f.endsWith('.html'));

export function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'content-security-policy',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const scripts = new Set<string>();
				const styles = new Set<string>();
				const files = htmlFiles(out);
				for (const file of files) {
					const html = readFileSync(file, 'utf8');
					const h = hashesOf(html);
					h.scripts.forEach((s) => scripts.add(s));
					h.styles.forEach((s) => styles.add(s));
					writeFileSync(file, injectMeta(html, policyFor(html)));
				}
				writeFileSync(join(out, '_headers'), headersFile([...scripts].sort(), [...styles].sort()));
				logger.info(
					`CSP added to ${files.length} pages (${scripts.size} script and ${styles.size} style hashes)`,
				);
			},
		},
	};
}
