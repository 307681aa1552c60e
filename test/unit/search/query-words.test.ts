import { describe, expect, it } from 'vitest';
import {
	KEEP_WORDS,
	SEGMENTATION_TEST,
	keepQueryWords,
} from '../../../config/search/query-words.ts';

/** The shape of Pagefind 1.6's search(), cut down to the lines the change touches. */
const PAGEFIND = `const term_chunks=[];if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){${SEGMENTATION_TEST}const wordSegmenter=new Intl.Segmenter(trueLanguage,{granularity:"word"});}else{}}`;

describe('keepQueryWords', () => {
	it('switches off the segmentation of queries', () => {
		const out = keepQueryWords(PAGEFIND, 'pagefind.js');
		expect(out).toContain(KEEP_WORDS);
		expect(out).not.toContain(SEGMENTATION_TEST);
	});
	it('leaves an edited file as it is', () => {
		const once = keepQueryWords(PAGEFIND, 'pagefind.js');
		expect(keepQueryWords(once, 'pagefind.js')).toBe(once);
	});
	it('stops, naming the file and what to update, when Pagefind changed', () => {
		expect(() => keepQueryWords('export{search}', 'dist/pagefind/pagefind-worker.js')).toThrow(
			/dist\/pagefind\/pagefind-worker\.js: expected Pagefind's query segmentation .* found it 0 times\..*config\/search\/query-words\.ts/,
		);
		expect(() => keepQueryWords(PAGEFIND + PAGEFIND, 'pagefind.js')).toThrow(/found it 2 times/);
	});
});
