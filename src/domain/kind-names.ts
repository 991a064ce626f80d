/** A kind of entity in words: Chinese, and English for one and for several. */
export interface KindName {
  readonly zh: string;
  readonly one: string;
  readonly many: string;
}

/**
 * Every entity kind's name, for the interpreter's explanations and the explorer's labels alike. It imports
 * nothing, so the explorer's bundle takes it as it is; indexing it by an EntityKind fails to compile if a kind
 * is missing.
 */
export const KIND_NAMES = {
  PLAN: { zh: '规划', one: 'plan', many: 'plans' },
  INDUSTRY: { zh: '产业', one: 'industry', many: 'industries' },
  INDUSTRY_CATEGORY: { zh: '产业类别', one: 'industry grouping', many: 'industry groupings' },
  PLATFORM: { zh: '平台', one: 'platform', many: 'platforms' },
  PROGRAM: { zh: '计划与措施', one: 'program', many: 'programs' },
  TALENT_TEAM: { zh: '人才队伍', one: 'talent team', many: 'talent teams' },
  INSTITUTION: { zh: '机构', one: 'institution', many: 'institutions' },
  GOAL: { zh: '目标', one: 'goal', many: 'goals' },
  POLICY: { zh: '政策文件', one: 'policy document', many: 'policy documents' },
} as const satisfies Record<string, KindName>;
