/**
 * Checks on what pages place: components and the ids they name, figures that belong in the data,
 * and prose that cannot wrap.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TABLE_IDS } from '../../src/lib/tables/compare.ts';
import { figureText, type CaseData } from '../../src/lib/content/schema.ts';
import { idList, readablePages as readable, type Check, type Context } from '../context.ts';
import { literal, type CodePiece, type ElementUse } from '../mdx.ts';
import type { Page } from '../project.ts';
import type { Problem, Report } from '../report.ts';
import { closest, hintFor } from '../suggest.ts';
import { excerpt, unbreakableRuns } from '../text.ts';
import { checkRef } from './data.ts';

/** The components pages use, and the collection their `id` names. */
const ID_COMPONENTS = {
	Src: 'sections',
	Term: 'concepts',
	CaseLink: 'cases',
	CaseFacts: 'cases',
	CaseFigures: 'cases',
	EventLink: 'timeline',
	Diagram: 'diagrams',
} as const;
type IdComponent = keyof typeof ID_COMPONENTS;

const isIdComponent = (name: string): name is IdComponent => name in ID_COMPONENTS;

/** One attribute's literal value, or a problem (missing, or an expression the checker cannot read). */
export function attrValue(
	use: ElementUse,
	name: string,
): { value?: string; problem?: Omit<Problem, 'file' | 'line'> } {
	const attr = use.attrs[name];
	const value = literal(attr);
	if (value !== undefined) return { value };
	if (attr?.kind === 'expression') {
		return {
			problem: {
				tag: 'mdx',
				message: `<${use.name} ${name}={${excerpt(attr.source, 40)}}>: the checker cannot read a computed ${name}`,
				hint: `write it as a plain string: ${name}="…"`,
			},
		};
	}
	return {
		problem: {
			tag: use.name === 'Src' ? 'unknown-section' : 'unknown-id',
			message: `<${use.name}> has no ${name}`,
			hint: `add ${name}="…"`,
		},
	};
}

/** Components are imported; their ids name existing entries; required attributes are there. */
export const checkComponents: Check = (ctx, report) => {
	const components = siteComponents();
	for (const { page, model } of readable(ctx)) {
		for (const use of model.components) {
			const at = { file: page.file, line: use.line };
			if (!model.imports.has(use.name)) {
				const near = closest(use.name, [...model.imports, ...Object.keys(ID_COMPONENTS)]);
				report({
					...at,
					tag: 'mdx',
					message: `<${use.name}> is used but not imported: the page would fail to build`,
					hint:
						near && near !== use.name
							? `did you mean <${near}>?`
							: importHint(use.name, components),
				});
				continue;
			}
			if (isIdComponent(use.name)) checkIdComponent(ctx, report, page, use, use.name);
			if (use.name === 'CompareTable') {
				const { value, problem } = attrValue(use, 'table');
				if (problem) report({ ...at, ...problem });
				else if (!(TABLE_IDS as readonly string[]).includes(value!))
					report({
						...at,
						tag: 'unknown-id',
						message: `<CompareTable table="${value}">: no such table`,
						hint: hintFor(value!, TABLE_IDS, 'table'),
					});
			}
		}
	}
};

function checkIdComponent(
	ctx: Context,
	report: Report,
	page: Page,
	use: ElementUse,
	name: IdComponent,
) {
	const at = { file: page.file, line: use.line };
	const collection = ID_COMPONENTS[name];
	const { problem } = attrValue(use, 'id');
	if (problem) return report({ ...at, ...problem });
	const ids = idList(use);
	if (ids.length === 0)
		return report({
			...at,
			tag: name === 'Src' ? 'unknown-section' : 'unknown-id',
			message: `<${name}> has no id`,
			hint: `add id="…" naming a ${collection} entry`,
		});
	if (ids.length > 1 && name !== 'Src')
		return report({
			...at,
			tag: 'unknown-id',
			message: `<${name} id="${ids.join(' ')}">: names one ${collection} entry, not ${ids.length}`,
			hint: 'place one component per id',
		});
	for (const id of ids) {
		checkRef(ctx, collection, id, (hint) =>
			report({
				...at,
				tag: collection === 'sections' ? 'unknown-section' : 'unknown-id',
				message: `<${name} id="${id}">: no ${collection} entry "${id}"`,
				hint,
			}),
		);
	}
	if (name === 'CaseFigures' && ctx.ids.cases.has(ids[0]!)) {
		const found = [...ctx.known].find(([e]) => e.collection === 'cases' && e.id === ids[0]);
		const data = found?.[1] as CaseData | undefined;
		if (data && (data.kind !== 'reform-model' || !data.figures?.length))
			report({
				...at,
				tag: 'unknown-id',
				message: `<CaseFigures id="${ids[0]}">: the case has no figures`,
				hint: `add figures: to content/cases/${ids[0]}.yaml, or remove the component`,
			});
	}
}

/** Prose on pages: no run of characters too long to wrap on a phone. */
export const checkPageText: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		for (const piece of model.texts) {
			for (const run of unbreakableRuns(piece.value)) {
				const before = piece.value.slice(0, piece.value.indexOf(run));
				report({
					file: page.file,
					line: piece.line + (before.match(/\n/g)?.length ?? 0),
					tag: 'unbreakable',
					message: `a ${run.length}-character run without a space ("${excerpt(run)}") cannot wrap on a phone`,
					hint: 'add spaces, or make a URL a link ([text](https://…)); a run may be at most 40 characters',
				});
			}
		}
	}
};

/** The standalone numbers in a text, in order (`8人` → 8; not the 8 of 2018). */
const numbersIn = (text: string) =>
	[...text.matchAll(/(?<!\d\.?)\d+(?:\.\d+)?(?!\.?\d)/g)].map((m) => m[0]);

/**
 * No page retypes a figure its case's YAML holds: a block (paragraph, table row, list item,
 * heading) that gives a figure's before and after numbers, in that order, repeats it.
 */
export const checkRetypedFigures: Check = (ctx, report) => {
	const figures = [...ctx.known].flatMap(([entry, data]) => {
		const c = data as Partial<CaseData>;
		return entry.collection === 'cases' && c.kind === 'reform-model'
			? (c.figures ?? []).map((f) => ({
					id: entry.id,
					file: entry.file,
					f,
					before: numbersIn(figureText(f.before, 'zh')),
					after: numbersIn(figureText(f.after, 'zh')),
				}))
			: [];
	});
	for (const { page, model } of readable(ctx)) {
		for (const block of model.blocks) {
			const nums = numbersIn(block.text);
			for (const { id, file, f, before, after } of figures) {
				if (before.length !== 1 || after.length !== 1) continue;
				const i = nums.indexOf(before[0]!);
				if (i < 0 || !nums.slice(i + 1).includes(after[0]!)) continue;
				report({
					file: page.file,
					line: block.line,
					tag: 'retyped-fact',
					message: `this ${block.type === 'tableRow' ? 'table row' : block.type} repeats the figure "${f.label[page.locale]}" (${figureText(f.before, page.locale)} → ${figureText(f.after, page.locale)}) that ${file} holds`,
					hint: `show it with <CaseFigures id="${id}" /> instead of typing it, so there is one place to correct it`,
				});
			}
		}
	}
};

/** The site's own code (the checker reads components from it, never from the content). */
const CODE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where pages import a component file from (kept apart so the text is not read as an import). */
const MDX_PATH = '~/components/mdx/';

/** What pages may import: the barrel's names, and the files of src/components/mdx/ by name. */
export interface SiteComponents {
	/** Names `src/components/index.ts` exports (`import { Src } from '~/components'`). */
	barrel: Set<string>;
	/** Components in `src/components/mdx/` (`import X from '~/components/mdx/X.astro'`). */
	files: Set<string>;
}

/**
 * How a page imports a component: from the barrel by name, or a page-specific one by its path
 * (those stay out of the barrel so that their styles load only where they are used).
 * @example importHint('Timeline', components) // "import it by its path: import Timeline from '~/components/mdx/Timeline.astro';"
 */
export function importHint(name: string, components: SiteComponents): string {
	if (components.barrel.has(name))
		return `add ${name} to the page's import from '~/components': import { …, ${name} } from '~/components';`;
	if (components.files.has(name))
		return `import it by its path: import ${name} from '${MDX_PATH}${name}.astro';`;
	return `the site has no component ${name}: see AUTHORING.md for the components pages use`;
}

/** Reads the components pages may import from the site's own source. */
export function siteComponents(root = CODE_ROOT): SiteComponents {
	const index = `${root}src/components/index.ts`;
	const dir = `${root}src/components/mdx`;
	const barrel = existsSync(index)
		? [...readFileSync(index, 'utf8').matchAll(/export\s*\{\s*default\s+as\s+(\w+)\s*\}/g)].map(
				(m) => m[1]!,
			)
		: [];
	const files = existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.astro'))
				.map((f) => f.replace(/\.astro$/, ''))
		: [];
	return { barrel: new Set(barrel), files: new Set(files) };
}

const BARREL_IMPORT = /\s*import\s*\{([\w\s,]*)\}\s*from\s*(['"])~\/components\2\s*;?/y;
const FILE_IMPORT = /\s*import\s+(\w+)\s+from\s*(['"])~\/components\/mdx\/(\w+)\.astro\2\s*;?/y;

/** A statement of a page's `import`/`export` block that pages may not have, with its offset. */
export interface RefusedStatement {
	offset: number;
	text: string;
	why: string;
}

/**
 * The statements of an `import`/`export` block that are not a plain import of the site's own
 * components: `import { Src, Term } from '~/components'` (names the barrel exports) and
 * `import Timeline from '~/components/mdx/Timeline.astro'` (the file's own name). Every other
 * statement (an `export`, another module, a `?raw` or `?url` import, a renamed import) runs code
 * or reads files at build time that the checker cannot see.
 * @example refusedStatements("export const x = 1;", components) // [{ offset: 0, … }]
 */
export function refusedStatements(source: string, components: SiteComponents): RefusedStatement[] {
	const out: RefusedStatement[] = [];
	let at = 0;
	while (at < source.length && source.slice(at).trim() !== '') {
		BARREL_IMPORT.lastIndex = at;
		FILE_IMPORT.lastIndex = at;
		const barrel = BARREL_IMPORT.exec(source);
		const file = barrel ? null : FILE_IMPORT.exec(source);
		if (barrel) {
			const names = barrel[1]!.split(',').map((n) => n.trim());
			for (const name of names.filter((n) => n && !components.barrel.has(n)))
				out.push({
					offset: at,
					text: barrel[0].trim(),
					why: /\s/.test(name)
						? 'import each component under its own name (the checker reads components by name)'
						: `~/components exports no component "${name}"`,
				});
			at = BARREL_IMPORT.lastIndex;
		} else if (file) {
			if (file[1] !== file[3] || !components.files.has(file[3]!))
				out.push({
					offset: at,
					text: file[0].trim(),
					why: components.files.has(file[3]!)
						? `import it under its own name: import ${file[3]} from '${MDX_PATH}${file[3]}.astro'`
						: `src/components/mdx/ has no ${file[3]}.astro`,
				});
			at = FILE_IMPORT.lastIndex;
		} else {
			const start = at + (source.slice(at).length - source.slice(at).trimStart().length);
			const end = source.indexOf('\n', start);
			out.push({
				offset: start,
				text: source.slice(start, end < 0 ? undefined : end),
				why: /^export\b/.test(source.slice(start))
					? 'an `export` runs code at build time, before any check sees what it makes'
					: "a page imports only the site's components: any other module, or a file read with ?raw or ?url, runs or is read at build time",
			});
			// The rest of the block is not read further: one message per block is enough to fix it.
			break;
		}
	}
	return out;
}

/**
 * An expression the checker can read: a string literal (`{"{"}`, how a page writes a literal
 * brace) or a comment (`{/* … *\/}`). Anything else runs at build time.
 */
export const readableExpression = (source: string): boolean =>
	literal({ kind: 'expression', source }) !== undefined ||
	/^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(source);

const lineIn = (piece: CodePiece, offset: number) =>
	piece.line + (piece.source.slice(0, offset).match(/\n/g)?.length ?? 0);

/**
 * Pages are content, not programs: every `import` names the site's own components, there is no
 * `export`, and every `{…}` in the text is a string or a comment. Whatever else MDX allows runs in
 * the build's Node process (reading files and the environment) before any check sees its output.
 */
export const checkPageCode: Check = (ctx, report) => {
	const components = siteComponents();
	for (const { page, model } of readable(ctx)) {
		for (const block of model.esm)
			for (const s of refusedStatements(block.source, components))
				report({
					file: page.file,
					line: lineIn(block, s.offset),
					tag: 'code',
					message: `"${excerpt(s.text, 60)}": ${s.why}`,
					hint: `write import { Src, Term } from '~/components'; or import X from '${MDX_PATH}X.astro'; and nothing else (see AUTHORING.md)`,
				});
		for (const e of model.expressions.filter((x) => !readableExpression(x.source)))
			report({
				file: page.file,
				line: e.line,
				tag: 'code',
				message: `{${excerpt(e.source.trim(), 40)}}: an expression runs code at build time, and the checker cannot read what it makes`,
				hint: 'write the text itself; for a literal brace write {"{"}; markup and data come from components',
			});
	}
};

/** Components' props the checks above read through `attrValue` (they report computed values). */
const READ_PROPS: Record<string, string[]> = {
	...Object.fromEntries(Object.keys(ID_COMPONENTS).map((c) => [c, ['id']])),
	PageLink: ['page', 'anchor'],
	CompareTable: ['table'],
};

/**
 * Every attribute of a component or HTML element is a string (`x="…"`, `x={"…"}`) or bare
 * (`first`): a computed value (`href={"java" + "script:…"}`) or a spread (`{...props}`) runs
 * at build time and hides what reaches the page.
 */
export const checkAttributeCode: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		for (const use of [...model.components, ...model.elements]) {
			const at = { file: page.file, line: use.line, tag: 'code' };
			for (const spread of use.spreads)
				report({
					...at,
					message: `<${use.name} {${excerpt(spread.trim(), 30)}}>: a spread attribute is computed at build time`,
					hint: 'write each attribute as a plain string: name="…"',
				});
			for (const [name, attr] of Object.entries(use.attrs)) {
				if (attr.kind !== 'expression' || literal(attr) !== undefined) continue;
				if (READ_PROPS[use.name]?.includes(name)) continue;
				report({
					...at,
					message: `<${use.name} ${name}={${excerpt(attr.source.trim(), 30)}}>: a computed attribute runs at build time, and the checker cannot read it`,
					hint: `write it as a plain string: ${name}="…"`,
				});
			}
		}
	}
};
