/**
 * Pinyin as people type it: without tone marks, as one word and as syllables; ü is typed v.
 * @example toneless('nèijuǎnhuà') // 'neijuanhua'
 * @example toneless('chè jiē qiáng shè') // 'che jie qiang she chejieqiangshe'
 * @example toneless('lǜ') // 'lv'
 */
export function toneless(pinyin: string): string {
	const plain = pinyin
		.normalize('NFD')
		// ü (with or without a tone mark) decomposes to u + U+0308; that pair is typed v. It must be
		// replaced before the combining marks are stripped, or it would become a plain u.
		.replace(/u\u0308/gi, (m) => (m[0] === 'U' ? 'V' : 'v'))
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
	const joined = plain.replace(/[\s'’-]+/g, '');
	return joined === plain ? plain : `${plain} ${joined}`;
}
