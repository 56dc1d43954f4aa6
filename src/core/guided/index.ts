/**
 * The guided model sheets' public surface: from a kind and a JSON input (the
 * CLI's file, the pane's form) to a validated sheet plan, and, for the store
 * list and the survey answers, from the user's selected table in place.
 */
import type { Checked } from "../fieldValidation";
import type { SheetPlan } from "../sheet/plan";
import type { GuidedKind, GuidedSheetOptions } from "./guidedSheet";
import { validateCampaigns } from "./campaigns/input";
import { buildCampaignsSheetPlan } from "./campaigns/sheetPlan";
import { validatePromo } from "./promo/input";
import { buildPromoSheetPlan } from "./promo/sheetPlan";
import { validatePosm } from "./posm/input";
import { buildPosmSheetPlan } from "./posm/sheetPlan";
import { validateDistribution } from "./distribution/input";
import { buildDistributionExportPlan } from "./distribution/sheetPlan";
import { validateSurvey } from "./survey/input";
import { buildSurveyExportPlan } from "./survey/sheetPlan";

export { GUIDED_KINDS, isGuidedKind, GUIDED_MARKER_NAME, type GuidedKind } from "./guidedSheet";
export { distributionInPlacePlan, surveyInPlacePlan, type SelectedTable } from "./inPlace";

function fromJson<T>(
  validate: (raw: unknown) => Checked<T>,
  build: (input: T, options: GuidedSheetOptions) => SheetPlan
): (raw: unknown, options: GuidedSheetOptions) => Checked<SheetPlan> {
  return (raw, options) => {
    const checked = validate(raw);
    return checked.ok ? { ok: true, value: build(checked.value, options) } : checked;
  };
}

const FROM_JSON: Record<
  GuidedKind,
  (raw: unknown, options: GuidedSheetOptions) => Checked<SheetPlan>
> = {
  campaigns: fromJson(validateCampaigns, buildCampaignsSheetPlan),
  promo: fromJson(validatePromo, buildPromoSheetPlan),
  posm: fromJson(validatePosm, buildPosmSheetPlan),
  // With the data in the JSON, the store list and the answers become a data sheet of the file.
  distribution: fromJson(validateDistribution, buildDistributionExportPlan),
  survey: fromJson(validateSurvey, buildSurveyExportPlan),
};

/** The plan of `kind` for a JSON input (an object, or its text), or what is wrong with the input. */
export function guidedPlanFromJson(
  kind: GuidedKind,
  raw: unknown,
  options: GuidedSheetOptions = {}
): Checked<SheetPlan> {
  return FROM_JSON[kind](raw, options);
}
