/**
 * Runs the content checker at the start of every `astro build` (and `astro dev`), so a build
 * cannot skip it: on any problem the build stops before anything is written to `dist/`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkProject, formatReport } from '../../checker/index.ts';

export function contentChecker(): AstroIntegration {
	return {
		name: 'content-checker',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const problems = checkProject(root);
				if (problems.length === 0) {
					logger.info('content check passed');
					return;
				}
				const text = formatReport(problems);
				if (command === 'dev') {
					logger.warn(`content check found problems:\n${text}`);
					return;
				}
				throw new Error(
					`Content check failed; nothing was built.\n\n${text}\n\nFix the problems above (run \`npm run check:content\` to re-check).`,
				);
			},
		},
	};
}
