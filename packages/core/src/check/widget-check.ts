/**
 * One check per widget, built the same way: parse → schema (with unknown fields) → the rules
 * JSON Schema cannot hold → the municipality profile. The widget's `check` entry exports the
 * result; the CLI, the snippet builder and the tests call it.
 */
import type * as v from 'valibot';
import { makeProblem, type CheckOptions, type CheckProblem } from './problem.js';
import { CHECK_TABLE } from './messages.js';
import { useCheckMessages } from './message-table.js';
import { findTexts, parseJson, schemaProblems, type FoundText } from './schema-check.js';
import { profileProblems, type Profile } from './profile.js';
import { filledTextSchema, textSchema } from './rules.js';

export interface WidgetCheckOptions extends CheckOptions {
  /** The municipality profile that fills {{telefoon}} and the like. */
  profile?: Profile;
}

export interface WidgetCheckResult {
  /** No errors (warnings allowed). */
  ok: boolean;
  /** The parsed content (also when it has problems). */
  data?: unknown;
  problems: CheckProblem[];
}

export interface WidgetCheck {
  /** The tag's name without `wegwijs-`: step-guide, video-explainer… */
  widget: string;
  /** The content model: the source of the JSON Schema file. */
  schema: v.GenericSchema;
  /** Top-level properties that tell this widget's content apart from the others'. */
  shape: readonly string[];
  /** Schema problems, then the rules JSON Schema cannot hold (no profile). */
  validate(data: unknown, options?: CheckOptions): CheckProblem[];
  /** Parse (when given text), validate, and check the profile fields. */
  check(input: unknown, options?: WidgetCheckOptions): WidgetCheckResult;
  /** The texts for residents, where the schema says texts are. */
  texts(data: unknown): FoundText[];
}

export function createWidgetCheck(definition: {
  widget: string;
  schema: v.GenericSchema;
  shape: readonly string[];
  /** Rules that JSON Schema cannot express (each is named in the schema's description). */
  beyond?: (data: unknown, options: CheckOptions) => CheckProblem[];
}): WidgetCheck {
  // The CLI, Studio and tests word every problem at once (widgets load the table lazily).
  useCheckMessages(CHECK_TABLE);
  const validate = (data: unknown, options: CheckOptions = {}) => {
    const problems = schemaProblems(definition.schema, data, options);
    if (definition.beyond) {
      const taken = new Set(problems.map((p) => p.path));
      // A rule beyond the schema only speaks where the schema had nothing to say.
      for (const p of definition.beyond(data, options)) if (!taken.has(p.path)) problems.push(p);
    }
    return problems;
  };
  return {
    widget: definition.widget,
    schema: definition.schema,
    shape: definition.shape,
    validate,
    check(input, options = {}) {
      let data = input;
      if (typeof input === 'string') {
        const parsed = parseJson(input, options);
        if (parsed.problems.length) return { ok: false, problems: parsed.problems };
        data = parsed.data;
      }
      const problems = [
        ...validate(data, options),
        ...profileProblems(data, options.profile, options),
      ];
      return { ok: !problems.some((p) => p.severity === 'error'), data, problems };
    },
    texts: (data) => findTexts(definition.schema, [textSchema, filledTextSchema], data),
  };
}

export { makeProblem };
