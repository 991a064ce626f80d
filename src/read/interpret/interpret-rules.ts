import type { InterpretRule } from '../../__generated__/schema-types.js';
import { RULES } from './rules.js';

/** The rule table as the API shows it: precedence, intent, what each reads, its cue words, needs, example. */
export function interpretRules(): InterpretRule[] {
  return RULES.map((rule, precedence) => ({
    precedence,
    intent: rule.intent,
    description: rule.description,
    cues: [...rule.cues],
    needs: rule.needs,
    example: rule.example,
  }));
}
