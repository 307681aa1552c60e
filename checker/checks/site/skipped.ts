/** References that could not be checked because the file they point into could not be read. */
import { type Check } from '../../context.ts';

/** References that could not be checked because the file they point into could not be read. */
export const checkSkipped: Check = (ctx, report) => {
	for (const [file, n] of ctx.skipped) {
		report({
			file,
			tag: 'yaml',
			message: `${n} reference${n === 1 ? '' : 's'} to entries of this file ${n === 1 ? 'was' : 'were'} not checked because the file could not be read`,
			hint: 'fix the error above; they are checked on the next run',
		});
	}
};
