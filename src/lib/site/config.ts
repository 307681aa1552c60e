/**
 * Locales and sidebar, typed against Starlight's config. Both locales are prefixed; zh first.
 */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { LANG_TAGS } from '../i18n/locales.ts';

export const locales = {
	zh: { label: '简体中文', lang: LANG_TAGS.zh },
	en: { label: 'English', lang: LANG_TAGS.en },
} satisfies StarlightUserConfig['locales'];

/** The site's title in each language (Starlight's `title`, by language tag). */
export const siteTitle = {
	[LANG_TAGS.zh]: '社区治理改革导读',
	[LANG_TAGS.en]: "Community Governance Reform: A Reader's Guide",
};

type Item = { zh: string; en: string; slug: string };

/** A page of the docs collection by slug (without locale); Starlight localises the link. */
const item = ({ zh, en, slug }: Item) => ({
	label: en,
	translations: { [LANG_TAGS.zh]: zh },
	slug,
});
const group = (zh: string, en: string, items: Item[]) => ({
	label: en,
	translations: { [LANG_TAGS.zh]: zh },
	items: items.map(item),
});

export const sidebar = [
	item({ zh: '首页', en: 'Home', slug: 'index' }),
	group('论文', 'The paper', [
		{ zh: '论文概览', en: 'Paper at a glance', slug: 'paper' },
		{ zh: '一、问题的提出', en: '1. Stating the problem', slug: 'paper/introduction' },
		{ zh: '二、内卷化困境', en: '2. The involution dilemma', slug: 'paper/involution' },
		{ zh: '三、路径选择', en: '3. Choosing a reform path', slug: 'paper/reform-paths' },
		{ zh: '四、结论与展望', en: '4. Conclusions and outlook', slug: 'paper/conclusions' },
	]),
	group('案例', 'Cases', [
		{ zh: '案例总览', en: 'All cases', slug: 'cases' },
		{ zh: '铜陵大社区模式', en: 'Tongling', slug: 'cases/tongling' },
		{ zh: '南京街道中心制', en: 'Nanjing', slug: 'cases/nanjing' },
		{ zh: '包头青山区“精街强社”', en: 'Baotou Qingshan', slug: 'cases/qingshan' },
		{ zh: '上海模式', en: 'Shanghai model', slug: 'cases/shanghai' },
		{ zh: '沈阳模式', en: 'Shenyang model', slug: 'cases/shenyang' },
		{ zh: '江汉模式', en: 'Jianghan model', slug: 'cases/jianghan' },
	]),
	group('工具', 'Tools', [
		{ zh: '模式比较', en: 'Comparison tables', slug: 'compare' },
		{ zh: '概念', en: 'Concepts', slug: 'concepts' },
		{ zh: '政策时间线', en: 'Policy timeline', slug: 'timeline' },
	]),
	group('关于', 'About', [
		{ zh: '如何引用', en: 'How to cite', slug: 'cite' },
		{ zh: '关于本站', en: 'About this site', slug: 'about' },
	]),
] satisfies StarlightUserConfig['sidebar'];
