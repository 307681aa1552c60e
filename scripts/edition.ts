/**
 * `npm run edition -- <version>`: releases the current text as an edition. It builds the site
 * (or reads an existing build: `--dist <dir>`), freezes every paper, case and concept page in
 * both languages (src/lib/editions/freeze.ts) into content/editions/<version>.json.gz, and appends
 * the edition's seal to content/editions/ledger.json. The changelog entry comes from
 * content/editions/changelog.yaml (`<version>: { zh: …, en: … }`), which must have one first.
 *
 * Run again for a version already released, it compares: the same text is a no-op, different
 * text is refused (a released edition never changes; release a new version). It never seals on
 * top of a ledger that fails its check.
 *
 * Usage: node scripts/edition.ts <version> [--date YYYY-MM-DD] [--dist <dir>] [--root <dir>]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { variant } from '../src/lib/diagrams/cache.ts';
import { inputsDigest } from '../src/lib/editions/cite.ts';
import { freezePage } from '../src/lib/editions/freeze.ts';
import { releaseEdition } from '../src/lib/editions/release.ts';
import {
	readLedger,
	storeFile,
	VERSION_PATTERN,
	type Changelog,
	type EditionStore,
} from '../src/lib/editions/store.ts';
import { editionProblems } from '../src/lib/editions/verify.ts';
import { CHANGELOG_FILE, EDITION_SECTIONS } from '../src/lib/editions/pages.ts';
import { LOCALES, type Locale } from '../src/lib/i18n/locales.ts';
import { filesUnder } from '../src/lib/node/walk.ts';
import { resolveSite } from '../src/lib/site/url.ts';

const args = process.argv.slice(2);
/** The value of a `--name value` flag, removed from `args`. */
function flag(name: string): string | undefined {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? args.splice(at, 2)[1] : undefined;
}
const root = resolve(flag('root') ?? '.');
const distFlag = flag('dist');
const dateFlag = flag('date');
const version = args[0];

function stop(message: string): never {
	console.error(`\n${message}`);
	process.exit(1);
}

/** The changelog entry of a version, from content/editions/changelog.yaml. */
function changelogOf(v: string): Changelog {
	const file = join(root, CHANGELOG_FILE);
	const data = existsSync(file) ? (parse(readFileSync(file, 'utf8')) as unknown) : undefined;
	const entry = (data as Record<string, Partial<Changelog>> | undefined)?.[v];
	if (!entry?.zh?.trim() || !entry.en?.trim())
		stop(
			`${CHANGELOG_FILE}: no changelog entry for ${v} in both languages.\n` +
				`Add one first:\n${v}:\n  zh: 本版改了什么\n  en: What this edition changed`,
		);
	return { zh: entry.zh.trim(), en: entry.en.trim() };
}

/** The cache key of a diagram in one language, from its current source (what the build drew). */
function diagramKeyOf(locale: Locale) {
	return (diagram: string): string => {
		const file = join(root, 'content/diagrams', `${diagram}.yaml`);
		const data = parse(readFileSync(file, 'utf8')) as { mermaid: Record<Locale, string> };
		return variant(diagram, locale, data.mermaid[locale]).key;
	};
}

/** Every paper, case and concept page of a build, frozen. */
function freezeBuild(dist: string, base: string): EditionStore['pages'] {
	return LOCALES.flatMap((locale) =>
		EDITION_SECTIONS.flatMap((section) =>
			filesUnder(join(dist, locale, section))
				.filter((f) => f.endsWith(`${sep}index.html`))
				.map((f) => {
					const path = relative(join(dist, locale), dirname(f)).split(sep).join('/');
					const html = readFileSync(f, 'utf8');
					if (/<meta http-equiv="refresh"/i.test(html)) return undefined;
					return freezePage(
						html,
						{ locale, path, base, inputs: inputsDigest(root, locale, path) },
						diagramKeyOf(locale),
					);
				})
				.filter((p) => p !== undefined),
		),
	);
}

function main() {
	if (!version || !VERSION_PATTERN.test(version))
		stop('Usage: npm run edition -- <version> (like 0.2.0) [--date YYYY-MM-DD] [--dist <dir>]');
	if (dateFlag && !/^\d{4}-\d{2}-\d{2}$/.test(dateFlag))
		stop(`--date ${dateFlag}: not YYYY-MM-DD.`);
	const problems = editionProblems(root);
	if (problems.length)
		stop(
			`The released editions fail their check; nothing was sealed:\n${problems
				.map((p) => `  ${p.file}: ${p.message}\n    --> ${p.hint}`)
				.join('\n')}`,
		);
	const ledger = readLedger(root);
	const released = ledger.find((e) => e.version === version);
	const changelog = released?.changelog ?? changelogOf(version);
	const date = released?.date ?? dateFlag ?? new Date().toISOString().slice(0, 10);

	let dist = distFlag ? resolve(distFlag) : join(root, 'dist');
	if (!distFlag) {
		const built = spawnSync(process.execPath, ['scripts/build.ts'], {
			cwd: root,
			stdio: 'inherit',
		});
		if (built.status !== 0) stop('The build failed; nothing was frozen.');
		dist = join(root, 'dist');
	}
	if (!existsSync(join(dist, 'index.html'))) stop(`${dist}: no build there.`);
	const store: EditionStore = {
		version,
		date,
		changelog,
		pages: freezeBuild(dist, resolveSite(process.env).base),
	};
	if (store.pages.length === 0) stop(`${dist}: no paper, case or concept page to freeze.`);
	const result = releaseEdition(root, store);
	if (result.status === 'refused') stop(result.message);
	if (result.status === 'same') {
		console.log(`Edition ${version} is released with exactly this text: nothing to do.`);
		return;
	}
	console.log(
		`Released edition ${version} (${date}): ${store.pages.length} pages, ${Object.keys(result.entry.svgs).length} diagrams → ${storeFile(version)}.\n` +
			'Next: npm run build && npm run urls -- --floor, and commit content/ (the store, the ledger, the manifest).',
	);
}

main();
