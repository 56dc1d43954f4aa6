/**
 * The Share tab's state and steps (find the MKT formulas in scope, replace
 * them with native formulas, undo that), each step showing its progress and
 * then its outcome or a readable error on the pane's status line.
 */
import { useState } from "react";
import { t } from "../../core/i18n";
import { runStatusStep, type Outcome, type Progress, type Status } from "../actions";
import type { PaneOperations } from "../operations";
import type { CellChange, ShareablePlan, ShareScope } from "../state/shareablePlan";

/**
 * The steps come in the Share tab's chunk (App's SharePanel), fetched with the
 * tab, not with the pane's first load: by the time Find is pressed they are here.
 */
const shareActions = () => import(/* webpackChunkName: "share" */ "../state/shareActions");

export function useShareWorkflow(
  operations: PaneOperations,
  progress: Progress,
  report: (status: Status) => void
) {
  const [scope, setScope] = useState<ShareScope>("sheet");
  const [plan, setPlan] = useState<ShareablePlan | null>(null);
  const [undo, setUndo] = useState<readonly CellChange[] | null>(null);

  /** One step: its progress text, then its outcome or a readable error. */
  const step = async (text: string, run: () => Promise<Outcome>) =>
    report(await runStatusStep(progress, text, run));

  const find = () =>
    step(t("pane.status.finding"), async () => {
      const found = await (await shareActions()).previewShareable(operations, scope);
      setPlan(found.plan);
      return found.status;
    });

  const replace = () =>
    plan &&
    step(t("pane.status.writingNative"), async () => {
      const applied = await (await shareActions()).applyShareable(operations, plan);
      setPlan(null);
      setUndo(applied.undo);
      return applied.status;
    });

  const undoReplace = () =>
    undo &&
    step(t("pane.status.restoringFormulas"), async () => {
      const outcome = await (await shareActions()).undoShareableAction(operations, undo);
      setUndo(null);
      return outcome;
    });

  const chooseScope = (next: ShareScope) => {
    setScope(next);
    setPlan(null);
  };

  return {
    scope,
    plan,
    canUndo: undo !== null,
    chooseScope,
    find,
    replace,
    cancel: () => setPlan(null),
    undo: undoReplace,
  };
}
