/**
 * All of this site's own browser code, in one module that every page loads (one request, one
 * cache entry, instead of a file per component). Each part looks for its elements and does
 * nothing on a page without them.
 */
import './cite-panel.ts';
import './diagram.ts';
import './print-button.ts';
import './reading-position.ts';
import './search-button.ts';
import './search-styles.ts';
