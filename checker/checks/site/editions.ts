/** Released editions: each store and every diagram SVG it shows equal to what its seal records. */
import { editionProblems } from '../../../src/lib/editions/verify.ts';
import type { Check } from '../../context.ts';

/**
 * A released edition is never edited, and nothing it needs goes away: a changed or missing
 * store file, a ledger entry edited after its seal, or a diagram SVG an edition shows that is
 * gone or changed stops the build here, naming the edition and the file.
 */
export const checkEditions: Check = (ctx, report) => {
	for (const p of editionProblems(ctx.project.root))
		report({ file: p.file, tag: 'edition', message: p.message, hint: p.hint });
};
