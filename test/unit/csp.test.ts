import { describe, expect, it } from 'vitest';
import {
	headersFile,
	injectMeta,
	inlineScripts,
	inlineStyles,
	policyFor,
} from '../../src/lib/csp.ts';

const page =
	'<html><head><script>a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script></head><body><svg><style>#d{fill:red}</style></svg></body></html>';

describe('CSP', () => {
	it('finds inline scripts (not external, not JSON-LD) and style elements, SVG ones included', () => {
		expect(inlineScripts(page)).toEqual(['a()']);
		expect(inlineStyles(page)).toEqual(['#d{fill:red}']);
	});

	it('allows only own scripts and styles, hashed inline ones, and WebAssembly; never unsafe-inline or unsafe-eval for scripts', () => {
		const policy = policyFor(page);
		const script = policy.split('; ').find((d) => d.startsWith('script-src '))!;
		expect(script).toBe(
			"script-src 'self' 'wasm-unsafe-eval' 'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='",
		);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
		expect(policy).toContain("object-src 'none'");
		expect(policy).toMatch(/style-src-elem 'self' 'sha256-[^']+'/);
	});

	it('puts the meta first in <head>, once', () => {
		const once = injectMeta(page, 'x');
		expect(
			once.startsWith('<html><head><meta http-equiv="content-security-policy" content="x">'),
		).toBe(true);
		expect(injectMeta(once, 'y')).toBe(once);
	});

	it('writes _headers with the HTTP-only headers', () => {
		const file = headersFile(["'sha256-a'"], []);
		expect(file).toContain("frame-ancestors 'none'");
		expect(file).toContain('X-Content-Type-Options: nosniff');
		expect(file).toContain('Referrer-Policy: strict-origin-when-cross-origin');
		expect(file.startsWith('/*\n')).toBe(true);
	});
});
