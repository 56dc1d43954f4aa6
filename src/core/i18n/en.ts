/**
 * The English texts of the message catalogue: the reference language, and
 * the list of keys every translation follows. Keys are stable (a translation
 * and the code refer to them); change a text freely, rename a key only
 * together with ru.ts and kk.ts. Sections: fn.* (custom-function errors),
 * model.* (validation of a discount model), pane.* (the task pane), office.*
 * (what Excel refused).
 * This file holds what the page's first scripts may show; the texts of what
 * the pane loads later are in enLater.ts (opt.*, budget.*, pane.budget.*, ...),
 * the command line's in enCli.ts (cli.*), each with its ru/kk twin: a key's
 * file decides when the page downloads it (test/shell/firstLoadTexts.test.ts
 * checks that no first-load script names a later key).
 * Placeholders and plural forms: see types.ts.
 */
export const en = {
  // --- fn: custom-function arguments -----------------------------------------
  "fn.arg.missing": "{name} is required",
  "fn.arg.textForNumber": '{name} must be a number, not the text "{text}"',
  "fn.arg.booleanForNumber": "{name} must be a number, not {value}",
  "fn.arg.notANumber": "{name} must be a number",
  "fn.arg.notFinite": "{name} must be a finite number",
  "fn.arg.shareAsPercent":
    "{name} is a share between 0 and 1: type {share:percent} or {share}, not {value}",
  "fn.arg.shareOutOfRange":
    "{name} is a share between 0 and 1 (0% to 100%): type 25% or 0.25, not {value}",
  "fn.arg.notWhole": "{name} must be a whole number, not {value}",
  "fn.arg.mustExceed": "{name} must be greater than {min}",
  "fn.arg.zeroForOptional":
    "{name} must be greater than {min}; if its cell is blank (some desktop Excel builds pass a blank as 0), leave the argument out to use the default {fallback}",
  "fn.arg.notNegative": "{name} must not be negative",
  "fn.arg.mustBeAtLeast": "{name} must be at least {min}",
  "fn.arg.mustBeBelow": "{name} must be less than {max}",
  "fn.arg.mustBeAtMost": "{name} must be at most {max}",
  "fn.arg.notAChoice": '{name} must be one of {choices}, not "{text}"',
  "fn.arg.notABoolean": "{name} must be TRUE or FALSE",
  // --- fn: ranges --------------------------------------------------------------
  "fn.range.cell": "row {row:plain}, column {column:plain}",
  "fn.range.ragged": "{name} must be a rectangular range (every row the same length)",
  "fn.range.shapesDiffer": "{a} and {b} must be ranges of the same shape ({shapeA} and {shapeB})",
  "fn.range.cellText":
    '{name} must hold numbers, TRUE/FALSE or blanks; {cell} holds the text "{text}"',
  "fn.range.cellBoolean": "{name} must hold figures; {cell} holds TRUE/FALSE",
  "fn.range.cellNegative": "{name} must not hold negative figures; {cell} holds {value}",
  "fn.range.cellNotFinite": "{name} must hold finite numbers; {cell} does not",
  "fn.range.cellUnreadable":
    "{name}: {cell} holds a value that is neither a number, TRUE/FALSE nor blank",
  "fn.range.scoreOutOfScale": "{name} holds survey scores from 0 to 5; {cell} holds {value}",
  "fn.range.noRows": "{name} has no non-blank rows",
  "fn.range.sumNotFinite":
    "the sum of {name} is too large for Excel to hold (above 1.8E+308): divide the figures by 1,000 or 1,000,000 first",
  // --- fn: results -------------------------------------------------------------
  "fn.result.notFinite":
    "the result is too large for Excel to hold; check the magnitudes of the arguments",
  "fn.result.exceeds": "{part} cannot exceed {whole}",
  "fn.result.noSalesGrowth":
    "units_now equals units_before: there are no extra units to spread the cost over",
  "fn.result.salesFell":
    "units_now is below units_before: the cost per extra unit is undefined when sales did not grow",
  "fn.result.neverPaysBack":
    "POSM never pays back: the monthly profit from the uplift (monthly_unit_uplift × unit_profit) does not exceed monthly_placement_cost",
  "fn.result.noPosmCost":
    "the POSM costs nothing (placement and production costs are both 0), so there is nothing to return on",
  "fn.result.promoLongerThanYear":
    "promo_days ({promoDays}) exceeds the {daysPerYear} days of the year (days_per_month × 12); for a 365-day year set days_per_month to 30.42",
  "fn.result.noOrdinaryProfit":
    "the ordinary year's profit is 0 (baseline_daily_units × unit_profit), so the increment has no base",
  "fn.result.discountAtMargin":
    "discount must be below gross_margin: at or above the margin every extra unit loses money, no sales lift can make up for it",
  "fn.result.neverBreaksEven":
    "unit_price does not exceed unit_variable_cost: every unit sold loses money, so no volume reaches the target",
  "fn.result.equalPriceAndCost":
    "unit_price equals unit_variable_cost: each unit contributes 0, so the volume is undefined",
  "fn.result.marketNegative":
    "exports exceed domestic_production + imports: the market volume would be negative",
  "fn.result.loyaltyExceeds":
    "loyal + disloyal cannot exceed total (without total they are shares: type 30% or 0.3)",
  "fn.result.noFiniteLifetime":
    "retention_rate must be below 1 + discount_rate: a customer kept every period (100%) with no discounting (0%) has no finite lifetime value",
  "fn.result.minAboveMax": "min_response must not exceed max_response",
  "fn.result.noSteadyState":
    "with no effective advertising (spend × response_rate = 0) and no decay (decay_rate = 0) sales never settle to a steady state",
  "fn.result.ceilingNotAboveFloor": "max_response must be greater than min_response",
  "fn.result.pointOutside":
    "response_{point:plain} must lie strictly between min_response and max_response (the curve only approaches its floor and ceiling)",
  "fn.result.sameSpend":
    "spend_1 and spend_2 must differ: one spend cannot fix the slope of the curve",
  "fn.result.notRising": "the response must rise with the spend for an ADBUDG curve",
  "fn.result.fitCounts":
    "spend and response must have the same number of cells ({spend:plain} and {response:plain})",
  "fn.result.tooFewPoints": {
    one: "at least {min:plain} periods at {min:plain} different spends are needed to fit four parameters; there is {count} different spend",
    other:
      "at least {min:plain} periods at {min:plain} different spends are needed to fit four parameters; there are {count} different spends",
  },
  "fn.result.noDistributionBase": "{name}: the denominator is 0 (no stores to measure against)",

  // --- model: validation of a discount model (field paths stay as in the JSON) ----
  "model.field": "{path} {rule}",
  "model.mustBePositive": "must be > 0",
  "model.mustBeNonNegative": "must be >= 0",
  "model.discountRange": "must be >= 0 and < 1",
  "model.shareRange": "must be between 0 and 1",
  "model.mustBeAtMost": "must be <= {max}",
  "model.brokenRule": "{rule} (got {value})",
  "model.numberMissing": "is missing (a number is required)",
  "model.notFinite": "must be a finite number (got {got})",
  "model.notBoolean": "must be true or false (got {got})",
  "model.textMissing": "is missing (text is required)",
  "model.notText": "must be text (got {got})",
  "model.empty": "must not be empty",
  "model.label.lineBreak":
    "must be one line: it contains {code} (at position {position:plain}), a tab or line break",
  "model.label.nonCharacter":
    "must not contain the non-character {code} (at position {position:plain}): a workbook cannot hold it",
  "model.label.surrogate":
    "must not contain half a surrogate pair, {code} (at position {position:plain}): a workbook cannot hold it",
  "model.label.control":
    "must not contain the control character {code} (at position {position:plain}): it prints as nothing, and a workbook cannot hold most of them",
  "model.startsWithEquals": 'must not start with "=" (it would be read as a formula)',
  "model.tooLong": "must be at most {max} characters",
  "model.listMissing": "is missing (a list is required)",
  "model.notList": "must be a list (got {got})",
  "model.entryCount": "must have {min} to {max} entries (got {count:plain})",
  "model.notObject": "must be an object (got {got})",
  "model.duplicateLabel": 'duplicates {other} ("{label}")',
  "model.notAscending":
    "must be greater than {previousPath} (tiers ascend; got {value} after {previous})",
  "model.sharesMissing": "is missing (one share per tier is required)",
  "model.shareCount": "must have one share per tier: {expected:plain} (got {count:plain})",
  "model.sharesSum": "do not sum to 1 ({sum}): segments[*].shares[{tier:plain}] must add up to 1",
  "model.invalidJson": "input is not valid JSON ({detail})",
  "model.notAnObject": "input must be a JSON object (got {got})",
  "model.overflow":
    "{path} figures overflow ({figure} at a {discount:percent} discount is too large to compute: check orders, unitsPerOrder and the prices)",
  "model.overflowTotal":
    "tiers: the total {figure} over all tiers overflows (too large to compute): check orders and unitsPerOrder",
  "model.marginFloor":
    "must be >= -1 and < 1 (a share of revenue: -100% allows a loss as large as the revenue)",
  "model.got.null": "null",
  "model.got.array": "an array",
  "model.got.object": "an object",
  "model.got.text": "text {text}",
  // --- rule: validator rules of the guided sheets and the tables they read (issue 9 item 2) ---
  "rule.wholeNumberAtLeast": "must be a whole number >= {min}",
  // --- num: a figure alone, in the reader's format (a parameter whose digits depend on its size) ---
  "rule.figure.units": "units",
  "rule.figure.revenue": "revenue",
  "rule.figure.profit": "profit",
  "rule.figure.margin": "margin",
  "rule.figure.floorSlack": "the slack above the minimum margin",

  // --- pane: the task pane ------------------------------------------------------------
  "pane.title": "Trade marketing",
  "pane.partMissing":
    "Part of the pane could not be downloaded. Check the network connection, then try again.",
  "pane.partRetry": "Try again",
  // The ribbon command that opens the pane: the Home tab and the button manifest.xml names (TaskpaneButton.Label).
  "pane.tabs": "Pane sections",
  "pane.tab.model": "Model",
  "pane.tab.optimise": "Optimise",
  "pane.tab.functions": "Functions",
  "pane.tab.share": "Share",
  "pane.language": "Language",
  "pane.status.exampleLoaded":
    "Loaded the article's example: three order sizes, three kinds of buyer.",
  "pane.status.readingSelection": "Reading the selected cells…",
  "pane.status.imported": {
    one: "Imported {count} tier from {address}.",
    other: "Imported {count} tiers from {address}.",
  },
  "pane.status.ignoredColumns": "Ignored columns: {columns}.",
  "pane.status.building": "Building the model sheet…",
  "pane.status.built":
    'Built the sheet "{sheet}". Optimise it here, or open Data > Solver: the model is already set up.',
  "pane.status.readingModel": "Reading the model from the active sheet…",
  "pane.status.notModel":
    'The active sheet "{sheet}" is not a discount model built by this pane. Build one on the Model tab, or select such a sheet.',
  "pane.status.invalidModel": 'The inputs on "{sheet}" are not a valid model: {problems}.',
  "pane.status.solving": "Searching for the most profitable discounts…",
  "pane.status.infeasible": "No discounts were written: the model has no feasible solution.",
  "pane.status.writing": "Writing the discounts into the sheet…",
  "pane.status.changedWhileSolving":
    'The discounts on "{sheet}" were changed while the optimiser ran, so nothing was written (your edit is kept). Press Optimise again to solve with it.',
  "pane.status.wrote": 'Wrote the optimal discounts into "{sheet}".',
  "pane.status.restoring": "Restoring the previous discounts…",
  "pane.status.restored": 'Restored the previous discounts on "{sheet}".',
  "pane.status.inserting": "Inserting the function…",
  "pane.status.inserted": "Inserted {formula} into {address}.",
  // The model form
  "pane.form.label": "Discount model",
  "pane.form.loadExample": "Load the article's example",
  "pane.form.importSelection": "Import tiers from selection",
  "pane.form.productAndCosts": "Product and costs",
  "pane.form.tiers": "Order-size tiers",
  "pane.form.segments": "Buyer segments",
  "pane.form.problems": "Problems in the model",
  "pane.form.build": "Build sheet",
  "pane.form.buildHint": "Builds a new worksheet with native formulas and a ready Solver model.",
  "pane.form.wait": "Please wait: another action is running.",
  "pane.form.blocked": {
    one: "Build is disabled: {count} problem in the model to fix first (marked in red).",
    other: "Build is disabled: {count} problems in the model to fix first (marked in red).",
  },
  "pane.field.name": "Product",
  "pane.field.currency": "Currency",
  "pane.field.currency.hint": "e.g. KZT",
  "pane.field.listPrice": "List price / unit",
  "pane.field.unitCost": "Unit cost",
  "pane.field.orderCost": "Cost per order",
  "pane.field.orderCost.hint": "paperwork, delivery",
  "pane.field.maxDiscount": "Max discount",
  "pane.field.share.hint": "{example} or {percent}",
  "pane.field.blank": "Enter a number.",
  "pane.field.notNumber": "Not a number: type e.g. {fraction} or {percent}.",
  "pane.tier.legend": "Tier {index:plain}",
  "pane.tier.named": "Tier {index:plain} ({label})",
  "pane.tier.label": "Label",
  "pane.tier.minQty": "Min qty (units)",
  "pane.tier.orders": "Orders / period",
  "pane.tier.unitsPerOrder": "Units / order",
  "pane.tier.minMargin": "Min margin",
  "pane.tier.remove": "Remove tier",
  "pane.tier.removeNamed": "Remove {tier}",
  "pane.tier.add": "Add tier",
  "pane.tiers": "Tiers",
  "pane.segment.legend": "Segment {index:plain}",
  "pane.segment.named": "Segment {index:plain} ({label})",
  "pane.segment.label": "Label",
  "pane.segment.elasticity": "Elasticity",
  "pane.segment.elasticity.hint": "0 = insensitive",
  "pane.segment.shareOf": "Share of {tier}",
  "pane.segment.shareOfTier": "Share of tier {index:plain}",
  "pane.segment.remove": "Remove segment",
  "pane.segment.removeNamed": "Remove {segment}",
  "pane.segment.add": "Add segment",
  "pane.segments": "Segments",
  "pane.segment.default": "All buyers",
  "pane.problem.at": "{where}: {rule}",
  // The result card (the first screen words the optimiser's result with these)
  "pane.result.uplift": "Uplift",
  "pane.result.upliftValue": "{sign}{amount} ({sign}{share})",
  "pane.result.infeasible": 'No discounts satisfy tier "{tier}": {reason}',
  "pane.result.certificate":
    "This is the best plan, not just a good one: every tier's discount was checked on a grid of {step} percentage points, and no other choice of discounts can earn {gap}.",
  "pane.result.gapAbove": "more than {amount} above it",
  "pane.result.gapBelowCent": "even {amount} more",
  // Make shareable
  "pane.status.finding": "Looking for formulas that call MKT functions…",
  "pane.status.writingNative": "Writing native formulas…",
  "pane.status.restoringFormulas": "Restoring the previous formulas…",

  // --- office: what Excel or the pane's adapters refused ------------------------------------
  "office.supportedExcel": "Microsoft 365, Excel 2021 or later, or Excel on the web",
  "office.AccessDenied":
    "Excel refused the change: the workbook or sheet may be protected or shared read-only.",
  "office.ItemAlreadyExists":
    "A sheet or name with that name appeared meanwhile; please try again.",
  "office.InvalidOperationInCellEditMode":
    "Excel is busy editing a cell: press Enter or Esc in the sheet, then try again.",
  "office.ApiNotFound":
    "Your Excel is too old for this feature: it needs {supported}. Please update Excel.",
  "office.InvalidSelection":
    "Excel cannot use the current selection: select one block of cells (not several areas, a chart or a picture), then try again.",
  "office.GeneralException": "Excel reported an internal error; please try again.",
  "office.ItemNotFound": "The sheet or cells the pane expected are gone (renamed or deleted?).",
  "office.InvalidReference":
    "The model's cells on the sheet no longer match what the pane expects.",
  "office.unknown":
    "Something went wrong{detail}. Nothing in the workbook was changed by this step unless stated.",
  "office.optimiserStopped": "The optimiser stopped unexpectedly.",
  "office.optimiserStoppedWith": "The optimiser stopped unexpectedly: {detail}.",

  // --- pane: guided model sheets -------------------------------------------------------------
  "pane.guided.tableProblems": "Nothing was built: the selected table has problems (listed below).",
  "pane.guided.formProblems": "Nothing was built: the form has problems (listed below).",
  "pane.guided.builtInPlace": 'Built the sheet "{sheet}"; its formulas read your table in place.',
  "pane.guided.built": 'Built the sheet "{sheet}".',
  "pane.guided.picker": "Model",
  // --- pane: the Models picker and the guided forms' fields ---------------------------------
  "pane.models.discounts": "Discounts by order size",
  "pane.models.campaigns": "Campaigns: ROMI and cost per extra unit",
  "pane.models.promo": "Promo: the long-lasting effect",
  "pane.models.posm": "POSM: which option pays back",
  "pane.models.distribution": "Distribution: DN, WD (your store list)",
  "pane.models.survey": "Client-orientation survey (your answers)",
  "pane.models.budget": "Budget: split across channels",
} as const;
