/** The part of `Office.context.officeTheme` the pane reads; absent on hosts without themes. */
export interface OfficeThemeColors {
  /** A boolean in current office.js; a method in some older builds. */
  readonly isDarkTheme?: boolean | (() => boolean);
  readonly bodyBackgroundColor?: string;
}

/**
 * Light or dark, as Office shows itself: `isDarkTheme` where Office says it, otherwise the
 * body background's luminance (Office's "Dark Gray" and "Black" themes). No theme: light.
 */
export function themeFor(theme: OfficeThemeColors | null | undefined): "light" | "dark" {
  if (!theme) return "light";
  const dark = typeof theme.isDarkTheme === "function" ? theme.isDarkTheme() : theme.isDarkTheme;
  if (typeof dark === "boolean") return dark ? "dark" : "light";
  const rgb = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme.bodyBackgroundColor ?? "");
  if (!rgb) return "light";
  const [r, g, b] = rgb.slice(1).map((x) => parseInt(x, 16) / 255) as [number, number, number];
  // Relative luminance (WCAG), near enough with the sRGB curve left out.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}
