/**
 * The hints under the pane's share fields, in the pane's language: a share
 * may be typed as a fraction or as a percentage, written the way that
 * language writes them ("0.3 or 30%", "0,3 или 30 %"); and the fields every
 * model form shares.
 */
import { activeLocale, t } from "../../core/i18n";
import { formatNumber, formatPercentShort } from "../../core/numberFormat";

export function shareHint(share: number): string {
  const locale = activeLocale();
  return t("pane.field.share.hint", {
    example: formatNumber(share, locale),
    percent: formatPercentShort(share, 2, locale),
  });
}

/** One single field of a model form, as its form lists it (read at render time, in the pane's language). */
export interface ScalarSpec<F extends string> {
  field: F;
  label: string;
  hint?: string;
  /** Text, not a number. */
  text?: boolean;
}

/** The currency field every model form has. */
export function currencyField<F extends string>(field: F): ScalarSpec<F> {
  return {
    field,
    label: t("pane.field.currency"),
    text: true,
    hint: t("pane.field.currency.hint"),
  };
}
