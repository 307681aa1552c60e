/**
 * `npm run check:content`: checks every cross-reference, page pair and schema of the content.
 * Prints all problems grouped by file and exits non-zero when there is any.
 * Usage: node scripts/check-content.ts [project-root]
 */
import { resolve } from 'node:path';
import { checkProject, formatReport } from '../checker/index.ts';

const root = resolve(process.argv[2] ?? '.');
const problems = checkProject(root);
console.log(formatReport(problems));
if (problems.length > 0) process.exitCode = 1;
