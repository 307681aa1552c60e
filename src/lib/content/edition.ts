/** The site's edition: shown on the about page and in the data files. Bump with a changelog entry. */
export const EDITION = { version: '0.1.0', date: '2026-11-26' } as const;
