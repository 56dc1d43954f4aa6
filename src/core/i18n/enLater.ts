/**
 * The English texts the pane shows only after its first screen: the Optimise
 * tab and the optimiser's answer (pane.optimise.*, opt.*), the budget model
 * (budget.*, pane.budget.*), the guided forms (pane.guidedForm.*) and the
 * function gallery (pane.gallery.*). They come in a chunk of their own
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
} as const;
