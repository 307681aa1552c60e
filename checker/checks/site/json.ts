/** JSON files the site reads (the URL manifest, the redirect list) parse. */
import { type Check } from '../../context.ts';

/** JSON files (the manifest, the redirect list) that do not parse: named, with the line. */
export const checkJson: Check = (ctx, report) => {
	for (const json of [ctx.project.manifest, ctx.project.redirects]) {
		if (!json.failure) continue;
		report({
			file: json.file,
			line: json.failure.line,
			tag: 'json',
			message: `not valid JSON: ${json.failure.message}`,
			hint: 'this file is JSON, not YAML: double quotes around every key and string, commas between items and none after the last',
		});
	}
};
