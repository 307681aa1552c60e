/** The components MDX pages use; import them as `import { Src } from '~/components';`. */
export { default as Src } from './Src.astro';
export { default as Term } from './Term.astro';
export { default as CaseLink } from './CaseLink.astro';
export { default as EventLink } from './EventLink.astro';
export { default as PageLink } from './PageLink.astro';
export { default as CaseFacts } from './CaseFacts.astro';
export { default as CaseFigures } from './CaseFigures.astro';
export { default as CompareTable } from './CompareTable.astro';
export { default as ConceptIndex } from './ConceptIndex.astro';
export { default as CaseIndex } from './CaseIndex.astro';
export { default as Timeline } from './Timeline.astro';
export { default as Diagram } from './Diagram.astro';
export { default as StartLinks } from './StartLinks.astro';
