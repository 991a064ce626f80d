import type { PlanGraph } from '../plan-records.js';
import type { SourceIndex } from '../parse/source-index.js';
import type { Dataset } from './read-dataset.js';

/** One plan folder compiled: the graph to write, the dataset it came from and the index of its source text. */
export interface CompiledPlan {
  readonly graph: PlanGraph;
  readonly dataset: Dataset;
  readonly source: SourceIndex;
}
