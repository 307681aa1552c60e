import { describe, expect, it } from 'vitest';
import { collapseFacades, facadeTarget } from '../../../config/security/script-facades.ts';

const tag = (src: string) => `<script type="module" src="${src}"></script>`;

describe('facadeTarget', () => {
	it('names the file a one-line entry imports', () => {
		expect(facadeTarget('import"./page.B1x-Z.js";\n')).toBe('page.B1x-Z.js');
	});
	it('is undefined for a module that does anything else', () => {
		expect(facadeTarget('import"./page.js";console.log(1);')).toBeUndefined();
		expect(facadeTarget('import{a}from"./page.js";a();')).toBeUndefined();
	});
});

describe('collapseFacades', () => {
	const facades = new Map([
		['Search.A.js', 'page.X.js'],
		['Theme.A.js', 'page.X.js'],
	]);
	it('loads the imported file once in place of every entry, other scripts kept in order', () => {
		const html = `<head>${tag('/guide/_astro/Search.A.js')}${tag('/guide/_astro/Compare.C.js')}${tag('/guide/_astro/Theme.A.js')}</head>`;
		expect(collapseFacades(html, facades)).toBe(
			`<head>${tag('/guide/_astro/page.X.js')}${tag('/guide/_astro/Compare.C.js')}</head>`,
		);
	});
	it('leaves a page without entries as it is', () => {
		const html = `<p>${tag('/_astro/other.js')}</p>`;
		expect(collapseFacades(html, facades)).toBe(html);
	});
});
