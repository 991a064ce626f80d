import { findNames, foldQuotes, type FoundBy, type KnownName, type NameCandidate } from './find-names.js';
import { detectPlan, REGION_LEVEL } from './detect-plan.js';
import type { DraftKind } from './kind-suffixes.js';

/** A drafted entity: one name, its kind, every place the patterns found it and how sure they are. */
export interface DraftEntity {
  readonly name: string;
  readonly kind: DraftKind;
  readonly confidence: number;
  readonly by: readonly FoundBy[];
  readonly places: readonly { readonly start: number; readonly end: number }[];
}

/**
 * The entities of a plan's text: the patterns' names gathered by spelling (a curated alias under its entity), each with the kind its surest finding
 * gives, kept when that finding reaches `minConfidence`. In text order of first appearance.
 */
export function draftEntities(
  text: string,
  options: { readonly known?: readonly KnownName[]; readonly minConfidence?: number } = {},
): DraftEntity[] {
  const known = options.known ?? [];
  // A pattern's name that another plan curates as a spelling (an alias: 时尚袜业 of 时尚袜艺) is that entity.
  const canonical = new Map(known.map((k) => [k.spelling, k.name]));
  const byName = new Map<string, NameCandidate[]>();
  const { region } = detectPlan(text);
  const generic = genericNames(region);
  for (const found of findNames(text, known)) {
    if (found.by !== 'KNOWN' && found.by !== 'BOOK_TITLE' && generic(found.name)) continue;
    const candidate = { ...found, name: canonical.get(found.name) ?? found.name };
    byName.set(candidate.name, [...(byName.get(candidate.name) ?? []), candidate]);
  }
  const entities: DraftEntity[] = [];
  for (const [name, found] of byName) {
    const surest = found.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    // The kind most of its findings give, weighed by their confidence (an enumeration's noun against an ending).
    const votes = new Map<DraftKind, number>();
    for (const f of found) votes.set(f.kind, (votes.get(f.kind) ?? 0) + f.confidence);
    const kind = [...votes].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    // A name found again and again is likelier a name than a word: each further place adds a little.
    // Rounded to hundredths: the findings add and subtract tenths, and 0.7 − 0.2 must meet a 0.5 threshold.
    const confidence = Math.min(
      0.99,
      Math.round(100 * (surest.confidence + 0.05 * (new Set(found.map((f) => f.start)).size - 1))) / 100,
    );
    if (confidence < (options.minConfidence ?? 0.5)) continue;
    entities.push({
      name,
      kind,
      confidence,
      by: [...new Set(found.map((f) => f.by))],
      places: [...new Map(found.map((f) => [f.start, { start: f.start, end: f.end }])).values()],
    });
  }
  const quoted = foldQuotes(text);
  // A restatement's places are its tail's, where the tail is spelled inside it (优秀[青年人才]培养).
  const restated = new Map<DraftEntity, DraftEntity>();
  for (const entity of entities) {
    const tail = restatedTail(entity, entities, quoted, region);
    if (tail !== undefined) restated.set(entity, tail);
  }
  const places = new Map(entities.map((entity) => [entity, [...entity.places]]));
  for (const [entity, tail] of restated) {
    const into = places.get(tail) ?? [];
    for (const place of entity.places) {
      const at = text.indexOf(tail.name, place.start);
      if (at >= 0 && at + tail.name.length <= place.end && !into.some((p) => p.start === at))
        into.push({ start: at, end: at + tail.name.length });
    }
  }
  return entities
    .filter((entity) => !restated.has(entity))
    .map((entity) => ({
      ...entity,
      places: (places.get(entity) ?? []).sort((a, b) => a.start - b.start),
    }))
    .sort((a, b) => (a.places[0]?.start ?? 0) - (b.places[0]?.start ?? 0));
}

// Words that praise, count or place a team without naming another (优秀青年人才, 行业顶尖人才 are the 青年人才 and
// 顶尖人才 the plan names).
const MODIFIERS = /^(?:优秀|高素质|高水平|一流|各类|各级|广大|大批|行业|产业)$/u;

// The level a team or a platform is counted at, or the province or city that names it (国家级领军人才, 省级企业技术
// 中心, 浙江省领军人才): the same team or kind of platform at each level.
const LEVEL = /^(?:国家级|省级|市级|县级|国家|省|\p{Script=Han}{2,3}省|\p{Script=Han}{2,3}市级?)$/u;

/**
 * A name that is another drafted name of its kind with words before it that the plan drops elsewhere: its own
 * place (诸暨市高层次人才服务专员联系制度 for 高层次人才服务专员联系制度), or the words before a name the plan quotes
 * (新生代企业家“常青藤培育计划”, 乡村振兴“领雁计划”), a word that praises or places a team (优秀青年人才), or the level a team or
 * a platform is counted at (国家级领军人才, 省级企业技术中心). The shorter name is
 * the entity. `text` has its quotation marks folded to “…”.
 */
function restatedTail(
  entity: DraftEntity,
  entities: readonly DraftEntity[],
  text: string,
  region: string | null,
): DraftEntity | undefined {
  return entities.find((tail) => {
    if (
      tail === entity ||
      tail.kind !== entity.kind ||
      Array.from(tail.name).length < 4 ||
      entity.name.length <= tail.name.length ||
      !entity.name.endsWith(tail.name)
    )
      return false;
    const before = entity.name.slice(0, -tail.name.length);
    return (
      // The words before a quoted name are another drafted name, not an industry's: 新生代企业家“常青藤培育计划”,
      // but 数字经济“一号工程” and 科技“创新强市” keep them.
      (text.includes(`“${tail.name}”`) &&
        entities.some((other) => other.kind !== 'INDUSTRY' && other.name === before)) ||
      (region !== null && placeOf(region).includes(before)) ||
      (tail.kind === 'TALENT_TEAM' && MODIFIERS.test(before)) ||
      ((tail.kind === 'TALENT_TEAM' || tail.kind === 'PLATFORM') && LEVEL.test(before))
    );
  });
}

/** The plan's place as the text writes it: 诸暨市 and 诸暨. */
function placeOf(region: string): string[] {
  const bare = region.replace(new RegExp(`${REGION_LEVEL.source}$`, 'u'), '');
  return bare.length >= 2 && bare !== region ? [region, bare] : [region];
}

// The bare words of the kinds, and the commonest generic phrases: with the plan's place before them they name no
// entity (诸暨产业, 诸暨市产业, 诸暨人才).
const BARE = /^(?:传统|主导|特色|优势|重点)?(?:产业|人才|平台|企业|行业|经济)$/u;

// A platform named by what every platform does or holds (人才平台, 科创平台, 人才服务平台, 科技创新平台): a kind of
// platform the plan talks about, not one it builds.
const GENERIC_PLATFORM = /^(?:人才|创新|科创|研发|科技|数字化|服务|发展|主)+平台$/u;

/**
 * Names no curator keeps, whatever the plan: a count's restatement of a group (三大传统优势产业 is the 优势制造业 the
 * plan names), an enumeration's last member run into its closing noun (生命健康等产业, …中心等平台), the plan's
 * own place before a bare word (诸暨产业, 诸暨人才), and a platform named by what every platform does (人才平台).
 */
function genericNames(region: string | null): (name: string) => boolean {
  const places = region === null ? [] : placeOf(region);
  return (name) =>
    GENERIC_PLATFORM.test(name) ||
    /^[一二三四五六七八九十两\d]+大/u.test(name) ||
    /(?<![高平同初中])等\p{Script=Han}{1,4}$/u.test(name) ||
    places.some((p) => name.startsWith(p) && BARE.test(name.slice(p.length)));
}
