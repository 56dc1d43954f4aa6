/** @jest-environment jsdom */
/**
 * The pieces the pane's forms share, rendered by React into jsdom inside
 * Fluent's provider: what each puts on the page and what it leaves out. The
 * whole forms in a real browser are the Chromium tests' (test/e2e).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, createElement, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { ModelFormFrame } from "../../../src/taskpane/components/ModelFormFrame";
import { OptimiseButtons } from "../../../src/taskpane/components/OptimiseButtons";
import { ProblemList } from "../../../src/taskpane/components/ProblemList";
import { RowCard } from "../../../src/taskpane/components/RowCard";
import { ScalarInputs } from "../../../src/taskpane/components/ScalarFields";

// Tells React this is a test environment, where act() flushes renders and effects.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has no layout, hence no ResizeObserver; MessageBar's "auto" layout observes its size.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const roots: Root[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((root) => root.unmount()));
  document.body.replaceChildren();
});

/** Renders `element` into a new container; `again` renders a changed element in its place. */
function mount(element: ReactElement) {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  roots.push(root);
  const again = (next: ReactElement) =>
    act(() => root.render(createElement(FluentProvider, { theme: webLightTheme }, next)));
  again(element);
  return { container, again };
}

const render = (element: ReactElement) => mount(element).container;

const none = () => undefined;

describe("ModelFormFrame", () => {
  it("is a named form with its buttons above the fields, each focusable while busy", () => {
    const page = render(
      createElement(ModelFormFrame, {
        label: "Discount model",
        busy: true,
        actions: [
          { label: "Load an example", onClick: none },
          { label: "Import tiers", onClick: none },
        ],
        children: createElement("input", { name: "price" }),
      })
    );
    const form = page.querySelector("form")!;
    expect(form.getAttribute("aria-label")).toBe("Discount model");
    const buttons = [...form.querySelectorAll("button")];
    expect(buttons.map((b) => b.textContent)).toEqual(["Load an example", "Import tiers"]);
    // disabledFocusable: aria-disabled, not disabled, so the button keeps the focus.
    for (const b of buttons) {
      expect(b.getAttribute("aria-disabled")).toBe("true");
      expect(b.hasAttribute("disabled")).toBe(false);
      expect(b.getAttribute("type")).toBe("button");
    }
    expect(form.lastElementChild!.getAttribute("name")).toBe("price");
  });

  it("never submits: Enter in a field must not build a sheet", () => {
    const form = render(
      createElement(ModelFormFrame, { label: "Budget", busy: false, actions: [], children: null })
    ).querySelector("form")!;
    const submit = new Event("submit", { bubbles: true, cancelable: true });
    act(() => form.dispatchEvent(submit));
    expect(submit.defaultPrevented).toBe(true);
  });

  it("draws no button row when the form has no buttons, and its notice first", () => {
    const page = render(
      createElement(ModelFormFrame, {
        label: "Survey",
        busy: false,
        actions: [],
        notice: createElement("p", null, "Select"),
        children: createElement("input"),
      })
    );
    const form = page.querySelector("form")!;
    expect(form.querySelector("button")).toBeNull();
    expect(form.children).toHaveLength(2);
    expect(form.firstElementChild!.textContent).toBe("Select");
  });
});

describe("RowCard", () => {
  const card = (disabled: boolean) =>
    render(
      createElement(RowCard, {
        legend: "Tier 2",
        below: createElement("p", { id: "below" }, "fill"),
        buttons: createElement("button", { id: "fill" }, "Fill the curve"),
        remove: { label: "Remove", ariaLabel: "Remove tier 2 (10-49)", disabled, onClick: none },
        children: [
          createElement("input", { id: "a", key: "a" }),
          createElement("input", { id: "b", key: "b" }),
        ],
      })
    );

  it("is a group named by its legend: the inputs, what goes below them, then the buttons with Remove last", () => {
    const fieldset = card(false).querySelector("fieldset")!;
    const [legend, grid, below, row] = [...fieldset.children];
    expect(legend.tagName).toBe("LEGEND");
    expect(legend.textContent).toBe("Tier 2");
    expect([...grid.querySelectorAll("input")].map((i) => i.id)).toEqual(["a", "b"]);
    expect(below.id).toBe("below");
    const buttons = [...row.querySelectorAll("button")];
    expect(buttons.map((b) => b.textContent)).toEqual(["Fill the curve", "Remove"]);
    expect(buttons[1].getAttribute("aria-label")).toBe("Remove tier 2 (10-49)");
    expect(buttons[1].hasAttribute("disabled")).toBe(false);
  });

  it("disables Remove when the row may not go (the last tier)", () => {
    const remove = card(true).querySelector('[aria-label="Remove tier 2 (10-49)"]')!;
    expect(remove.hasAttribute("disabled")).toBe(true);
  });
});

describe("ScalarInputs", () => {
  it("puts each field's message, found under its key, under its input; text fields type text", () => {
    const page = render(
      createElement(ScalarInputs<"label" | "orders">, {
        specs: [
          { field: "label", label: "Label", text: true },
          { field: "orders", label: "Orders", hint: "per month" },
        ],
        values: { label: "10-49", orders: "x" },
        messages: new Map([["tiers.1.orders", "Orders must be a number"]]),
        messageKey: (field) => `tiers.1.${field}`,
        disabled: false,
        onChange: none,
      })
    );
    const inputs = [...page.querySelectorAll("input")];
    expect(inputs.map((i) => [i.value, i.getAttribute("inputmode")])).toEqual([
      ["10-49", "text"],
      ["x", "decimal"],
    ]);
    expect(page.textContent).toContain("Orders must be a number");
    expect(page.textContent).toContain("per month");
  });
});

describe("ProblemList", () => {
  it("draws nothing without problems", () => {
    expect(
      render(createElement(ProblemList, { problems: [], label: "Problems" })).textContent
    ).toBe("");
  });

  it("lists the problems under the list's name", () => {
    const page = render(
      createElement(ProblemList, { problems: ["Tiers overlap", "No segment"], label: "Problems" })
    );
    const list = page.querySelector('ul[aria-label="Problems"]')!;
    expect([...list.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Tiers overlap",
      "No segment",
    ]);
  });
});

describe("OptimiseButtons", () => {
  const optimiseButtons = (canUndo: boolean) =>
    createElement(OptimiseButtons, {
      busy: false,
      optimiseLabel: "Optimise",
      undoLabel: "Undo",
      canUndo,
      onOptimise: none,
      onUndo: none,
    });
  const labels = (canUndo: boolean) =>
    [...render(optimiseButtons(canUndo)).querySelectorAll("button")].map((b) => b.textContent);

  it("offers Undo only while there is a write to undo", () => {
    expect(labels(false)).toEqual(["Optimise"]);
    expect(labels(true)).toEqual(["Optimise", "Undo"]);
  });

  it("hands focus to Optimise when a successful Undo removes its own button", () => {
    const { container, again } = mount(optimiseButtons(true));
    const [optimise, undo] = [...container.querySelectorAll("button")];
    undo.focus();
    expect(document.activeElement).toBe(undo);
    again(optimiseButtons(false));
    expect(document.activeElement).toBe(optimise);
  });
});
