/**
 * The cases the sidebar lists, read from the files before Astro's loaders run (the Starlight config
 * needs them first): every `content/cases/<id>.yaml` whose page exists, with its `order`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { DATA_COLLECTIONS, DATA_EXTENSION } from '../content/files.ts';
import type { SidebarCase } from '../site/config.ts';

/** `order` as the YAML gives it; undefined when the file cannot be read (the checker says why). */
function orderOf(file: string): number | undefined {
	try {
		const data = load(readFileSync(file, 'utf8')) as { order?: unknown } | null;
		return typeof data?.order === 'number' ? data.order : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The cases of the project at `root` that have a page in the default locale (`zh`). A case still
 * without its page is left out, so `astro dev` keeps serving while it is written; the checker
 * names the missing page.
 * @example readSidebarCases('.') // [{ id: 'tongling', order: 1 }, …]
 */
export function readSidebarCases(root: string): SidebarCase[] {
	const folder = join(root, DATA_COLLECTIONS.cases.folder);
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith(DATA_EXTENSION))
		.map((name) => name.slice(0, -DATA_EXTENSION.length))
		.filter((id) => existsSync(join(root, 'src/content/docs/zh/cases', `${id}.mdx`)))
		.map((id) => ({ id, order: orderOf(join(folder, `${id}${DATA_EXTENSION}`)) }));
}
