/**
 * The build on a machine that is not the author's: a copy without git history (as `git archive`
 * makes it), a folder name with spaces and Han characters under an unusual time zone and the C
 * locale, a full disk and a read-only versions folder. Each builds the same site, or stops with a
 * message that names the cause and leaves the previous dist/ as it was.
 */

import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITION } from '../../src/lib/content/edition.ts';
import { build, output } from '../support/build.ts';
import { htmlPages } from '../support/dist.ts';
import { childEnv } from '../support/env.ts';
import { attr, pageElements, selectAll } from '../support/html.ts';
import { ROOT } from '../support/fixture.ts';
import { copyProject } from '../support/project-copy.ts';

/** Whether this machine lets a test mount a file system of its own (a user mount namespace). */
const canMount = spawnSync('unshare', ['-rm', 'true']).status === 0;

describe('a copy of the project with no git history (as git archive makes it)', () => {
	let project: string;
	let result: ReturnType<typeof build>;
	beforeAll(() => {
		project = copyProject();
		result = build(project, join(project, 'dist'));
	}, 300_000);
	afterAll(() => rmSync(project, { recursive: true, force: true }));

	it('builds', () => {
		expect(existsSync(join(project, '.git'))).toBe(false);
		expect(result.status, output(result)).toBe(0);
	});

	it('shows no "Last updated" line, and dates each citation with the edition', () => {
		const pages = htmlPages(join(project, 'dist')).filter((p) =>
			/^\/(en|zh)\/(about|paper\/[^/]+)\/$/.test(p.url),
		);
		expect(pages.length).toBeGreaterThan(4);
		for (const page of pages) {
			expect(selectAll('footer time', page.tree), page.url).toEqual([]);
			const cited = pageElements('.cite-edition time', page.tree);
			expect(
				cited.map((t) => attr(t, 'dateTime')),
				page.url,
			).toEqual([EDITION.date]);
		}
	});

	it('builds the same pages in a folder named with spaces and Han characters, at UTC+14 in the C locale', () => {
		const parent = mkdtempSync(join(tmpdir(), 'odd-path-'));
		const odd = join(parent, '空 格 目录', 'site');
		try {
			mkdirSync(dirname(odd));
			const copy = copyProject();
			renameSync(copy, odd);
			const env = childEnv({ TZ: 'Pacific/Kiritimati', LANG: 'C', LC_ALL: 'C' });
			const args = ['scripts/build.ts', '--out-dir', join(odd, 'dist')];
			const r = spawnSync(process.execPath, args, { cwd: odd, env, encoding: 'utf8' });
			expect(r.status, output(r)).toBe(0);
			const baseline = new Map(htmlPages(join(project, 'dist')).map((p) => [p.url, p.html]));
			const built = htmlPages(join(odd, 'dist'));
			expect(built.map((p) => p.url).sort()).toEqual([...baseline.keys()].sort());
			const differ = built.filter((p) => p.html !== baseline.get(p.url)).map((p) => p.url);
			expect(differ).toEqual([]);
		} finally {
			rmSync(parent, { recursive: true, force: true });
		}
	}, 300_000);
});

describe.skipIf(!canMount)('the versions folder cannot take the build', () => {
	/**
	 * Builds a fresh copy whose dist/ holds a previous build, with `dist.versions` mounted by
	 * `mount` (a shell command on the folder `$V`) in a mount namespace of the build's own; the
	 * shell prints what the folder holds afterwards, as only that namespace can see it.
	 */
	function buildOn(mount: string) {
		const project = copyProject();
		const out = join(project, 'dist');
		mkdirSync(out);
		writeFileSync(join(out, 'index.html'), 'previous build');
		mkdirSync(`${out}.versions`);
		const script = `V='${out}.versions'; ${mount} || exit 99; "$@"; code=$?; echo "left in dist.versions: [$(ls -A "$V")]"; exit $code`;
		const result = build(project, out, ['unshare', '-rm', 'sh', '-c', script, 'sh']);
		const previous = readFileSync(join(out, 'index.html'), 'utf8');
		rmSync(project, { recursive: true, force: true });
		return { result, previous };
	}

	it('a full disk stops the build, says so, removes the unfinished folder and keeps dist/', () => {
		const { result, previous } = buildOn('mount -t tmpfs -o size=4m none "$V"');
		expect(result.status, output(result)).not.toBe(0);
		expect(result.status).not.toBe(99);
		expect(output(result)).toMatch(/ENOSPC/);
		expect(result.stderr).toMatch(/dist was left untouched/);
		expect(result.stdout).toMatch(/left in dist\.versions: \[\]/);
		expect(previous).toBe('previous build');
	}, 300_000);

	it('a read-only versions folder stops the build with a message naming it, and keeps dist/', () => {
		const { result, previous } = buildOn('mount --bind "$V" "$V" && mount -o remount,bind,ro "$V"');
		expect(result.status, output(result)).not.toBe(0);
		expect(result.status).not.toBe(99);
		expect(result.stderr).toMatch(
			/dist\.versions is on a read-only file system \(EROFS\)[\s\S]*dist was left untouched/,
		);
		expect(result.stderr, 'a message, not a stack trace').not.toMatch(/\n\s+at /);
		expect(previous).toBe('previous build');
	}, 300_000);
});

describe('BASE_PATH', () => {
	it.each(['/a b/', '/g${(globalThis.PWNED="x")}/', '/guide/\n'])(
		'%j stops the build before it starts, naming the variable and a fix',
		(value) => {
			const out = join(mkdtempSync(join(tmpdir(), 'bad-base-')), 'dist');
			const result = spawnSync(process.execPath, ['scripts/build.ts', '--out-dir', out], {
				cwd: ROOT,
				env: childEnv({ BASE_PATH: value }),
				encoding: 'utf8',
			});
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(
				/BASE_PATH must be a plain path .* but it is .*\. Set it to the sub-path the site is served under, e\.g\. BASE_PATH=\/guide\/, or leave it unset/,
			);
			expect(result.stderr).toMatch(/dist was left untouched/);
			expect(result.stderr, 'a message, not a stack trace').not.toMatch(/\n\s+at /);
			expect(existsSync(`${out}.versions`)).toBe(false);
			rmSync(dirname(out), { recursive: true, force: true });
		},
	);
});
