// Content validation with valibot, for widgets that load it lazily.
export {
  formatPath,
  localizedTextSchema,
  toProblems,
  validate,
  type ValidationResult,
} from './content/validation.js';
