/**
 * The components many MDX pages use; import them as `import { Src } from '~/components';`.
 * A component one or two pages use (CompareTable, ConceptIndex, CaseIndex, Timeline, StartLinks)
 * is imported from its own file (`import Timeline from '~/components/Timeline.astro';`): Astro
 * gives a page the styles of every component its imports reach, so through this list every page
 * would load the comparison table's styles.
 */
export { default as Src } from './Src.astro';
export { default as Term } from './Term.astro';
export { default as CaseLink } from './CaseLink.astro';
export { default as EventLink } from './EventLink.astro';
export { default as PageLink } from './PageLink.astro';
export { default as CaseFacts } from './CaseFacts.astro';
export { default as CaseFigures } from './CaseFigures.astro';
export { default as Diagram } from './Diagram.astro';
