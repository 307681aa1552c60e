/**
 * Text for elements that Starlight fills with `set:html` (the `<title>`): `&`, `<` and `>`
 * become character references, so the browser reads the characters, never markup.
 * @example escapeText('A </title><b>') // 'A &lt;/title&gt;&lt;b&gt;'
 */
export const escapeText = (text: string): string =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
