/**
 * Routes the core validator's `{path, message}` errors of a guided input to
 * the pane's form: a message under each field it names (the JSON path is the
 * field's key, "campaigns[1].cost"), and the rest — a whole list, or a cell
 * of the user's selected table ("'Audit'!E5: ...") — as a list under the form.
 */
import { fieldErrorText, type FieldError } from "../../core/fieldValidation";
import type { GuidedKind } from "../../core/guided/guidedSheet";
import { t } from "../../core/i18n";
import { GUIDED_FORMS, type GuidedFormState } from "./guidedForms";
import { capitalise, withoutPath } from "./formValidation";

/** The key of a list row's field: the JSON path the validator names it by. */
export function rowFieldKey(listKey: string, index: number, field: string): string {
  return `${listKey}[${index}].${field}`;
}

export interface GuidedProblems {
  /** Message per field key (the first one wins). */
  fieldMessages: ReadonlyMap<string, string>;
  /** Problems that belong to no single field of the form. */
  generalMessages: string[];
}

export const NO_PROBLEMS: GuidedProblems = { fieldMessages: new Map(), generalMessages: [] };

function formFieldKeys(kind: GuidedKind, form: GuidedFormState): Set<string> {
  const spec = GUIDED_FORMS[kind];
  const keys = new Set(spec.fields.map((f) => f.key));
  const list = spec.list;
  if (list)
    form.rows.forEach((_, i) =>
      list.fields.forEach((f) => keys.add(rowFieldKey(list.key, i, f.key)))
    );
  return keys;
}

export function routeGuidedProblems(
  kind: GuidedKind,
  form: GuidedFormState,
  errors: readonly FieldError[]
): GuidedProblems {
  const keys = formFieldKeys(kind, form);
  const list = GUIDED_FORMS[kind].list;
  const fieldMessages = new Map<string, string>();
  const generalMessages: string[] = [];
  for (const error of errors) {
    if (keys.has(error.path)) {
      if (!fieldMessages.has(error.path))
        fieldMessages.set(error.path, capitalise(withoutPath(error)));
      continue;
    }
    // A whole list ("campaigns must have ...") is named by its heading; anything else says where it is itself.
    const text =
      list && error.path === list.key
        ? t("pane.problem.at", { where: t(list.label), rule: withoutPath(error) })
        : fieldErrorText(error);
    if (!generalMessages.includes(text)) generalMessages.push(text);
  }
  return { fieldMessages, generalMessages };
}
