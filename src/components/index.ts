/**
 * The components many MDX pages use; import them as `import { Src } from '~/components';`.
 * A component one or two pages use (CompareTable, ConceptIndex, CaseIndex, Timeline, StartLinks)
 * is imported from its own file (`import Timeline from '~/components/mdx/Timeline.astro';`): Astro
 * gives a page the styles of every component its imports reach, so through this list every page
 * would load the comparison table's styles.
 */
export { default as Src } from './mdx/Src.astro';
export { default as Term } from './mdx/Term.astro';
export { default as CaseLink } from './mdx/CaseLink.astro';
export { default as EventLink } from './mdx/EventLink.astro';
export { default as PageLink } from './mdx/PageLink.astro';
export { default as CaseFacts } from './mdx/CaseFacts.astro';
export { default as CaseFigures } from './mdx/CaseFigures.astro';
export { default as Diagram } from './mdx/Diagram.astro';
