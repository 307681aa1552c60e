/**
 * Citation formats. GB/T 7714 against the standard's own examples (transcribed from the test
 * files of the gbt7714 BibTeX package, which quote them clause by clause), then golden strings
 * for every format × target (page, paper) × language, then the details each rule is about.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	ACCESS_DATE,
	ITALIC,
	allStyles,
	apa,
	bibtex,
	capitalizeTitle,
	gbt,
	plain,
	ris,
	sentenceCase,
	type GbtEdition,
	type JournalArticle,
	type OnlineSource,
	type Person,
} from '../../../src/lib/citation/index.ts';
import { EDITORS, pageSource, paperKey, paperSource } from '../../../src/lib/citation/sources.ts';
import { EDITION } from '../../../src/lib/content/edition.ts';
import { lastModified } from '../../../src/lib/citation/page-meta.ts';
import { plainSchemas } from '../../../src/lib/content/schema.ts';
import { ROOT } from '../../support/fixture.ts';
import { nanjingMeta } from '../../support/page-meta.ts';

const zh = (name: string): Person => ({ family: name, given: '' });
const latin = (family: string, given: string): Person => ({ family, given, latin: true });
const web = (o: Omit<OnlineSource, 'container'>): OnlineSource => ({ container: '', ...o });

/** Examples of the standards, each with the clause it illustrates. */
const EXAMPLES: [
	clause: string,
	edition: GbtEdition,
	source: OnlineSource | JournalArticle,
	accessed: string,
	expected: string,
][] = [
	[
		'2025 §8.11.3.2 [EB/OL]: full-width round brackets',
		'2025',
		web({
			authors: [zh('许振超')],
			title: '“好好干，当一个好工人”',
			updated: '2025-02-17',
			url: 'https://cpc.people.com.cn/n1/2025/0217/c443712-40419790.html',
			language: 'zh',
		}),
		'2025-06-22',
		'许振超. “好好干，当一个好工人”[EB/OL]. （2025-02-17）[2025-06-22]. https://cpc.people.com.cn/n1/2025/0217/c443712-40419790.html.',
	],
	[
		'2025 §8.5.3 [J]: full-width commas, brackets and colon',
		'2025',
		{
			authors: [zh('张群'), zh('程志宝'), zh('石志飞')],
			title: '惯性增强动力吸振器-浮置板轨道低频减振性能研究',
			journal: '铁道学报',
			year: '2024',
			volume: '46',
			issue: '8',
			pages: '102-111',
			language: 'zh',
		},
		'',
		'张群，程志宝，石志飞. 惯性增强动力吸振器-浮置板轨道低频减振性能研究[J]. 铁道学报，2024，46（8）：102-111.',
	],
	[
		'2025 §8.1 [J], English: family name as written, full-width marks',
		'2025',
		{
			authors: [latin('Caplan', 'Priscilla')],
			title: 'Cataloging internet resources',
			journal: 'The Public-Access Computer Systems Review',
			year: '1993',
			volume: '4',
			issue: '2',
			pages: '61-66',
			language: 'en',
		},
		'',
		'Caplan P. Cataloging internet resources[J]. The Public-Access Computer Systems Review，1993，4（2）：61-66.',
	],
	[
		'2025 §9.3.1.2 [J], English: a colon in the title becomes full-width',
		'2025',
		{
			authors: [latin('Falout', 'Joseph'), latin('Elwood', 'James'), latin('Hood', 'Michael')],
			title: 'Demotivation: affective states and learning outcomes',
			journal: 'System',
			year: '2009',
			volume: '37',
			issue: '3',
			pages: '403-417',
			language: 'en',
		},
		'',
		'Falout J，Elwood J，Hood M. Demotivation：affective states and learning outcomes[J]. System，2009，37（3）：403-417.',
	],
	[
		'2025 appendix B.10 [EB/OL], English',
		'2025',
		web({
			authors: [latin('Bevington', 'David'), latin('Brown', 'John Russell')],
			title: 'William Shakespeare',
			updated: '2025-01-01',
			url: 'https://www.britannica.com/biography/William-Shakespeare',
			language: 'en',
		}),
		'2025-01-03',
		'Bevington D，Brown J R. William Shakespeare[EB/OL]. （2025-01-01）[2025-01-03]. https://www.britannica.com/biography/William-Shakespeare.',
	],
	[
		'2025 appendix B.4 [J]: more than three authors, then 等',
		'2025',
		{
			authors: ['于潇', '刘义', '柴跃廷', '孙宏波'].map(zh),
			title: '互联网药品可信交易环境中主体资质审核备案模式',
			journal: '清华大学学报（自然科学版）',
			year: '2012',
			volume: '52',
			issue: '11',
			pages: '1518-1523',
			language: 'zh',
		},
		'',
		'于潇，刘义，柴跃廷，等. 互联网药品可信交易环境中主体资质审核备案模式[J]. 清华大学学报（自然科学版），2012，52（11）：1518-1523.',
	],
	[
		'2025 appendix B.4 [J], English: more than three authors, then et al.; no issue',
		'2025',
		{
			authors: [
				latin('Des Marais', 'D J'),
				latin('Strauss', 'H'),
				latin('Summons', 'R E'),
				latin('Hayes', 'J M'),
			],
			title: 'Carbon isotope evidence for the stepwise oxidation of the Proterozoic environment',
			journal: 'Nature',
			year: '1992',
			volume: '359',
			issue: '',
			pages: '605-609',
			language: 'en',
		},
		'',
		'Des Marais D J，Strauss H，Summons R E，et al. Carbon isotope evidence for the stepwise oxidation of the Proterozoic environment[J]. Nature，1992，359：605-609.',
	],
	[
		'2015 appendix A.10 [EB/OL]: half-width marks',
		'2015',
		web({
			authors: [zh('萧钰')],
			title: '出版业信息化迈入快车道',
			updated: '2001-12-19',
			url: 'http://www.creader.com/news/20011219/200112190019.html',
			language: 'zh',
		}),
		'2002-04-15',
		'萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
	],
	[
		'2015 [J], English: family name in capitals',
		'2015',
		{
			authors: [latin('Caplan', 'Priscilla')],
			title: 'Cataloging internet resources',
			journal: 'The Public-Access Computer Systems Review',
			year: '1993',
			volume: '4',
			issue: '2',
			pages: '61-66',
			language: 'en',
		},
		'',
		'CAPLAN P. Cataloging internet resources[J]. The Public-Access Computer Systems Review, 1993, 4(2): 61-66.',
	],
	[
		'2015 appendix A.8 [J]: 等, and half-width brackets in the journal name',
		'2015',
		{
			authors: ['于潇', '刘义', '柴跃廷', '孙宏波'].map(zh),
			title: '互联网药品可信交易环境中主体资质审核备案模式',
			journal: '清华大学学报（自然科学版）',
			year: '2012',
			volume: '52',
			issue: '11',
			pages: '1518-1523',
			language: 'zh',
		},
		'',
		'于潇, 刘义, 柴跃廷, 等. 互联网药品可信交易环境中主体资质审核备案模式[J]. 清华大学学报 (自然科学版), 2012, 52(11): 1518-1523.',
	],
	[
		'2015 [J], English: et al. with capitals; no issue',
		'2015',
		{
			authors: [
				latin('Des Marais', 'D J'),
				latin('Strauss', 'H'),
				latin('Summons', 'R E'),
				latin('Hayes', 'J M'),
			],
			title: 'Carbon isotope evidence for the stepwise oxidation of the Proterozoic environment',
			journal: 'Nature',
			year: '1992',
			volume: '359',
			issue: '',
			pages: '605-609',
			language: 'en',
		},
		'',
		'DES MARAIS D J, STRAUSS H, SUMMONS R E, et al. Carbon isotope evidence for the stepwise oxidation of the Proterozoic environment[J]. Nature, 1992, 359: 605-609.',
	],
];

describe('GB/T 7714 against the standards’ examples', () => {
	it.each(EXAMPLES)('%s', (_clause, edition, source, accessed, expected) => {
		expect(gbt(edition, source, accessed)).toBe(expected);
	});
});

const paperYaml = plainSchemas.paper.parse(
	parse(readFileSync(`${ROOT}/content/paper/paper.yaml`, 'utf8')),
);
const page = (
	locale: 'zh' | 'en',
	title = locale === 'zh' ? '南京街道中心制模式' : 'Nanjing street-centre model',
) => pageSource(nanjingMeta(title, locale));
const A = '[ACCESS]';
/** Italic markers made visible, for readable snapshots. */
const show = (styles: Record<string, string>) =>
	Object.fromEntries(
		Object.entries(styles).map(([k, v]) => [
			k,
			v.replaceAll(ITALIC.start, '<i>').replaceAll(ITALIC.end, '</i>'),
		]),
	);

describe('golden citations: every format × target × language', () => {
	it('this page, Chinese', () => {
		expect(show(allStyles('cgr-zh-cases-nanjing', page('zh'), A))).toMatchInlineSnapshot(`
			{
			  "apa7": "社区治理改革导读编者. (2026年11月26日). <i>南京街道中心制模式</i>. 社区治理改革导读. 检索于[ACCESS]，取自 https://example.org/zh/cases/nanjing/",
			  "bibtex": "% 引用本站的一页。urldate 为您访问本页的日期。
			@online{cgr-zh-cases-nanjing,
			  author       = {{社区治理改革导读编者}},
			  title        = {南京街道中心制模式},
			  date         = {2026-11-26},
			  url          = {https://example.org/zh/cases/nanjing/},
			  urldate      = {[ACCESS]},
			  language     = {zh-CN},
			  langid       = {chinese}
			}
			",
			  "csljson": "[
			  {
			    "id": "cgr-zh-cases-nanjing",
			    "type": "webpage",
			    "author": [
			      {
			        "literal": "社区治理改革导读编者"
			      }
			    ],
			    "title": "南京街道中心制模式",
			    "container-title": "社区治理改革导读",
			    "issued": {
			      "date-parts": [
			        [
			          2026,
			          11,
			          26
			        ]
			      ]
			    },
			    "URL": "https://example.org/zh/cases/nanjing/",
			    "accessed": {
			      "raw": "[ACCESS]"
			    },
			    "language": "zh-CN"
			  }
			]
			",
			  "gbt2015": "社区治理改革导读编者. 南京街道中心制模式[EB/OL]. (2026-11-26)[[ACCESS]]. https://example.org/zh/cases/nanjing/.",
			  "gbt2025": "社区治理改革导读编者. 南京街道中心制模式[EB/OL]. （2026-11-26）[[ACCESS]]. https://example.org/zh/cases/nanjing/.",
			  "ris": "TY  - ELEC
			AU  - 社区治理改革导读编者
			TI  - 南京街道中心制模式
			T2  - 社区治理改革导读
			DA  - 2026/11/26
			PY  - 2026
			UR  - https://example.org/zh/cases/nanjing/
			Y2  - [ACCESS]
			LA  - zh-CN
			ER  - 
			",
			}
		`);
	});
	it('this page, English', () => {
		expect(show(allStyles('cgr-en-cases-nanjing', page('en'), A))).toMatchInlineSnapshot(`
			{
			  "apa7": "Community Governance Reform Reader's Guide contributors. (2026, November 26). <i>Nanjing street-centre model</i>. Community Governance Reform: A Reader's Guide. Retrieved [ACCESS], from https://example.org/en/cases/nanjing/",
			  "bibtex": "% A page of this site. urldate is the date you accessed it.
			@online{cgr-en-cases-nanjing,
			  author       = {{Community Governance Reform Reader's Guide contributors}},
			  title        = {Nanjing street-centre model},
			  date         = {2026-11-26},
			  url          = {https://example.org/en/cases/nanjing/},
			  urldate      = {[ACCESS]},
			  language     = {en},
			  langid       = {english}
			}
			",
			  "csljson": "[
			  {
			    "id": "cgr-en-cases-nanjing",
			    "type": "webpage",
			    "author": [
			      {
			        "literal": "Community Governance Reform Reader's Guide contributors"
			      }
			    ],
			    "title": "Nanjing street-centre model",
			    "container-title": "Community Governance Reform: A Reader's Guide",
			    "issued": {
			      "date-parts": [
			        [
			          2026,
			          11,
			          26
			        ]
			      ]
			    },
			    "URL": "https://example.org/en/cases/nanjing/",
			    "accessed": {
			      "raw": "[ACCESS]"
			    },
			    "language": "en"
			  }
			]
			",
			  "gbt2015": "Community Governance Reform Reader's Guide contributors. Nanjing street-centre model[EB/OL]. (2026-11-26)[[ACCESS]]. https://example.org/en/cases/nanjing/.",
			  "gbt2025": "Community Governance Reform Reader's Guide contributors. Nanjing street-centre model[EB/OL]. （2026-11-26）[[ACCESS]]. https://example.org/en/cases/nanjing/.",
			  "ris": "TY  - ELEC
			AU  - Community Governance Reform Reader's Guide contributors
			TI  - Nanjing street-centre model
			T2  - Community Governance Reform: A Reader's Guide
			DA  - 2026/11/26
			PY  - 2026
			UR  - https://example.org/en/cases/nanjing/
			Y2  - [ACCESS]
			LA  - en
			ER  - 
			",
			}
		`);
	});
	it('the paper, from a Chinese page', () => {
		expect(show(allStyles(paperKey(paperYaml), paperSource(paperYaml, 'zh'), A)))
			.toMatchInlineSnapshot(`
				{
				  "apa7": "胡晓燕、曹海军. (〔年〕). 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角. <i>〔刊名〕, 〔卷〕</i>(〔期〕), 〔页码〕.",
				  "bibtex": "% 本站所据副本未载刊名、年、卷、期、页码：请据正式发表版本替换 journal、year、volume、number、pages 中的〔 〕提示，切勿臆造。
				@article{hu-cao-shequ-zhili,
				  author       = {胡晓燕 and 曹海军},
				  title        = {社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角},
				  journal      = {〔刊名〕},
				  year         = {〔年〕},
				  volume       = {〔卷〕},
				  number       = {〔期〕},
				  pages        = {〔页码〕},
				  language     = {zh-CN},
				  langid       = {chinese},
				  annote       = {本站所据副本未载刊名、年、卷、期、页码，〔 〕处请据正式发表版本补全；收稿日期2017-11-05不是出版年。 拼音：Hu Xiaoyan, Cao Haijun. Shequ zhili tixi he zhili nengli xiandaihua de sikao: Jiyu guojia jiceng zhengquan jianshe de weiguan shijiao. 英文题名：Reflections on the Modernization of Community Governance System and Governance Capacity: A Micro-perspective Based on Grassroots State Building}
				}
				",
				  "csljson": "[
				  {
				    "id": "hu-cao-shequ-zhili",
				    "type": "article-journal",
				    "author": [
				      {
				        "family": "胡",
				        "given": "晓燕"
				      },
				      {
				        "family": "曹",
				        "given": "海军"
				      }
				    ],
				    "title": "社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角",
				    "container-title": "〔刊名〕",
				    "issued": {
				      "literal": "〔年〕"
				    },
				    "volume": "〔卷〕",
				    "issue": "〔期〕",
				    "page": "〔页码〕",
				    "language": "zh-CN",
				    "note": "本站所据副本未载刊名、年、卷、期、页码，〔 〕处请据正式发表版本补全；收稿日期2017-11-05不是出版年。\\n拼音：Hu Xiaoyan, Cao Haijun. Shequ zhili tixi he zhili nengli xiandaihua de sikao: Jiyu guojia jiceng zhengquan jianshe de weiguan shijiao.\\n英文题名：Reflections on the Modernization of Community Governance System and Governance Capacity: A Micro-perspective Based on Grassroots State Building"
				  }
				]
				",
				  "gbt2015": "胡晓燕, 曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角[J]. 〔刊名〕, 〔年〕, 〔卷〕(〔期〕): 〔页码〕.",
				  "gbt2025": "胡晓燕，曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角[J]. 〔刊名〕，〔年〕，〔卷〕（〔期〕）：〔页码〕.",
				  "ris": "TY  - JOUR
				AU  - 胡晓燕
				AU  - 曹海军
				TI  - 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角
				T2  - 〔刊名〕
				PY  - 〔年〕
				VL  - 〔卷〕
				IS  - 〔期〕
				SP  - 〔页码〕
				LA  - zh-CN
				N1  - 本站所据副本未载刊名、年、卷、期、页码，〔 〕处请据正式发表版本补全；收稿日期2017-11-05不是出版年。
				N1  - 拼音：Hu Xiaoyan, Cao Haijun. Shequ zhili tixi he zhili nengli xiandaihua de sikao: Jiyu guojia jiceng zhengquan jianshe de weiguan shijiao.
				N1  - 英文题名：Reflections on the Modernization of Community Governance System and Governance Capacity: A Micro-perspective Based on Grassroots State Building
				ER  - 
				",
				}
			`);
	});
	it('the paper, from an English page', () => {
		expect(show(allStyles(paperKey(paperYaml), paperSource(paperYaml, 'en'), A)))
			.toMatchInlineSnapshot(`
				{
				  "apa7": "Hu, X., & Cao, H. (〔year〕). Shequ zhili tixi he zhili nengli xiandaihua de sikao: Jiyu guojia jiceng zhengquan jianshe de weiguan shijiao [Reflections on the modernization of community governance system and governance capacity: A micro-perspective based on grassroots state building]. <i>〔journal〕, 〔volume〕</i>(〔issue〕), 〔pages〕.",
				  "bibtex": "% Our copy of the paper gives no journal, year, volume, issue or pages: replace the 〔 〕 prompts in journal, year, volume, number and pages with the published details; never guess them.
				@article{hu-cao-shequ-zhili,
				  author       = {Hu, Xiaoyan and Cao, Haijun},
				  title        = {Shequ zhili tixi he zhili nengli xiandaihua de sikao: Jiyu guojia jiceng zhengquan jianshe de weiguan shijiao [Reflections on the modernization of community governance system and governance capacity: A micro-perspective based on grassroots state building]},
				  journal      = {〔journal〕},
				  year         = {〔year〕},
				  volume       = {〔volume〕},
				  number       = {〔issue〕},
				  pages        = {〔pages〕},
				  langid       = {english},
				  annote       = {The copy this site summarises gives no journal, year, volume, issue or pages; replace the 〔 〕 prompts from the published version. The received date, 2017-11-05, is not the year of publication. Original (Chinese, zh-CN): 胡晓燕，曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角.}
				}
				",
				  "csljson": "[
				  {
				    "id": "hu-cao-shequ-zhili",
				    "type": "article-journal",
				    "author": [
				      {
				        "family": "Hu",
				        "given": "Xiaoyan"
				      },
				      {
				        "family": "Cao",
				        "given": "Haijun"
				      }
				    ],
				    "title": "Shequ zhili tixi he zhili nengli xiandaihua de sikao: Jiyu guojia jiceng zhengquan jianshe de weiguan shijiao [Reflections on the modernization of community governance system and governance capacity: A micro-perspective based on grassroots state building]",
				    "container-title": "〔journal〕",
				    "issued": {
				      "literal": "〔year〕"
				    },
				    "volume": "〔volume〕",
				    "issue": "〔issue〕",
				    "page": "〔pages〕",
				    "note": "The copy this site summarises gives no journal, year, volume, issue or pages; replace the 〔 〕 prompts from the published version. The received date, 2017-11-05, is not the year of publication.\\nOriginal (Chinese, zh-CN): 胡晓燕，曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角."
				  }
				]
				",
				  "gbt2015": "胡晓燕, 曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角[J]. 〔刊名〕, 〔年〕, 〔卷〕(〔期〕): 〔页码〕.",
				  "gbt2025": "胡晓燕，曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角[J]. 〔刊名〕，〔年〕，〔卷〕（〔期〕）：〔页码〕.",
				  "ris": "TY  - JOUR
				AU  - Hu, Xiaoyan
				AU  - Cao, Haijun
				TI  - Shequ zhili tixi he zhili nengli xiandaihua de sikao: Jiyu guojia jiceng zhengquan jianshe de weiguan shijiao [Reflections on the modernization of community governance system and governance capacity: A micro-perspective based on grassroots state building]
				T2  - 〔journal〕
				PY  - 〔year〕
				VL  - 〔volume〕
				IS  - 〔issue〕
				SP  - 〔pages〕
				N1  - The copy this site summarises gives no journal, year, volume, issue or pages; replace the 〔 〕 prompts from the published version. The received date, 2017-11-05, is not the year of publication.
				N1  - Original (Chinese, zh-CN): 胡晓燕，曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角.
				ER  - 
				",
				}
			`);
	});
});

describe('the editions differ where the standards do', () => {
	it.each([
		['a page (zh)', page('zh')],
		['a page (en)', page('en')],
		['the paper', paperSource(paperYaml, 'zh')],
	] as const)('%s: 2025 and 2015 give different strings', (_name, source) => {
		const [s2025, s2015] = [gbt('2025', source, A), gbt('2015', source, A)];
		expect(s2025).not.toBe(s2015);
		expect(s2025).toMatch(/（|，/);
		expect(s2015).not.toMatch(/（|）|，|：/);
	});
});

describe('details', () => {
	it('APA gives a page a retrieval date and the title in italics', () => {
		expect(plain(apa(page('en'), 'November 27, 2026'))).toBe(
			"Community Governance Reform Reader's Guide contributors. (2026, November 26). Nanjing street-centre model. Community Governance Reform: A Reader's Guide. Retrieved November 27, 2026, from https://example.org/en/cases/nanjing/",
		);
		expect(apa(page('en'))).toContain(`${ITALIC.start}Nanjing street-centre model${ITALIC.end}`);
	});
	it('APA in English romanises the paper, translates its title in sentence case, and leaves the year blank', () => {
		const text = plain(apa(paperSource(paperYaml, 'en')));
		expect(text).toMatch(
			/^Hu, X\., & Cao, H\. \(〔year〕\)\. Shequ zhili tixi .* \[Reflections on the modernization of community governance system and governance capacity: A micro-perspective based on grassroots state building\]\. /,
		);
		expect(text).not.toMatch(/n\.d\.|不详|\p{Script=Han}/u);
	});
	it('English page titles start with a capital in every format; the heading is not changed', () => {
		const styles = allStyles('k', page('en', 'involution'), A);
		for (const text of Object.values(styles)) {
			expect(text).toMatch(/Involution/);
			expect(text).not.toMatch(/\binvolution/);
		}
	});
	it('capitalises the first word and the word after a colon, and sentence-cases a Title Case title', () => {
		expect(capitalizeTitle('state capacity: a note')).toBe('State capacity: A note');
		expect(capitalizeTitle('南京街道中心制模式')).toBe('南京街道中心制模式');
		expect(sentenceCase('The CPC and the State: Two Views')).toBe(
			'The CPC and the state: Two views',
		);
	});
	it('no year in the paper’s citations, keys or file names: the received year is not the publication year', () => {
		const year = paperYaml.received.slice(0, 4);
		expect(paperKey(paperYaml)).toBe('hu-cao-shequ-zhili');
		for (const locale of ['zh', 'en'] as const) {
			const styles = allStyles(paperKey(paperYaml), paperSource(paperYaml, locale));
			for (const style of ['gbt2025', 'gbt2015', 'apa7'] as const)
				expect(styles[style]).not.toContain(year);
			// The year is a prompt to replace, which a reference manager prints as it is.
			expect(styles.bibtex).toMatch(/year\s+= \{〔(年|year)〕\}/);
			expect(styles.ris).toMatch(/\r\nPY {2}- 〔(年|year)〕\r\n/);
		}
	});
	it('BibTeX ends with a line end, keeps non-ASCII text, protects corporate names, and comments in the page’s language', () => {
		const zhBib = bibtex('k', page('zh'), A);
		expect(zhBib.endsWith('}\n')).toBe(true);
		expect(zhBib).toContain('author       = {{社区治理改革导读编者}}');
		expect(zhBib.split('\n')[0]).toMatch(/^% .*\p{Script=Han}/u);
		expect(bibtex('k', page('en'), A).split('\n')[0]).toMatch(/^% [A-Za-z]/);
	});
	it('RIS uses CRLF throughout, ends with ER and a line end, and writes every date YYYY/MM/DD', () => {
		const r = ris(page('en'), '2026/11/27');
		expect(r.endsWith('ER  - \r\n')).toBe(true);
		expect(r.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(r).toContain('DA  - 2026/11/26\r\n');
		expect(r).toContain('Y2  - 2026/11/27\r\n');
	});
	it('leaves a marker for the access date when none is given', () => {
		expect(gbt('2025', page('zh'))).toContain(`[${ACCESS_DATE}]`);
	});
	it('names the editors as one corporate author', () => {
		expect(
			pageSource({
				title: 'T',
				url: 'u',
				modified: '2026-01-01',
				locale: 'en',
				preview: false,
				section: false,
			}).authors,
		).toEqual([{ family: EDITORS.en, given: '' }]);
	});
});

describe('lastModified', () => {
	it('takes Starlight’s date (git, or a generated page’s frontmatter)', () => {
		expect(lastModified(new Date('2026-11-20T10:00:00Z'))).toBe('2026-11-20');
	});
	it('falls back to the edition date', () => {
		expect(lastModified(undefined)).toBe(EDITION.date);
	});
});
