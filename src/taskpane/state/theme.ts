/**
 * Light or dark: follow the Office theme when the host reports one (its body
 * background colour), otherwise the browser's prefers-color-scheme.
 */

export type ThemeKind = "light" | "dark";

/** Relative luminance of #RRGGBB (WCAG 2 formula); null if not a colour. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const channel = (i: number): number => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function pickTheme(
  officeBodyBackground: string | undefined,
  prefersDark: boolean
): ThemeKind {
  const l = officeBodyBackground ? luminance(officeBodyBackground) : null;
  // 0.18 is the luminance where black and white text have equal contrast (about #767676).
  if (l !== null) return l < 0.18 ? "dark" : "light";
  return prefersDark ? "dark" : "light";
}
