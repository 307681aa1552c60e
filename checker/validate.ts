/**
 * An entry against its collection's schema, so that one run says everything about a file: a tagged
 * union (cases: `kind`) is checked on its tag first, with the closest valid tag, and the rest of the
 * entry is then checked against that variant, not given up on; the fields that are valid on their
 * own are kept, so reference and page checks still run on an entry with a schema error.
 */
import type { z } from 'astro/zod';
import { plainSchemas } from '../src/lib/content/schema.ts';
import type { DataCollection } from '../src/lib/content/files.ts';
import { closest } from './suggest.ts';

export type Schema = z.core.$ZodType;
type Def = {
	type: string;
	shape?: Record<string, Schema>;
	innerType?: Schema;
	in?: Schema;
	element?: Schema;
	options?: Schema[];
	discriminator?: string;
	values?: unknown[];
};

/** The definition of a schema (zod's internal description, read-only). */
export const defOf = (s: Schema) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** A tagged union's tag field and its variants by tag value; undefined for any other schema. */
export function variantsOf(
	schema: Schema,
): { key: string; byTag: Map<string, Schema> } | undefined {
	const def = defOf(schema);
	if (def.type !== 'union' || !def.discriminator) return undefined;
	const key = def.discriminator;
	const byTag = new Map<string, Schema>();
	for (const option of def.options ?? []) {
		const tag = defOf(option).shape?.[key];
		for (const value of (tag && defOf(tag).values) ?? []) byTag.set(String(value), option);
	}
	return { key, byTag };
}

/** The outcome of checking one entry. */
export interface Validation {
	/** The parsed entry, when it is valid. */
	data?: unknown;
	/** Every problem: the tag first, then the rest against the chosen variant. */
	issues: z.core.$ZodIssue[];
	/** The fields that are valid on their own (all of them when the entry is valid). */
	known: Record<string, unknown>;
	/** The variant the entry was checked against, when its tag was wrong: the closest one. */
	assumedTag?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields of `raw` that pass their own field schema, parsed. */
function validFields(schema: Schema, raw: unknown): Record<string, unknown> {
	const shape = defOf(schema).shape;
	if (!shape || !isRecord(raw)) return {};
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(raw)) {
		const field = shape[key] as z.ZodType | undefined;
		const result = field?.safeParse(value);
		if (result?.success) out[key] = result.data;
	}
	return out;
}

/** The variant to check an entry with a wrong tag against: the closest tag, else the best fit. */
function chooseVariant(
	tag: unknown,
	byTag: Map<string, Schema>,
	raw: Record<string, unknown>,
	key: string,
) {
	const near = typeof tag === 'string' ? closest(tag, byTag.keys()) : undefined;
	if (near) return near;
	const misfits = (t: string) =>
		(byTag.get(t) as z.ZodType).safeParse({ ...raw, [key]: t }).error?.issues.length ?? 0;
	return [...byTag.keys()].sort((a, b) => misfits(a) - misfits(b))[0]!;
}

/**
 * Checks one entry of `collection`. A wrong tag gives one issue at the tag (zod's, which names
 * the valid tags) and the entry's other issues against the closest variant.
 * @example validate('cases', { kind: 'reform', … }).assumedTag // 'reform-model'
 */
export function validate(collection: DataCollection, raw: unknown): Validation {
	const schema = plainSchemas[collection] as z.ZodType;
	const result = schema.safeParse(raw);
	if (result.success)
		return { data: result.data, issues: [], known: isRecord(result.data) ? result.data : {} };
	const variants = variantsOf(schema);
	if (!variants || !isRecord(raw))
		return { issues: result.error.issues, known: validFields(schema, raw) };
	const { key, byTag } = variants;
	const tagged = byTag.get(String(raw[key]));
	if (tagged) return { issues: result.error.issues, known: validFields(tagged, raw) };
	const assumedTag = chooseVariant(raw[key], byTag, raw, key);
	const variant = byTag.get(assumedTag) as z.ZodType;
	const rest = variant.safeParse({ ...raw, [key]: assumedTag }).error?.issues ?? [];
	const tagIssue = result.error.issues.filter((i) => i.path.length === 1 && i.path[0] === key);
	return {
		issues: [...tagIssue, ...rest],
		known: { ...validFields(variant, raw), [key]: assumedTag },
		assumedTag,
	};
}
