/** One occurrence of a pattern in a text. */
export interface Match {
  readonly pattern: number;
  readonly start: number;
  readonly end: number;
}

interface Node {
  readonly next: Map<string, number>;
  fail: number;
  /** Patterns ending here, including those reached through failure links (by index into `patterns`). */
  out: number[];
}

/**
 * Every occurrence of every pattern in one pass over the text (Aho–Corasick): the cost grows with the text and
 * the number of matches, not with text × patterns, so a plan with a hundred thousand names still compiles in
 * seconds. Patterns are matched by UTF-16 code unit, like `String.prototype.indexOf`.
 */
export function findAll(text: string, patterns: readonly string[]): Match[] {
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  patterns.forEach((pattern, index) => {
    let at = 0;
    for (const ch of pattern.split('')) {
      let child = nodes[at]?.next.get(ch);
      if (child === undefined) {
        child = nodes.length;
        nodes.push({ next: new Map(), fail: 0, out: [] });
        nodes[at]?.next.set(ch, child);
      }
      at = child;
    }
    if (pattern.length > 0) nodes[at]?.out.push(index);
  });

  // Breadth-first: a node's failure link points to the longest proper suffix that is also a prefix.
  const queue: number[] = [...(nodes[0]?.next.values() ?? [])];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] as number;
    const node = nodes[current] as Node;
    for (const [ch, child] of node.next) {
      let fail = node.fail;
      while (fail !== 0 && !(nodes[fail] as Node).next.has(ch)) fail = (nodes[fail] as Node).fail;
      const target = (nodes[fail] as Node).next.get(ch);
      const childNode = nodes[child] as Node;
      childNode.fail = target !== undefined && target !== child ? target : 0;
      childNode.out = [...childNode.out, ...(nodes[childNode.fail] as Node).out];
      queue.push(child);
    }
  }

  const matches: Match[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    while (state !== 0 && !(nodes[state] as Node).next.has(ch)) state = (nodes[state] as Node).fail;
    state = (nodes[state] as Node).next.get(ch) ?? 0;
    for (const pattern of (nodes[state] as Node).out) {
      const length = (patterns[pattern] as string).length;
      matches.push({ pattern, start: i + 1 - length, end: i + 1 });
    }
  }
  return matches;
}
