/**
 * The `_headers` file that Netlify and Cloudflare Pages read, parsed once and matched per path, so
 * that `npm start`, the test server and the bench send what such a host sends.
 *
 * Syntax: a line that starts at column 0 is a URL pattern (`*` matches anything, `:name` one path
 * segment); the indented `Name: value` lines below it are its headers. Every matching rule
 * applies in file order, a later value for the same name replacing an earlier one, and
 * `! Name` (Cloudflare's detach) removes what an earlier rule set.
 */

/** One block of a `_headers` file. */
export interface HeaderRule {
	/** The URL pattern as written, e.g. `/_astro/*`. */
	pattern: string;
	/** The pattern as a regular expression over the URL's path. */
	test: RegExp;
	/** Headers this rule sets. */
	set: Record<string, string>;
	/** Header names this rule removes (lower case). */
	detach: string[];
}

/** `/_astro/*` → /^\/_astro\/.*$/; `:name` stands for one path segment. */
function patternToRegExp(pattern: string): RegExp {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
		)
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * Parses the text of a `_headers` file. Comments (`#`) and blank lines are ignored.
 * @example parseHeaders('/*\n  X-Frame-Options: DENY\n')[0].set // { 'X-Frame-Options': 'DENY' }
 */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trimEnd();
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line, test: patternToRegExp(line), set: {}, detach: [] });
			continue;
		}
		const rule = rules.at(-1);
		const body = line.trim();
		if (!rule) continue;
		if (body.startsWith('!')) rule.detach.push(body.slice(1).trim().toLowerCase());
		else if (body.includes(':')) {
			const i = body.indexOf(':');
			rule.set[body.slice(0, i).trim()] = body.slice(i + 1).trim();
		}
	}
	return rules;
}

/**
 * The headers a host sends for `path` (the URL path below the site's base, starting with `/`).
 * @example headersFor(parseHeaders('/*\n  A: 1\n/x/*\n  ! A\n'), '/x/y') // {}
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	const out = new Map<string, [string, string]>();
	for (const rule of rules) {
		if (!rule.test.test(path)) continue;
		for (const name of rule.detach) out.delete(name);
		for (const [name, value] of Object.entries(rule.set))
			out.set(name.toLowerCase(), [name, value]);
	}
	return Object.fromEntries(out.values());
}
