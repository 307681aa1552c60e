import { describe, expect, it } from 'vitest';
import {
	ACCESS_DATE,
	allStyles,
	apa,
	bibtex,
	gbt,
	ris,
	type JournalArticle,
	type OnlineSource,
} from '../../src/lib/citation.ts';
import { EDITORS, pageSource, paperSource } from '../../src/lib/citation-sources.ts';
import { plainSchemas } from '../../src/lib/schema.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ROOT } from '../support/fixture.ts';

describe('GB/T 7714 against the standard’s published examples (2015)', () => {
	it('[EB/OL]: 萧钰. 出版业信息化迈入快车道', () => {
		const source: OnlineSource = {
			authors: [{ family: '萧', given: '钰' }],
			title: '出版业信息化迈入快车道',
			container: '',
			updated: '2001-12-19',
			url: 'http://www.creader.com/news/20011219/200112190019.html',
			language: 'zh',
		};
		expect(gbt('2015', source, '2002-04-15')).toBe(
			'萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
		);
	});

	it('[J]: KANAMORI H. Shaking without quaking', () => {
		const source: JournalArticle = {
			authors: [{ family: 'Kanamori', given: 'Hiroo', latin: true }],
			title: 'Shaking without quaking',
			journal: 'Science',
			year: '1998',
			volume: '279',
			issue: '5359',
			pages: '2063',
			language: 'en',
		};
		expect(gbt('2015', source)).toBe(
			'KANAMORI H. Shaking without quaking[J]. Science, 1998, 279(5359): 2063.',
		);
	});

	it('lists three authors, then 等 / et al.', () => {
		const p = (f: string) => ({ family: f, given: 'A', latin: true });
		const source: JournalArticle = {
			authors: ['A', 'B', 'C', 'D'].map(p),
			title: 'T',
			journal: 'J',
			year: '2000',
			volume: '1',
			issue: '2',
			pages: '3',
			language: 'en',
		};
		expect(gbt('2025', source)).toBe('A A, B A, C A, et al. T[J]. J, 2000, 1(2): 3.');
	});
});

const paperYaml = plainSchemas.paper.parse(
	parse(readFileSync(`${ROOT}/content/paper/paper.yaml`, 'utf8')),
);
const page = (locale: 'zh' | 'en') =>
	pageSource({
		title: locale === 'zh' ? '南京街道中心制模式' : 'Nanjing street-centre model',
		url: `https://example.org/${locale}/cases/nanjing/`,
		updated: '2026-11-26',
		locale,
		edition: '0.1.0',
	});
const A = '[ACCESS]';

describe.each(['zh', 'en'] as const)('citing a page of this site (%s)', (locale) => {
	it('names the editors, the title, [EB/OL], the last-updated date, the access date and the URL', () => {
		const text = gbt('2025', page(locale), A);
		expect(text).toBe(
			`${EDITORS[locale]}. ${page(locale).title}[EB/OL]. (2026-11-26)[${A}]. https://example.org/${locale}/cases/nanjing/.`,
		);
	});
});

describe.each(['zh', 'en'] as const)('citing the paper (%s)', (locale) => {
	it('keeps journal, year, volume, issue and pages as blanks, never guessed', () => {
		const text = gbt('2025', paperSource(paperYaml, locale));
		expect(text).toBe(
			'胡晓燕, 曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角[J]. 〔刊名〕, 〔年〕, 〔卷〕(〔期〕): 〔页码〕.',
		);
		expect(text).not.toMatch(/\d{4}/);
	});
});

describe('golden citations: every format × target × language', () => {
	it('this page, Chinese', () => {
		expect(allStyles('key', page('zh'), A)).toMatchInlineSnapshot(`
			{
			  "apa7": "社区治理改革导读编者. (2026年11月26日). 南京街道中心制模式. 社区治理改革导读. 检索于[ACCESS]，取自 https://example.org/zh/cases/nanjing/",
			  "bibtex": "@online{key,
			  author       = {{社区治理改革导读编者}},
			  title        = {南京街道中心制模式},
			  organization = {社区治理改革导读},
			  date         = {2026-11-26},
			  url          = {https://example.org/zh/cases/nanjing/},
			  urldate      = {[ACCESS]},
			  version      = {0.1.0},
			  langid       = {chinese}
			}",
			  "gbt2015": "社区治理改革导读编者. 南京街道中心制模式[EB/OL]. (2026-11-26)[[ACCESS]]. https://example.org/zh/cases/nanjing/.",
			  "gbt2025": "社区治理改革导读编者. 南京街道中心制模式[EB/OL]. (2026-11-26)[[ACCESS]]. https://example.org/zh/cases/nanjing/.",
			  "ris": "TY  - ELEC
			AU  - 社区治理改革导读编者
			TI  - 南京街道中心制模式
			T2  - 社区治理改革导读
			DA  - 2026/11/26
			UR  - https://example.org/zh/cases/nanjing/
			Y2  - [ACCESS]
			ET  - 0.1.0
			LA  - Chinese
			ER  - ",
			}
		`);
	});
	it('this page, English', () => {
		expect(allStyles('key', page('en'), A)).toMatchInlineSnapshot(`
			{
			  "apa7": "Community Governance Reform Reader's Guide contributors. (2026, November 26). Nanjing street-centre model. Community Governance Reform: A Reader's Guide. Retrieved [ACCESS], from https://example.org/en/cases/nanjing/",
			  "bibtex": "@online{key,
			  author       = {{Community Governance Reform Reader's Guide contributors}},
			  title        = {Nanjing street-centre model},
			  organization = {Community Governance Reform: A Reader's Guide},
			  date         = {2026-11-26},
			  url          = {https://example.org/en/cases/nanjing/},
			  urldate      = {[ACCESS]},
			  version      = {0.1.0},
			  langid       = {english}
			}",
			  "gbt2015": "Community Governance Reform Reader's Guide contributors. Nanjing street-centre model[EB/OL]. (2026-11-26)[[ACCESS]]. https://example.org/en/cases/nanjing/.",
			  "gbt2025": "Community Governance Reform Reader's Guide contributors. Nanjing street-centre model[EB/OL]. (2026-11-26)[[ACCESS]]. https://example.org/en/cases/nanjing/.",
			  "ris": "TY  - ELEC
			AU  - Community Governance Reform Reader's Guide contributors
			TI  - Nanjing street-centre model
			T2  - Community Governance Reform: A Reader's Guide
			DA  - 2026/11/26
			UR  - https://example.org/en/cases/nanjing/
			Y2  - [ACCESS]
			ET  - 0.1.0
			LA  - English
			ER  - ",
			}
		`);
	});
	it('the paper, from a Chinese page', () => {
		expect(allStyles('hu-cao', paperSource(paperYaml, 'zh'), A)).toMatchInlineSnapshot(`
			{
			  "apa7": "胡晓燕、曹海军 (出版年不详). 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角. 〔刊名〕, 〔卷〕(〔期〕), 〔页码〕.",
			  "bibtex": "% Complete journal, year, volume, number and pages from the published version.
			@article{hu-cao,
			  author       = {胡晓燕 and 曹海军},
			  title        = {社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角},
			  journal      = {},
			  year         = {},
			  volume       = {},
			  number       = {},
			  pages        = {},
			  langid       = {chinese},
			  note         = {本站所据副本未载刊名、年、卷、期、页码，请据正式发表版本补全；收稿日期2017-11-05。}
			}",
			  "gbt2015": "胡晓燕, 曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角[J]. 〔刊名〕, 〔年〕, 〔卷〕(〔期〕): 〔页码〕.",
			  "gbt2025": "胡晓燕, 曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角[J]. 〔刊名〕, 〔年〕, 〔卷〕(〔期〕): 〔页码〕.",
			  "ris": "TY  - JOUR
			AU  - 胡晓燕
			AU  - 曹海军
			TI  - 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角
			T2  - 
			PY  - 
			VL  - 
			IS  - 
			SP  - 
			LA  - Chinese
			N1  - 本站所据副本未载刊名、年、卷、期、页码，请据正式发表版本补全；收稿日期2017-11-05。
			ER  - ",
			}
		`);
	});
	it('the paper, from an English page', () => {
		expect(allStyles('hu-cao', paperSource(paperYaml, 'en'), A)).toMatchInlineSnapshot(`
			{
			  "apa7": "Hu, X.-Y., & Cao, H.-J. (n.d.). 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角 [Reflections on the Modernization of Community Governance System and Governance Capacity: A Micro-perspective Based on Grassroots State Building]. 〔journal〕, 〔volume〕(〔issue〕), 〔pages〕.",
			  "bibtex": "% Complete journal, year, volume, number and pages from the published version.
			@article{hu-cao,
			  author       = {胡晓燕 and 曹海军},
			  title        = {社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角},
			  titleaddon   = {Reflections on the Modernization of Community Governance System and Governance Capacity: A Micro-perspective Based on Grassroots State Building},
			  journal      = {},
			  year         = {},
			  volume       = {},
			  number       = {},
			  pages        = {},
			  langid       = {chinese},
			  note         = {The copy this site summarises gives no journal, year, volume, issue or pages; complete them from the published version. Received 2017-11-05.}
			}",
			  "gbt2015": "胡晓燕, 曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角[J]. 〔刊名〕, 〔年〕, 〔卷〕(〔期〕): 〔页码〕.",
			  "gbt2025": "胡晓燕, 曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角[J]. 〔刊名〕, 〔年〕, 〔卷〕(〔期〕): 〔页码〕.",
			  "ris": "TY  - JOUR
			AU  - 胡晓燕
			AU  - 曹海军
			TI  - 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角
			TT  - Reflections on the Modernization of Community Governance System and Governance Capacity: A Micro-perspective Based on Grassroots State Building
			T2  - 
			PY  - 
			VL  - 
			IS  - 
			SP  - 
			LA  - Chinese
			N1  - The copy this site summarises gives no journal, year, volume, issue or pages; complete them from the published version. Received 2017-11-05.
			ER  - ",
			}
		`);
	});
});

describe('details', () => {
	it('APA gives a retrieval date for pages that change, and n.d. for the paper', () => {
		expect(apa(page('en'), 'November 27, 2026')).toBe(
			"Community Governance Reform Reader's Guide contributors. (2026, November 26). Nanjing street-centre model. Community Governance Reform: A Reader's Guide. Retrieved November 27, 2026, from https://example.org/en/cases/nanjing/",
		);
		expect(apa(paperSource(paperYaml, 'en'))).toMatch(
			/^Hu, X\.-Y\., & Cao, H\.-J\. \(n\.d\.\)\. 社区治理/,
		);
		expect(apa(paperSource(paperYaml, 'zh'))).toMatch(/^胡晓燕、曹海军 \(出版年不详\)\. 社区治理/);
	});
	it('BibTeX keeps non-ASCII text and protects corporate names', () => {
		const b = bibtex('k', page('zh'), A);
		expect(b).toContain('author       = {{社区治理改革导读编者}}');
		expect(b).toContain('title        = {南京街道中心制模式}');
	});
	it('RIS uses CRLF and ends with ER', () => {
		const r = ris(page('en'), A);
		expect(r.split('\r\n').at(-1)).toBe('ER  - ');
		expect(r).toContain('TY  - ELEC');
	});
	it('leaves a marker for the access date when none is given', () => {
		expect(gbt('2025', page('zh'))).toContain(`[${ACCESS_DATE}]`);
	});
});
