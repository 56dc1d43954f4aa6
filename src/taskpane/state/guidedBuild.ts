/**
 * How the pane turns a guided form into a sheet plan: from the form alone
 * (campaigns, promo, POSM), or from the user's selected table in place plus
 * the form (distribution: its name; survey: daily visitors and effects). The
 * sheet speaks the pane's language. Pure, so the rules are tested without Excel.
 */
import type { Checked } from "../../core/fieldValidation";
import {
  distributionInPlacePlan,
  guidedPlanFromJson,
  surveyInPlacePlan,
  type GuidedKind,
  type SelectedTable,
} from "../../core/guided";
import { activeLocale, type Locale } from "../../core/i18n";
import type { SheetPlan } from "../../core/sheet/plan";
import { guidedFormToRaw, type GuidedFormState } from "./guidedForms";

/** The kinds whose data is the user's own table, used in place. */
export const IN_PLACE_KINDS: ReadonlySet<GuidedKind> = new Set(["distribution", "survey"]);

/** The plan of a form kind, or the problems of its form. */
export function planFromForm(
  kind: GuidedKind,
  form: GuidedFormState,
  language: Locale = activeLocale()
): Checked<SheetPlan> {
  return guidedPlanFromJson(kind, guidedFormToRaw(kind, form, language), { language });
}

/** For an in-place kind: the plan over a selection, made once the selection is read. */
export function planFromSelection(
  kind: GuidedKind,
  form: GuidedFormState,
  language: Locale = activeLocale()
): (selection: SelectedTable) => Checked<SheetPlan> {
  const raw = guidedFormToRaw(kind, form, language);
  const name = typeof raw.name === "string" && raw.name.trim() !== "" ? raw.name.trim() : undefined;
  return (selection) =>
    kind === "survey"
      ? surveyInPlacePlan(selection, { ...raw, name: name ?? selection.sheet }, { language })
      : distributionInPlacePlan(selection, name ?? selection.sheet, { language });
}
