/**
 * Checks across the site: the section map's targets, what every page must show (comparison,
 * diagrams), the diagram cache, UI strings, the URL manifest, redirects and the sidebar, so that
 * the checker agrees with Astro's loader and router before either runs. One file per subject.
 */
export { checkSectionTargets, checkMeasureAnchors } from './sections.ts';
export { checkCasesCompared } from './cases.ts';
export { checkDiagramsPlaced, checkDiagramCache } from './diagrams.ts';
export { checkEditions } from './editions.ts';
export { checkUiStrings } from './ui-strings.ts';
export { checkJson } from './json.ts';
export { checkManifest, checkManifestKept } from './manifest.ts';
export { checkRedirects } from './redirects.ts';
export { checkLocales, checkSidebar, type SidebarEntry, type SidebarItem } from './sidebar.ts';
export { checkSkipped } from './skipped.ts';
