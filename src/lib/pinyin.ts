/**
 * Pinyin as people type it: without tone marks, as one word and as syllables.
 * @example toneless('nèijuǎnhuà') // 'neijuanhua'
 * @example toneless('chè jiē qiáng shè') // 'che jie qiang she chejieqiangshe'
 */
export function toneless(pinyin: string): string {
	const plain = pinyin
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ü/g, 'v')
		.toLowerCase();
	const joined = plain.replace(/[\s'’-]+/g, '');
	return joined === plain ? plain : `${plain} ${joined}`;
}
