/**
 * The words a talent plan's names end with, by the kind of thing they name: the family's naming habits
 * (…产业, …平台/港/园/小镇/基地/工作站, …计划/工程/行动/机制/制度, …人才/队伍/团队/工匠). The draft reads a name's
 * kind from its ending; the longest ending that fits wins (制造业 before 业, 研究院 of a 大学 before 院).
 */
export type DraftKind =
  'INDUSTRY' | 'PLATFORM' | 'PROGRAM' | 'TALENT_TEAM' | 'INSTITUTION' | 'GOAL' | 'POLICY';

export const DRAFT_KINDS: readonly DraftKind[] = [
  'INDUSTRY',
  'PLATFORM',
  'PROGRAM',
  'TALENT_TEAM',
  'INSTITUTION',
  'GOAL',
  'POLICY',
];

const SUFFIXES: Readonly<Record<Exclude<DraftKind, 'POLICY'>, readonly string[]>> = {
  INDUSTRY: ['产业', '制造业', '服务业', '产业体系', '产业集群', '业态', '数字经济', '信息产业'],
  PLATFORM: [
    '平台',
    '创新港',
    '产业园',
    '园区',
    '小镇',
    '基地',
    '工作站',
    '服务站',
    '站点',
    '孵化器',
    '加速器',
    '飞地',
    '中心',
    '开发区',
    '众创空间',
    '综合体',
    '工作室',
    '实验室',
    '智库',
    '需求库',
    '人才库',
    '资料库',
    '银行',
    '驿站',
    '研究院',
    '研发机构',
    '系统',
    '云平台',
    '教育集团',
  ],
  PROGRAM: [
    '计划',
    '工程',
    '行动',
    '专项行动',
    '机制',
    '制度',
    '体系',
    '模式',
    '新模式',
    '改革',
    '战略',
    '发展战略',
    '目录',
    '组合拳',
  ],
  TALENT_TEAM: [
    '人才',
    '队伍',
    '团队',
    '工匠',
    '企业家',
    '经理人',
    '经营者',
    '研发人员',
    '专家',
    '毕业生',
    '大学生',
    '带头人',
    '名师',
    '校长',
    '院士',
    '博士后',
    '菁英',
    '骨干',
  ],
  INSTITUTION: [
    '大学',
    '交大',
    '学院',
    '经验研究院',
    '领导小组',
    '人才办',
    '组织部门',
    '中介组织',
    '猎头机构',
  ],
  GOAL: ['高地', '示范区', '样板区', '试验区', '标杆城市', '强市', '强县', '强区', '强省'],
};

/** Every ending with its kind, longest first, so the first that fits a name is its kind. */
export const ENDINGS: readonly { readonly ending: string; readonly kind: DraftKind }[] = Object.entries(
  SUFFIXES,
)
  .flatMap(([kind, endings]) => endings.map((ending) => ({ ending, kind: kind as DraftKind })))
  .sort((a, b) => b.ending.length - a.ending.length);

/** The kind a name's ending gives it, or null. */
export function kindOfName(name: string): DraftKind | null {
  return ENDINGS.find(({ ending }) => name.endsWith(ending) && name.length > ending.length)?.kind ?? null;
}

/**
 * The kind the noun after an enumeration gives its members: …等产业 (industries), …等平台, …等人才. A member
 * is a kind of what the noun names, not always spelled with its ending (数智安防、现代环保等产业).
 */
export function kindOfNoun(noun: string): DraftKind | null {
  return (
    ENDINGS.find(({ ending }) => noun.endsWith(ending))?.kind ??
    (noun.endsWith('业') ? 'INDUSTRY' : /(?:高校|院校|院所)$/u.test(noun) ? 'INSTITUTION' : null)
  );
}
