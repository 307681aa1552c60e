/**
 * What to tell someone whose finished build could not be put in place of the output folder,
 * instead of a raw stack: which folder, why (in words), and what to do.
 */
import { relative } from 'node:path';

const REASONS: Record<string, (out: string) => string> = {
	EBUSY: (out) =>
		`${out} is busy: it is a mount point or held open by another program (EBUSY), so it cannot be replaced. Unmount it or close what holds it, or build elsewhere with --out-dir.`,
	EXDEV: (out) =>
		`${out} and ${out}.versions are on different file systems (EXDEV), and a folder cannot be renamed across them. Put both on one file system (e.g. do not mount or link ${out}.versions elsewhere), or build elsewhere with --out-dir.`,
	EPERM: (out) =>
		`not allowed to replace ${out} (EPERM): check the permissions of its parent folder.`,
	EACCES: (out) =>
		`not allowed to replace ${out} (EACCES): check the permissions of its parent folder.`,
	EISDIR: (out) =>
		`${out} is a folder that cannot be moved aside (EISDIR; a mount point?). Unmount it, or build elsewhere with --out-dir.`,
	ENOTEMPTY: (out) =>
		`${out} could not be replaced (ENOTEMPTY). Remove ${out} by hand and build again.`,
	ENOSPC: (out) => `the disk holding ${out} is full (ENOSPC).`,
	EROFS: (out) => `${out} is on a read-only file system (EROFS).`,
};

/**
 * A clear message for an error thrown while swapping a build into place.
 * @example swapErrorMessage(Object.assign(new Error(), { code: 'EXDEV' }), '/p/dist', '/p/dist.versions/1')
 */
export function swapErrorMessage(error: unknown, outDir: string, built: string): string {
	const code = (error as { code?: string } | null)?.code ?? '';
	const out = relative(process.cwd(), outDir) || outDir;
	const why = REASONS[code]?.(out) ?? `${out} could not be replaced: ${String(error)}`;
	return `The build succeeded but could not be published: ${why}\n(The finished build in ${relative(process.cwd(), built) || built} is removed.)`;
}

/** Why a folder cannot be written, in words, by error code. */
const WRITE_REASONS: Record<string, (dir: string) => string> = {
	EROFS: REASONS.EROFS!,
	ENOSPC: REASONS.ENOSPC!,
	EACCES: (dir) => `not allowed to write in ${dir} (EACCES): check its permissions.`,
	EPERM: (dir) => `not allowed to write in ${dir} (EPERM): check its permissions.`,
};

/**
 * A clear message for an error thrown while preparing the versions folder a build writes into
 * (creating it, taking its lock), before anything is built.
 * @example cannotWriteMessage(Object.assign(new Error(), { code: 'EROFS' }), '/p/dist.versions')
 */
export function cannotWriteMessage(error: unknown, dir: string): string {
	const code = (error as { code?: string } | null)?.code ?? '';
	const rel = relative(process.cwd(), dir) || dir;
	const why = WRITE_REASONS[code]?.(rel) ?? String(error);
	return `The build cannot start: ${why} Build elsewhere with --out-dir, or make ${rel} writable.`;
}
