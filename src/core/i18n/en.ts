/**
 * The English texts of the message catalogue: the reference language, and
 * the list of keys every translation follows. Keys are stable (a translation
 * and the code refer to them); change a text freely, rename a key only
 * together with ru.ts and kk.ts. Sections: fn.* (custom-function errors),
 * model.* (validation of a discount model), opt.* (the optimiser's
 * explanation), pane.* (the task pane), office.* (what Excel refused), cli.*
 * (the command line).
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
  "model.mustBeBelowOne": "must be < 1",
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

  // --- opt: the optimiser's answer -----------------------------------------------
  "opt.infeasible.floor":
    'Tier "{tier}" cannot reach its minimum margin of {margin:percent} at any discount from 0 to {max:percent}.',
  "opt.infeasible.chain":
    'Tier "{tier}" can reach its minimum margin only at discounts below those the smaller tiers need: no non-decreasing set of discounts meets every floor.',
  "opt.binding.noDiscountAllowed": "maximum discount of 0%: no tier can get a discount",
  "opt.binding.floor": 'minimum margin of tier "{tier}" ({margin:percent})',
  "opt.binding.lowerBound": 'no discount on tier "{tier}" (lower bound 0)',
  "opt.binding.upperBound": 'maximum discount on tier "{tier}" ({max:percent})',
  "opt.binding.chain": 'chain: tier "{tier}" gets the same discount as tier "{previous}"',
  "opt.explanation":
    "Exact dynamic programme along the tier chain over {candidates} per tier (a {step}-point grid from 0 to {max:percent}, {roots} where a tier's minimum margin starts or stops holding{refinements}), then a local polish. Between candidates no tier's profit can exceed the higher neighbour by more than its curvature allows, so no choice of discounts can beat this answer by more than {gap} {currency}{caveat}",
  "opt.explanation.candidates": {
    one: "{count} candidate discount",
    other: "{count} candidate discounts",
  },
  "opt.explanation.roots": { one: "{count} point", other: "{count} points" },
  "opt.explanation.refinements": {
    one: ", and {count} round of finer points where a better answer could still hide",
    other: ", and {count} rounds of finer points where a better answer could still hide",
  },
  "opt.explanation.end": ".",
  "opt.explanation.rootCap":
    " (assuming no margin boundary was missed: root isolation reached its evaluation cap).",
  "opt.method": "grid dynamic programme over the monotone tier chain + golden-section polish",

  // --- budget: validation and optimiser of the budget-allocation model ---------------------
  "budget.objectMissing": "is missing (an object is required)",
  "budget.notBelow": "must be >= {other} (got {value} < {min})",
  "budget.unknownModel": 'must be "adbudg" or "vidale-wolfe" (got {got})',
  "budget.currentOutside": "must be within {min} and {max} ({low} to {high}; got {value})",
  "budget.overflow": "{path} profit overflows (margin × response is too large to compute)",
  "budget.infeasible.minAboveBudget":
    "The minimum spends add up to {total:money} {currency}, more than the budget of {budget:money} {currency}: lower a minimum or raise the budget.",
  "budget.infeasible.maxBelowBudget":
    "The whole budget of {budget:money} {currency} must be spent, but the maximum spends add up to only {total:money} {currency}: raise a maximum or allow part of the budget to stay unspent.",
  "budget.method":
    "branch and bound on Lagrangian bounds over boxes of spend (S-curves split where convex meets concave)",
  "budget.explanation":
    "Global optimum by branch and bound: pricing money bounded what any split could earn in {boxes} of spend, and the boxes that could still hold a better split were cut until none could. No split within the bounds and the budget earns more than {gap} {currency} ({share}) above this one{end}",
  "budget.explanation.boxes": { one: "{count} box", other: "{count} boxes" },
  "budget.explanation.share": "{share} of the profit",
  "budget.explanation.shareTiny": "under 0.0001% of the profit",
  "budget.explanation.end": ".",
  "budget.explanation.nodeCap":
    " (the search stopped at its node limit; that is the gap it proved).",

  // --- pane: the task pane ------------------------------------------------------------
  "pane.title": "Trade marketing",
  // The ribbon command that opens the pane: the Home tab and the button manifest.xml names (TaskpaneButton.Label).
  "pane.ribbonCommand": "Home > Discount model",
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
  // Import from selection
  "pane.import.noTable": "Select a table with a header row and at least one tier row below it.",
  "pane.import.missingHeaders": "The selection's first row must be headers. Missing: {columns}.",
  "pane.import.noRows": "The selection has headers but no tier rows.",
  "pane.import.column.label": "Label",
  "pane.import.column.minQty": "Min qty",
  "pane.import.column.orders": "Orders",
  "pane.import.column.unitsPerOrder": "Units per order",
  "pane.import.column.minMargin": "Min margin",
  "pane.import.empty": "The selected cells are empty: select a table with a header row.",
  "pane.import.tooLarge":
    "The selection is too large to be a tier table: {rows} × {columns} = {cells} cells, and an import reads at most {max}. Select just the table (a header row and one row per tier).",
  "pane.import.rows": { one: "{count} row", other: "{count} rows" },
  "pane.import.columns": { one: "{count} column", other: "{count} columns" },
  // Optimise and the result card
  "pane.optimise.label": "Optimise",
  "pane.optimise.intro":
    "Select a model sheet built by this pane. Optimise reads its current inputs, finds the most profitable discount for every tier and writes them into the green decision cells.",
  "pane.optimise.button": "Optimise active sheet",
  "pane.optimise.undo": "Undo: restore previous discounts",
  "pane.result.title": "Optimal discounts for “{sheet}”",
  "pane.result.profitBefore": "Profit before",
  "pane.result.profitAfter": "Profit after",
  "pane.result.uplift": "Uplift",
  "pane.result.upliftValue": "{sign}{amount} ({sign}{share})",
  "pane.result.perTier": "Discount per tier",
  "pane.result.tier": "Tier",
  "pane.result.discount": "Discount",
  "pane.result.margin": "Margin (floor)",
  "pane.result.binds": "binds",
  "pane.result.noFloorBinds": "No margin floor limits the discounts.",
  "pane.result.floorsBind": "The margin floor limits the discount of: {tiers}.",
  "pane.result.how": "How the optimum was established",
  "pane.result.infeasible": 'No discounts satisfy tier "{tier}": {reason}',
  "pane.result.certificate":
    "This is the best plan, not just a good one: every tier's discount was checked on a grid of {step} percentage points, and no other choice of discounts can earn {gap}.",
  "pane.result.gapAbove": "more than {amount} above it",
  "pane.result.gapBelowCent": "even {amount} more",
  // Function gallery
  "pane.gallery.label": "Function gallery",
  "pane.gallery.search": "Search: name, purpose, argument…",
  "pane.gallery.searchLabel": "Search MKT functions",
  "pane.gallery.count": "{shown:plain} of {total:plain} functions",
  "pane.gallery.optionalArgument": "{name} (optional)",
  "pane.gallery.arguments": "Arguments of MKT.{name}",
  "pane.gallery.example": "Example:",
  "pane.gallery.insert": "Insert into selected cell",
  "pane.gallery.insertNamed": "Insert into selected cell: MKT.{name}",
  "pane.gallery.argumentPlaceholder": "cell, range or value",
  "pane.gallery.argumentLabel": "MKT.{name} {arg}: cell, range or value",
  "pane.gallery.insertMkt": "Insert as MKT function",
  "pane.gallery.insertMktNamed": "Insert as MKT function: MKT.{name}",
  "pane.gallery.insertNative": "Insert as native formula",
  "pane.gallery.insertNativeNamed": "Insert as native formula: MKT.{name}",
  "pane.gallery.noNative.arguments":
    "Fill in every required argument to insert the native formula.",
  "pane.gallery.noNative.noTwin": "This function has no native formula.",
  "pane.gallery.noNative.volatile":
    "An argument uses RAND: the native formula would read it more than once.",
  "pane.gallery.noNative.tooLong":
    "The native formula would be longer than Excel's 8,192 characters.",
  // Make shareable
  "pane.share.label": "Make shareable",
  "pane.share.intro":
    "Replace MKT functions with native Excel formulas that compute the same results, so colleagues without the add-in can open and recalculate the workbook.",
  "pane.share.where": "Where",
  "pane.share.scope.selection": "Selected cells",
  "pane.share.scope.sheet": "Active sheet",
  "pane.share.scope.workbook": "Whole workbook",
  "pane.share.find": "Find MKT formulas",
  "pane.share.undo": "Undo",
  "pane.share.preview": "What will change",
  "pane.share.functionsList": "Functions to replace",
  "pane.share.keptList": "Left as they are",
  "pane.share.replace": "Replace with native formulas",
  "pane.share.cancel": "Cancel",
  "pane.share.in.selection": "the selection",
  "pane.share.in.sheet": "the active sheet",
  "pane.share.in.workbook": "the workbook",
  "pane.share.nothing": "No formula in {scope} calls an MKT function that can be replaced.",
  "pane.share.cells": { one: "{count} cell", other: "{count} cells" },
  "pane.share.sheets": { one: "{count} sheet", other: "{count} sheets" },
  "pane.share.calls": { one: "{count} call", other: "{count} calls" },
  "pane.share.willChange": "{cells} on {sheets} will change ({names}).",
  "pane.share.checkThenReplace":
    "Nothing is changed yet: check the list below, then replace or cancel.",
  "pane.share.function": "MKT.{name}: {calls}",
  "pane.share.kept": "MKT.{name} ({calls}) {reason}; left as it is.",
  "pane.share.reason.noTwin": "has no native formula",
  "pane.share.reason.unknown": "is not a function of this add-in",
  "pane.share.reason.arguments": "has too many or too few arguments",
  "pane.share.reason.volatile":
    "takes RAND, RANDBETWEEN or RANDARRAY in an argument, which the native formula would read more than once",
  "pane.share.reason.tooLong": "would make the formula longer than Excel's 8,192 characters",
  "pane.share.replaced":
    "Replaced the MKT calls in {cells} with native formulas: the workbook now calculates without the add-in. Undo restores the previous formulas.",
  "pane.share.restored": "Restored the previous formulas in {cells}.",
  "pane.share.restoredSkipped": {
    one: "Restored the previous formulas in {cells}. {count} cell was edited since and left as it is.",
    other:
      "Restored the previous formulas in {cells}. {count} cells were edited since and left as they are.",
  },
  "pane.status.finding": "Looking for formulas that call MKT functions…",
  "pane.status.writingNative": "Writing native formulas…",
  "pane.status.restoringFormulas": "Restoring the previous formulas…",
  // Outside Excel
  "pane.host.title": "This add-in runs inside Excel",
  "pane.host.body":
    "This page is the MKT task pane. Opened in a browser on its own it has no workbook to work on. Load the add-in into Excel (sideload manifest.xml), then open it from Home > Discount model.",
  "pane.host.web":
    "Excel on the web: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, and choose manifest.xml.",
  "pane.host.windows":
    "Excel on Windows: run npm start, or add a shared folder holding manifest.xml as a Trusted Add-in Catalog (File > Options > Trust Center), restart Excel, then Home > Add-ins > Advanced > Shared Folder.",
  "pane.host.mac":
    "Excel on Mac: run npm start, or copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.",
  "pane.host.noOffice":
    "Office's script (office.js) could not be loaded, so this page cannot talk to Excel. Check the network connection, then reload the add-in.",

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
  "office.tooOld":
    "Your Excel is too old for {feature}: it needs Excel JavaScript API {version} ({supported}). Please update Excel.",
  "office.feature.build": "building a model sheet",
  "office.feature.read": "optimising a model sheet",
  "office.feature.write": "writing discounts",
  "office.feature.import": "importing from the selection",
  "office.feature.insert": "inserting a function",
  "office.decisionCount": {
    one: 'The sheet "{sheet}" has {cells} decision cells but the solution has {count} tier; was a tier added or removed on the sheet? Build a new sheet from the form.',
    other:
      'The sheet "{sheet}" has {cells} decision cells but the solution has {count} tiers; was a tier added or removed on the sheet? Build a new sheet from the form.',
  },
  "office.editedSinceWrite":
    'The discounts on "{sheet}" were changed after the pane wrote them, so Undo was not applied (it would overwrite your edits).',
  "office.namesDeleted":
    'The sheet "{sheet}" was built by the pane but its names {names} were deleted (Formulas > Name Manager). Build a new sheet from the form.',
  "office.cellNotEmpty": "{address} is not empty; select an empty cell to insert the function.",
  "office.buildNameTaken":
    'A sheet named "{sheet}" appeared while the pane was building its model sheet, so nothing was built and your workbook is unchanged. Press Build sheet again.',
  "office.buildRollbackFailed":
    'Building the sheet failed and the half-built sheet "{sheet}" could not be removed; please delete it yourself.',
  "office.optimiserFailed": "The optimiser failed: {detail}",
  "office.optimiserStopped": "The optimiser stopped unexpectedly.",
  "office.optimiserStoppedWith": "The optimiser stopped unexpectedly: {detail}.",

  // --- pane: guided model sheets -------------------------------------------------------------
  "pane.guided.exampleLoaded": "Loaded an example: edit it or build the sheet.",
  "pane.guided.tableProblems": "Nothing was built: the selected table has problems (listed below).",
  "pane.guided.formProblems": "Nothing was built: the form has problems (listed below).",
  "pane.guided.builtInPlace": 'Built the sheet "{sheet}"; its formulas read your table in place.',
  "pane.guided.built": 'Built the sheet "{sheet}".',
  "pane.guided.picker": "Model",
  "pane.guided.loadExample": "Load an example",
  "pane.guided.build": "Build sheet",
  "pane.guided.buildFromSelection": "Build from the selection",
  "pane.guided.add": "Add {item}",
  "pane.guided.remove": "Remove",
  "pane.guided.selectionEmpty":
    "The selected cells are empty: select the table with its header row.",
  "pane.guided.helpDistribution":
    "Select your store list with its header row: store, group, category_sales, optionally sells_category, then one column per period (TRUE/FALSE, 1/0 or stock). The new sheet's formulas read that range in place; your data is never copied or changed.",
  "pane.guided.helpSurvey":
    "Select the answers with their header row: group, then one column per service with a score from 0 to 5 (blank = no answer). The new sheet's formulas read that range in place; your data is never copied or changed.",
  // --- pane: the Models picker and the guided forms' fields ---------------------------------
  "pane.models.discounts": "Discounts by order size",
  "pane.models.campaigns": "Campaigns: ROMI and cost per extra unit",
  "pane.models.promo": "Promo: the long-lasting effect",
  "pane.models.posm": "POSM: which option pays back",
  "pane.models.distribution": "Distribution: DN, WD (your store list)",
  "pane.models.survey": "Client-orientation survey (your answers)",
  "pane.models.budget": "Budget: split across channels",
  "pane.guidedForm.aria": "{model}: model inputs",
  "pane.guidedForm.name": "Model name",
  "pane.guidedForm.name.tableHint": "blank: the table's sheet name",
  "pane.guidedForm.defaultMargin": "Default gross margin",
  "pane.guidedForm.campaigns": "Campaigns",
  "pane.guidedForm.campaign": "Campaign",
  "pane.guidedForm.salesBefore": "Sales before",
  "pane.guidedForm.salesNow": "Sales now",
  "pane.guidedForm.unitsBefore": "Units before",
  "pane.guidedForm.unitsNow": "Units now",
  "pane.guidedForm.tmCost": "TM cost",
  "pane.guidedForm.ownMargin": "Own gross margin",
  "pane.guidedForm.ownMargin.hint": "blank: the default",
  "pane.guidedForm.baselineDailyUnits": "Ordinary daily sales, units",
  "pane.guidedForm.unitProfit": "Profit per unit",
  "pane.guidedForm.promoDays": "Promo days",
  "pane.guidedForm.promoDailyUnits": "Daily sales in the promo, units",
  "pane.guidedForm.convertedBuyers": "Buyers who stayed",
  "pane.guidedForm.monthlyUnitsPerBuyer": "Monthly units per buyer",
  "pane.guidedForm.promoCost": "Promo cost",
  "pane.guidedForm.monthsAfter": "Months after the promo",
  "pane.guidedForm.daysPerMonth": "Days per month",
  "pane.guidedForm.default.hint": "blank: {value}",
  "pane.guidedForm.options": "POSM options",
  "pane.guidedForm.option": "Option",
  "pane.guidedForm.kind": "Kind",
  "pane.guidedForm.kind.permanent": "Permanent",
  "pane.guidedForm.kind.temporary": "Temporary",
  "pane.guidedForm.monthlyUnitUplift": "Extra units a month",
  "pane.guidedForm.monthlyPlacementCost": "Placement cost a month",
  "pane.guidedForm.placementMonths": "Months placed",
  "pane.guidedForm.productionCost": "Production cost",
  "pane.guidedForm.serviceLifeMonths": "Service life, months",
  "pane.guidedForm.monthlyKitCost": "Kit cost a month",
  "pane.guidedForm.permanentOnly.hint": "permanent only",
  "pane.guidedForm.temporaryOnly.hint": "temporary only",
  "pane.guidedForm.dailyVisitors": "Daily visitors",
  "pane.guidedForm.effects": "Effects (the experts' coefficients)",
  "pane.guidedForm.effect": "Effect",
  "pane.guidedForm.service": "Service",
  "pane.guidedForm.group": "Group",
  "pane.guidedForm.trafficShare": "Traffic share",
  "pane.guidedForm.additionalTrafficShare": "Additional share",
  "pane.guidedForm.frequencyCoef": "q_f (visits)",
  "pane.guidedForm.checksCoef": "q_ch (checks)",
  "pane.guidedForm.item": "{item} {index}",
  "pane.guidedForm.removeItem": "Remove {item} {index}",
  "office.feature.buildFromSelection": "building a sheet over the selected table",

  // --- pane: budget across channels ----------------------------------------------------------
  "pane.budget.unavailable":
    "The budget model is not available in this pane (no budget optimiser is wired).",
  "pane.budget.form.label": "Budget model",
  "pane.budget.loadExample": "Load an example",
  "pane.budget.exampleLoaded": "Loaded the example ({name}): edit it or build the sheet.",
  "pane.budget.section.budget": "Budget",
  "pane.budget.field.name": "Model name",
  "pane.budget.field.budget": "Budget",
  "pane.budget.field.spendAll": "Spend the whole budget",
  "pane.budget.field.spendAll.hint":
    "Off: spend at most the budget, less where money would earn less than it costs.",
  "pane.budget.channels": "Channels",
  "pane.budget.channel.legend": "Channel {index:plain}",
  "pane.budget.channel.named": "Channel {index:plain} ({label})",
  "pane.budget.channel.label": "Channel",
  "pane.budget.channel.curve": "Response curve",
  "pane.budget.curve.adbudg": "ADBUDG (S-curve)",
  "pane.budget.curve.vidaleWolfe": "Vidale-Wolfe",
  "pane.budget.channel.min": "Min spend",
  "pane.budget.channel.max": "Max spend",
  "pane.budget.channel.max.hint": "blank: the budget",
  "pane.budget.channel.current": "Today's spend",
  "pane.budget.channel.current.hint": "optional",
  "pane.budget.channel.margin": "Margin",
  "pane.budget.channel.margin.hint": "profit per unit of response",
  "pane.budget.curve.minResponse": "Floor",
  "pane.budget.curve.minResponse.hint": "response with no spend",
  "pane.budget.curve.maxResponse": "Ceiling",
  "pane.budget.curve.shape": "Shape γ",
  "pane.budget.curve.shape.hint": "above 1: S-curve",
  "pane.budget.curve.halfSaturationSpend": "Half-saturation spend",
  "pane.budget.curve.halfSaturationSpend.hint": "spend at half the rise",
  "pane.budget.curve.responseRate": "Response rate r",
  "pane.budget.curve.saturationSales": "Saturation sales M",
  "pane.budget.curve.decayRate": "Decay rate λ",
  "pane.budget.channel.remove": "Remove channel",
  "pane.budget.channel.removeNamed": "Remove {channel}",
  "pane.budget.channel.add": "Add channel",
  "pane.budget.channel.fill": "Fill the curve",
  "pane.budget.channel.fillNamed": "Fill the curve of {channel}",
  "pane.budget.problems": "Problems in the budget model",
  "pane.budget.build": "Build budget sheet",
  "pane.budget.buildHint":
    "Builds a new worksheet with native formulas, a response-curve chart per channel and a ready Solver model.",
  "pane.budget.building": "Building the budget sheet…",
  "pane.budget.built": 'Built the sheet "{sheet}". Optimise it below.',
  "pane.budget.optimise.heading": "Optimise",
  "pane.budget.optimise.intro":
    "Finds the most profitable split of the budget on the active budget sheet (a global search with a proof) and writes the spends into its green decision cells.",
  "pane.budget.optimise.button": "Optimise budget sheet",
  "pane.budget.optimise.undo": "Undo: restore previous spends",
  "pane.budget.status.reading": "Reading the budget model from the active sheet…",
  "pane.budget.status.notBudget":
    'The active sheet "{sheet}" is not a budget sheet built by the pane: build one with the form above, or switch to it.',
  "pane.budget.status.invalid": 'The inputs on "{sheet}" are not a valid budget model: {problems}.',
  "pane.budget.status.solving": "Searching for the most profitable split…",
  "pane.budget.status.infeasible": "No spends were written: {reason}",
  "pane.budget.status.writing": "Writing the spends into the sheet…",
  "pane.budget.status.wrote": 'Wrote the optimal spends into "{sheet}".',
  "pane.budget.status.changedWhileSolving":
    'The spends on "{sheet}" changed while the optimiser ran, so nothing was written. Optimise again.',
  "pane.budget.status.restoring": "Restoring the previous spends…",
  "pane.budget.status.restored": 'Restored the previous spends on "{sheet}".',
  "pane.budget.result.title": "Optimal split for “{sheet}”",
  "pane.budget.result.profitBefore": "Profit at today's spends",
  "pane.budget.result.profitAfter": "Profit at the optimum",
  "pane.budget.result.change": "Change",
  "pane.budget.result.spent": "Spent",
  "pane.budget.result.spentValue": "{spend} of {budget}",
  "pane.budget.result.perChannel": "Spend per channel, {currency}",
  "pane.budget.result.channel": "Channel",
  "pane.budget.result.spend": "Spend",
  "pane.budget.result.todayValue": "today {spend}",
  "pane.budget.result.marginal": "Marginal return",
  "pane.budget.result.atMin": "at min",
  "pane.budget.result.atMax": "at max",
  "pane.budget.result.marginalNote":
    "Marginal return: profit from one more unit of money in the channel. Channels between their bounds end with the same marginal return; one at a bound may differ.",
  "pane.budget.result.noCurrent":
    "Give every channel today's spend to compare with today's profit.",
  "pane.budget.result.proved":
    "Proved optimal within {share} of profit: no split within the bounds and the budget earns {gap}.",
  "pane.budget.result.notProved":
    "Best split found, proved within {share} of profit: the search stopped at its limit, and a split earning {gap} may exist.",
  "pane.budget.fill.title": "Fill the curve of {channel}",
  "pane.budget.fill.method": "Source",
  "pane.budget.fill.judgement": "Two points",
  "pane.budget.fill.history": "History",
  "pane.budget.fill.judgementHelp":
    "Little's method: with the floor and the ceiling above, two spends and the response you expect at each fix the shape and the half-saturation spend (as MKT.ADBUDG_CALIBRATE).",
  "pane.budget.fill.spend1": "Spend 1",
  "pane.budget.fill.response1": "Response at spend 1",
  "pane.budget.fill.spend2": "Spend 2",
  "pane.budget.fill.response2": "Response at spend 2",
  "pane.budget.fill.historyLabel": "Spend and response, one period per line",
  "pane.budget.fill.historyHelp":
    "Paste two columns from Excel, or type “spend; response” per line. Fits the floor, ceiling, shape and half-saturation spend by least squares (as MKT.ADBUDG_FIT).",
  "pane.budget.fill.apply": "Fill the curve",
  "pane.budget.fill.close": "Close",
  "pane.budget.fill.filledJudgement":
    "Filled the shape ({shape}) and the half-saturation spend ({halfSaturation}) of {channel}.",
  "pane.budget.fill.filledHistory": {
    one: "Filled the floor, ceiling, shape and half-saturation spend of {channel} from {count} period.",
    other:
      "Filled the floor, ceiling, shape and half-saturation spend of {channel} from {count} periods.",
  },
  "pane.budget.fill.needFloorCeiling":
    "Enter the channel's floor and ceiling first: the two points are read between them.",
  "pane.budget.fill.pointOutside":
    "The response at spend {point:plain} must lie strictly between the floor ({floor}) and the ceiling ({ceiling}): the curve only approaches them.",
  "pane.budget.fill.ceilingNotAboveFloor": "The ceiling must be greater than the floor.",
  "pane.budget.fill.sameSpend":
    "The two spends must differ: one spend cannot fix the slope of the curve.",
  "pane.budget.fill.notRising": "The response must rise with the spend for an ADBUDG curve.",
  "pane.budget.fill.tooFewPoints": {
    one: "Fitting four parameters needs at least {min:plain} periods at {min:plain} different spends; the history has {count} different spend.",
    other:
      "Fitting four parameters needs at least {min:plain} periods at {min:plain} different spends; the history has {count} different spends.",
  },
  "pane.budget.fill.badLine":
    "Line {line:plain}: type a spend and a response separated by a tab or a semicolon, both numbers of 0 or more.",
  "office.feature.writeSpends": "writing spends",
  "office.editedSinceWriteSpends":
    'The spends on "{sheet}" were changed after the pane wrote them, so Undo was not applied (it would overwrite your edits).',
  "office.spendCellCount": {
    one: 'The sheet "{sheet}" has {cells} spend cells but the solution has {count} channel; was a channel added or removed on the sheet? Build a new sheet from the form.',
    other:
      'The sheet "{sheet}" has {cells} spend cells but the solution has {count} channels; was a channel added or removed on the sheet? Build a new sheet from the form.',
  },

  // --- cli: the command line ----------------------------------------------------------------
  "cli.usage":
    "usage: mkt --list\n       mkt <FUNCTION> <arg> ...      e.g. mkt ROMI 150000 50000 0.4\n       mkt <FUNCTION> --help         what a function computes and its arguments\n       mkt discount solve --input FILE.json [--json]\n       mkt discount build --input FILE.json --out FILE.xlsx [--solve] [--force]\n       mkt budget solve --input FILE.json [--json]\n       mkt budget build --input FILE.json --out FILE.xlsx [--solve] [--force]\n       mkt share --input IN.xlsx --out OUT.xlsx [--force]   MKT formulas become native formulas\n       mkt sheet KIND --input FILE --out FILE.xlsx [--force]   KIND: campaigns, promo, posm, distribution, survey\nRanges are JSON arrays ('[[100],[50]]'), or @FILE.json, or - for standard input;\nan omitted optional argument is ''. An input FILE.json may be - for standard input.\nAdd --lang en|ru|kk to any command for its messages in English, Russian or Kazakh (default: from LANG).",
  "cli.sheet.usage":
    "usage: mkt sheet KIND --input FILE --out FILE.xlsx [--lang en|ru|kk] [--force]\n       KIND: {kinds}; FILE is JSON (distribution and survey: JSON or CSV)\n       (never replaces an existing file unless --force is given)",
  "cli.sheet.error": "mkt sheet: {message}",
  "cli.sheet.missingKind": "missing KIND",
  "cli.sheet.unknownKind": "unknown KIND {kind}",
  "cli.sheet.needsFiles": "needs --input FILE and --out FILE.xlsx",
  "cli.sheet.jsonOnly": "{kind} reads JSON only; CSV is for distribution and survey",
  "cli.sheet.invalidInput": "{path} is not a valid {kind} input:",
  "cli.sheet.csvLine": "line {line:plain}: {message}",
  "cli.sheet.wrote": 'wrote {path} ({kind} sheet "{sheet}")',
  "cli.lang.invalid": 'mkt: --lang must be en, ru or kk (got "{value}")',
  "cli.fn.unknown": 'mkt: unknown function "{name}"; `mkt --list` shows the catalogue',
  "cli.fn.argCount": {
    one: "mkt: {name} takes {expected} argument, got {got:plain}: usage: mkt {signature}",
    other: "mkt: {name} takes {expected} arguments, got {got:plain}: usage: mkt {signature}",
  },
  "cli.fn.argRange": "{min:plain} to {max:plain}",
  "cli.fn.rangeCell": "{name}: a range cell must be a number, true/false, null or a string",
  "cli.fn.notJson": "{name}: not a valid JSON array: {text}",
  "cli.fn.oneStandardInput": "only one range can come from standard input (-)",
  "cli.fn.cannotReadRange": "{name}: cannot read {path}: {detail}",
  "cli.input.standardInput": "standard input",
  "cli.input.more": "... and {count:plain} more (fix these first)",
  "cli.fn.notArray": "{name}: expected a JSON array",
  "cli.fn.returns": "Returns: {returns}",
  "cli.error": "mkt: {message}",
  "cli.discount.usage":
    "usage: mkt discount solve --input FILE.json [--json]\n       mkt discount build --input FILE.json --out FILE.xlsx [--solve] [--force]\n       (build never replaces an existing file unless --force is given)",
  "cli.discount.invalidModel": "{path} is not a valid discount model:",
  "cli.discount.infeasible": "{name}: infeasible",
  "cli.discount.optimal": "{name} ({currency}): optimal discounts",
  "cli.discount.column.tier": "Tier",
  "cli.discount.column.discount": "Discount",
  "cli.discount.column.units": "Units",
  "cli.discount.column.revenue": "Revenue",
  "cli.discount.column.profit": "Profit",
  "cli.discount.column.margin": "Margin",
  "cli.discount.column.minMargin": "Min margin",
  "cli.discount.column.floor": "Floor",
  "cli.discount.floorBinds": "binds",
  "cli.discount.floorOk": "ok",
  "cli.discount.totals":
    "Total profit {profit:money}; no-discount baseline {baseline:money}; uplift {uplift:money} ({share})",
  "cli.discount.baselineBreaks": {
    one: "Note: The no-discount baseline breaks the minimum margin of tier {tiers}; the uplift is still measured against it.",
    other:
      "Note: The no-discount baseline breaks the minimum margin of tiers {tiers}; the uplift is still measured against it.",
  },
  "cli.discount.baselineTier": '"{tier}" ({margin})',
  "cli.discount.binding": "Binding: {constraints}",
  "cli.discount.bindingNone":
    "none (every discount lies strictly between 0 and the maximum, above its margin floor and apart from its neighbours)",
  "cli.discount.noteOptimal":
    "The discount cells hold the MKT optimiser's global optimum (profit {profit:money} {currency}). {explanation}",
  "cli.discount.noteInfeasible": "The MKT optimiser found no feasible discounts: {reason}",
  "cli.discount.writtenWithZeros": "{reason} The sheet was written with zero discounts.",
  "cli.discount.wrote": "wrote {path}",
  "cli.discount.wroteSolved": "wrote {path} (decision cells hold the optimal discounts)",
  // mkt share
  "cli.share.error": "mkt share: {message}",
  "cli.share.usage": "usage:\n       mkt share --input IN.xlsx --out OUT.xlsx [--force]",
  "cli.share.needsFiles": "share needs --input IN.xlsx and --out OUT.xlsx",
  "cli.share.needsFile": "{option} needs a file name",
  "cli.share.unknownOption": "unknown option {option}",
  "cli.share.notWorkbook": "{option} must name an .xlsx or .xlsm file (got {path})",
  "cli.share.sameExtension":
    "--out must have the same extension as --input (.xlsm keeps its macros only as .xlsm)",
  "cli.share.outIsInput":
    "--out names the input file {path}; nothing was written (choose another name)",
  "cli.share.cannotRead": "cannot read {path}: {detail}",
  "cli.share.unreadable": "{path} is not a readable workbook (.xlsx/.xlsm zip): {detail}",
  "cli.share.keptCell": "left as it is: {sheet}!{cell} MKT.{name} ({reason})",
  "cli.share.keptName": "left as it is: defined name {name} calls an MKT function",
  "cli.share.nothing":
    "no formula in {path} calls an MKT function that can be replaced; nothing was written",
  "cli.share.exists": "{path} already exists; nothing was written (pass --force to replace it)",
  "cli.share.cannotWrite": "cannot write {path}: {detail}",
  "cli.share.changed": {
    one: "changed {count} cell on {sheets}",
    other: "changed {count} cells on {sheets}",
  },
  "cli.share.replaced": "replaced: {functions}",
  "cli.share.wrote": "wrote {path}; Excel and LibreOffice recalculate it when it opens",
  "cli.model.error": "{command}: {message}",
  "cli.model.unknownOption": "unknown option {option}",
  "cli.model.needsFile": "{option} needs a file name",
  "cli.model.missingSubcommand": "missing subcommand",
  "cli.model.unknownSubcommand": "unknown subcommand {name}",
  "cli.model.solveNeedsInput": "solve needs --input FILE.json",
  "cli.model.buildNeedsFiles": "build needs --input FILE.json and --out FILE.xlsx",
  "cli.model.outNotXlsx": "--out must name an .xlsx file (got {path})",
  "cli.model.cannotRead": "cannot read {path}: {detail}",
  "cli.model.cannotReadShort": "cannot read {path}",
  "cli.model.exists": "{path} already exists; nothing was written (pass --force to replace it)",
  "cli.model.cannotWrite": "cannot write {path}: {detail}",
  "cli.model.certificate": "Certificate: {explanation}",
  "cli.budget.usage":
    "usage: mkt budget solve --input FILE.json [--json]\n       mkt budget build --input FILE.json --out FILE.xlsx [--solve] [--force] [--lang en|ru|kk]\n       (build never replaces an existing file unless --force is given; --lang is the sheet's language)",
  "cli.budget.invalidModel": "{path} is not a valid budget model:",
  "cli.budget.infeasible": "{name}: infeasible",
  "cli.budget.optimal": "{name} ({currency}): optimal split of {budget:money}",
  "cli.budget.column.channel": "Channel",
  "cli.budget.column.spend": "Spend",
  "cli.budget.column.current": "Current",
  "cli.budget.column.response": "Response",
  "cli.budget.column.profit": "Profit",
  "cli.budget.column.marginal": "Marginal return",
  "cli.budget.column.bound": "Bound",
  "cli.budget.bound.min": "min",
  "cli.budget.bound.max": "max",
  "cli.budget.totals": "Total spend {spend:money} of {budget:money}; total profit {profit:money}",
  "cli.budget.versusCurrent": "; at today's spends {current:money} ({change})",
  "cli.budget.noteOptimal":
    "The spend cells hold the MKT optimiser's global optimum (profit {profit:money} {currency}). {explanation}",
  "cli.budget.noteInfeasible": "The MKT optimiser found no feasible split: {reason}",
  "cli.budget.writtenAtMinimums": "{reason} The sheet was written with the minimum spends.",
  "cli.budget.wrote": "wrote {path}",
  "cli.budget.wroteSolved": "wrote {path} (decision cells hold the optimal spends)",
} as const;
