/** "Did you mean …?" for ids. */

/** Levenshtein distance between two strings. */
export function distance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
		}
		prev = cur;
	}
	return prev[b.length]!;
}

/**
 * The valid id closest to a bad one, or undefined when nothing is reasonably close.
 * @example closest('nanjng', ['nanjing', 'tongling']) // 'nanjing'
 */
export function closest(bad: string, valid: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestScore = Infinity;
	for (const v of valid) {
		const d = distance(bad, v);
		const score = v.includes(bad) || bad.includes(v) ? d / 2 : d;
		if (score < bestScore) [best, bestScore] = [v, score];
	}
	return best !== undefined && bestScore <= Math.max(3, bad.length / 2) ? best : undefined;
}

/** A hint naming the closest valid id. */
export function hintFor(bad: string, valid: Iterable<string>, what: string): string {
	const list = [...valid];
	const near = closest(bad, list);
	if (near) return `did you mean "${near}"?`;
	if (list.length === 0) return `there is no ${what} yet`;
	const some = list
		.slice(0, 5)
		.map((v) => `"${v}"`)
		.join(', ');
	return `no ${what} id is close; valid ids include ${some}${list.length > 5 ? ', …' : ''}`;
}
