// Longest first, so 省级以上 is not read as 省级.
const LEVELS = /国家级、省级|国家和省级|国家级|省级及以上|省级以上|省级|市级以上|市级/;

/**
 * The administrative level an indicator's or observation's name gives (新增国家级、省级博士后工作站 → 国家级、省级,
 * 省级以上企业研发机构 → 省级以上), read from the plan's own wording; null when the name gives none.
 */
export function levelOf(name: string): string | null {
  return LEVELS.exec(name)?.[0] ?? null;
}
