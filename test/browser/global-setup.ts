/**
 * One build and one server for the whole browser suite. Fails (never skips) when there is no
 * Chromium, with a message that says how to install one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../support/chromium.ts';
import { childEnv } from '../support/env.ts';
import { ROOT } from '../support/fixture.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

let server: StaticServer | undefined;

export default async function setup(project: TestProject) {
	findChromium();
	const dist = join(ROOT, 'dist');
	if (!existsSync(join(dist, 'index.html')) || process.env.REBUILD === '1') {
		const built = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, stdio: 'inherit', env: childEnv() });
		if (built.status !== 0) throw new Error('The build failed; the browser suite needs a built site.');
	}
	server = await serveDist(dist);
	project.provide('siteUrl', server.url);
	return async () => {
		await server?.close();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
	}
}
