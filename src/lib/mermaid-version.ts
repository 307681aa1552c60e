/** The installed Mermaid version: part of every diagram's cache key. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const MERMAID_VERSION = (require('mermaid/package.json') as { version: string }).version;
