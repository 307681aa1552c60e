/**
 * One build at a time per versions folder. Two builds in one checkout would each prune the
 * other's unfinished folder (the first then dies on a missing module): so a build takes
 * `<versions>/.lock`, created atomically with the pid of its process, and a second build is
 * refused, naming that pid, for as long as the process lives. A lock left by a process that is
 * gone (killed outright) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The lock's name inside the versions folder (prune leaves it alone). */
export const LOCK_FILE = '.lock';

/** What a lock file holds. */
interface Holder {
	pid: number;
	started: string;
}

/** Whether a process with this pid exists (a signal 0 probe; EPERM means it exists). */
export function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function holder(file: string): Holder | undefined {
	try {
		const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
		return typeof data.pid === 'number'
			? { pid: data.pid, started: String(data.started) }
			: undefined;
	} catch {
		return undefined;
	}
}

/**
 * Takes the build lock of `versions` for this process, or says who holds it.
 * @example const lock = acquireBuildLock('dist.versions'); if (lock.ok) { …; lock.release(); }
 */
export function acquireBuildLock(
	versions: string,
	pid: number = process.pid,
): { ok: true; release: () => void } | { ok: false; message: string } {
	const file = join(versions, LOCK_FILE);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(file, 'wx');
			writeSync(fd, JSON.stringify({ pid, started: new Date().toISOString() }));
			closeSync(fd);
			const release = () => {
				if (holder(file)?.pid === pid) rmSync(file, { force: true });
			};
			return { ok: true, release };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const other = holder(file);
		if (other && other.pid !== pid && alive(other.pid))
			return {
				ok: false,
				message:
					`Another build (pid ${other.pid}, started ${other.started}) is writing to ${versions}.\n` +
					`Wait for it to finish, or stop it (kill ${other.pid}), then build again. ` +
					`If no build is running, delete ${file}.`,
			};
		// The holder is gone (or the file is unreadable, half-written by a killed build).
		rmSync(file, { force: true });
	}
	return {
		ok: false,
		message: `Could not take the build lock ${file}; delete it and build again.`,
	};
}
