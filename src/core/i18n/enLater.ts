/**
 * The English texts the pane shows only after its first screen: the Optimise
 * tab and the optimiser's answer (pane.optimise.*, opt.*), the budget model
 * (budget.*, pane.budget.*), the guided forms (pane.guidedForm.*), the
 * function gallery (pane.gallery.*), the Share tab (pane.share.*), the
 * import from a selection (pane.import.*) and the page shown outside Excel
 * (pane.host.*). They come in a chunk of their own
 * (lang-en-later) with the first tab, model panel or button that needs them
 * (core/languagePacks loadEveryText), so the first load carries only en.ts.
 * Keys and placeholders follow en.ts.
 */
export const enLater = {
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
    "Exact dynamic programme along the tier chain over {candidates} per tier (a {step}-point grid from 0 to {max:percent}, {roots} where a tier's minimum margin starts or stops holding{refinements}), then a local polish. Between candidates no tier's profit can exceed the higher neighbour by more than its curvature allows, so no choice of discounts can beat this answer by more than {gap:money2} {currency}{caveat}",
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
  // The Optimise tab
  "pane.optimise.label": "Optimise",
  "pane.optimise.intro":
    "Select a model sheet built by this pane. Optimise reads its current inputs, finds the most profitable discount for every tier and writes them into the green decision cells.",
  "pane.optimise.button": "Optimise active sheet",
  "pane.optimise.undo": "Undo: restore previous discounts",
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

  // --- moved from the first part: validator rules, Office refusals, number texts, the guided forms, the import,
  // the share panel and the result card: only the parts fetched on first use name them ---
  "model.mustBeBelowOne": "must be < 1",
  "rule.oneOf": 'must be one of {list} (got "{got}")',
  "rule.range.fewerColumns": {
    one: "range {name} is missing or has fewer than {count:plain} column",
    other: "range {name} is missing or has fewer than {count:plain} columns",
  },
  "rule.range.metaRows": "range {name} must have 2 rows (name, currency)",
  "rule.range.inputRows":
    "range {name} must have 4 rows (list price, unit cost, order cost, max discount)",
  "rule.range.moved": "range {name} is missing or has moved",
  "rule.campaigns.margin": "must be a share > 0 and <= 1",
  "rule.promo.returnedAboveTrial": "must not exceed trialBuyers ({returned} > {trialBuyers})",
  "rule.promo.bothGiven":
    "is given together with convertedBuyers: give one of them (with groups, converted buyers = Σ returned)",
  "rule.promo.convertedMissing": "is missing (give convertedBuyers, or the trial-buyer groups)",
  "rule.posm.permanentOnly": "is only for permanent POSM",
  "rule.posm.temporaryOnly": "is only for temporary POSM",
  "rule.posm.noPermanentCost":
    "has no cost (placement and production are 0), so its ROI is undefined",
  "rule.posm.noTemporaryCost": "has no cost (kit and placement are 0), so its ROI is undefined",
  "rule.posm.kind": 'must be "permanent" or "temporary" (got {got})',
  "rule.distribution.presenceList":
    "must be a list with one entry per period (true/false, 1/0 or a stock figure)",
  "rule.distribution.presenceCount":
    "must have one entry per period: {expected:plain} (got {count:plain})",
  "rule.distribution.noSellingStore":
    "has no store that sells the category, so DN has no denominator",
  "rule.distribution.noCategorySales":
    "has no category sales in the stores that sell the category, so WD has no denominator",
  "rule.distribution.storeList": "the store list {rule}",
  "rule.distribution.presenceIn": "presence in {period}",
  "rule.distribution.noPeriodColumns":
    "no period columns: after store, group and category_sales, add one column per period headed by its label",
  "rule.distribution.tooManyPeriods": "at most {max:whole} period columns (got {count:whole})",
  "rule.distribution.periodLabelTooLong": "a period label must be at most {max:plain} characters",
  "rule.distribution.noStores": "the table has no store rows under its header",
  "rule.distribution.tooManyStores": "at most {max:whole} stores (got {count:whole})",
  "rule.survey.score": "must be a whole score from 0 to {max}",
  "rule.survey.scoresList": "must be a list with one score per service (null for no answer)",
  "rule.survey.scoreCount": "must have one score per service: {expected:plain} (got {count:plain})",
  "rule.survey.scoreFor": "the score for {service}",
  "rule.survey.cellScore": "a score must be a whole number from 0 to {max} (got {got})",
  "rule.survey.noServiceColumns":
    "no service columns: after group, add one column per service headed by its name",
  "rule.survey.tooManyServices": "at most {max:whole} services (got {count:whole})",
  "rule.survey.noAnswers": "the table has no answers under its header",
  "rule.survey.tooManyAnswers": "at most {max:whole} answers (got {count:whole})",
  "rule.survey.tooManyGroups": "at most {max:whole} groups (got {count:whole})",
  "rule.table.at": "{where}: {rule}",
  "rule.table.more": {
    one: "… and {count:whole} more problem",
    other: "… and {count:whole} more problems",
  },
  "rule.table.mustBe": "{what} must be {expected} (got {got})",
  "rule.table.nonNegative": "{what} must be >= 0 (got {got})",
  "rule.table.columnMissing":
    'the column "{name}" is missing (the header row must name {required})',
  "rule.table.blank": "{what} is blank",
  "rule.cell.number": "a number",
  "rule.cell.flag": "TRUE/FALSE or 1/0",
  "rule.cell.presence": "TRUE/FALSE, 1/0 or a stock figure >= 0",
  "rule.csv.openQuote": "a quoted field is not closed",
  "rule.csv.empty": "the file is empty (a header row is required)",
  "rule.csv.cell": "line {line:plain}, column {column}",
  "num.amount": "{value:money}",
  "num.amount2": "{value:money2}",
  "num.percentFixed2": "{value:money2}%",
  "num.percentFixed4": "{value:money4}%",
  "office.feature.makeShareable": "making the workbook shareable",
  "office.feature.restoreFormulas": "restoring the previous formulas",
  "pane.ribbonCommand": "Home > Discount model",
  "pane.import.empty": "The selected cells are empty: select a table with a header row.",
  "pane.import.tooLarge":
    "The selection is too large to be a tier table: {rows} × {columns} = {cells} cells, and an import reads at most {max}. Select just the table (a header row and one row per tier).",
  "pane.import.rows": { one: "{count} row", other: "{count} rows" },
  "pane.import.columns": { one: "{count} column", other: "{count} columns" },
  "pane.result.title": "Optimal discounts for “{sheet}”",
  "pane.result.profitBefore": "Profit before",
  "pane.result.profitAfter": "Profit after",
  "pane.result.perTier": "Discount per tier",
  "pane.result.tier": "Tier",
  "pane.result.discount": "Discount",
  "pane.result.margin": "Margin (floor)",
  "pane.result.binds": "binds",
  "pane.result.noFloorBinds": "No margin floor limits the discounts.",
  "pane.result.floorsBind": "The margin floor limits the discount of: {tiers}.",
  "pane.result.how": "How the optimum was established",
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
  "pane.share.cancel": "Cancel",
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
  "pane.guided.exampleLoaded": "Loaded an example: edit it or build the sheet.",
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
  "office.feature.buildFromSelection": "building a sheet over the selected table",
  "office.feature.writeSpends": "writing spends",
  "office.editedSinceWriteSpends":
    'The spends on "{sheet}" were changed after the pane wrote them, so Undo was not applied (it would overwrite your edits).',
  "office.spendCellCount": {
    one: 'The sheet "{sheet}" has {cells} spend cells but the solution has {count} channel; was a channel added or removed on the sheet? Build a new sheet from the form.',
    other:
      'The sheet "{sheet}" has {cells} spend cells but the solution has {count} channels; was a channel added or removed on the sheet? Build a new sheet from the form.',
  },
  // --- the import from the selection, the Share tab, the page outside Excel; mkt sheet header ---
  "rule.csv.headerLine": "line {line:plain} (header)",
  "pane.import.noTable": "Select a table with a header row and at least one tier row below it.",
  "pane.import.missingHeaders": "The selection's first row must be headers. Missing: {columns}.",
  "pane.import.noRows": "The selection has headers but no tier rows.",
  "pane.import.column.label": "Label",
  "pane.import.column.minQty": "Min qty",
  "pane.import.column.orders": "Orders",
  "pane.import.column.unitsPerOrder": "Units per order",
  "pane.import.column.minMargin": "Min margin",
  "pane.share.replace": "Replace with native formulas",
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
} as const;
