import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app/start-app.js';
import { readConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { fromRoot } from '../../src/paths.js';
import { launchChromium } from '../helpers/browser.js';
import { testNeo4jEnv } from '../helpers/test-neo4j.js';

const SHOTS = fromRoot('test-artifacts', 'explore');

/**
 * The explorer at /explore, built by `npm run build` (once per run, test/global-setup.ts), served by the real app over HTTP against the
 * suite's Neo4j and driven in headless Chromium. Every request that does not go to the app is blocked and
 * recorded: the explorer must work with no network beyond its own server.
 */
describe('explorer', () => {
  let app: App | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let origin = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const env = { PORT: '0', HOST: '127.0.0.1', ...testNeo4jEnv() };
    app = await startApp(readConfig(env), createLogger('error'), env);
    origin = new URL(app.url).origin;
    browser = await launchChromium();
  }, 420_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  }, 60_000);

  /** A fresh page that records page errors, console errors and every request that would leave the app. */
  async function openPage(): Promise<{ page: Page; errors: string[]; offsite: string[] }> {
    if (browser === undefined) throw new Error('Chromium did not start');
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    // “Copy citation” writes the clipboard, and the test reads it back.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const errors: string[] = [];
    const offsite: string[] = [];
    await context.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      offsite.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.setDefaultNavigationTimeout(20_000);
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    return { page, errors, offsite };
  }

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

  it('searches in Chinese, shows an entity with the plan’s words in context, draws its graph and the indicators, offline', async () => {
    const { page, errors, offsite } = await openPage();

    await page.goto(`${origin}/explore/`);
    await page.locator('#search-input').fill('珍珠');
    await page.locator('#search-input').press('Enter');
    const hit = page.locator('.search-results .results a.entity-link', { hasText: /^美丽珍珠$/ });
    await hit.waitFor();
    expect(page.url()).toBe(`${origin}/explore/?q=${encodeURIComponent('珍珠')}`);
    await shot(page, 'search');

    await hit.click();
    const entity = page.locator('article.entity[data-entity="美丽珍珠"]');
    await entity.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/explore/entity/${encodeURIComponent('美丽珍珠')}`);
    expect(await entity.locator('h1').textContent()).toBe('美丽珍珠');
    expect(await entity.locator('.aliases').textContent()).toContain('珍珠');
    // The platforms that support it (SUPPORTS, pointing at it), each with the sentence that says so.
    const supporters = entity.locator('.relation-group[data-relation="SUPPORTS-in"]');
    expect(await supporters.locator('a.entity-link').allTextContents()).toEqual(
      expect.arrayContaining(['产业创新服务综合体', '特色产业工程师协同创新中心']),
    );
    // Each link says how the plan supports it: this one, in one sentence (围绕……美丽珍珠……推动产业创新服务综合体……).
    const complex = supporters.locator('li.relation', {
      has: page.locator('a.entity-link', { hasText: '产业创新服务综合体' }),
    });
    expect(await complex.locator('.basis-tag').getAttribute('data-basis')).toBe('STATED');
    expect(await complex.locator('.basis-tag').textContent()).toBe('原文明述');
    const evidence = complex.locator('figure.evidence').first();
    expect(await evidence.locator('mark.quote').textContent()).toContain('推动产业创新服务综合体');
    expect(await evidence.locator('.section-path').textContent()).toMatch(/\S/);
    expect(await evidence.locator('.section-title').textContent()).toMatch(/\S/);
    expect(await evidence.locator('blockquote').textContent()).toContain('围绕时尚袜业、美丽珍珠');
    // Every quote on the page was found in its section's text at its offsets (or by search), none shown bare.
    expect(await entity.locator('mark.quote').count()).toBeGreaterThan(2);
    expect(await entity.locator('.quote-context.unlocated').count()).toBe(0);
    await shot(page, 'entity');
    // A quote is cited for a paper: the quote, then the plan in GB/T 7714 with the section, on the clipboard.
    await evidence.locator('button.copy-citation').click();
    await evidence.locator('button.copy-citation[data-copied="true"]').waitFor();
    const copied = String(await page.evaluate('navigator.clipboard.readText()'));
    const quote = (await evidence.locator('mark.quote').textContent()) ?? '';
    const sectionPath = (await evidence.locator('.section-path').textContent()) ?? '';
    const sectionTitle = (await evidence.locator('.section-title').textContent()) ?? '';
    expect(copied).toBe(
      `“${quote}”（诸暨市人民政府办公室. 诸暨市人才发展“十四五”规划: 诸政办发〔2021〕40号[Z]. 2021-10-12: ` +
        `${sectionPath} ${sectionTitle}.）`,
    );

    await page.locator('#open-graph').click();
    const graph = page.locator('#graph[data-ready="true"]');
    await graph.waitFor();
    expect(await graph.getAttribute('data-center')).toBe('美丽珍珠');
    expect(Number(await graph.getAttribute('data-node-count'))).toBeGreaterThan(1);
    expect(Number(await graph.getAttribute('data-edge-count'))).toBeGreaterThan(0);
    expect(await graph.locator('canvas').count()).toBeGreaterThan(0);
    // Expanding a platform brings in the other industries it supports.
    const before = Number(await graph.getAttribute('data-node-count'));
    await page.locator('.graph-nodes summary').click();
    await page.locator('button.node-button[data-node="产业创新服务综合体"]').click();
    await page.locator('button.node-button[data-node="产业创新服务综合体"][data-expanded]').waitFor();
    expect(Number(await graph.getAttribute('data-node-count'))).toBeGreaterThan(before);
    await page.locator('button.node-button[data-node="铜材精密加工"]').waitFor();
    expect(await page.locator('#graph-open').isEnabled()).toBe(true);
    await shot(page, 'graph');

    await page.locator('a[data-nav="indicators"]').click();
    const chart = page.locator('svg.indicator-chart');
    await chart.waitFor();
    const count = Number(await chart.getAttribute('data-indicator-count'));
    expect(count).toBeGreaterThan(5);
    expect(await chart.locator('rect.bar.target').count()).toBe(count);
    // The schema's own example: 32.2 → 39 万人 over 2020–2025 needs 3.91% a year.
    expect(await chart.locator('[data-key="talent-resources-total"] text.growth').textContent()).toBe(
      '3.91%/年',
    );
    // An increment shows the addition and the level it implies: 25 (2020) and 新增 6–8 give 31–33.
    expect(
      await chart
        .locator('[data-key="provincial-enterprise-technology-centres"] text.target-figure')
        .textContent(),
    ).toBe('→ +6–8 = 31–33 家（2025）');
    // A share grows in percentage points (33% → 37%), and a yearly flow says its growth is of the yearly amount.
    expect(
      await chart.locator('[data-key="high-skilled-share-of-skilled-workers"] text.growth').textContent(),
    ).toBe('+4 个百分点 pts');
    const flow = chart.locator('[data-key="graduates-employed-per-year"]');
    expect(await flow.locator('text.indicator-meta').textContent()).toContain('每年 per year');
    expect(await flow.locator('text.growth').textContent()).toBe('7.55%/年（年量 yearly amount）');
    await shot(page, 'indicators');
    // Steepest first, in the address: 4 → 19 (36.56%/年) leads the table's rows; % rows follow every growth.
    await page.locator('a[data-order="growth"]').click();
    await expect.poll(() => page.url()).toBe(`${origin}/explore/indicators?order=growth`);
    const steep = page.locator('g.indicator-row[data-block="table"] text.growth');
    await expect.poll(() => steep.first().textContent()).toBe('36.56%/年');
    const texts = await steep.allTextContents();
    const rates = texts.filter((text) => text.includes('%/年')).map((text) => Number.parseFloat(text));
    expect(rates.length).toBeGreaterThan(5);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(texts.map((text) => text.includes('%/年')).lastIndexOf(true)).toBeLessThan(
      texts.findIndex((text) => text.includes('个百分点')),
    );
    await shot(page, 'indicators-steepest');

    // Every place the plan names an entity is on its page: 数智安防 three times (二/(三), 三/(一), 五/(一)).
    await page.goto(`${origin}/explore/entity/${encodeURIComponent('数智安防')}`);
    const named = page.locator('article.entity[data-entity="数智安防"] section.mentions');
    await named.waitFor();
    expect(await named.getAttribute('data-count')).toBe('3');
    expect(await named.locator('figure.evidence mark.quote').allTextContents()).toEqual([
      '数智安防',
      '数智安防',
      '数智安防',
    ]);
    expect(await named.locator('figure.evidence .section-path').allTextContents()).toEqual([
      '二/(三)/——2',
      '三/(一)',
      '五/(一)',
    ]);

    // Where the plan is silent the page says so, and why: an aim linked to nothing, and a pair named together.
    await page.goto(`${origin}/explore/entity/${encodeURIComponent('人才集聚高地')}`);
    await page.locator('article.entity[data-entity="人才集聚高地"] .unlinked-reason').waitFor();
    expect(await page.locator('.unlinked-reason').textContent()).toContain("the plan's aims");
    await page.goto(`${origin}/explore/entity/${encodeURIComponent('诸商领军人才')}`);
    const silent = page.locator('article.entity[data-entity="诸商领军人才"] details.not-linked');
    await silent.locator('summary').click();
    const city = silent.locator('li.relation', {
      has: page.locator('a.entity-link', { hasText: /^领军人才$/ }),
    });
    expect(await city.locator('.note').textContent()).toContain('百名领军人才');
    expect(await city.locator('.sections').textContent()).toBe('四/(二)');

    // An address naming nothing says so, with the server's suggestions as links (NOT_FOUND, not a failure).
    await page.goto(`${origin}/explore/entity/${encodeURIComponent('美丽珍株')}`);
    await page.locator('p.suggestions a', { hasText: /^美丽珍珠$/ }).click();
    await page.locator('article.entity[data-entity="美丽珍珠"]').waitFor();

    // Search as people type: a one-character slip finds the program, marked as a near miss; English names show.
    await page.goto(`${origin}/explore/?q=${encodeURIComponent('家燕回巢计划')}`);
    const near = page.locator('.search-results li.result', {
      has: page.locator('a.entity-link', { hasText: /^家燕归巢计划$/ }),
    });
    await near.waitFor();
    expect(await near.locator('.match-how').getAttribute('data-how')).toBe('FUZZY');
    expect(await near.locator('.english-name').textContent()).toMatch(/\w/);

    // Many hits page: the total is said, and “more” appends the next page until none is left.
    await page.goto(`${origin}/explore/?q=${encodeURIComponent('人才')}`);
    const results = page.locator('.search-results li.result');
    await results.first().waitFor();
    const total = Number(
      /共 (\d+) 条/.exec((await page.locator('.search-results .total').textContent()) ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(60);
    expect(await results.count()).toBe(30);
    const more = page.locator('.search-results button.more');
    for (let shown = 30; shown < total; shown = Math.min(total, shown + 30)) {
      await more.click();
      await results.nth(Math.min(total, shown + 30) - 1).waitFor();
    }
    expect(await results.count()).toBe(total);
    expect(await more.isHidden()).toBe(true);

    // A question in the search box is answered: how it was read, the entities, the quotes and the GraphQL.
    await page.goto(`${origin}/explore/?q=${encodeURIComponent('哪些平台支撑数智安防？')}`);
    const answer = page.locator('.search-results section.answer[data-intent="RELATED"]');
    await answer.waitFor();
    expect(await answer.locator('.explanation').textContent()).toMatch(/读作.*Read as/);
    expect(await answer.locator('.answer-entities a.entity-link').allTextContents()).toEqual(
      expect.arrayContaining(['诸暨经济开发区', '产业人才集聚平台']),
    );
    expect(await answer.locator('.answer-entities a.entity-link').allTextContents()).not.toContain(
      '数智安防',
    );
    expect(await answer.locator('.answer-quotes q').count()).toBeGreaterThan(0);
    expect(await answer.locator('.answer-graphql pre').textContent()).toContain('query InterpretRelated');
    await shot(page, 'question');
    const graphiqlHref = await answer.locator('a.open-graphiql').getAttribute('href');
    expect(graphiqlHref).toMatch(/^\/graphiql\?query=/);
    const sandboxHref = (await answer.locator('a.open-sandbox').getAttribute('href')) ?? '';

    // A negated question is answered as negated, the negation said first: never with the platforms that do.
    await page.goto(`${origin}/explore/?q=${encodeURIComponent('哪些平台没有支撑数智安防？')}`);
    const negated = page.locator('.search-results section.answer[data-intent="NOT_RELATED"]');
    await negated.waitFor();
    expect(await negated.locator('.explanation').textContent()).toMatch(/^读作否定/);
    expect(await negated.locator('.negations').textContent()).toContain('没有');
    const unlinked = await negated.locator('.answer-entities a.entity-link').allTextContents();
    expect(unlinked).toContain('G60诸暨创新港');
    expect(unlinked).not.toContain('诸暨经济开发区');
    expect(unlinked).not.toContain('产业人才集聚平台');

    // A question it reads but cannot answer as asked is refused, with questions to ask instead.
    await page.goto(`${origin}/explore/?q=${encodeURIComponent('诸暨英才计划的目标是多少？')}`);
    const refused = page.locator('.search-results section.answer.refused');
    await refused.waitFor();
    expect(await refused.locator('.explanation').textContent()).toMatch(/^未作答/);
    expect(await refused.locator('.suggestions a').count()).toBeGreaterThan(0);

    // A path question is answered hop by hop: whether the plan links the two directly (it never links these two),
    // whether a hop is a reading, and each hop's type, basis and quote.
    await page.goto(`${origin}/explore/?q=${encodeURIComponent('诸暨英才计划和数智安防有什么关系')}`);
    const path = page.locator('.search-results section.answer[data-intent="PATH"] .path-answer');
    await path.waitFor();
    expect(await path.getAttribute('data-direct')).toBe('false');
    expect(await path.getAttribute('data-reading')).toBe('false');
    expect(await path.locator('.path-direct').textContent()).toContain(
      'The plan does not link the two directly',
    );
    const hops = path.locator('.path-hop');
    const hopTags: string[] = [];
    for (let i = 0; i < (await hops.count()); i++) {
      const hop = hops.nth(i);
      hopTags.push(`${await hop.getAttribute('data-type')} ${await hop.getAttribute('data-basis')}`);
    }
    expect(hopTags).toEqual([
      'DEVELOPS SAME_SENTENCE',
      'DEVELOPS SAME_SENTENCE',
      'PART_OF HEADING',
      'SUPPORTS HEADING',
    ]);
    expect(await hops.locator('.basis-tag').count()).toBe(4);
    expect(await hops.first().locator('mark.quote').textContent()).toContain('诸暨英才计划');

    // A bookmarked view opens directly (the server answers every path below /explore with the app).
    await page.goto(`${origin}/explore/graph/${encodeURIComponent('G60诸暨创新港')}`);
    await page.locator('#graph[data-ready="true"]').waitFor();
    expect(Number(await page.locator('#graph').getAttribute('data-node-count'))).toBeGreaterThan(1);

    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);

    // The answer's GraphQL opens in GraphiQL, which this server serves whole: it loads with the network blocked,
    // runs the operation as the answer ran it, and shows the schema's docs.
    await page.goto(`${origin}${graphiqlHref ?? ''}`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').click();
    // Note: the result window draws only the lines in view; the answer's first relation is among them. The
    // request runs through the whole server, which on two cores busy with the other tiers can take longer than
    // the poll's default second (a full run once saw the window still empty then).
    await expect
      .poll(() => page.locator('.result-window').textContent(), { timeout: 15_000 })
      .toContain('"type": "SUPPORTS"');
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    expect(await page.locator('.graphiql-doc-explorer').textContent()).toMatch(/query:\s*Query/);
    await shot(page, 'graphiql');
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);

    // The landing page at /graphql: Sandbox comes from Apollo's CDN, blocked here, so the page says it needs the
    // internet and offers GraphiQL with the same operation.
    await page.goto(`${origin}${sandboxHref}`);
    const offline = page.locator('#offline');
    await offline.waitFor();
    expect(await offline.textContent()).toMatch(/needs the internet/);
    expect(offsite).toEqual([
      expect.stringMatching(/^https:\/\/embeddable-sandbox\.cdn\.apollographql\.com\//),
    ]);
    await offline.locator('#graphiql-offline').click();
    await page.locator('.graphiql-container').waitFor();
    expect(page.url()).toBe(`${origin}${graphiqlHref ?? ''}`);
  }, 150_000);

  it('draws a graph whose labels do not cover one another, names links in Chinese, and keeps the view in its URL', async () => {
    const { page, errors, offsite } = await openPage();
    for (const [width, height] of [
      [1280, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const [name, depth] of [
        ['美丽珍珠', 1],
        ['高技能人才', 2],
        ['人才资源', 2],
      ] as const) {
        await page.goto(`${origin}/explore/graph/${encodeURIComponent(name)}?depth=${depth}`);
        await page.locator('#graph[data-ready="true"]').waitFor();
        const labels = await labelBoxes(page);
        const what = `${name} depth ${depth} at ${width}×${height}`;
        expect(labels.nodes.length, what).toBeGreaterThan(depth === 2 ? 15 : 3);
        expect(overlaps([...labels.nodes, ...labels.edges]), what).toEqual([]);
        // Links are named in Chinese on the drawing; most keep their name where it fits.
        expect(labels.edges.length, what).toBeGreaterThan(0);
        for (const edge of labels.edges) expect(edge.text, what).toMatch(/^\p{Script=Han}+$/u);
        // The drawing fills its box, neither spilling out nor a speck in the middle; or, where that would make
        // labels too small to read, it opens at reading size on its center, to be panned.
        const view = await page.locator('#graph').evaluate((element) => {
          const graph = element as unknown as GraphElement;
          const box = graph.cy.elements(':visible').renderedBoundingBox();
          const center = graph.cy.nodes('.center').renderedBoundingBox();
          return {
            fill: Math.max(box.w / graph.clientWidth, box.h / graph.clientHeight),
            zoom: graph.cy.zoom(),
            centerInView:
              center.x1 >= 0 &&
              center.y1 >= 0 &&
              center.x2 <= graph.clientWidth &&
              center.y2 <= graph.clientHeight,
          };
        });
        if (view.fill > 1.01) {
          expect(view.zoom, what).toBeCloseTo(0.75, 5);
          expect(view.centerInView, what).toBe(true);
        } else {
          expect(view.fill, what).toBeGreaterThan(depth === 2 ? 0.6 : 0.3);
          expect(view.zoom, what).toBeGreaterThanOrEqual(0.75);
        }
        await shot(page, `graph-${name}-depth${depth}-${width}x${height}`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Depth, selection and the kinds switched off are in the address; a reload shows the same view.
    await page.goto(`${origin}/explore/graph/${encodeURIComponent('美丽珍珠')}`);
    await page.locator('#graph[data-ready="true"]').waitFor();
    await page.locator('#graph-depth').selectOption('2');
    await expect.poll(() => new URL(page.url()).searchParams.get('depth')).toBe('2');
    await page.locator('#graph[data-ready="true"]').waitFor();
    await page.locator('.graph-nodes summary').click();
    await page.locator('button.node-button[data-node="产业创新服务综合体"]').click();
    await page.locator('button.node-button[data-node="产业创新服务综合体"][data-expanded]').waitFor();
    await page.locator('.legend input[data-kind="PROGRAM"]').uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('PROGRAM');
    const shared = new URL(page.url());
    expect(shared.searchParams.get('selected')).toBe('产业创新服务综合体');
    await page.goto(shared.href);
    await page.locator('#graph[data-ready="true"]').waitFor();
    expect(await page.locator('#graph-depth').inputValue()).toBe('2');
    expect(await page.locator('.legend input[data-kind="PROGRAM"]').isChecked()).toBe(false);
    const state = await page.locator('#graph').evaluate((element) => {
      const { cy } = element as unknown as GraphElement;
      return {
        selected: cy.nodes(':selected').map((n) => String(n.data('label'))),
        programs: cy.nodes(':visible').filter((n) => n.data('kind') === 'PROGRAM').length,
        expanded: cy.nodes('.expanded').map((n) => String(n.data('label'))),
      };
    });
    expect(state.selected).toEqual(['产业创新服务综合体']);
    expect(state.expanded).toContain('产业创新服务综合体');
    expect(state.programs).toBe(0);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  }, 150_000);

  it('reads a quote in place: its chapter’s text, the sentence chosen with the facts it carries, names linked, the place in the address', async () => {
    const { page, errors, offsite } = await openPage();

    // From a link's quote on an entity page to the same words in the reader.
    await page.goto(`${origin}/explore/entity/${encodeURIComponent('美丽珍珠')}`);
    const complex = page.locator('.relation-group[data-relation="SUPPORTS-in"] li.relation', {
      has: page.locator('a.entity-link', { hasText: '产业创新服务综合体' }),
    });
    const quote = (await complex.locator('figure.evidence mark.quote').first().textContent()) ?? '';
    expect(quote).toContain('推动产业创新服务综合体');
    await complex.locator('figure.evidence a.read-in-context').first().click();
    const reader = page.locator('article.reader[data-section="五"]');
    await reader.waitFor();
    await page.locator('.reader-text[data-ready="true"]').waitFor();
    const address = new URL(page.url());
    expect(address.pathname).toBe(`/explore/read/${encodeURIComponent('五')}`);
    expect(address.searchParams.get('plan')).toBe('zhuji-2021');
    const chosen = reader.locator('.reader-text .sentence.chosen');
    expect(await chosen.count()).toBe(1);
    const sentence = (await chosen.textContent()) ?? '';
    expect(sentence).toContain('推动产业创新服务综合体');
    // The sentence states its links (原文明述), and the panel lists each, with the name linked to its page.
    expect(await chosen.getAttribute('data-basis')).toBe('STATED');
    const panel = reader.locator('.reader-facts');
    const items = panel.locator('.own-facts li.fact[data-kind="LINK"]');
    const links: { ends: string[]; basis: string | null }[] = [];
    for (const item of await items.all()) {
      links.push({
        ends: await item.locator('a.fact-entity').allTextContents(),
        basis: await item.locator('.basis-tag').textContent(),
      });
    }
    expect(links).toContainEqual({ ends: ['产业创新服务综合体', '美丽珍珠'], basis: '原文明述' });
    expect(await panel.locator('.chosen-sentence').textContent()).toBe(sentence.replace(/\d+$/, ''));
    // The chapter's text is the plan's, whole; some of its sentences carry links, marked by their basis.
    const text = (await reader.locator('.reader-text').textContent()) ?? '';
    expect(text).toContain('(一)产业人才集聚平台');
    expect(await reader.locator('.reader-text .sentence[data-basis]').count()).toBeGreaterThan(5);
    await shot(page, 'reader-1280x900');

    // The sentence is cited as a quote is: its words, then the plan in GB/T 7714 with its deepest section.
    await panel.locator('button.copy-citation').click();
    await panel.locator('button.copy-citation[data-copied="true"]').waitFor();
    const copied = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(copied).toMatch(
      /^“.+”（诸暨市人民政府办公室\. 诸暨市人才发展“十四五”规划: 诸政办发〔2021〕40号\[Z\]\. 2021-10-12: 五\/\(一\) 产业人才集聚平台\.）$/,
    );
    expect(copied).toContain('推动产业创新服务综合体');

    // A part in the contents scrolls to its heading and chooses it; the address follows, and a reload keeps it.
    await reader.locator('button.toc-part', { hasText: '人才一体化发展平台' }).click();
    await expect
      .poll(async () => (await panel.locator('.chosen-sentence').textContent()) ?? '')
      .toBe('(三)人才一体化发展平台');
    expect(await chosen.getAttribute('class')).toContain('heading');
    const at = new URL(page.url()).searchParams.get('at');
    expect(Number(at)).toBeGreaterThan(Number(address.searchParams.get('at')));
    await page.reload();
    await page.locator('.reader-text[data-ready="true"]').waitFor();
    expect(await chosen.textContent()).toMatch(/^\(三\)人才一体化发展平台\d*$/);
    expect(await panel.locator('.chosen-sentence').textContent()).toBe('(三)人才一体化发展平台');

    // Names in the text lead to their entities.
    await reader.locator('.reader-text a.mention[data-entity="G60诸暨创新港"]').first().click();
    await page.locator('article.entity[data-entity="G60诸暨创新港"]').waitFor();

    // The contents list every top section; a path the plan lacks says so, with the closest paths to read.
    await page.goto(`${origin}/explore/read`);
    await page.locator('.reader-contents a', { hasText: /^五 / }).click();
    await reader.waitFor();
    await page.goto(`${origin}/explore/read/${encodeURIComponent('五/(九)')}`);
    await page.locator('p.error[role="alert"]', { hasText: '五/(九)' }).waitFor();
    expect(await page.locator('.suggestions a').count()).toBeGreaterThan(0);
    expect(
      new URL((await page.locator('.suggestions a').first().getAttribute('href')) ?? '', origin).pathname,
    ).toMatch(/^\/explore\/read\//);

    // On a phone: one column, the chosen sentence's facts in a sheet at the bottom.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${origin}/explore/read/${encodeURIComponent('五')}?at=${at}`);
    await page.locator('.reader-text[data-ready="true"]').waitFor();
    const sheet = await panel.boundingBox();
    expect(sheet?.width).toBeGreaterThan(380);
    expect((sheet?.y ?? 0) + (sheet?.height ?? 0)).toBeCloseTo(844, 0);
    await page.screenshot({ path: `${SHOTS}/reader-390x844.png` });
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  }, 150_000);
});

/**
 * The part of cytoscape's API the tests call on the graph element's `cy` (the test program has no DOM types, so
 * cytoscape's own cannot be used here).
 */
interface GraphElement {
  readonly clientWidth: number;
  readonly clientHeight: number;
  readonly cy: {
    zoom(): number;
    nodes(selector?: string): Collection;
    edges(selector?: string): Collection;
    elements(selector?: string): Collection;
  };
}

interface Box {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
  readonly w: number;
  readonly h: number;
}

interface Element {
  data(key: string): unknown;
  style(key: string): unknown;
  boundingBox(options: Record<string, boolean>): Box;
}

interface Collection {
  readonly length: number;
  map<T>(f: (element: Element) => T): T[];
  filter(f: (element: Element) => boolean): Collection;
  renderedBoundingBox(): Box;
}

interface LabelBox {
  readonly text: string;
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}

/** The drawn labels' boxes, in the graph's coordinates, as cytoscape lays them out: nodes', and edges' shown. */
function labelBoxes(page: Page): Promise<{ nodes: LabelBox[]; edges: LabelBox[] }> {
  return page.locator('#graph').evaluate((element) => {
    const { cy } = element as unknown as GraphElement;
    const only = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
    const box = (text: string, b: { x1: number; x2: number; y1: number; y2: number }) => ({
      text,
      x1: b.x1,
      x2: b.x2,
      y1: b.y1,
      y2: b.y2,
    });
    return {
      nodes: cy.nodes(':visible').map((n) => box(String(n.data('label')), n.boundingBox(only))),
      edges: cy
        .edges(':visible')
        .filter((e) => e.style('label') !== '')
        .map((e) => box(String(e.style('label')), e.boundingBox(only))),
    };
  });
}

/** Every pair of boxes that intersect, named by their texts. */
function overlaps(boxes: readonly LabelBox[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a === undefined || b === undefined) continue;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) found.push(`${a.text} × ${b.text}`);
    }
  return found;
}
