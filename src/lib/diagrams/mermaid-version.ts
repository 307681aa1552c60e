/**
 * The Mermaid version the committed diagrams were rendered with: part of every diagram's cache
 * key. `npm run diagrams` records it in content/diagrams/rendered/renderer.json when it renders,
 * so a build reads the version from the cache it uses and needs no Mermaid installed (Mermaid
 * lives in the renderer's own package folder, scripts/mermaid/).
 */
import renderer from '../../../content/diagrams/rendered/renderer.json' with { type: 'json' };

export const MERMAID_VERSION: string = renderer.mermaid;
