// Content validation with valibot, for widgets that load it lazily.
export {
  formatPath,
  localizedTextSchema,
  toProblems,
  unknownKeys,
  validate,
  type ValidationResult,
} from './content/validation.js';
