/**
 * The date a file was last changed, from git (the page's "last modified" in citations).
 */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();

/** YYYY-MM-DD of the last commit touching `file`, or undefined outside git / for new files. */
export function gitDate(file: string): string | undefined {
	if (!cache.has(file)) {
		let date: string | undefined;
		try {
			date =
				execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {
					encoding: 'utf8',
					stdio: ['ignore', 'pipe', 'ignore'],
				}).trim() || undefined;
		} catch {
			date = undefined;
		}
		cache.set(file, date);
	}
	return cache.get(file);
}

const times = new Map<string, Date | undefined>();

/**
 * The time of the last commit touching `file`, as Starlight reads it for its "last updated" date
 * (`git log --format=%ct`), or undefined outside git / for new files.
 */
export function gitTime(file: string): Date | undefined {
	if (!times.has(file)) {
		let time: Date | undefined;
		try {
			const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			}).trim();
			time = seconds ? new Date(Number(seconds) * 1000) : undefined;
		} catch {
			time = undefined;
		}
		times.set(file, time);
	}
	return times.get(file);
}
