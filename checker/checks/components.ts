/**
 * Checks on what pages place: components and the ids they name, figures that belong in the data,
 * and prose that cannot wrap.
 */
import { TABLE_IDS } from '../../src/lib/tables/compare.ts';
import { figureText, type CaseData } from '../../src/lib/content/schema.ts';
import { idList, readablePages as readable, type Check, type Context } from '../context.ts';
import { literal, type ElementUse } from '../mdx.ts';
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
							: `add ${use.name} to the page's import from '~/components'`,
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
