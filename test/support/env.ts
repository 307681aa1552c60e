/**
 * The parent's environment without what Vitest adds to it, for child processes such as
 * `astro build`: Vitest copies Vite's `import.meta.env` (BASE_URL, MODE, DEV, PROD, SSR) into
 * `process.env`, and a child build would take BASE_URL=/ over our BASE_PATH.
 */
const VITEST_VARS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']);

export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const kept = Object.entries(process.env).filter(
		([k]) => !k.startsWith('VITEST') && !VITEST_VARS.has(k),
	);
	return { ...Object.fromEntries(kept), ...extra };
}
