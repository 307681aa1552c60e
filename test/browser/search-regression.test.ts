/**
 * The search regression list: 70 queries written together with the content changes that made
 * them pass, each with the page it must still find in the top 3 of the site's own search dialog.
 * It guards against losing what worked; it is not a measure of quality (that is the held-out list,
 * search-heldout.test.ts). Prints recall@3 per language; fails on any miss.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { searchInDialog } from '../support/search.ts';
import { sitePath, withBasePath } from '../support/site.ts';

const site = inject('siteUrl');

/** [query, the page it must find in the top 3] */
export const QUERIES: Record<'zh' | 'en', [string, string][]> = {
	zh: [
		['铜陵', '/zh/cases/tongling/'],
		['南京', '/zh/cases/nanjing/'],
		['青山区', '/zh/cases/qingshan/'],
		['包头', '/zh/cases/qingshan/'],
		['上海模式', '/zh/cases/shanghai/'],
		['沈阳模式', '/zh/cases/shenyang/'],
		['江汉模式', '/zh/cases/jianghan/'],
		['撤街强社', '/zh/concepts/abolish-street-strengthen-community/'],
		['强街扩社', '/zh/concepts/strengthen-street-expand-community/'],
		['精街强社', '/zh/cases/qingshan/'],
		['一门受理', '/zh/cases/nanjing/'],
		['内卷化', '/zh/concepts/involution/'],
		['再行政化', '/zh/concepts/re-administrativisation/'],
		['去行政化', '/zh/concepts/de-administrativisation/'],
		['梯利', '/zh/paper/introduction/'],
		['迈克尔曼', '/zh/paper/introduction/'],
		['300户', '/zh/cases/tongling/'],
		['五个中心', '/zh/cases/nanjing/'],
		['枢纽型社会组织', '/zh/concepts/hub-social-organisations/'],
		['居站分设', '/zh/concepts/committee-station-separation/'],
		['一核多元', '/zh/concepts/one-core-multiple-actors/'],
		['去经济化', '/zh/concepts/de-economisation/'],
		['强国家强社会', '/zh/concepts/strong-state-strong-society/'],
		['国家复位', '/zh/concepts/state-reinstatement/'],
		['单位制', '/zh/concepts/unit-system/'],
		['街居制', '/zh/concepts/street-residents-system/'],
		['社区工作站', '/zh/concepts/community-workstation/'],
		['网格化管理', '/zh/concepts/grid-management/'],
		['基础不牢', '/zh/paper/introduction/'],
		['三社联动', '/zh/concepts/three-socials-linkage/'],
		['一委一居一站一办', '/zh/cases/nanjing/'],
		['胡晓燕', '/zh/paper/'],
		['如何引用', '/zh/cite/'],
		['neijuanhua', '/zh/concepts/involution/'],
		['involution', '/zh/concepts/involution/'],
	],
	en: [
		['Tongling', '/en/cases/tongling/'],
		['Nanjing', '/en/cases/nanjing/'],
		['Qingshan', '/en/cases/qingshan/'],
		['Baotou', '/en/cases/qingshan/'],
		['Shanghai model', '/en/cases/shanghai/'],
		['Shenyang', '/en/cases/shenyang/'],
		['Jianghan', '/en/cases/jianghan/'],
		['involution', '/en/concepts/involution/'],
		['one-stop', '/en/cases/nanjing/'],
		['five centres', '/en/cases/nanjing/'],
		['five centers', '/en/cases/nanjing/'],
		['Tilly', '/en/paper/introduction/'],
		['Michael Mann', '/en/paper/introduction/'],
		['300 households', '/en/cases/tongling/'],
		['street office', '/en/concepts/street-office/'],
		['abolishing the street', '/en/concepts/abolish-street-strengthen-community/'],
		['streamlining the street', '/en/concepts/streamline-street-strengthen-community/'],
		['de-economisation', '/en/concepts/de-economisation/'],
		['hub social organisations', '/en/concepts/hub-social-organisations/'],
		['grid management', '/en/concepts/grid-management/'],
		['strong state strong society', '/en/concepts/strong-state-strong-society/'],
		['administrativisation', '/en/concepts/administrativisation/'],
		['re-administrativisation', '/en/concepts/re-administrativisation/'],
		['unit system', '/en/concepts/unit-system/'],
		['danwei', '/en/concepts/unit-system/'],
		['community workstation', '/en/concepts/community-workstation/'],
		['how to cite', '/en/cite/'],
		['Hu Xiao-yan', '/en/paper/'],
		['bringing the state back in', '/en/concepts/bringing-the-state-back-in/'],
		['infrastructural power', '/en/concepts/infrastructural-power/'],
		['despotic power', '/en/concepts/despotic-power/'],
		['neijuanhua', '/en/concepts/involution/'],
		['内卷化', '/en/concepts/involution/'],
		['精街强社', '/en/cases/qingshan/'],
		['Ministry of Civil Affairs pilot zones', '/en/paper/introduction/'],
	],
};

const browser = useBrowser();

describe.each(['zh', 'en'] as const)('search regression list in %s', (locale) => {
	it(`still finds the expected page in the top 3 for each of its ${QUERIES[locale].length} queries`, async () => {
		const page = await browser().newPage();
		await page.goto(`${site}/${locale}/`, { waitUntil: 'networkidle' });
		const results = await searchInDialog(
			page,
			QUERIES[locale].map(([q]) => q),
		);
		await page.close();
		const misses = QUERIES[locale].flatMap(([q, want], i) =>
			results[i]!.top.includes(want)
				? []
				: [`"${q}" → wanted ${want}, got ${results[i]!.top.join(', ') || 'nothing'}`],
		);
		const found = QUERIES[locale].length - misses.length;
		console.log(
			`regression list recall@3 (${locale}): ${((found / QUERIES[locale].length) * 100).toFixed(1)} % of ${QUERIES[locale].length} queries`,
		);
		expect(misses).toEqual([]);
	}, 300_000);
});

describe('boilerplate is not indexed', () => {
	it.each([
		[
			'zh',
			'南京',
			'/zh/cases/nanjing/',
			['请填写访问日期', '其他格式', '最近更新', '上一页', '下一页', '本页内容'],
		],
		[
			'en',
			'Nanjing',
			'/en/cases/nanjing/',
			['your access date', 'Other formats', 'Last updated', 'Previous', 'Next', 'On this page'],
		],
	] as const)(
		'%s: the indexed text of %s has no cite panel, navigation or footer',
		async (locale, query, url, boilerplate) => {
			const page = await browser().newPage();
			await page.goto(`${site}/${locale}/`, { waitUntil: 'networkidle' });
			const script = `(async () => {
			const pagefind = await import(${JSON.stringify(withBasePath('/pagefind/pagefind.js'))});
			const search = await pagefind.search(${JSON.stringify(query)});
			const data = await Promise.all(search.results.map((r) => r.data()));
			return data.map((d) => ({ url: new URL(d.url, location.href).pathname, content: d.content }));
		})()`;
			const found = (await page.evaluate(script)) as { url: string; content: string }[];
			const indexed = found.find((d) => sitePath(d.url) === url);
			expect(indexed, `${url} is in the index`).toBeDefined();
			expect(indexed!.content.length).toBeGreaterThan(1000);
			for (const phrase of boilerplate) expect(indexed!.content, phrase).not.toContain(phrase);
			await page.close();
		},
	);
});
