/**
 * A throw-away copy of the project for tests that change content and build it: sources are
 * copied, node_modules is hard-linked (fast, and Astro needs real paths, not a symlink).
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './fixture.ts';

const ENTRIES = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'src',
	'content',
	'public',
	'config',
	'checker',
	'scripts',
	'test/support',
];

export function copyProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'project-'));
	for (const entry of ENTRIES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
	return dir;
}
