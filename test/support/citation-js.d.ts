/** The part of citation-js the dist tests use (the package ships no type declarations). */
declare module '@citation-js/core' {
	/** Parses any input format citation-js knows (a plugin must be loaded for it) into CSL-JSON. */
	export class Cite {
		/** `forceType` names the input format instead of letting citation-js guess it. */
		constructor(data: string, options?: { forceType?: string });
		/** The parsed items as CSL-JSON. */
		data: unknown[];
	}
}
