/** Fluent's dark web theme, alone in the theme-dark chunk (themes.ts). */
export { webDarkTheme as darkTheme } from "@fluentui/react-components";
