/**
 * The promo sheet (docs/guided-sheets.md, promo;
 * docs/methods.md §5 and its worked example): the
 * article's step table, one row per step with its symbol, native formula,
 * unit and how it is computed, from the inputs above it. With trial-buyer
 * groups the converted buyers are Σ returned and the conversion share shows.
 *
 * Layout: title (1), note (2), inputs (4-14), trial-buyer groups (optional),
 * steps.
 */
import { MONTHS_PER_YEAR } from "../../metrics/promo";
import { NUMBER_FORMATS as F } from "../../numberFormat";
import { assembleSheetPlan, type SheetSection } from "../../sheet/assemble";
import { noteSection } from "../../sheet/notes";
import type { PlanScalar, SheetPlan } from "../../sheet/plan";
import { columnLetter } from "../../a1";
import { block, rangeAt } from "../../sheet/place";
import { sheetText, type SheetTextLookup } from "../../sheet/sheetText";
import { guidedMarker, outName, type GuidedSheetOptions } from "../guidedSheet";
import type { PromoInput, TrialGroup } from "./input";
import { PROMO_SHEET_TEXT, type PromoTextKey } from "./sheetText";

const WIDTHS = [250, 120, 110, 90, 330];
const ROWS = { title: 1, note: 2, inputsHeading: 4, inputsHeader: 5, firstInput: 6 };
const INPUT_KEYS = [
  ["baselineDailyUnits", "unitsPerDay", F.quantity],
  ["unitProfit", "perUnit", F.moneyCents],
  ["promoDays", "days", F.count],
  ["promoDailyUnits", "unitsPerDay", F.quantity],
  ["convertedBuyers", "buyers", F.count],
  ["monthlyUnitsPerBuyer", "unitsPerMonth", F.quantity],
  ["promoCost", "currency", F.moneyCents],
  ["monthsAfter", "months", F.count],
  ["daysPerMonth", "days", F.count],
] as const;
type InputKey = (typeof INPUT_KEYS)[number][0];
/** The absolute reference of an input's value cell (column B). */
const inputCell = (key: InputKey) =>
  `$B$${ROWS.firstInput + INPUT_KEYS.findIndex(([k]) => k === key)}`;

type Text = SheetTextLookup<PromoTextKey>;

function inputsSection(input: PromoInput, text: Text, groupsTotal: string | null): SheetSection {
  const values: Record<InputKey, PlanScalar> = {
    baselineDailyUnits: input.baselineDailyUnits,
    unitProfit: input.unitProfit,
    promoDays: input.promoDays,
    promoDailyUnits: input.promoDailyUnits,
    convertedBuyers: "buyers" in input.converted ? input.converted.buyers : null,
    monthlyUnitsPerBuyer: input.monthlyUnitsPerBuyer,
    promoCost: input.promoCost,
    monthsAfter: input.monthsAfter,
    daysPerMonth: input.daysPerMonth,
  };
  const unit = (k: string) =>
    k === "currency" ? input.currency : text(k as PromoTextKey, { currency: input.currency });
  const blocks = [
    block(1, ROWS.title, [[text("title", { name: input.name })]], "title"),
    block(1, ROWS.inputsHeading, [[text("inputsHeading")]], "heading"),
    block(
      1,
      ROWS.inputsHeader,
      [[text("inputHeader"), text("valueHeader"), text("unitHeader")]],
      "header"
    ),
  ];
  INPUT_KEYS.forEach(([key, unitKey, format], i) => {
    const row = ROWS.firstInput + i;
    blocks.push(
      block(1, row, [[text(key)]], "label"),
      // The unit right of its figure: "20 units/day", not "20units/day".
      block(3, row, [[unit(unitKey)]], "label", F.wordAfterFigure)
    );
    const computed = key === "convertedBuyers" && groupsTotal !== null;
    blocks.push(
      block(2, row, [[computed ? groupsTotal : values[key]]], computed ? "calc" : "input", format)
    );
  });
  return { blocks };
}

/** Trial-buyer groups: converted buyers = Σ returned; conversion share = Σ returned / Σ trial buyers. */
function groupsSection(groups: TrialGroup[], top: number, text: Text): SheetSection {
  const first = top + 2;
  const last = first + groups.length - 1;
  const sum = (col: number) => `SUM(${rangeAt(col, first, col, last)})`;
  return {
    blocks: [
      block(1, top, [[text("groupsHeading")]], "heading"),
      block(1, top + 1, [[text("day"), text("trialBuyers"), text("returned")]], "header"),
      block(
        1,
        first,
        groups.map((g) => [g.day, g.trialBuyers, g.returned]),
        "input",
        F.count
      ),
      block(1, last + 1, [[text("conversion")]], "label"),
      block(2, last + 1, [[`=IF(${sum(2)}=0,0,${sum(3)}/${sum(2)})`]], "calc", F.percent),
    ],
  };
}

function stepsSection(input: PromoInput, top: number, text: Text): SheetSection {
  const header = top + 1;
  const row = (i: number) => header + 1 + i;
  const v = (i: number) => `C${row(i)}`;
  const cur = input.currency;
  const steps: Array<[PromoTextKey, string, string, string, string, PromoTextKey]> = [
    [
      "ordinaryUnits",
      "Vsale(year)",
      `=${inputCell("baselineDailyUnits")}*${inputCell("daysPerMonth")}*${MONTHS_PER_YEAR}`,
      text("units"),
      F.count,
      "howOrdinaryUnits",
    ],
    [
      "ordinaryProfit",
      "Inc(year)",
      `=${v(0)}*${inputCell("unitProfit")}`,
      cur,
      F.moneyCents,
      "howOrdinaryProfit",
    ],
    [
      "promoYearUnits",
      "Vsale(PromoYear)",
      `=${v(0)}+${inputCell("promoDays")}*(${inputCell("promoDailyUnits")}-${inputCell("baselineDailyUnits")})`,
      text("units"),
      F.count,
      "howPromoYearUnits",
    ],
    [
      "convertedUnits",
      "VsaleConvPers(year)",
      `=${inputCell("convertedBuyers")}*${inputCell("monthlyUnitsPerBuyer")}*${inputCell("monthsAfter")}`,
      text("units"),
      F.count,
      "howConvertedUnits",
    ],
    ["wholeUnits", "WholeVsale(year)", `=${v(3)}+${v(2)}`, text("units"), F.count, "howWholeUnits"],
    [
      "wholeProfit",
      "WholeInc(year)",
      `=${v(4)}*${inputCell("unitProfit")}`,
      cur,
      F.moneyCents,
      "howWholeProfit",
    ],
    [
      "netProfit",
      "WholeInc(year) − C",
      `=${v(5)}-${inputCell("promoCost")}`,
      cur,
      F.moneyCents,
      "howNetProfit",
    ],
    ["increment", "Increment", `=(${v(6)}-${v(1)})/${v(1)}`, "%", F.percent, "howIncrement"],
  ];
  const [bottomLine, ...rest] = [steps[steps.length - 1], ...steps.slice(0, -1)];
  return {
    blocks: [
      block(1, top, [[text("stepsHeading")]], "heading"),
      block(
        1,
        header,
        [[text("step"), text("symbol"), text("valueHeader"), text("unitHeader"), text("how")]],
        "header"
      ),
      block(
        1,
        row(0),
        steps.map(([label, symbol]) => [text(label), symbol]),
        "label"
      ),
      block(
        3,
        row(0),
        rest.map(([, , formula]) => [formula]),
        "calc",
        rest.map((s) => [s[4]])
      ),
      // The bottom line stands out.
      block(3, row(rest.length), [[bottomLine[2]]], "objective", bottomLine[4]),
      block(
        4,
        row(0),
        steps.map(([, , , unit, , how]) => [unit, text(how)]),
        "label",
        steps.map(() => [F.wordAfterFigure, F.quantity])
      ),
    ],
    names: [
      outName("ordinary_profit", v(1)),
      outName("promo_year_units", v(2)),
      outName("converted_units", v(3)),
      outName("whole_units", v(4)),
      outName("net_profit", v(6)),
      outName("increment", v(7)),
    ],
  };
}

export function buildPromoSheetPlan(
  input: PromoInput,
  options: GuidedSheetOptions = {}
): SheetPlan {
  const text = sheetText(PROMO_SHEET_TEXT, options.language);
  const afterInputs = ROWS.firstInput + INPUT_KEYS.length + 1;
  const groups = "groups" in input.converted ? input.converted.groups : null;
  const groupsTotal = groups
    ? `=SUM(${rangeAt(3, afterInputs + 2, 3, afterInputs + 1 + groups.length)})`
    : null;
  const stepsTop = groups ? afterInputs + groups.length + 4 : afterInputs;
  const width = WIDTHS.reduce((a, b) => a + b, 0);
  const note = noteSection(1, ROWS.note, text("note"), WIDTHS.length, width);
  return assembleSheetPlan({
    sheetName: options.sheetName ?? text("sheetName", { name: input.name }),
    sections: [
      inputsSection(input, text, groupsTotal),
      note,
      ...(groups ? [groupsSection(groups, afterInputs, text)] : []),
      stepsSection(input, stepsTop, text),
    ],
    names: [guidedMarker("promo", text("markerComment"))],
    columnWidths: WIDTHS.map((width, i) => ({ column: columnLetter(i + 1), width })),
    // Russian and Kazakh headers wrap at their spaces: each column holds its longest word.
    fitColumns: { wrapHeaders: true },
    page: { orientation: "landscape" },
    focus: `C${stepsTop + 9}`,
  });
}
