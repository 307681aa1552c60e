/** The part of citation-js the dist tests use (the package ships no type declarations). */
declare module '@citation-js/core' {
	/** Parses any input format citation-js knows (a plugin must be loaded for it) into CSL-JSON. */
	export class Cite {
		/** `forceType` names the input format instead of letting citation-js guess it. */
		constructor(data: string, options?: { forceType?: string });
		/** The parsed items as CSL-JSON. */
		data: unknown[];
	}
	/** A plugin's registry of named things (plugin-csl: its CSL styles and locales as XML). */
	interface Register {
		get(name: string): string | undefined;
	}
	/** Plugin configuration; `plugins.config.get('@csl')` once @citation-js/plugin-csl is loaded. */
	export const plugins: {
		config: { get(name: '@csl'): { styles: Register; locales: Register } };
	};
}

/** citeproc-js (npm `citeproc`), the CSL processor Zotero and Mendeley use: what the tests call. */
declare module 'citeproc' {
	/** What the engine asks the caller for: a locale's XML by tag, an item by id. */
	interface Sys {
		retrieveLocale(lang: string): string | undefined;
		retrieveItem(id: string): object;
	}
	/** A CSL engine for one style (its XML). */
	interface Engine {
		setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
		/** The items of the bibliography; `nosort` keeps their order (no sorting pass). */
		updateItems(ids: string[], nosort?: boolean): void;
		/** [formatting parameters, one string per entry]. */
		makeBibliography(): [unknown, string[]];
	}
	const CSL: {
		Engine: new (sys: Sys, style: string, lang?: string, forceLang?: boolean) => Engine;
	};
	export default CSL;
}
