import { graphql } from './__generated__';
import type { ExploreIndicatorsQuery } from './__generated__/graphql';
import { answered, request } from './api';
import { h, replaceChildren, svg } from './dom';
import { hrefOf, type IndicatorOrder } from './router';
import { showLoading, type View } from './view';

const IndicatorsQuery = graphql(`
  query ExploreIndicators {
    indicators {
      id
      key
      name
      category
      unit
      baseline
      baselineYear
      target
      targetMax
      targetYear
      bound
      fromTable
      increment
      perYear
      change
      targetLevel
      requiredAnnualGrowthPercent
    }
  }
`);

type Indicator = NonNullable<ExploreIndicatorsQuery['indicators']>[number];

// The chart's columns, in viewBox units: label, baseline → target bars, figures, required annual growth.
const WIDTH = 1000;
const LABEL_X = 0;
const BARS_X = 300;
const BARS_W = 300;
const FIGURES_X = 612;
const GROWTH_X = 800;
const GROWTH_W = 120;
const ROW_H = 40;
const HEADING_H = 34;
const TOP = 34;
const NAME_CHARS = 20;

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/**
 * Every quantified target as a chart: for each indicator its baseline and target as bars on the row's own
 * scale (units differ), the figures, and the compound annual growth the target needs, on one shared scale.
 */
export const indicatorsView: View<{ readonly order?: IndicatorOrder }> = async (root, route, signal) => {
  const order = route.order ?? 'plan';
  document.title = '指标 Indicators · 诸暨人才规划图谱';
  showLoading(root, '指标 indicators');
  const indicators = answered((await request(IndicatorsQuery, {}, signal)).indicators, 'indicators');
  const ordered = order === 'growth' ? [...indicators].sort(bySteepness) : indicators;
  const table = ordered.filter((i) => i.fromTable);
  const written = ordered.filter((i) => !i.fromTable);
  const orderLink = (value: IndicatorOrder, text: string, english: string) =>
    h(
      'a',
      {
        class: value === order ? 'button active' : 'button',
        href: hrefOf(value === 'plan' ? { view: 'indicators' } : { view: 'indicators', order: value }),
        'data-link': true,
        'data-order': value,
        ...(value === order ? { 'aria-current': 'true' } : {}),
      },
      `${text} `,
      h('small', {}, english),
    );
  replaceChildren(
    root,
    h(
      'section',
      { class: 'indicators-page' },
      h('h1', {}, '发展指标 ', h('small', {}, `Indicators (${indicators.length})`)),
      h(
        'p',
        { class: 'hint' },
        '灰色为基期值，彩色为目标值（每行各自比例；虚框为无基期的新增量）；右侧为达到目标所需的年均增长率，比例类指标为百分点变化；“每年”指标为年流量，增长指其年量。',
        h(
          'small',
          {},
          ' Grey: baseline; colour: target (each row on its own scale; a dashed outline: an addition with no baseline). Right: the compound annual growth the target needs, or for a % row its change in percentage points; a “per year” row is a yearly flow, and its growth is that of the yearly amount.',
        ),
      ),
      h(
        'p',
        { class: 'toolbar', 'aria-label': '排序 Order' },
        '排序 Order ',
        orderLink('plan', '规划顺序', 'as in the plan'),
        orderLink('growth', '所需增速', 'steepest growth first'),
      ),
      chart([
        { key: 'table', heading: '规划指标表 From the indicator table', rows: table },
        { key: 'written', heading: '文中目标 Goals written in the text', rows: written },
      ]),
    ),
  );
  return undefined;
};

/**
 * Steepest first: the compound annual growth a target needs, then the point change of a % row (a different
 * measure, so after every growth), then rows with neither (no baseline) in the plan's order.
 */
function bySteepness(a: Indicator, b: Indicator): number {
  const tier = (i: Indicator): number =>
    i.requiredAnnualGrowthPercent != null ? 0 : i.unit === '%' && i.change != null ? 1 : 2;
  const measure = (i: Indicator): number =>
    i.requiredAnnualGrowthPercent ?? (i.unit === '%' ? (i.change ?? 0) : 0);
  return tier(a) - tier(b) || measure(b) - measure(a);
}

interface Block {
  readonly key: string;
  readonly heading: string;
  readonly rows: readonly Indicator[];
}

function chart(blocks: readonly Block[]): SVGSVGElement {
  const shown = blocks.filter((b) => b.rows.length > 0);
  const all = shown.flatMap((b) => b.rows);
  const maxGrowth = Math.max(1, ...all.map((i) => Math.abs(i.requiredAnnualGrowthPercent ?? 0)));
  const height = TOP + shown.reduce((sum, b) => sum + HEADING_H + b.rows.length * ROW_H, 0) + 8;
  const root = svg('svg', {
    class: 'indicator-chart',
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: '100%',
    role: 'img',
    'aria-label': '指标基期值、目标值与所需年均增长 Indicators: baseline, target and required annual growth',
    'data-indicator-count': all.length,
  });
  root.append(
    svg('text', { x: LABEL_X, y: 18, class: 'column-title' }, '指标 Indicator'),
    svg('text', { x: BARS_X, y: 18, class: 'column-title' }, '基期 → 目标 Baseline → target'),
    svg('text', { x: GROWTH_X, y: 18, class: 'column-title' }, '所需年均增长 Needed a year'),
  );
  let y = TOP;
  for (const block of shown) {
    root.append(
      svg('text', { x: LABEL_X, y: y + 22, class: 'block-heading' }, block.heading),
      svg('line', { x1: LABEL_X, x2: WIDTH, y1: y + 28, y2: y + 28, class: 'rule' }),
    );
    y += HEADING_H;
    for (const indicator of block.rows) {
      const drawn = row(indicator, y, maxGrowth);
      drawn.setAttribute('data-block', block.key);
      root.append(drawn);
      y += ROW_H;
    }
  }
  return root;
}

function row(indicator: Indicator, y: number, maxGrowth: number): SVGGElement {
  const { baseline, unit } = indicator;
  // Bars show levels: an increment's bar is the level it implies (baseline + addition), or without a baseline
  // the addition alone.
  const target = indicator.targetLevel ?? indicator.target;
  const targetMax = indicator.targetMax == null ? null : target + (indicator.targetMax - indicator.target);
  const top = targetMax ?? target;
  const scale = Math.max(Math.abs(baseline ?? 0), Math.abs(top), Number.EPSILON);
  const width = (value: number): number => Math.max(1, (Math.abs(value) / scale) * BARS_W);
  const growth = indicator.requiredAnnualGrowthPercent;
  const name =
    indicator.name.length > NAME_CHARS ? `${indicator.name.slice(0, NAME_CHARS - 1)}…` : indicator.name;
  const group = svg(
    'g',
    { class: 'indicator-row', 'data-key': indicator.key },
    svg('title', {}, describe(indicator)),
    svg('text', { x: LABEL_X, y: y + 16, class: 'indicator-name' }, name),
    svg(
      'text',
      { x: LABEL_X, y: y + 31, class: 'indicator-meta' },
      [indicator.category, unit, indicator.perYear ? '每年 per year' : null]
        .filter((part) => part != null && part !== '')
        .join(' · '),
    ),
  );
  if (baseline != null) {
    group.append(
      svg('rect', { x: BARS_X, y: y + 6, width: width(baseline), height: 11, class: 'bar baseline' }),
    );
  }
  // An addition with no level to add it to is drawn hollow: it is an amount, not where the indicator stands.
  const addition = indicator.increment && indicator.targetLevel == null;
  group.append(
    svg('rect', {
      x: BARS_X,
      y: y + 20,
      width: width(target),
      height: 11,
      class: addition ? 'bar target addition' : 'bar target',
    }),
  );
  if (targetMax != null && targetMax > target) {
    group.append(
      svg('rect', {
        x: BARS_X + width(target),
        y: y + 20,
        width: width(targetMax) - width(target),
        height: 11,
        class: 'bar target-range',
      }),
    );
  }
  group.append(
    svg(
      'text',
      { x: FIGURES_X, y: y + 16, class: 'figures' },
      baseline == null
        ? '无基期 no baseline'
        : `${number.format(baseline)}（${indicator.baselineYear ?? '?'}）`,
    ),
    svg(
      'text',
      { x: FIGURES_X, y: y + 31, class: 'figures target-figure' },
      `→ ${targetText(indicator)} ${unit}（${indicator.targetYear}）`,
    ),
  );
  if (growth == null && indicator.unit === '%' && indicator.change != null) {
    // A share or a rate grows in percentage points, not by a relative rate.
    const points = indicator.change;
    group.append(
      svg(
        'text',
        { x: GROWTH_X, y: y + 24, class: 'growth points' },
        `${points > 0 ? '+' : ''}${number.format(points)} 个百分点 pts`,
      ),
    );
  } else if (growth == null) {
    group.append(svg('text', { x: GROWTH_X, y: y + 24, class: 'growth none' }, '—'));
  } else {
    const w = Math.max(1, (Math.abs(growth) / maxGrowth) * GROWTH_W);
    group.append(
      svg('rect', {
        x: GROWTH_X,
        y: y + 12,
        width: w,
        height: 14,
        class: growth < 0 ? 'bar growth negative' : 'bar growth',
      }),
      svg(
        'text',
        { x: GROWTH_X + w + 6, y: y + 24, class: 'growth' },
        // A flow's growth is that of its yearly amount, not of a stock.
        `${number.format(growth)}%/年${indicator.perYear ? '（年量 yearly amount）' : ''}`,
      ),
    );
  }
  return group;
}

/** The target as the plan gives it (+ for an increment), then the level an increment implies. */
function targetText(indicator: Indicator): string {
  const given = boundText(indicator);
  if (!indicator.increment) return given;
  if (indicator.targetLevel == null) return `+${given}`;
  const level = { ...indicator, target: indicator.targetLevel, targetMax: levelMax(indicator) };
  return `+${given} = ${boundText({ ...level, bound: level.targetMax == null ? 'EXACT' : 'RANGE' })}`;
}

function levelMax({ target, targetMax, targetLevel }: Indicator): number | null {
  return targetMax == null || targetLevel == null ? null : targetLevel + (targetMax - target);
}

function boundText({ bound, target, targetMax }: Pick<Indicator, 'bound' | 'target' | 'targetMax'>): string {
  switch (bound) {
    case 'AT_LEAST':
      return `≥${number.format(target)}`;
    case 'MORE_THAN':
      return `>${number.format(target)}`;
    case 'RANGE':
      return `${number.format(target)}–${number.format(targetMax ?? target)}`;
    case 'EXACT':
      return number.format(target);
  }
}

function describe(indicator: Indicator): string {
  const parts = [
    indicator.name,
    indicator.baseline == null
      ? '无基期 no baseline'
      : `基期 ${number.format(indicator.baseline)} ${indicator.unit}（${indicator.baselineYear ?? '?'}）`,
    `目标 ${targetText(indicator)} ${indicator.unit}（${indicator.targetYear}）`,
  ];
  if (indicator.increment) parts.push('新增量 an addition over the period');
  if (indicator.perYear) parts.push('每年的量 an amount per year');
  if (indicator.change != null) parts.push(`变化 change ${number.format(indicator.change)}`);
  if (indicator.requiredAnnualGrowthPercent != null)
    parts.push(`年均需增长 ${number.format(indicator.requiredAnnualGrowthPercent)}%`);
  return parts.join('；');
}
