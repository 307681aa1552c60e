/**
 * The content checker: loads the project, builds the context once, runs every check and
 * returns all problems (grouped and printed by `formatReport`).
 */
import { LOCALES } from '../i18n.ts';
import { CHECKS, type Context } from './checks.ts';
import { explicitIds, headings } from './mdx.ts';
import { loadProject, type DataCollectionName, type Project } from './project.ts';
import { collector, type Problem } from './report.ts';

export { formatReport, summary, type Problem } from './report.ts';

function buildContext(project: Project): Context {
	const ids = {} as Record<DataCollectionName, Set<string>>;
	for (const c of [
		'paper',
		'sections',
		'cases',
		'concepts',
		'timeline',
		'stages',
		'diagrams',
	] as const) {
		ids[c] = new Set(project.entries.filter((e) => e.collection === c).map((e) => e.id));
	}
	const routes = { zh: new Set<string>(), en: new Set<string>() };
	const anchors = new Map<string, Set<string>>();
	for (const page of project.pages) {
		routes[page.locale].add(page.route);
		if (page.locale !== 'zh') continue;
		anchors.set(
			page.route,
			new Set([
				...headings(page.text).flatMap((h) => (h.id ? [h.id] : [])),
				...explicitIds(page.text),
			]),
		);
	}
	for (const id of ids.concepts) for (const l of LOCALES) routes[l].add(`concepts/${id}`);
	// The timeline page renders one anchor per event.
	const timeline = anchors.get('timeline');
	if (timeline) for (const id of ids.timeline) timeline.add(id);
	return { project, parsed: new Map(), ids, routes, anchors };
}

/** Runs every check on the project at `root` and returns the problems found. */
export function checkProject(root: string): Problem[] {
	const project = loadProject(root);
	const ctx = buildContext(project);
	const { problems, report } = collector();
	for (const check of CHECKS) check(ctx, report);
	return problems;
}
