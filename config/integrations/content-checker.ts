/**
 * The content checker as a Starlight plugin: it runs when Starlight sets up, on the sidebar and
 * locales Starlight was given (the same the site is built with), so `astro build` cannot skip it
 * and the checker needs no copy of the config. On any problem the build stops with an AstroError
 * before anything is written to `dist/`. Under `astro dev` it warns instead, re-checks whenever
 * content changes, and restarts the server when a case's data changes (the sidebar is made from
 * it), as withastro/docs' dev-server file watcher does.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProject, formatReport, type CheckOptions } from '../../checker/index.ts';
import { DATA_COLLECTIONS } from '../../src/lib/content/files.ts';
import { filesUnder } from '../../src/lib/node/walk.ts';

/** Folders whose files the checker reads: a change there is re-checked in `astro dev`. */
const CONTENT_DIRS = ['content', 'src/content'];

/** Runs the checker and logs the outcome; returns the report when there are problems. */
function runCheck(root: string, options: CheckOptions, logger: AstroIntegrationLogger) {
	const problems = checkProject(root, options);
	if (problems.length === 0) {
		logger.info('content check passed');
		return undefined;
	}
	return formatReport(problems);
}

/**
 * In `astro dev`: a changed case file restarts the server (so the sidebar is made again and the
 * check runs at setup); any other added, changed or removed content file is re-checked at once.
 */
function devWatcher(root: string, options: CheckOptions): AstroIntegration {
	const casesDir = `${root}/${DATA_COLLECTIONS.cases.folder}`;
	return {
		name: 'content-checker:dev',
		hooks: {
			'astro:config:setup': ({ addWatchFile }) => {
				for (const file of filesUnder(casesDir)) addWatchFile(file);
			},
			'astro:server:setup': ({ server, logger }) => {
				server.watcher.on('all', (event, file) => {
					const path = relative(root, file).replace(/\\/g, '/');
					if (!CONTENT_DIRS.some((dir) => path.startsWith(`${dir}/`))) return;
					if (event === 'add' && path.startsWith(`${DATA_COLLECTIONS.cases.folder}/`))
						logger.warn(`${path} is new: restart \`astro dev\` so that the sidebar lists it`);
					const report = runCheck(root, options, logger);
					if (report) logger.warn(`content check found problems:\n${report}`);
				});
			},
		},
	};
}

/** The Starlight plugin: checks the content on Starlight's own sidebar and locales. */
export function contentChecker(): StarlightPlugin {
	return {
		name: 'content-checker',
		hooks: {
			'config:setup': ({ config, astroConfig, command, logger, addIntegration }) => {
				const root = fileURLToPath(astroConfig.root);
				const options: CheckOptions = {
					sidebar: config.sidebar ?? [],
					locales: Object.keys(config.locales ?? {}),
				};
				const report = runCheck(root, options, logger);
				if (command === 'dev') {
					addIntegration(devWatcher(root, options));
					if (report) logger.warn(`content check found problems:\n${report}`);
					return;
				}
				if (report)
					throw new AstroError(
						`Content check failed; nothing was built.\n\n${report}`,
						'Fix the problems above (run `npm run check:content` to re-check).',
					);
			},
		},
	};
}
