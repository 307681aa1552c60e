import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, LOCK_FILE } from '../../../scripts/lib/build-lock.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'build-lock-')));

describe('the build lock (one build per versions folder)', () => {
	it("refuses a second build while the first one's process lives, naming its pid and the way out", () => {
		fresh();
		const first = acquireBuildLock(dir);
		expect(first.ok).toBe(true);
		const second = acquireBuildLock(dir, process.pid + 1_000_000);
		expect(second.ok).toBe(false);
		if (!second.ok) {
			expect(second.message).toContain(`Another build (pid ${process.pid}, started `);
			expect(second.message).toContain(`kill ${process.pid}`);
			expect(second.message).toContain(join(dir, LOCK_FILE));
		}
		if (first.ok) first.release();
		expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
		expect(acquireBuildLock(dir, process.pid + 1_000_000).ok).toBe(true);
	});

	it('takes over a lock whose process is gone, or one left half-written', () => {
		fresh();
		const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
		writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: gone, started: 'earlier' }));
		const lock = acquireBuildLock(dir);
		expect(lock.ok).toBe(true);
		expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
		if (lock.ok) lock.release();
		writeFileSync(join(dir, LOCK_FILE), '{"pi');
		expect(acquireBuildLock(dir).ok).toBe(true);
	});

	it('leaves a lock another process took in the meantime when releasing', () => {
		fresh();
		const lock = acquireBuildLock(dir);
		writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, started: 'later' }));
		if (lock.ok) lock.release();
		expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
	});
});
