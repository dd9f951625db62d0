/**
 * The page's municipality profile applied to content at runtime, paid for only when used: the
 * profile code (valibot and the problem texts) is loaded only when the content holds a
 * `{{field}}` or an old `[PLACEHOLDER]`. Content without them is returned as it is, and a
 * resident's phone downloads nothing more.
 */
import { fromCheck, type ContentProblem } from '../content/content-problem.js';
import type { Profile } from './profile.js';

const PLACEHOLDER = /\{\{|\[[A-Z]{4,}\]/;

/**
 * The content with the profile filled in (an unfilled field leaves its sentence out, never
 * shown raw), and a warning in Dutch for the editor's preview per unfilled field.
 */
export async function fillPageProfile(
  input: unknown,
  /** The profile; the page's own (`data-wegwijs-*` on `<html>`, a profile block) when absent. */
  given?: Profile,
): Promise<{ data: unknown; problems: ContentProblem[] }> {
  if (!PLACEHOLDER.test(JSON.stringify(input) ?? '')) return { data: input, problems: [] };
  const { applyProfile, pageProfile, profileProblems } = await import('./profile.js');
  const profile = given ?? pageProfile();
  return {
    data: applyProfile(input, profile),
    // By their code, worded (in Dutch) when the editor reads them.
    problems: profileProblems(input, profile).map((p) => fromCheck(p, 'content', 'warning')),
  };
}
