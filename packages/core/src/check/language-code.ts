/**
 * BCP 47 language codes as content uses them: "nl", "ar", "pt-BR", "prs". Its own module, so a
 * widget's lazy reader can use the rule without the check's schemas (rules.ts).
 */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
