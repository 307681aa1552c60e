import type { Case } from '../../support/fixture.ts';

/** YAML syntax and schemas: one error per mistake, at its own line, with the fix. */
export const YAML: Case[] = [
	// Three mistakes in one file, listed in one run: a wrong kind (the rest is checked against the
	// closest kind), a misspelt field and an unknown source id.
	{
		fixture: 'schema-three-mistakes-in-one-file',
		tag: 'schema',
		report:
			/nanjing\.yaml:5 +\[schema\] cases "nanjing", field kind: "reform" is not a kind of case \("reform-model", "early-model"\)\n +--> did you mean "reform-model"\? \(the rest of the entry was checked as "reform-model"\)\n.*nanjing\.yaml:7 +\[schema\] cases "nanjing": unknown field pathnote\n +--> did you mean "pathNote"\?\n.*nanjing\.yaml:8 +\[unknown-section\] cases "nanjing", field summary\.sources\[0\]: no sections entry "nanjing-measure-9"\n +--> did you mean "nanjing-measure-1"\?\s+3 problems in 1 file/,
	},
	// One syntax error is one problem, without follow-on unknown-id errors from the file it hides.
	{
		fixture: 'yaml-syntax-error',
		tag: 'yaml',
		report:
			/nanjing\.yaml:4 +\[yaml\] not valid YAML: Flow map .* end with a \}\n +--> indent with spaces, two per level; close every \{ and \[ you open/,
		alone: true,
	},
	// The section map is one file: its references are counted, not reported one by one.
	{
		fixture: 'yaml-syntax-error-in-section-map',
		tag: 'yaml',
		report:
			/sections\.yaml +\[yaml\] \d+ references to entries of this file were not checked because the file could not be read[\s\S]*sections\.yaml:4 +\[yaml\] not valid YAML: Missing closing "quote/,
	},
	// A duplicate key is named, at its line.
	{
		fixture: 'yaml-duplicate-key',
		tag: 'yaml',
		report:
			/nanjing\.yaml:11 +\[yaml\] the key "order" appears twice in the same map\n +--> keep one "order:" and delete the other/,
		alone: true,
	},
	// An alias bomb is refused at its file, not expanded until the checker crashes.
	{
		fixture: 'yaml-alias-bomb',
		tag: 'yaml',
		report:
			/nanjing\.yaml +\[yaml\] the YAML parser stopped: Excessive alias count.*\n +--> write the values out instead of using YAML anchors and aliases/,
		alone: true,
	},
	// Astro's loader (js-yaml) reads an unquoted date as a Date, and so does the checker.
	{
		fixture: 'yaml-unquoted-date',
		tag: 'schema',
		report:
			/event-2017\.yaml:1 +\[schema\] .*field date: an unquoted date is read as a date, but the field is text\n +--> quote it: date: '2017-06-12'/,
		alone: true,
	},
	// A number where text belongs is a schema error, not a missing translation.
	{
		fixture: 'schema-number-where-text',
		tag: 'schema',
		report:
			/nanjing\.yaml:2 +\[schema\] cases "nanjing", field short\.zh: 123 is read as a number, but the field is text\n +--> quote it: zh: "123"/,
		alone: true,
	},
	{
		fixture: 'schema-text-where-number',
		tag: 'schema',
		report:
			/nanjing\.yaml:4 +\[schema\] cases "nanjing", field order: "two" is text, but the field is a number/,
		alone: true,
	},
	// A misspelt key is reported at its own line with a "did you mean", and not also as "missing".
	{
		fixture: 'schema-typo-key',
		tag: 'schema',
		report:
			/nanjing\.yaml:8 +\[schema\] cases "nanjing": unknown field sumary\n +--> did you mean "summary"\?/,
		alone: true,
	},
	{
		fixture: 'schema-typo-nested-key',
		tag: 'schema',
		report:
			/nanjing\.yaml:11 +\[schema\] cases "nanjing": unknown field summary\.sorces\n +--> did you mean "sources"\?/,
		alone: true,
	},
	{
		fixture: 'schema-unknown-field',
		tag: 'schema',
		report:
			/nanjing\.yaml:11 +\[schema\] cases "nanjing": unknown field mayor\n +--> the fields here are: name, short/,
		alone: true,
	},
	// A text field may not be empty in either language.
	{
		fixture: 'schema-empty-text',
		tag: 'empty-text',
		report:
			/nanjing\.yaml:8 +\[empty-text\] cases "nanjing", field summary\.en: the English text \(en\) is empty/,
		alone: true,
	},
	{
		fixture: 'schema-missing-translation',
		tag: 'missing-translation',
		report:
			/nanjing\.yaml:2 +\[missing-translation\] cases "nanjing", field short\.en: the English \(en\) text is missing\n +--> add the English \(en\) text/,
		alone: true,
	},
	{
		fixture: 'schema-bad-date',
		tag: 'schema',
		report:
			/event-2017\.yaml:1 +\[schema\] timeline "event-2017", field date: write the date as YYYY, YYYY-MM or YYYY-MM-DD/,
		alone: true,
	},
	// The site states no date the paper does not give: "added-context" is refused, saying why.
	{
		fixture: 'schema-retired-date-source',
		tag: 'schema',
		report:
			/event-2017\.yaml:2 +\[schema\] timeline "event-2017", field dateSource: dateSource "added-context" is no longer allowed: the site states no date the paper does not give; remove date and dateSource, and give a sortKey/,
		alone: true,
	},
	// A renamed event keeps its former id as an anchor for good; no other event may take it.
	{
		fixture: 'timeline-former-id-reused',
		tag: 'duplicate-id',
		report:
			/event-renamed\.yaml:2 +\[duplicate-id\] timeline "event-renamed", field formerIds\[1\]: "event-2017" cannot be a former id: it is the id of the event in content\/timeline\/event-2017\.yaml\n +--> a former id stays a published anchor of one event for good/,
		alone: true,
	},
	// An id in an entry that no entry has is reported with the nearest one.
	{
		fixture: 'unknown-id-in-entry',
		tag: 'unknown-id',
		report:
			/nanjing\.yaml:9 +\[unknown-id\] cases "nanjing", field concepts\[0\]: no concepts entry "strengthen-stret"\n +--> did you mean "strengthen-street"\?/,
		alone: true,
	},
	{
		fixture: 'unknown-section-in-entry',
		tag: 'unknown-section',
		report:
			/\[unknown-section\] cases "nanjing", field summary\.sources\[0\]: no sections entry "nanjing-measure-9"\n +--> did you mean "nanjing-measure-1"\?/,
		alone: true,
	},
	{
		fixture: 'duplicate-section-id',
		tag: 'duplicate-id',
		report:
			/sections\.yaml:16 +\[duplicate-id\] sections id "nanjing" is already used \(content\/paper\/sections\.yaml:5\)/,
		alone: true,
	},
	// Markup in names, which become titles and link text, is refused.
	{
		fixture: 'markup-in-case-name',
		tag: 'markup',
		report: /nanjing\.yaml:1 +\[markup\] field name\.en contains "<" or ">"/,
		alone: true,
	},
	// A long unbroken string would make a page wider than a phone's screen.
	{
		fixture: 'unbreakable-run-in-yaml',
		tag: 'unbreakable',
		report:
			/nanjing\.yaml:8 +\[unbreakable\] field summary\.en has a 308-character run without a space/,
		alone: true,
	},
];
