/**
 * One request for the scripts every page loads. The build puts Starlight's page-frame scripts and
 * ours into one file (astro.config.mjs, `everyPageScript`), but Astro still writes a
 * `<script type="module">` per component, each loading a one-line entry file that only imports
 * that file: nine requests of ~50 bytes gzip each, on every page. After the build each page
 * loads the imported file itself, once (config/integrations/script-facades.ts).
 */

const FACADE = /^import\s*"\.\/([\w.-]+\.js)";?\s*$/;

/**
 * The file a one-line entry module imports, or undefined for any other module.
 * @example facadeTarget('import"./page.B1.js";') // 'page.B1.js'
 */
export function facadeTarget(code: string): string | undefined {
	return FACADE.exec(code)?.[1];
}

/**
 * `html` with each module script whose file is a one-line entry (in `facades`: file name →
 * imported file name) loading the imported file instead, and each file loaded once.
 * @example
 * collapseFacades(
 *   '<script type="module" src="/_astro/A.js"></script><script type="module" src="/_astro/B.js"></script>',
 *   new Map([['A.js', 'page.js'], ['B.js', 'page.js']]),
 * ) // '<script type="module" src="/_astro/page.js"></script>'
 */
export function collapseFacades(html: string, facades: ReadonlyMap<string, string>): string {
	const seen = new Set<string>();
	return html.replace(
		/<script type="module" src="([^"]*\/)([\w.-]+\.js)"><\/script>/g,
		(_tag, dir: string, file: string) => {
			const src = dir + (facades.get(file) ?? file);
			if (seen.has(src)) return '';
			seen.add(src);
			return `<script type="module" src="${src}"></script>`;
		},
	);
}
