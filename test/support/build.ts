/**
 * Builds of a copy of the project, for the build tier: each test makes its own copy (removed
 * after it), changes a file and builds it with scripts/build.ts, as `npm run build` does.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { childEnv } from './env.ts';
import { copyProject } from './project-copy.ts';

/** Runs scripts/build.ts in `cwd` into `outDir`, optionally under a wrapper (e.g. `unshare -n`). */
export const build = (
	cwd: string,
	outDir: string,
	wrap: string[] = [],
): SpawnSyncReturns<string> => {
	const [cmd, ...args] = [...wrap, process.execPath, 'scripts/build.ts', '--out-dir', outDir];
	return spawnSync(cmd!, args, { cwd, env: childEnv(), encoding: 'utf8' });
};

/** `unshare -n` (a network namespace with no interfaces) where we may; else a preload that throws. */
export function withoutNetwork(): { wrap: string[]; how: string } {
	const probe = spawnSync('unshare', ['-n', 'true']);
	if (probe.status === 0) return { wrap: ['unshare', '-n'], how: 'unshare -n' };
	return { wrap: [], how: 'node --import no-network.mjs' };
}

/** Copies of the project made by a test, removed after it. */
const copies: string[] = [];
/** A fresh copy of the project, removed after the test that made it. */
export const project = () => {
	const dir = copyProject();
	copies.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** Rewrites a file of a project copy; fails the test if the change does not apply. */
export function edit(dir: string, file: string, change: (text: string) => string) {
	const full = join(dir, file);
	const before = readFileSync(full, 'utf8');
	const after = change(before);
	expect(after, `the edit of ${file} applies`).not.toBe(before);
	writeFileSync(full, after);
}

/** A build of a project copy into its own `dist`. */
export const buildCopy = (project: string) => build(project, join(project, 'dist'));
/** What a build printed, stdout and stderr. */
export const output = (r: SpawnSyncReturns<string>) => `${r.stdout}\n${r.stderr}`;
