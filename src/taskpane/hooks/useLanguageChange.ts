/**
 * Calls `onChange(from, to)` during the render in which the pane's language
 * changed, before anything is drawn in the new language: a form rewrites the
 * numbers typed so far the way the new language writes them ("0.3" -> "0,3"),
 * so its validation never sees one language's text read by the other's rules.
 * (React's "adjust state while rendering" pattern: onChange may only set the
 * calling component's own state.)
 */
import { useState } from "react";
import type { Locale } from "../../core/i18n";

export function useLanguageChange(
  language: Locale,
  onChange: (from: Locale, to: Locale) => void
): void {
  const [shownIn, setShownIn] = useState(language);
  if (shownIn !== language) {
    setShownIn(language);
    onChange(shownIn, language);
  }
}
