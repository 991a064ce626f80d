import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { seededRandom, zipfPicker } from './random.js';

/**
 * A synthetic plan ×scale the size of the real one: the same labels and relationship types, every fact with a
 * quote in its own generated text, Zipf-distributed relationships (a few hub industries, teams and platforms).
 * Written as a plan folder and loaded through the real importer, like the real plan.
 */
export interface SyntheticCounts {
  readonly industries: number;
  readonly categories: number;
  readonly platforms: number;
  readonly programs: number;
  readonly talentTeams: number;
  readonly institutions: number;
}

/** The real plan's entity counts (npm run import), times `scale`. */
export function countsFor(scale: number): SyntheticCounts {
  return {
    industries: 22 * scale,
    categories: 9 * scale,
    platforms: 74 * scale,
    programs: 54 * scale,
    talentTeams: 55 * scale,
    institutions: 9 * scale,
  };
}

const PREFIXES = [
  '智能',
  '精密',
  '绿色',
  '数字',
  '海洋',
  '生物',
  '新型',
  '高端',
  '现代',
  '先进',
  '时尚',
  '美丽',
  '融合',
  '低碳',
  '协同',
  '开放',
];
const CORES: Record<keyof SyntheticCounts, string[]> = {
  industries: [
    '制造',
    '材料',
    '装备',
    '安防',
    '医药',
    '袜艺',
    '珍珠',
    '物流',
    '商贸',
    '能源',
    '环保',
    '芯片',
    '软件',
    '旅游',
    '会展',
    '农业',
  ],
  categories: ['制造', '服务', '新兴', '优势', '未来', '主导'],
  platforms: ['创新', '孵化', '研发', '人才', '服务', '转化', '实训', '科创'],
  programs: ['英才', '引才', '育才', '留才', '归巢', '工匠', '领雁', '菁英'],
  talentTeams: ['青年', '技能', '专业', '领军', '创业', '乡村', '医疗', '教育'],
  institutions: ['科技', '理工', '农林', '医科', '师范', '工业'],
};
const SUFFIXES: Record<keyof SyntheticCounts, string[]> = {
  industries: ['产业'],
  categories: ['产业群'],
  platforms: ['港', '平台', '工作站', '中心', '基地', '园'],
  programs: ['计划', '行动', '工程', '机制'],
  talentTeams: ['人才'],
  institutions: ['大学', '研究院'],
};
const DIGITS = '〇一二三四五六七八九';

function serial(n: number): string {
  return String(n).replace(/\d/g, (d) => DIGITS[Number(d)] ?? d);
}

function names(kind: keyof SyntheticCounts, count: number, random: () => number): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  // Note: the serial and 号 end every name, so no name is a prefix of another of the same kind.
  return Array.from(
    { length: count },
    (_, i) => `${pick(PREFIXES)}${pick(CORES[kind])}${pick(SUFFIXES[kind])}${serial(i + 1)}号`,
  );
}

export interface SyntheticPlan {
  readonly dir: string;
  readonly planId: string;
  readonly counts: SyntheticCounts;
  readonly relations: number;
}

/** Writes `<parent>/synthetic-x<scale>/`; the same scale and seed write the same bytes. */
export function writeSyntheticPlan(parent: string, scale: number, seed = 20211012): SyntheticPlan {
  const random = seededRandom(seed + scale);
  const counts = countsFor(scale);
  const planId = `synthetic-x${scale}`;
  const title = `合成人才发展规划${serial(scale)}号`;
  const entity = {
    industries: names('industries', counts.industries, random),
    categories: names('categories', counts.categories, random),
    platforms: names('platforms', counts.platforms, random),
    programs: names('programs', counts.programs, random),
    talentTeams: names('talentTeams', counts.talentTeams, random),
    institutions: names('institutions', counts.institutions, random),
  };

  // The text: one chapter per kind of sentence, one numbered paragraph per ten sentences.
  const chapters: { heading: string; path: string; sentences: string[] }[] = [];
  const chapter = (numeral: string, heading: string) => {
    const c = { heading: `${numeral}、${heading}`, path: numeral, sentences: [] as string[] };
    chapters.push(c);
    return c;
  };
  const quote = (c: { path: string; sentences: string[] }, sentence: string) => {
    c.sentences.push(sentence);
    return { quote: sentence, in: `${c.path}/${Math.floor((c.sentences.length - 1) / 10) + 1}` };
  };
  const entitiesChapter = chapter('一', '重点产业、平台与人才');
  const evidenceOf = (verb: string, name: string) => [quote(entitiesChapter, `${verb}${name}`)];

  const industries = entity.industries.map((name, i) => ({
    name,
    key: `synthetic-industry-${i + 1}`,
    evidence: evidenceOf('加快发展', name),
  }));
  const categories = entity.categories.map((name, i) => ({
    name,
    key: `synthetic-category-${i + 1}`,
    evidence: evidenceOf('培育壮大', name),
  }));
  const platformTypes = ['创新港', '工作站', '服务综合体', '孵化器', '基地'];
  const platforms = entity.platforms.map((name, i) => ({
    name,
    type: platformTypes[i % platformTypes.length] as string,
    collective: i % 7 === 0,
    evidence: evidenceOf('高水平建设', name),
  }));
  const programs = entity.programs.map((name, i) => ({
    name,
    type: ['计划', '行动', '工程', '机制'][i % 4] as string,
    evidence: evidenceOf('深入实施', name),
  }));
  const roles = ['target-group', 'statistical-category', 'key-team'] as const;
  const talentTeams = entity.talentTeams.map((name, i) => ({
    name,
    roles: [roles[i % 3]],
    evidence: evidenceOf('壮大', name),
  }));
  const institutions = entity.institutions.map((name) => ({
    name,
    type: '高校',
    evidence: evidenceOf('深化与', name),
  }));

  const relationsChapter = chapter('二', '协同发展');
  const relations: { type: string; from: string; to: string; evidence: { quote: string; in: string }[] }[] =
    [];
  const seen = new Set<string>();
  const relate = (type: string, from: string, to: string, verb: string) => {
    const key = `${type}|${from}|${to}`;
    if (seen.has(key) || from === to) return;
    seen.add(key);
    relations.push({ type, from, to, evidence: [quote(relationsChapter, `${from}${verb}${to}`)] });
  };
  const zipf = (list: readonly string[]) => {
    const next = zipfPicker(list.length, 1.1, random);
    return () => list[next()] as string;
  };
  const uniform = (list: readonly string[]) => () => list[Math.floor(random() * list.length)] as string;
  const hubIndustry = zipf(entity.industries);
  const hubTeam = zipf(entity.talentTeams);
  const hubPlatform = zipf(entity.platforms);
  const anyCategory = uniform(entity.categories);
  const times = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  for (const industry of entity.industries)
    for (let k = times(1, 2); k > 0; k--) relate('IN_CATEGORY', industry, anyCategory(), '属于');
  for (const platform of entity.platforms)
    for (let k = times(0, 2); k > 0; k--) relate('SUPPORTS', platform, hubIndustry(), '支持');
  for (const program of entity.programs) {
    for (let k = times(1, 2); k > 0; k--) relate('DEVELOPS', program, hubTeam(), '培育');
    if (random() < 0.3) relate('SERVES', program, hubIndustry(), '服务');
    if (random() < 0.5)
      for (let k = times(1, 3); k > 0; k--) relate('RELIES_ON', program, hubPlatform(), '依托');
  }
  for (const platform of entity.platforms)
    if (random() < 0.15) relate('DEVELOPS', platform, hubTeam(), '培育');
  for (const team of entity.talentTeams) if (random() < 0.1) relate('SERVES', team, hubIndustry(), '服务');
  for (const institution of entity.institutions) {
    relate('PARTNERS_WITH', institution, title, '合作共建');
    if (random() < 0.3) relate('HOSTS', institution, hubPlatform(), '承建');
  }
  for (let i = 1; i < entity.categories.length; i += 3)
    relate('PART_OF', entity.categories[i] as string, entity.categories[i - 1] as string, '隶属于');

  const lines = [`文号: 合成〔2021〕${scale}号 成文日期: 2021-10-12`, title, `为推进人才发展,制定本规划。`];
  for (const c of chapters) {
    lines.push(c.heading);
    for (let i = 0; i < c.sentences.length; i += 10) {
      lines.push(`${i / 10 + 1}.${c.sentences.slice(i, i + 10).join('。')}。`);
    }
  }
  const text = lines.join('\n');

  const dir = join(parent, planId);
  mkdirSync(dir, { recursive: true });
  const write = (file: string, data: unknown) => {
    writeFileSync(join(dir, file), stringify(data, { lineWidth: 0 }));
  };
  writeFileSync(join(dir, 'plan.txt'), text);
  write('plan.yaml', {
    plan: {
      id: planId,
      title,
      issuer: '合成数据',
      documentNumber: `合成〔2021〕${scale}号`,
      issuedOn: '2021-10-12',
      periodStart: 2021,
      periodEnd: 2025,
      region: '合成市',
      source: 'plan.txt',
      aliases: [],
    },
  });
  write('industries.yaml', { categories, industries });
  write('platforms.yaml', { platforms });
  write('programs.yaml', { programs });
  write('talent-teams.yaml', { talentTeams });
  write('institutions.yaml', { institutions });
  write('goals.yaml', { goals: [] });
  write('policies.yaml', { policies: [] });
  write('relations.yaml', { relations });
  write('indicators.yaml', { table: [], written: [] });
  write('observations.yaml', { observations: [] });
  write('coverage.yaml', { ignore: [] });
  write('relation-decisions.yaml', { dismissed: [] });
  return { dir, planId, counts, relations: relations.length };
}
