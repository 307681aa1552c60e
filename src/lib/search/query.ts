/**
 * How the search dialog reads what a person types, before and after Pagefind searches it (pure
 * functions; the browser side is src/scripts/search/ui.ts). Pagefind finds pages that contain every
 * word of a query, so a question ("怎么引用这篇论文", "how do I cite this") finds nothing; a person
 * would try again without the question words, then with fewer words. Other spellings (British and
 * American, a slip of the keyboard, pinyin typed without spaces) are searched as well and the
 * results merged. The dialog always says what it searched for.
 */

/** Chinese question words, particles, pronouns and demonstratives (as Intl.Segmenter cuts them). */
const ZH_STOP_WORDS = new Set(
	(
		'怎么 怎么样 怎样 如何 什么 为什么 为何 哪些 哪个 哪里 哪儿 哪 几个 多少 谁 是否 能否 ' +
		'吗 呢 吧 啊 呀 的 了 是 和 与 及 跟 有 要 都 也 还 请问 一下 我 我们 你 你们 ' +
		'这 那 这个 那个 这些 那些 这篇 那篇 篇 本文'
	).split(' '),
);

/** English question words, auxiliaries, articles, pronouns and prepositions. */
const EN_STOP_WORDS = new Set(
	(
		'a an the of to in on at for from by with about into and or ' +
		'is are was were be been being am do does did can could should would will shall may might ' +
		'i me my we our you your it its this that these those there their they them ' +
		'what which who whom whose why how when where please tell explain mean'
	).split(' '),
);

const HAN = /\p{Script=Han}/u;
/** A run of Chinese characters, or a run of anything else that is not a space or punctuation. */
const RUNS = /(\p{Script=Han}+)|([^\s\p{Script=Han},.;:!?，。；：！？、（）()“”"「」《》]+)/gu;
const EDGE_QUOTES = /^['‘’]+|['‘’]+$/g;

/** One word of a query, as the search dialog sees it. */
export interface Token {
	text: string;
	/** Chinese (segmented with Intl.Segmenter) rather than Latin letters or digits. */
	han: boolean;
	/** A question word or particle, left out when searching. */
	stop: boolean;
	/** Written right after the previous token, with no space or punctuation between. */
	joined: boolean;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The words of a query: Chinese runs cut into words by the browser's (ICU) word segmenter, other
 * text cut at spaces and punctuation (hyphens, apostrophes and "+" stay inside a word).
 * @example tokenize('怎么引用').map((t) => t.text) // ['怎么', '引用']
 */
export function tokenize(query: string): Token[] {
	segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
	const tokens: Token[] = [];
	let end = -1;
	for (const m of query.matchAll(RUNS)) {
		const joined = m.index === end;
		end = m.index + m[0].length;
		if (m[1]) {
			let first = true;
			for (const s of segmenter.segment(m[1])) {
				tokens.push({
					text: s.segment,
					han: true,
					stop: ZH_STOP_WORDS.has(s.segment),
					joined: first ? joined : true,
				});
				first = false;
			}
		} else {
			const text = m[2]!.replace(EDGE_QUOTES, '');
			if (text)
				tokens.push({ text, han: false, stop: EN_STOP_WORDS.has(text.toLowerCase()), joined });
		}
	}
	return tokens;
}

/** The tokens left when question words and particles are dropped (all of them if none would be). */
function kept(tokens: Token[]): Token[] {
	const out: Token[] = [];
	let previousKept = false;
	for (const t of tokens) {
		if (t.stop) previousKept = false;
		else {
			out.push({ ...t, joined: t.joined && previousKept });
			previousKept = true;
		}
	}
	return out.length ? out : tokens;
}

/** Tokens as text: a space between words, none inside a Chinese run. */
const joinTokens = (tokens: Token[]): string =>
	tokens.map((t, i) => (i > 0 && !t.joined ? ` ${t.text}` : t.text)).join('');

/**
 * The query without question words and particles, as a person would retype it.
 * @example withoutQuestionWords('怎么引用这篇论文') // '引用 论文'
 * @example withoutQuestionWords('how do I cite this') // 'cite'
 */
export function withoutQuestionWords(query: string): string {
	return joinTokens(kept(tokenize(query))) || query.trim();
}

/**
 * The units a person would drop one at a time: Latin words, and Chinese words with the single
 * characters the segmenter split off joined back to their neighbours (内/卷/化 → 内卷化,
 * 行政/化 → 行政化), since a lone character is rarely what someone meant.
 * @example queryUnits('南京和包头的做法') // ['南京', '包头', '做法']
 */
export function queryUnits(query: string): string[] {
	const groups: Token[][] = [];
	for (const t of kept(tokenize(query))) {
		const group = groups.at(-1);
		const onlySingles = group?.every((g) => g.text.length === 1);
		if (group && t.han && t.joined && (t.text.length === 1 || onlySingles)) group.push(t);
		else groups.push([t]);
	}
	return groups.map((g) => g.map((t) => t.text).join(''));
}

/**
 * The shorter queries a person would try next when all `units` together find nothing, given how
 * many pages each unit finds alone (`hits`, same order): without the units that find nothing at
 * all (a slip, or a word the site does not use), then each way of leaving out one more unit.
 * The caller tries a round, keeps the best query that finds something, and otherwise starts the
 * next round from the first query of the round (the one without the most common unit).
 * @example fewerWords(['网站', '原文', '来源'], [0, 9, 3]) // [['原文 来源'], ['原文', '来源']]
 */
export function fewerWords(units: string[], hits: number[]): string[][] {
	let rest = units.map((text, i) => ({ text, hits: hits[i] ?? 0 })).filter((u) => u.hits > 0);
	const rounds: string[][] = [];
	if (rest.length > 0 && rest.length < units.length)
		rounds.push([rest.map((u) => u.text).join(' ')]);
	while (rest.length > 1) {
		// Leaving out the most common unit first: it tells the least about what was meant.
		const order = [...rest].sort((a, b) => b.hits - a.hits);
		rounds.push(
			order.map((drop) =>
				rest
					.filter((u) => u !== drop)
					.map((u) => u.text)
					.join(' '),
			),
		);
		rest = rest.filter((u) => u !== order[0]);
	}
	return rounds;
}

/** British and American spellings: [British, American] word beginnings or whole words. */
const SPELLING_PAIRS: [RegExp, string, RegExp, string][] = [
	// organisation/organization, modernise/modernize, …; -ise words that are never -ize are kept out.
	[
		/(?<!^(?:adv|advert|compr|dev|disgu|enterpr|exerc|expert|franch|improv|otherw|prem|prom|rev|superv|surpr|telev|w|r|pr|prec|conc|no|ra|pra|cru|bru))is(e|es|ed|ing|ation|ations|er|ers)$/,
		'iz$1',
		/iz(e|es|ed|ing|ation|ations|er|ers)$/,
		'is$1',
	],
	// neighbour/neighbor, labour/labor, behaviour/behavior, …
	[
		/^(neighb|behavi|lab|fav|col|hon|harb|hum|rum|vap|vig|flav|sav|endeav|rig)our/,
		'$1or',
		/^(neighb|behavi|lab|fav|col|hon|harb|hum|rum|vap|vig|flav|sav|endeav|rig)or/,
		'$1our',
	],
	// centre/center, metre/meter, theatre/theater, fibre/fiber
	[
		/^(cent|met|theat|fib|lit|calib|spect|somb|lust)re(s|d)?$/,
		'$1er$2',
		/^(cent|met|theat|fib|lit|calib|spect|somb|lust)er(s|ed)?$/,
		'$1re$2',
	],
	// analyse/analyze, paralyse/paralyze
	[/(anal|paral|catal)ys(e|es|ed|ing)$/, '$1yz$2', /(anal|paral|catal)yz(e|es|ed|ing)$/, '$1ys$2'],
	// catalogue/catalog, dialogue/dialog
	[/^(catal|dial|anal)ogue(s)?$/, '$1og$2', /^(catal|dial|anal)og(s)?$/, '$1ogue$2'],
	// defence/defense, licence/license, offence/offense, pretence/pretense
	[/^(defen|licen|offen|preten)ce(s)?$/, '$1se$2', /^(defen|licen|offen|preten)se(s)?$/, '$1ce$2'],
	// programme/program
	[/^programme(s)?$/, 'program$1', /^program(s)?$/, 'programme$1'],
	// modelled/modeled, travelling/traveling, labelled/labeled, …
	[
		/^(model|travel|label|cancel|fuel|signal|counsel|level|channel|total|tunnel)l(ed|ing|er|ers)$/,
		'$1$2',
		/^(model|travel|label|cancel|fuel|signal|counsel|level|channel|total|tunnel)(ed|ing|er|ers)$/,
		'$1l$2',
	],
	// judgement/judgment, acknowledgement/acknowledgment, ageing/aging
	[/^(judg|acknowledg)ement(s)?$/, '$1ment$2', /^(judg|acknowledg)ment(s)?$/, '$1ement$2'],
	[/^ageing$/, 'aging', /^aging$/, 'ageing'],
];

/** One word in the other spelling (British ↔ American) and which one it was, if it has one. */
function respell(word: string): { word: string; was: 'uk' | 'us' } | undefined {
	const lower = word.toLowerCase();
	for (const [uk, toUs, us, toUk] of SPELLING_PAIRS) {
		if (uk.test(lower)) return { word: lower.replace(uk, toUs), was: 'uk' };
		if (us.test(lower)) return { word: lower.replace(us, toUk), was: 'us' };
	}
	return undefined;
}

const otherSpellingOfWord = (word: string): string => respell(word)?.word ?? word;

/**
 * The query in the other spelling (British ↔ American, word by word, also inside hyphenated
 * words), or undefined when no word has another spelling.
 * @example otherSpelling('neighbourhood committee') // 'neighborhood committee'
 * @example otherSpelling('street center system') // 'street centre system'
 */
export function otherSpelling(query: string): string | undefined {
	const other = query.replace(/[A-Za-z]+/g, otherSpellingOfWord);
	return other.toLowerCase() === query.toLowerCase() ? undefined : other;
}

/**
 * Names without repeats that differ only in spelling, case or hyphens ("five centres" and "five
 * centers", "centre-isation" and "center-ization"): the search dialog finds both spellings, so a
 * reader needs to see each name once, in the site's (British) spelling where both are given.
 */
export function distinctSpellings(names: string[]): string[] {
	const kept = new Map<string, string>();
	const british = (name: string) =>
		(name.match(/[A-Za-z]+/g) ?? []).some((w) => respell(w)?.was === 'uk');
	for (const name of names) {
		const key = [name, otherSpelling(name) ?? name].map(squash).sort()[0]!;
		const seen = kept.get(key);
		if (seen === undefined || (british(name) && !british(seen))) kept.set(key, name);
	}
	return [...kept.values()];
}

/** Lower case, tone marks removed (nèijuǎnhuà → neijuanhua), ü as v. */
export const plain = (text: string): string =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ü/g, 'v')
		.toLowerCase();

/** Letters and digits only: "Street-centre model" → "streetcentremodel". */
const squash = (text: string): string => plain(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** The site's names and terms, as /search/terms.json serves them (src/pages/search/terms.json.ts). */
export interface SearchTerms {
	/**
	 * Pages (path after the locale, e.g. "concepts/involution/"), their names (title, terms,
	 * aliases in both languages) and their titles as search results show them, by language.
	 */
	pages: { path: string; names: string[]; titles?: Partial<Record<string, string>> }[];
	/** Other names and terms shown on the site (the paper's title and keywords). */
	phrases: string[];
	/** The page-type filter of search results by language: its name and its value for each type. */
	filters?: Record<string, { name: string; values: Record<string, string> }>;
}

/** The site's names and terms, prepared for spelling suggestions and exact-name matches. */
export interface Vocabulary {
	/** Latin words of four letters or more, plain. */
	words: string[];
	/** Multi-word Latin phrases by their squashed form ("chejieqiangshe" → "che jie qiang she"). */
	squashed: Map<string, string>;
	/** Chinese terms. */
	han: string[];
	/** The page a name belongs to, by squashed name; names shared by several pages are left out. */
	pageOf: Map<string, string>;
	/** Each page's titles as search results show them, by language. */
	titles: Map<string, Partial<Record<string, string>>>;
	/** The page-type filter by language. */
	filters: NonNullable<SearchTerms['filters']>;
}

/** The vocabulary of the site's names and terms. */
export function vocabulary(terms: SearchTerms): Vocabulary {
	const words = new Set<string>();
	const squashed = new Map<string, string>();
	const han = new Set<string>();
	const owners = new Map<string, Set<string>>();
	const add = (phrase: string) => {
		for (const run of phrase.match(/\p{Script=Han}+/gu) ?? []) han.add(run);
		const latin = plain(phrase).match(/[a-z]+/g) ?? [];
		for (const w of latin) if (w.length >= 4) words.add(w);
		if (latin.length > 1 && !HAN.test(phrase)) squashed.set(squash(phrase), plain(phrase));
	};
	const titles = new Map<string, Partial<Record<string, string>>>();
	for (const { path, names, titles: t } of terms.pages) {
		if (t) titles.set(path, t);
		for (const name of names) {
			add(name);
			const key = squash(name);
			owners.set(key, (owners.get(key) ?? new Set()).add(path));
		}
	}
	terms.phrases.forEach(add);
	const pageOf = new Map(
		[...owners]
			.filter(([, paths]) => paths.size === 1)
			.map(([key, paths]) => [key, [...paths][0]!]),
	);
	return {
		words: [...words],
		squashed,
		han: [...han],
		pageOf,
		titles,
		filters: terms.filters ?? {},
	};
}

/**
 * The page a query names (ignoring case, tone marks, spaces and punctuation, so pinyin typed in
 * any number of words counts): the page whose name the query is, or else the page whose name
 * makes up most of the query (at least half its letters or characters: 改革大事记 names the
 * timeline through 大事记, "chronicle events" through "chronicle"). A name of several pages, or a
 * query that contains the names of two pages equally long, names none.
 * @example namedPage('居委会', vocab) // 'concepts/residents-committee/'
 * @example namedPage('qiangjie kuoshe', vocab) // 'concepts/strengthen-street-expand-community/'
 */
export function namedPage(query: string, vocab: Vocabulary): string | undefined {
	const q = squash(query);
	const exact = vocab.pageOf.get(q);
	// The home page's path is ''.
	if (exact !== undefined || q.length < 2) return exact;
	let best: { length: number; paths: Set<string> } = { length: 0, paths: new Set() };
	for (const [name, path] of vocab.pageOf) {
		if (name.length * 2 < q.length || name.length < best.length || !q.includes(name)) continue;
		if (name.length > best.length) best = { length: name.length, paths: new Set() };
		best.paths.add(path);
	}
	return best.paths.size === 1 ? [...best.paths][0] : undefined;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), stopping early above
 * `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, prev2[j - 2]! + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length]!;
}

/** The closest vocabulary word to a Latin word the vocabulary lacks, if it is close enough. */
function closestWord(word: string, vocab: Vocabulary): string | undefined {
	const w = plain(word);
	// A known word, the beginning of one (someone still typing "involu") or a known word with an
	// ending ("abolished": Pagefind's stemming finds "abolish") is left alone.
	if (w.length < 4 || /[^a-z]/.test(w)) return;
	if (vocab.words.some((v) => v.startsWith(w) || w.startsWith(v))) return;
	const max = w.length >= 8 ? 2 : 1;
	let best: { word: string; d: number } | undefined;
	for (const v of vocab.words) {
		const d = editDistance(w, v, max);
		if (d <= max && (!best || d < best.d)) best = { word: v, d };
	}
	return best?.word;
}

/** The vocabulary term one character away from a Chinese unit of three or more characters. */
function closestHan(unit: string, vocab: Vocabulary): string | undefined {
	if (unit.length < 3 || !HAN.test(unit) || vocab.han.some((t) => t.includes(unit))) return;
	for (const term of vocab.han) {
		for (let i = 0; i + unit.length <= term.length; i++) {
			const window = term.slice(i, i + unit.length);
			let diff = 0;
			for (let k = 0; k < unit.length && diff < 2; k++) if (window[k] !== unit[k]) diff++;
			if (diff === 1) return window;
		}
	}
	return undefined;
}

/**
 * The query as the site spells it, when it differs: pinyin typed without spaces
 * ("chejieqiangshe" → "che jie qiang she"), a slip in a name or term ("Shenyeng model" →
 * "shenyang model", "同陵模式" → "铜陵模式"). Undefined when nothing changes.
 */
export function spellingSuggestion(query: string, vocab: Vocabulary): string | undefined {
	// Pinyin of a term typed in other words than the site's ("qiangjie kuoshe").
	const whole = /\p{Script=Han}/u.test(query) ? undefined : vocab.squashed.get(squash(query));
	if (whole) return whole === plain(query).trim() ? undefined : whole;
	const units = queryUnits(query);
	const fixed = units.map((unit) => {
		if (HAN.test(unit)) return closestHan(unit, vocab) ?? unit;
		// A Latin unit is one word; a phrase of several words written as one is pinyin run together.
		return vocab.squashed.get(squash(unit)) ?? closestWord(unit, vocab) ?? unit;
	});
	const suggestion = fixed.join(' ');
	return fixed.some((f, i) => f !== units[i]) ? suggestion : undefined;
}

/**
 * Whether Pagefind found the words of `query` as typed, judged by the words it marked in a
 * result's excerpt: each Latin word typed is marked (or a word it begins with, or the stem it
 * begins with: "abolished" marks "abolish"), each Chinese run typed is in the marked text. When
 * it is not (Pagefind matched "involusion" loosely), a corrected spelling may rank with it;
 * when it is ("Mann"), a correction ("many") must not outrank it.
 * @example foundAsTyped('Mann', 'Michael <mark>Mann</mark> distinguishes') // true
 * @example foundAsTyped('involusion', 'the <mark>involution</mark> of') // false
 */
export function foundAsTyped(query: string, excerpt: string): boolean {
	const marks = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => plain(m[1]!));
	const marked = marks.join('');
	const words = kept(tokenize(query)).filter((t) => t.han || t.text.length >= 3);
	if (!words.length) return marks.length > 0;
	return words.every((t) => {
		const w = plain(t.text);
		if (t.han) return marked.includes(w);
		return marks.some((m) => m.startsWith(w) || (m.length >= 4 && w.startsWith(m)));
	});
}
