/**
 * Builds a throw-away project for checker tests: the real UI string files, the clean base
 * fixture, then an overlay of changed files (a value of `null` deletes the file).
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BASE = join(ROOT, 'test/fixtures/checker/base');

export function makeFixture(overlay: Record<string, string | null> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'checker-'));
	cpSync(join(ROOT, 'src/content/i18n'), join(dir, 'src/content/i18n'), { recursive: true });
	cpSync(BASE, dir, { recursive: true });
	for (const [path, content] of Object.entries(overlay)) {
		const full = join(dir, path);
		if (content === null) rmSync(full, { force: true });
		else {
			mkdirSync(dirname(full), { recursive: true });
			writeFileSync(full, content);
		}
	}
	return dir;
}

/** A file of the clean base fixture, to derive a broken variant from. */
export const baseFile = (path: string): string => readFileSync(join(BASE, path), 'utf8');
