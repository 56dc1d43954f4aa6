/**
 * The hints under the pane's share fields, in the pane's language: a share
 * may be typed as a fraction or as a percentage, written the way that
 * language writes them ("0.3 or 30%", "0,3 или 30 %").
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
