/** Input the checker must accept, as the build does. */
export const ACCEPTED = [
	// CRLF line ends and a byte-order mark are read like LF pages (title and all).
	'accepted-crlf-and-bom',
	// A string literal in braces (`<Src id={"…"} />`) is read as the attribute's value.
	'accepted-expression-attributes',
	'accepted-setext-heading-with-id',
	// A retired paragraph id keeps its published anchor, on the page and in its parallel view.
	'accepted-retired-paragraph-id',
	// A `<title>` head entry, `tableOfContents`, a literal brace and a comment in braces.
	'accepted-head-title-and-literal-braces',
	// Manifest keys in another order and anchor lists reversed: nothing is lost.
	'accepted-manifest-shuffled',
	// A paragraph of a case page that cites no section and says why on its marker.
	'accepted-unsourced-paragraph',
	// A `%YAML 1.1` directive: the values the checker tests are still those the loader reads.
	'accepted-yaml-directive',
];
