/**
 * The Models picker's choices, in the order it lists them: the one place a
 * model is added to the Model tab. An entry is an id, the message key of its
 * name in the picker, and the panel it shows; every panel gets the same props
 * (ModelPanelProps) and keeps its own form state. Only the Discounts panel is
 * part of the pane's first load; every other panel is a lazy import (lazyPart:
 * React.lazy with the panel's texts), fetched the first time it is chosen (keep
 * it that way: bench/taskpane.bench.ts measures the first load).
 *
 * To add a model: write its panel (a component taking ModelPanelProps, in its
 * own module), put its name under a new key in src/core/i18n/{en,ru,kk}.ts (its
 * panel's own texts in {en,ru,kk}Later.ts), and add `{ id, label, Panel:
 * lazyPart(() => import("./YourPanel").then((m) => m.YourPanel)) }` to
 * MODEL_ENTRIES below.
 */
import type { ComponentType } from "react";
import type { GuidedKind } from "../../core/guided/guidedSheet";
import type { Locale, PlainMessageKey } from "../../core/i18n";
import type { Progress, Status } from "../actions";
import type { PaneOperations } from "../operations";
import { lazyPart } from "../lazyPart";
import { DiscountPanel } from "./DiscountPanel";

export interface ModelPanelProps {
  operations: PaneOperations;
  /** The pane's language (a panel rewrites typed numbers when it changes: hooks/useLanguageChange). */
  language: Locale;
  /** True while any pane action runs: the panel's buttons wait. */
  busy: boolean;
  /** Shows a step's progress on the pane's status line (and marks the pane busy). */
  progress: Progress;
  /** Shows a step's outcome on the status line. */
  report(status: Status): void;
}

export type ModelPanel = ComponentType<ModelPanelProps>;

export interface ModelEntry {
  id: string;
  label: PlainMessageKey;
  Panel: ModelPanel;
}

/** A guided sheet's entry: its panel is GuidedPanel for that kind, in the guided forms' own chunk. */
function guidedEntry(kind: GuidedKind): ModelEntry {
  return {
    id: kind,
    label: `pane.models.${kind}`,
    Panel: lazyPart(() => import("./GuidedPanel").then((m) => m.guidedPanel(kind))),
  };
}

export const MODEL_ENTRIES: readonly ModelEntry[] = [
  { id: "discounts", label: "pane.models.discounts", Panel: DiscountPanel },
  guidedEntry("campaigns"),
  guidedEntry("promo"),
  guidedEntry("posm"),
  guidedEntry("distribution"),
  guidedEntry("survey"),
  {
    id: "budget",
    label: "pane.models.budget",
    Panel: lazyPart(() => import("./BudgetPanel").then((m) => m.BudgetPanel)),
  },
];
