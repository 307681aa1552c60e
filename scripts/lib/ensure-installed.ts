/**
 * Installs a tool's own package folder (scripts/mermaid/, bench/) on first use, so the project's
 * `npm ci` stays lean: `npm ci` there, from its lockfile, only when its node_modules is missing
 * or was installed from another lockfile. Later runs cost nothing and need no network.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lockfile's packages, as npm records them in the lockfile and in node_modules. */
const packagesOf = (lockfile: string): string =>
	existsSync(lockfile)
		? JSON.stringify((JSON.parse(readFileSync(lockfile, 'utf8')) as { packages?: object }).packages)
		: '';

/** Whether `dir/node_modules` holds what `dir/package-lock.json` lists. */
export function isInstalled(dir: string): boolean {
	const wanted = JSON.parse(packagesOf(join(dir, 'package-lock.json')) || '{}') as Record<
		string,
		unknown
	>;
	const have = JSON.parse(
		packagesOf(join(dir, 'node_modules/.package-lock.json')) || '{}',
	) as Record<string, unknown>;
	const names = Object.keys(wanted).filter((k) => k !== '');
	return (
		names.length > 0 && names.every((k) => JSON.stringify(have[k]) === JSON.stringify(wanted[k]))
	);
}

/** Runs `npm ci` in `dir` unless it is installed already; says what it does and why. */
export function ensureInstalled(dir: string, why: string): void {
	if (isInstalled(dir)) return;
	console.log(`Installing ${why} into ${join(dir, 'node_modules')} (once, from its lockfile)…`);
	// Under `npm run`, npm_execpath is the npm that runs us; outside it, the npm on the PATH.
	const npm = process.env.npm_execpath;
	const [cmd, args] = npm?.endsWith('.js')
		? [process.execPath, [npm]]
		: [process.platform === 'win32' ? 'npm.cmd' : 'npm', []];
	execFileSync(cmd, [...args, 'ci', '--prefer-offline', '--no-audit', '--no-fund'], {
		cwd: dir,
		stdio: 'inherit',
	});
}
