/**
 * Checks on files as files: where they are, what they are named, and their bytes and characters.
 * They run first, on every content file, before anything depends on its contents.
 */
import { DATA_EXTENSION } from '../../src/lib/content/files.ts';
import type { Check } from '../context.ts';
import { MAX_FILE_BYTES, badCharacters } from '../text.ts';

/** Every content file is UTF-8 (the build would publish invalid bytes as U+FFFD garbage). */
export const checkEncoding: Check = (ctx, report) => {
	for (const f of ctx.project.files) {
		if (f.text !== null) continue;
		report({
			file: f.file,
			line: f.badLine,
			tag: 'encoding',
			message:
				'this line has bytes that are not valid UTF-8 (the file was saved in another encoding, or is damaged)',
			hint: 'save the file as UTF-8 in your editor and retype the characters on this line',
		});
	}
};

const UNLOADED = {
	yml: (file: string) => ({
		message: `Astro loads only ${DATA_EXTENSION} files: this entry would silently be missing from the site`,
		hint: `rename it to ${file.replace(/\.yml$/, DATA_EXTENSION)}`,
	}),
	extension: () => ({
		message: `not a ${DATA_EXTENSION} file: the loader of this folder reads only ${DATA_EXTENSION} files`,
		hint: 'move it out of content/, or give it the extension and shape of an entry',
	}),
	nested: () => ({
		message:
			'entries are read only from the folder itself, not from subfolders: this file is not loaded',
		hint: 'move it up into the collection folder',
	}),
	id: (file: string) => ({
		message: `the file name is the published id and must be lowercase ASCII kebab-case (Astro would turn "${file.replace(/^.*\//, '')}" into a different id than the one you link to)`,
		hint: 'rename it with a–z, 0–9 and single hyphens, e.g. "shanghai-model.yaml"',
	}),
	md: (file: string) => ({
		message:
			'a .md page is read as Markdown, where HTML is raw and `{…}` is text, while the checker reads pages as MDX: the two would disagree about what it publishes',
		hint: `rename it to ${file.replace(/\.md$/, '.mdx')} (the same rules then apply to it as to every page)`,
	}),
	'not-a-page': () => ({
		message:
			'only .mdx pages belong under src/content/docs: any other file there (a script, a stylesheet, a .markdown page) could be imported by a page or is silently skipped',
		hint: 'delete it, or move it out of src/content/docs (pages are .mdx files)',
	}),
	locale: () => ({
		message:
			'pages live in src/content/docs/zh/ or src/content/docs/en/: this page has no language and is not built as one',
		hint: 'move it into zh/ and add its English twin in en/ (or the other way round)',
	}),
} as const;

/** Files the loaders would skip or name differently from what the author meant. */
export const checkFileNames: Check = (ctx, report) => {
	for (const u of ctx.project.unloaded) {
		report({ file: u.file, tag: 'file', ...UNLOADED[u.reason](u.file) });
	}
};

/** No control characters, invisible direction overrides or stray byte-order marks in the text. */
export const checkCharacters: Check = (ctx, report) => {
	for (const f of ctx.project.files) {
		if (f.text === null) continue;
		for (const bad of badCharacters(f.text)) {
			report({
				file: f.file,
				line: bad.line,
				tag: 'character',
				message: `this line contains ${bad.what}, which readers cannot see but which changes or breaks the text`,
				hint: `delete it (search for ${bad.code} in your editor); a line break is a plain new line`,
			});
		}
	}
};

/** No content file big enough to make a page unreadable (one accidental paste can be megabytes). */
export const checkFileSizes: Check = (ctx, report) => {
	for (const f of ctx.project.files.filter((f) => f.bytes > MAX_FILE_BYTES)) {
		report({
			file: f.file,
			tag: 'too-long',
			message: `the file is ${Math.round(f.bytes / 1024)} KB; a content file stays under ${MAX_FILE_BYTES / 1024} KB`,
			hint: 'look for a pasted block of text or data; split a long page into several',
		});
	}
};
