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
