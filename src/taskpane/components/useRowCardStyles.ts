/**
 * The look of one table row drawn as a small card (tier, segment): at the pane's
 * ~320 px width a wide grid of inputs is unreadable, so each row is a fieldset
 * with its inputs two per line and its Remove button at the bottom right.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useRowCardStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: "0 0 8px 0",
    padding: "4px 8px 8px 8px",
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: "0 4px" },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    alignItems: "start",
    columnGap: "8px",
    rowGap: "4px",
  },
  row: { display: "flex", justifyContent: "flex-end", marginTop: "4px" },
});
