import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits.js';
import { RELATION_BASES } from '../../src/domain/vocabulary.js';
import { evaluateDraft } from '../../src/draft/evaluate-draft.js';
import { compilePlanFolder } from '../../src/import/compile/compile-plan.js';
import { MAX_FILE_BYTES } from '../../src/import/compile/read-dataset.js';
import { relationCoverage } from '../../src/import/compile/relation-coverage.js';
import { fromRoot, projectRoot } from '../../src/paths.js';

/** The README (the front page) and every page of docs/. */
const PAGES = [
  fromRoot('README.md'),
  ...readdirSync(fromRoot('docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => fromRoot('docs', name)),
];

const read = (file: string) => readFileSync(file, 'utf8');
/** A page without its fenced code blocks, where `# x` is a comment and not a heading. */
const withoutFences = (markdown: string) => markdown.replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '');
/** A page's prose: no fenced code blocks and no inline code, where `[x](y)` is not a link. */
const prose = (markdown: string) => withoutFences(markdown).replace(/`[^`\n]*`/g, '');
/** A page's text with every run of white space one space, so a figure may wrap. */
const flat = (markdown: string) => markdown.replace(/\s+/g, ' ');

/**
 * The anchor GitHub gives a heading: lowercase, links and emphasis reduced to their text, punctuation removed
 * (hyphens and underscores stay; CJK characters are letters and stay), each space a hyphen.
 */
function githubSlug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor of a Markdown file's headings, a repeated one numbered as GitHub numbers it (-1, -2 …). */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading = ''] of withoutFences(markdown).matchAll(/^#{1,6}[ \t]+(.*?)[ \t#]*$/gm)) {
    // Inline code in a heading keeps its text (`Relation.basis` → relationbasis).
    const slug = githubSlug(heading.replace(/`/g, ''));
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  return anchors;
}

/** Every relative link of a page: its target file (or the page itself, for `#anchor`) and its anchor. */
function relativeLinks(file: string): { link: string; target: string; anchor: string | undefined }[] {
  return [...prose(read(file)).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] ?? '')
    .filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link))
    .map((link) => {
      const hash = link.indexOf('#');
      const path = decodeURIComponent(hash === -1 ? link : link.slice(0, hash));
      const anchor = hash === -1 ? undefined : decodeURIComponent(link.slice(hash + 1));
      return { link, target: path === '' ? file : join(dirname(file), path), anchor };
    });
}

describe('the README and docs/', () => {
  it('keep the README a front page under 10,000 bytes', () => {
    expect(statSync(fromRoot('README.md')).size).toBeLessThan(10_000);
  });

  it('link the README to every page of docs/', () => {
    const linked = new Set(relativeLinks(fromRoot('README.md')).map((l) => l.target));
    expect(PAGES.filter((page) => page !== fromRoot('README.md') && !linked.has(page))).toEqual([]);
  });

  it('give every page of docs/ a title and a link back to the README', () => {
    for (const page of PAGES.filter((p) => p !== fromRoot('README.md'))) {
      expect(read(page), page).toMatch(/^# .+\n\n(?:.+\n)*?.*\[README\]\(\.\.\/README\.md\)/);
    }
  });

  it('link only to files that exist, and to headings that exist', () => {
    const broken: string[] = [];
    for (const page of PAGES) {
      for (const { link, target, anchor } of relativeLinks(page)) {
        const where = `${relative(projectRoot, page)}: ${link}`;
        if (!existsSync(target)) broken.push(`${where} (no such file)`);
        else if (anchor !== undefined && extname(target) === '.md' && !anchorsOf(read(target)).has(anchor))
          broken.push(`${where} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('slug headings as GitHub does', () => {
    expect(githubSlug('What the graph holds for 诸暨市人才发展“十四五”规划')).toBe(
      'what-the-graph-holds-for-诸暨市人才发展十四五规划',
    );
    expect(githubSlug('How each link is supported: Relation.basis')).toBe(
      'how-each-link-is-supported-relationbasis',
    );
    expect(githubSlug('Sustained load (npm run load)')).toBe('sustained-load-npm-run-load');
    expect(githubSlug('1. Which platforms support 数智安防, and where does the plan say so?')).toBe(
      '1-which-platforms-support-数智安防-and-where-does-the-plan-say-so',
    );
    expect(anchorsOf('# A\n\n```\n# not a heading\n```\n\n## A\n')).toEqual(new Set(['a', 'a-1']));
  });
});

describe('the figures in docs/', () => {
  const page = (name: string) => flat(read(fromRoot('docs', name)));

  it('state what the graph holds as the dataset compiles it', () => {
    const { compiled, problems } = compilePlanFolder(fromRoot('data', 'plans', 'zhuji-2021'));
    expect(problems).toEqual([]);
    if (compiled === undefined) throw new Error('zhuji-2021 did not compile');
    const { graph } = compiled;
    const coverage = relationCoverage(compiled);
    const data = page('data.md');
    const holds = data.slice(data.indexOf('## What the graph holds'));

    const count = <T>(items: readonly T[], key: (item: T) => string | undefined) => {
      const counts = new Map<string, number>();
      for (const item of items) {
        const k = key(item);
        if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return counts;
    };
    /** `TYPE n, …`, most first (ties by name), as the page lists them. */
    const listed = (counts: Map<string, number>) =>
      [...counts]
        .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
        .map(([type, n]) => `${type} ${n}`)
        .join(', ');

    const kinds = count(graph.entities, (e) => e.kind);
    expect(kinds.get('PLAN')).toBe(1);
    const entities = [
      ['INDUSTRY', 'industries'],
      ['INDUSTRY_CATEGORY', 'industry groupings'],
      ['PLATFORM', 'platforms'],
      ['PROGRAM', 'programs'],
      ['TALENT_TEAM', 'talent teams'],
      ['INSTITUTION', 'institutions'],
      ['GOAL', 'goals'],
      ['POLICY', 'policy documents'],
    ].map(([kind = '', words]) => `${kinds.get(kind) ?? 0} ${words}`);
    expect([...kinds.keys()].sort()).toEqual(
      [
        'PLAN',
        'INDUSTRY',
        'INDUSTRY_CATEGORY',
        'PLATFORM',
        'PROGRAM',
        'TALENT_TEAM',
        'INSTITUTION',
        'GOAL',
        'POLICY',
      ].sort(),
    );
    const curated = graph.relations.filter((r) => r.basis !== undefined);
    const structural = graph.relations.filter((r) => r.basis === undefined);
    const bases = count(curated, (r) => r.basis);
    const tables = graph.indicators.filter((i) => i.fromTable).length;
    const unlinkedShare = ((coverage.unlinkedCount / graph.entities.length) * 100).toFixed(1);
    const quotes = [...graph.entities, ...graph.indicators, ...graph.observations].reduce(
      (sum, node) => sum + node.evidence.length,
      0,
    );

    for (const figure of [
      `Entities: ${entities.slice(0, -1).join(', ')}, ${entities.at(-1) ?? ''} and the plan itself (${graph.entities.length}).`,
      `Relationships (${graph.relations.length}): ${curated.length} curated links — ${listed(count(curated, (r) => r.type))};`,
      `by basis ${RELATION_BASES.map((basis) => `${basis} ${bases.get(basis) ?? 0}`).join(', ')} —`,
      `and ${structural.length} that tie indicators and observations to what they measure (${listed(count(structural, (r) => r.type))}).`,
      `The text names ${coverage.pairs} pairs of linkable entities together`,
      `(${graph.notLinked.length} dismissed pairs, stored as`,
      `${coverage.unlinkedCount} entities (${unlinkedShare} %) are linked to no other entity`,
      `Besides: ${graph.sections.length} sections, ${graph.indicators.length} indicators (${tables} table rows and ${graph.indicators.length - tables} written goals), ${graph.observations.length} observations, ${graph.mentions.length} mentions, ${quotes} evidence quotes on nodes.`,
    ])
      expect(holds).toContain(figure);

    expect(data).toContain(`all ${tables} rows of the indicator table`);
    expect(page('api.md')).toContain(
      `the ${tables} table rows and the ${graph.indicators.length - tables} written goals`,
    );
    expect(graph.notLinked.length).toBe(coverage.notLinked.length);
  });

  it('give the source text’s SHA-256 as the file has it', () => {
    const text = readFileSync(fromRoot('data', 'plans', 'zhuji-2021', 'zhuji-talent-plan-2021.txt'));
    const sha = createHash('sha256').update(text).digest('hex');
    expect(page('data.md')).toContain(`SHA-256 \`${sha.slice(0, 8)}…${sha.slice(-6)}\``);
  });

  it('state the limits the server enforces', () => {
    const api = page('api.md');
    for (const figure of [
      `more than ${LIMITS.tokens} tokens`,
      `depth ${LIMITS.depth}, ${LIMITS.aliases} aliases, ${LIMITS.directives} directives, cost ${LIMITS.cost}`,
      `\`first\` 1–${LIMITS.pageSize}`,
      `\`first\` (1–${LIMITS.pageSize})`,
      `\`neighborhood(limit:)\` (1–${LIMITS.neighborhoodSize})`,
      `\`path(maxHops:)\` (1–${LIMITS.pathHops})`,
      `\`maxHops\` 1–${LIMITS.pathHops}`,
      `The request's ${LIMITS.deadlineMs / 1000} s deadline`,
    ])
      expect(api).toContain(figure);
    expect(page('chinese.md')).toContain(`(about ${LIMITS.interpretCost} units)`);
    expect(page('operations.md')).toContain(`a file over ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
  });

  it('give the draft’s scores as npm run eval:draft computes them', () => {
    // Read whole, not flattened: a table is its lines.
    const cli = read(fromRoot('docs', 'cli.md'));
    const { names, links, table, figures } = evaluateDraft(fromRoot('data', 'plans'), 'zhuji-2021', {
      minNames: 0.5,
      minLinks: 0.4,
    });
    // The page's tables, each its header's first cell and its rows' cells (the separator row left out).
    const tables = [...cli.matchAll(/(?:^\|.*\|\n)+/gm)].map((m) => {
      const [header = [], , ...body] = m[0]
        .trim()
        .split('\n')
        .map((line) =>
          line
            .slice(1, -1)
            .split('|')
            .map((cell) => cell.trim()),
        );
      return { header, body };
    });
    const tableOf = (first: string, last: string) =>
      tables.find((t) => t.header[0] === first && t.header.at(-1) === last)?.body ?? [];
    const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

    expect(tableOf('kind', 'F1')).toEqual(
      names.map((n) => [
        n.kind,
        ...[n.drafted, n.curated, n.correct, n.found].map(String),
        pct(n.precision),
        pct(n.recall),
        n.f1.toFixed(2),
      ]),
    );
    // Link types with no drafted link share one row (HOSTS, LEADS, …); every type is in exactly one row.
    const linkRows = tableOf('type', 'recall');
    expect(linkRows.flatMap((row) => (row[0] ?? '').split(', ')).sort()).toEqual(
      links.map((l) => l.type).sort(),
    );
    for (const [types = '', ...cells] of linkRows) {
      const of = links.filter((l) => types.split(', ').includes(l.type));
      const sum = (pick: (l: (typeof links)[number]) => number) => of.reduce((a, l) => a + pick(l), 0);
      const [drafted, curated, right] = [sum((l) => l.drafted), sum((l) => l.curated), sum((l) => l.correct)];
      expect(cells).toEqual([
        String(drafted),
        String(curated),
        String(right),
        drafted === 0 ? '–' : pct(right / drafted),
        pct(curated === 0 ? 0 : right / curated),
      ]);
    }
    expect(flat(cli)).toContain(
      `The indicator table: ${table.drafted} rows drafted, ${table.curated} curated, ${table.exact} exact.`,
    );
    expect(tableOf('kind', 'recall')).toEqual(
      figures.map((f) => [
        f.kind,
        ...[f.drafted, f.curated, f.right, f.found].map(String),
        pct(f.right / Math.max(f.drafted, 1)),
        pct(f.found / Math.max(f.curated, 1)),
      ]),
    );
  });

  it('name the Neo4j version the launcher runs', () => {
    const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(read(fromRoot('neo4j', 'pom.xml')))?.[1];
    expect(version).toBeDefined();
    expect(page('operations.md')).toContain(`**Neo4j Community ${version ?? ''} LTS**`);
  });
});
