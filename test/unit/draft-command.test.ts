import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { runDraft } from '../../src/cli/run-draft.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { compilePlanFolder } from '../../src/import/compile/compile-plan.js';
import { fromRoot } from '../../src/paths.js';

// A short plan of the family, written for this test (no plan in data/ says this).
const PLAN = `青溪县人民政府办公室关于印发青溪县人才发展“十四五”规划的通知
青政办发〔2022〕7号
各乡镇人民政府:
现将《青溪县人才发展“十四五”规划》印发给你们,请认真贯彻执行。
青溪县人民政府办公室
2022年3月8日
青溪县人才发展“十四五”规划
为加快建设人才强县,制定本规划。
一、发展基础
“十三五”期间,全县人才总量稳步增长,青溪人才创新港建成投用。
二、主要任务
(一)做强产业平台
围绕轨道交通、生物医药、绿色能源等产业,高水平建设青溪人才创新港,打造长三角人才飞地。
(二)壮大人才队伍
深入实施“雏鹰领航计划”,建立“新型学徒”培养机制,培育青溪工匠队伍,引进青溪理工大学等高校毕业生。
`;

/** What `run` writes on `stream`, which prints nothing meanwhile. */
function written(stream: NodeJS.WriteStream, run: () => void): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(stream, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

describe('plan-graph draft', () => {
  const dirs: string[] = [];
  const plansDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-plans-'));
    dirs.push(dir);
    return dir;
  };
  const file = (dir: string, name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const quiet = { report: false, force: false };

  it('writes a plan folder the importer accepts: the text unchanged, the metadata it prints, quoted draft entries', () => {
    const plans = plansDir();
    const source = file(plansDir(), 'qingxi.txt', PLAN);
    expect(runDraft({ file: source, slug: 'qingxi-2022', ...quiet }, { PLAN_GRAPH_PLANS_DIR: plans })).toBe(
      0,
    );
    const folder = join(plans, 'qingxi-2022');
    expect(readFileSync(join(folder, 'qingxi-2022.txt'), 'utf8')).toBe(PLAN);
    expect(compilePlanFolder(folder).problems).toEqual([]);
    const yaml = (name: string) => parse(readFileSync(join(folder, name), 'utf8')) as Record<string, unknown>;
    expect(yaml('plan.yaml')['plan']).toMatchObject({
      id: 'qingxi-2022',
      title: '青溪县人才发展“十四五”规划',
      issuer: '青溪县人民政府办公室',
      documentNumber: '青政办发〔2022〕7号',
      issuedOn: '2022-03-08',
      periodStart: 2021,
      periodEnd: 2025,
      region: '青溪县',
    });
    type Entry = { name: string; aliases?: string[]; curation: string; evidence: { quote: string }[] };
    const names = (name: string, list: string) => (yaml(name)[list] as Entry[]).map((e) => e.name);
    expect(names('industries.yaml', 'industries')).toEqual(
      expect.arrayContaining(['轨道交通', '生物医药', '绿色能源']),
    );
    expect(names('platforms.yaml', 'platforms')).toEqual(
      expect.arrayContaining(['青溪人才创新港', '长三角人才飞地']),
    );
    expect(names('programs.yaml', 'programs')).toEqual(
      expect.arrayContaining(['雏鹰领航计划', '新型学徒培养机制']),
    );
    expect(names('talent-teams.yaml', 'talentTeams')).toContain('青溪工匠');
    expect(names('institutions.yaml', 'institutions')).toContain('青溪理工大学');
    // The plan's own title, in 《》 in its notice, is the plan, not a policy it names.
    expect(names('policies.yaml', 'policies')).toEqual([]);
    // Every entry is a draft, quoted verbatim from the text; a name the text writes with quotation marks keeps
    // that spelling as an alias.
    const programs = yaml('programs.yaml')['programs'] as Entry[];
    for (const entry of programs) {
      expect(entry.curation).toBe('draft');
      for (const { quote } of entry.evidence) expect(PLAN).toContain(quote);
    }
    expect(programs.find((p) => p.name === '新型学徒培养机制')?.aliases).toEqual(['“新型学徒”培养机制']);
  });

  it('drafts 诸暨’s own text into a folder that imports as written, with its indicator table’s 19 rows', () => {
    const plans = plansDir();
    const source = fromRoot('data', 'plans', 'zhuji-2021', 'zhuji-talent-plan-2021.txt');
    expect(runDraft({ file: source, slug: 'zhuji-draft', ...quiet }, { PLAN_GRAPH_PLANS_DIR: plans })).toBe(
      0,
    );
    const folder = join(plans, 'zhuji-draft');
    expect(compilePlanFolder(folder).problems).toEqual([]);
    const table = (parse(readFileSync(join(folder, 'indicators.yaml'), 'utf8')) as { table: unknown[] })
      .table;
    expect(table).toHaveLength(19);
  });

  it('reads GB18030/GBK text as UTF-8, and refuses what is no plan’s text, writing nothing', () => {
    const plans = plansDir();
    const inputs = plansDir();
    const gbk = toGbk(PLAN);
    expect(
      runDraft(
        { file: file(inputs, 'gbk.txt', gbk), slug: 'qingxi-gbk', ...quiet },
        { PLAN_GRAPH_PLANS_DIR: plans },
      ),
    ).toBe(0);
    expect(readFileSync(join(plans, 'qingxi-gbk', 'qingxi-gbk.txt'), 'utf8')).toBe(PLAN);
    rmSync(join(plans, 'qingxi-gbk'), { recursive: true });
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['empty.txt', '', /empty/],
      ['blank.txt', '  \n\n ', /blanks/],
      ['binary.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
      [
        'latin.txt',
        'A plan written in English only, with no Chinese text at all.\n'.repeat(20),
        /Chinese characters/,
      ],
      ['short-gbk.txt', toGbk('青溪'), /Chinese characters/],
    ];
    for (const [name, content, reason] of cases) {
      const run = () =>
        runDraft(
          { file: file(inputs, name, content), slug: 'bad', ...quiet },
          { PLAN_GRAPH_PLANS_DIR: plans },
        );
      expect(run).toThrow(UsageError);
      expect(run).toThrow(reason);
    }
    expect(() =>
      runDraft({ file: join(inputs, 'missing.txt'), slug: 'bad', ...quiet }, { PLAN_GRAPH_PLANS_DIR: plans }),
    ).toThrow(/cannot read .*missing\.txt: ENOENT/);
    // A text without the plan's numbering.
    const flat = file(
      inputs,
      'flat.txt',
      PLAN.replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)).*$/gmu, ''),
    );
    expect(() => runDraft({ file: flat, slug: 'bad', ...quiet }, { PLAN_GRAPH_PLANS_DIR: plans })).toThrow(
      /no chapter heading/,
    );
    expect(readdirSync(plans)).toEqual([]);
  });

  it('drafts a plan’s body copied without the notice that issued it, leaving its 文号 and date out', () => {
    const plans = plansDir();
    const body = PLAN.split('\n').slice(6).join('\n');
    const printed = written(process.stderr, () => {
      expect(
        runDraft(
          { file: file(plansDir(), 'body.txt', body), slug: 'body', ...quiet },
          { PLAN_GRAPH_PLANS_DIR: plans },
        ),
      ).toBe(0);
    });
    expect(printed).toMatch(/the text does not say issuer, documentNumber, issuedOn: plan\.yaml leaves/);
    const folder = join(plans, 'body');
    const { plan } = parse(readFileSync(join(folder, 'plan.yaml'), 'utf8')) as {
      plan: Record<string, unknown>;
    };
    expect(plan).not.toHaveProperty('documentNumber');
    expect(plan).not.toHaveProperty('issuedOn');
    expect(plan).toMatchObject({ title: '青溪县人才发展“十四五”规划', periodStart: 2021, periodEnd: 2025 });
    expect(compilePlanFolder(folder).problems).toEqual([]);
  });

  it('reads past page numbers and running heads a copy of the printed plan carries, keeping the text as it is', () => {
    const plans = plansDir();
    const inputs = plansDir();
    const lines = PLAN.split('\n');
    // The same plan as a PDF copy gives it: a running head and a page number between its lines.
    const paged = lines
      .flatMap((line, i) => (i > 6 && i % 2 === 0 ? ['青溪智造产业园', `——${String(i)}——`, line] : [line]))
      .join('\n');
    const env = { PLAN_GRAPH_PLANS_DIR: plans };
    const printed = written(process.stderr, () => {
      expect(runDraft({ file: file(inputs, 'paged.txt', paged), slug: 'paged', ...quiet }, env)).toBe(0);
      expect(runDraft({ file: file(inputs, 'plain.txt', PLAN), slug: 'plain', ...quiet }, env)).toBe(0);
    });
    expect(printed).toMatch(
      /plan-graph draft: \d+ lines are the pages', not the plan's, and were read past \(the text is kept as it is\): line 9 \(running head: 青溪智造产业园\), 10 \(page number: ——8——\)/,
    );
    expect(readFileSync(join(plans, 'paged', 'paged.txt'), 'utf8')).toBe(paged);
    const names = (slug: string, name: string, list: string) =>
      (
        (parse(readFileSync(join(plans, slug, name), 'utf8')) as Record<string, { name: string }[]>)[list] ??
        []
      ).map((e) => e.name);
    // The page's lines add nothing and take nothing away: the same entities as from the plain text.
    for (const [name, list] of [
      ['industries.yaml', 'industries'],
      ['platforms.yaml', 'platforms'],
      ['programs.yaml', 'programs'],
      ['talent-teams.yaml', 'talentTeams'],
      ['institutions.yaml', 'institutions'],
    ] as const) {
      expect(names('paged', name, list), name).toEqual(names('plain', name, list));
    }
    expect(compilePlanFolder(join(plans, 'paged')).problems).toEqual([]);
  });

  it('reports what it found per kind and the weakest names to check first', () => {
    const plans = plansDir();
    const source = file(plansDir(), 'qingxi.txt', PLAN);
    const report = written(process.stdout, () => {
      expect(
        runDraft(
          { file: source, slug: 'qingxi-2022', report: true, force: false },
          { PLAN_GRAPH_PLANS_DIR: plans },
        ),
      ).toBe(0);
    });
    expect(report).toContain(join(plans, 'qingxi-2022'));
    expect(report).toMatch(/青溪县人才发展“十四五”规划: drafted entities by kind/);
    expect(report).toMatch(/ {2}PROGRAM +[1-9]\d*\n/);
    expect(report).toMatch(/ {2}table rows +0\n/);
    expect(report).toMatch(/The weakest names, to check first:\n {2}0\.\d\d {2}[A-Z_]+ +\S+/);
  });

  it('never replaces an existing folder without --force, and replaces it whole with it', () => {
    const plans = plansDir();
    const source = file(plansDir(), 'qingxi.txt', PLAN);
    const env = { PLAN_GRAPH_PLANS_DIR: plans };
    expect(runDraft({ file: source, slug: 'qingxi-2022', ...quiet }, env)).toBe(0);
    const marker = join(plans, 'qingxi-2022', 'curator-notes.txt');
    writeFileSync(marker, 'a curator’s work');
    expect(() => runDraft({ file: source, slug: 'qingxi-2022', ...quiet }, env)).toThrow(
      /exists; give --force/,
    );
    expect(existsSync(marker)).toBe(true);
    expect(runDraft({ file: source, slug: 'qingxi-2022', report: false, force: true }, env)).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(readdirSync(plans)).toEqual(['qingxi-2022']);
  });
});

/** GBK bytes of a text, from the decoder's own table (two-byte codes; ASCII as it is). */
function toGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const pair = table.get(char);
    if (code < 0x80) bytes.push(code);
    else if (pair !== undefined) bytes.push(...pair);
    else throw new Error(`no GBK code for ${char}`);
  }
  return new Uint8Array(bytes);
}
