/**
 * scripts/build.ts never publishes a half-built site: a failed, interrupted or killed build
 * leaves the previous dist/ untouched, and what it says names the cause.
 */

import { spawn, spawnSync } from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy.ts';
import { swapErrorMessage } from '../../scripts/lib/swap-error.ts';
import { build } from '../support/build.ts';
import { childEnv } from '../support/env.ts';

describe('scripts/build.ts: never a half-swapped site', () => {
	/** A project copy whose `dist` links to a complete earlier build (a marker page). */
	function withPreviousBuild(): { project: string; out: string } {
		const project = copyProject();
		const out = join(project, 'dist');
		mkdirSync(join(project, 'dist.versions/old'), { recursive: true });
		writeFileSync(join(project, 'dist.versions/old/index.html'), 'previous build');
		symlinkSync('dist.versions/old', out);
		return { project, out };
	}
	const spawnBuild = (project: string, wrap: string[] = []) => {
		const [cmd, ...args] = [
			...wrap,
			process.execPath,
			'scripts/build.ts',
			'--out-dir',
			join(project, 'dist'),
		];
		return spawn(cmd!, args, { cwd: project, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
	};
	const gone = (pid: number) => {
		try {
			process.kill(pid, 0);
			return false;
		} catch {
			return true;
		}
	};
	const until = async (check: () => boolean, ms: number) => {
		for (const end = Date.now() + ms; Date.now() < end;) {
			if (check()) return true;
			await new Promise((r) => setTimeout(r, 50));
		}
		return check();
	};

	it('swaps the new build in with one rename: dist/index.html exists at every moment', async () => {
		const { project, out } = withPreviousBuild();
		try {
			const child = spawnBuild(project);
			let missing = 0;
			let polls = 0;
			const poll = setInterval(() => {
				polls++;
				if (!existsSync(join(out, 'index.html'))) missing++;
			}, 2);
			const code = await new Promise<number | null>((done) => child.on('exit', done));
			clearInterval(poll);
			expect(code).toBe(0);
			expect(polls).toBeGreaterThan(100);
			expect(missing).toBe(0);
			expect(lstatSync(out).isSymbolicLink()).toBe(true);
			expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('社区治理改革导读');
			expect(readdirSync(join(project, 'dist.versions'))).toEqual([
				readlinkSync(out).split('/').pop(),
			]);
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);

	it.each(['SIGINT', 'SIGTERM'] as const)(
		'%s to npm run build stops the astro child and removes the unfinished folder',
		async (signal) => {
			const { project, out } = withPreviousBuild();
			try {
				const child = spawnBuild(project);
				let text = '';
				child.stdout.on('data', (d: Buffer) => (text += d.toString()));
				child.stderr.on('data', (d: Buffer) => (text += d.toString()));
				// Stop it in the middle: once Astro has started rendering.
				expect(await until(() => /\[build\]/.test(text), 120_000), text).toBe(true);
				const astroPid = Number(/astro build \(pid (\d+)\)/.exec(text)?.[1]);
				expect(astroPid).toBeGreaterThan(0);
				child.kill(signal);
				const code = await new Promise<number | null>((done) => child.on('exit', done));
				expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
				expect(text).toMatch(new RegExp(`Build stopped \\(${signal}\\)[\\s\\S]*left untouched`));
				expect(await until(() => gone(astroPid), 15_000), 'the astro child is still running').toBe(
					true,
				);
				expect(readdirSync(join(project, 'dist.versions'))).toEqual(['old']);
				expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
			} finally {
				rmSync(project, { recursive: true, force: true });
			}
		},
		300_000,
	);

	it('SIGKILL to the build script alone: the astro child stops too (no orphan)', async () => {
		const { project, out } = withPreviousBuild();
		try {
			const child = spawnBuild(project);
			let text = '';
			child.stdout.on('data', (d: Buffer) => (text += d.toString()));
			expect(await until(() => /\[build\]/.test(text), 120_000), text).toBe(true);
			const astroPid = Number(/astro build \(pid (\d+)\)/.exec(text)?.[1]);
			child.kill('SIGKILL');
			expect(await until(() => gone(astroPid), 15_000), 'the astro child is orphaned').toBe(true);
			expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);

	it('EXDEV (the versions folder on another file system) gives a clear message and leaves dist/ as it was', () => {
		const project = copyProject();
		try {
			const out = join(project, 'dist');
			mkdirSync(out);
			writeFileSync(join(out, 'index.html'), 'previous build');
			mkdirSync(`${out}.versions`);
			if (spawnSync('unshare', ['-rm', 'true']).status !== 0) {
				// No mount namespace here: the message itself is what we can check.
				const err = Object.assign(new Error('cross-device'), { code: 'EXDEV' });
				expect(swapErrorMessage(err, out, `${out}.versions/x`)).toMatch(
					/different file systems \(EXDEV\)/,
				);
				return;
			}
			// dist.versions on a file system of its own: moving the old plain dist/ into it crosses devices.
			const script = `mount -t tmpfs none '${out}.versions' && exec "$@"`;
			const result = build(project, out, ['unshare', '-rm', 'sh', '-c', script, 'sh']);
			expect(result.status).not.toBe(0);
			expect(result.stderr).toMatch(
				/could not be published: dist and dist\.versions are on different file systems \(EXDEV\)[\s\S]*left untouched/,
			);
			expect(result.stderr).not.toMatch(/\n\s+at /);
			expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);

	it('EBUSY (dist/ is a mount point) gives a clear message and leaves dist/ as it was', () => {
		const project = copyProject();
		try {
			const out = join(project, 'dist');
			mkdirSync(out);
			const script = `mount -t tmpfs none '${out}' && echo 'previous build' > '${out}/index.html' && exec "$@"`;
			if (spawnSync('unshare', ['-rm', 'true']).status !== 0) {
				// No mount namespace here: the message itself is what we can check.
				const err = Object.assign(new Error('busy'), { code: 'EBUSY' });
				expect(swapErrorMessage(err, out, `${out}.versions/x`)).toMatch(
					/mount point or held open .* \(EBUSY\)/,
				);
				return;
			}
			const result = build(project, out, ['unshare', '-rm', 'sh', '-c', script, 'sh']);
			expect(result.status).not.toBe(0);
			expect(result.stderr).toMatch(
				/could not be published: dist is busy: it is a mount point or held open by another program \(EBUSY\)[\s\S]*left untouched/,
			);
			expect(result.stderr).not.toMatch(/\n\s+at /);
			expect(readdirSync(`${out}.versions`)).toEqual([]);
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);
});
