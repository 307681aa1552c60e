/**
 * The content checker: loads the project, builds the context once, runs every check and
 * returns all problems (grouped and printed by `formatReport`).
 */
import { readSidebarCases } from '../src/lib/node/sidebar-cases.ts';
import { siteSidebar } from '../src/lib/site/config.ts';
import {
	checkCaseFiguresShown,
	checkCaseFactsShown,
	checkDataReferences,
	checkDataText,
	checkDuplicateIds,
	checkFormerIds,
	checkSchemas,
	checkYaml,
} from './checks/data.ts';
import { checkCharacters, checkEncoding, checkFileNames, checkFileSizes } from './checks/files.ts';
import {
	checkAttributeCode,
	checkComponents,
	checkPageCode,
	checkPageText,
	checkRetypedFigures,
} from './checks/components.ts';
import { checkDecodedCharacters, checkOneLineFields } from './checks/values.ts';
import { checkTerminology } from './checks/terms.ts';
import {
	checkParagraphCoverage,
	checkParagraphSources,
	checkParagraphIdsUnique,
	checkParagraphMarkers,
	checkParagraphPairs,
} from './checks/paragraphs.ts';
import { checkHtml, checkMarkdownLinks, checkPageLinks } from './checks/links.ts';
import {
	checkFrontmatter,
	checkFrontmatterFields,
	checkGeneratedPairs,
	checkHeadingIds,
	checkHeadingPairs,
	checkMdxSyntax,
	checkPagePairs,
} from './checks/pages.ts';
import {
	checkCasesCompared,
	checkDiagramCache,
	checkEditions,
	checkDiagramsPlaced,
	checkJson,
	checkManifest,
	checkManifestKept,
	checkRedirects,
	checkSectionTargets,
	checkMeasureAnchors,
	checkLocales,
	checkSidebar,
	checkSkipped,
	checkUiStrings,
	type SidebarEntry,
} from './checks/site/index.ts';
import { buildContext, type Check } from './context.ts';
import { loadProject } from './project.ts';
import { collector, type Problem } from './report.ts';

export { formatReport, summary, type Problem } from './report.ts';

/** All checks, in the order they run (files first, then data, pages, and the site as a whole). */
export const CHECKS: Check[] = [
	checkEncoding,
	checkFileNames,
	checkCharacters,
	checkFileSizes,
	checkYaml,
	checkDecodedCharacters,
	checkOneLineFields,
	checkJson,
	checkSchemas,
	checkDuplicateIds,
	checkFormerIds,
	checkDataReferences,
	checkDataText,
	checkMdxSyntax,
	checkFrontmatter,
	checkFrontmatterFields,
	checkPageCode,
	checkAttributeCode,
	checkPagePairs,
	checkHeadingIds,
	checkHeadingPairs,
	checkGeneratedPairs,
	checkParagraphMarkers,
	checkParagraphIdsUnique,
	checkParagraphCoverage,
	checkParagraphSources,
	checkParagraphPairs,
	checkComponents,
	checkPageLinks,
	checkMarkdownLinks,
	checkHtml,
	checkPageText,
	checkTerminology,
	checkRetypedFigures,
	checkCaseFiguresShown,
	checkCaseFactsShown,
	checkSectionTargets,
	checkMeasureAnchors,
	checkCasesCompared,
	checkDiagramsPlaced,
	checkDiagramCache,
	checkEditions,
	checkUiStrings,
	checkManifest,
	checkManifestKept,
	checkRedirects,
];

export interface CheckOptions {
	/**
	 * The sidebar to check: Starlight's, when the checker runs as its plugin; by default the one
	 * the site config makes for the project's cases (src/lib/site/config.ts), so that the command
	 * line checks the same sidebar the site is built with.
	 */
	sidebar?: readonly SidebarEntry[];
	/** The locale keys Starlight was given (checked against the content's languages). */
	locales?: readonly string[];
}

/** Runs every check on the project at `root` and returns the problems found. */
export function checkProject(root: string, options: CheckOptions = {}): Problem[] {
	const ctx = buildContext(loadProject(root));
	const { problems, report } = collector();
	const sidebar = options.sidebar ?? siteSidebar(readSidebarCases(root));
	const site = [checkSidebar(sidebar), checkLocales(options.locales), checkSkipped];
	for (const check of [...CHECKS, ...site]) check(ctx, report);
	return problems;
}
