import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (group, then project by name, then longest or largest file first), except that within a group
 * the `system*` projects go first. Their files spend most of their time waiting on JVMs, child processes and the
 * browser; started first, that waiting overlaps the `api` tier's CPU work instead of trailing after it. On two
 * cores this decides whether the slowest system file (the README's `npm start`) ends the run.
 */
export class SystemFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) =>
      spec.project.config.sequence.groupOrder * 2 + (spec.project.name.startsWith('system') ? 0 : 1);
    // Array.prototype.sort is stable: vitest's order holds within each rank.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
