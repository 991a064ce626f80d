/** A plan's metadata as its text prints it: what `plan.yaml` holds, each value found in the text. */
export interface DetectedPlan {
  readonly title: string;
  readonly issuer: string | null;
  readonly documentNumber: string | null;
  /** ISO date. */
  readonly issuedOn: string | null;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
  readonly region: string | null;
}

// The family's five-year periods: “十四五” is 2021–2025.
const FIVE_YEAR_PLANS: Readonly<Record<string, number>> = {
  十一五: 2006,
  十二五: 2011,
  十三五: 2016,
  十四五: 2021,
  十五五: 2026,
};

const TITLE = /^[^，,。；;：:|]{4,60}(?:规划|计划|方案|纲要|意见)(?:\s*[(（][^)）]{1,20}[)）])?$/u;

/** The word that ends a region's name with its level: 浙江省, 诸暨市, 青溪县 …. */
export const REGION_LEVEL = /(?:省|自治区|市|州|盟|县|区|旗)/u;

/**
 * The plan's title (the first line that is a document title on its own, after any notice that issues it),
 * its issuer, 文号, date, period and region, each as the text writes it, or null where the text does not say.
 */
export function detectPlan(text: string): DetectedPlan {
  const lines = text.split('\n').map((line) => line.trim());
  // A notice's last title-like line names the plan it issues (关于印发……规划的通知 is not the title itself).
  const title =
    lines.find((line) => TITLE.test(line) && !line.includes('关于印发') && !line.startsWith('《')) ??
    /关于印发(.+?)的通知/u.exec(text)?.[1] ??
    lines.find((line) => line !== '') ??
    '';
  const documentNumber = /[\p{Script=Han}]{1,8}〔\d{4}〕\d{1,4}号/u.exec(text)?.[0] ?? null;
  const date = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(text) ?? /(\d{4})-(\d{2})-(\d{2})/u.exec(text);
  const issuedOn =
    date === null
      ? null
      : `${date[1] ?? ''}-${(date[2] ?? '').padStart(2, '0')}-${(date[3] ?? '').padStart(2, '0')}`;
  // The issuer signs the notice: the line just before its date, or the body 关于印发 follows.
  const dateLine = date === null ? -1 : lines.findIndex((line) => line.includes(date[0]));
  const signed = dateLine > 0 ? lines[dateLine - 1] : undefined;
  const issuer =
    signed !== undefined && /(?:政府|办公室|委员会|办|厅|局|部)$/u.test(signed) && signed.length <= 30
      ? signed
      : (/([\p{Script=Han}]{2,20}(?:人民政府办公室|人民政府|委员会|办公厅))关于印发/u.exec(text)?.[1] ??
        null);
  const named = /“?(十[一二三四五])五”?/u.exec(title)?.[1];
  const fiveYear = named === undefined ? undefined : FIVE_YEAR_PLANS[`${named}五`];
  const span = /(20\d{2})\s*[-—–至]\s*(20\d{2})/u.exec(title);
  const periodStart = span !== null ? Number(span[1]) : (fiveYear ?? null);
  const periodEnd = span !== null ? Number(span[2]) : fiveYear === undefined ? null : fiveYear + 4;
  const region = new RegExp(`^(.{2,12}?${REGION_LEVEL.source})`, 'u').exec(title)?.[1] ?? null;
  return { title, issuer, documentNumber, issuedOn, periodStart, periodEnd, region };
}
