/**
 * The one directory walk of the project (checker, URL manifest, CSP, tests): every file under a
 * folder, as sorted absolute paths, so output never depends on the order the disk lists names.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir`, recursively and sorted; `[]` when `dir` does not exist.
 * `skip` names folders (by name, at any depth) not to enter.
 * @example filesUnder('dist', { skip: ['pagefind'] })
 */
export function filesUnder(dir: string, opts: { skip?: readonly string[] } = {}): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
		.flatMap((entry) => {
			const full = join(dir, entry.name);
			if (!entry.isDirectory()) return [full];
			return opts.skip?.includes(entry.name) ? [] : filesUnder(full, opts);
		});
}
