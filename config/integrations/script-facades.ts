/**
 * After the build, every page loads the file its one-line script entries import, once, instead
 * of each entry (config/security/script-facades.ts says why). Before the CSP step, which audits the
 * result.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../../src/lib/node/walk.ts';
import { collapseFacades, facadeTarget } from '../security/script-facades.ts';

export function scriptFacades(): AstroIntegration {
	let assets = '_astro';
	return {
		name: 'script-facades',
		hooks: {
			'astro:config:done': ({ config }) => {
				assets = config.build.assets;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const folder = join(out, assets);
				const facades = new Map(
					readdirSync(folder)
						.filter((f) => f.endsWith('.js'))
						.flatMap((f) => {
							const target = facadeTarget(readFileSync(join(folder, f), 'utf8'));
							return target ? [[f, target] as const] : [];
						}),
				);
				let changed = 0;
				for (const file of filesUnder(out, { skip: ['pagefind'] })) {
					if (!file.endsWith('.html')) continue;
					const html = readFileSync(file, 'utf8');
					const next = collapseFacades(html, facades);
					if (next === html) continue;
					writeFileSync(file, next);
					changed++;
				}
				logger.info(
					`${facades.size} one-line script entries: ${changed} pages load what they import instead`,
				);
			},
		},
	};
}
