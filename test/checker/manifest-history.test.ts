/**
 * The URL manifest against git's earlier versions: an entry removed by hand (and not yet
 * committed) is named with the version that still had it. The fixture is a git repository of its
 * own, so the check reads only the fixture's history.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../checker/index.ts';
import { check, makeFixture } from '../support/fixture.ts';

const git = (dir: string, ...args: string[]) =>
	execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
		encoding: 'utf8',
	});

describe('the manifest against git', () => {
	it('names an anchor removed since the last commit', () => {
		const dir = makeFixture();
		git(dir, 'init', '-q');
		git(dir, 'add', '-A');
		git(dir, 'commit', '-qm', 'base');
		const file = join(dir, 'content/published-urls.json');
		writeFileSync(file, readFileSync(file, 'utf8').replace('["reform-models"]', '[]'));
		expect(formatReport(check(dir))).toMatch(
			/published-urls\.json:5 +\[url-dropped\] \/zh\/compare\/#reform-models was published \(the last commit \(git HEAD\)\) and is no longer in the manifest/,
		);
	});

	it('passes when nothing was removed', () => {
		const dir = makeFixture();
		git(dir, 'init', '-q');
		git(dir, 'add', '-A');
		git(dir, 'commit', '-qm', 'base');
		expect(formatReport(check(dir))).toBe('Content check passed: no problems found.');
	});
});
