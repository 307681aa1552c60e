/**
 * One build and one server for the whole browser suite. Fails (never skips) when there is no
 * Chromium, with a message that says how to install one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../support/browser.ts';
import { childEnv } from '../support/env.ts';
import { ROOT } from '../support/fixture.ts';
import { serveDist, type StaticServer } from '../support/server.ts';
import { BASE, DIST_DIR } from '../support/site.ts';

let server: StaticServer | undefined;

export default async function setup(project: TestProject) {
	findChromium();
	const dist = join(ROOT, DIST_DIR);
	if (!existsSync(join(dist, 'index.html')) || process.env.REBUILD === '1' || BASE !== '/') {
		const args = ['scripts/build.ts', '--out-dir', dist];
		const built = spawnSync(process.execPath, args, {
			cwd: ROOT,
			stdio: 'inherit',
			env: childEnv({ BASE_PATH: BASE }),
		});
		if (built.status !== 0)
			throw new Error('The build failed; the browser suite needs a built site.');
	}
	server = await serveDist(dist, BASE);
	// Tests write site paths ('/en/…'); the URL they are appended to carries the base path.
	project.provide('siteUrl', server.url + BASE.replace(/\/$/, ''));
	return async () => {
		await server?.close();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
	}
}
