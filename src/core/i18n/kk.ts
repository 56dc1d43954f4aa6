/**
 * Kazakh (Cyrillic) texts of the message catalogue, key by key (the keys and
 * the English reference texts are in en.ts). Every key is translated; the
 * catalogue test fails for a missing one (kk is in COMPLETE_LOCALES). Keep
 * every {placeholder} of the English text; plural texts give the forms
 * Intl.PluralRules("kk") uses: one, other. Argument names and JSON field
 * paths stay as the user types them. Excel has no Kazakh TRUE/FALSE or error
 * values, and most Kazakh analysts work in a Russian or English Excel, so a
 * message gives the English name with the Russian Excel one in brackets
 * (TRUE/FALSE (ИСТИНА/ЛОЖЬ)), as the function help does
 * (catalogue/translations/kk.ts). Solver keeps its English name and menu
 * words: the Kazakh interface pack does not translate them.
 */
import type { Translation } from "./types";

export const kk: Translation = {
  // --- fn: custom-function arguments -----------------------------------------
  "fn.arg.missing": "{name} — міндетті аргумент",
  "fn.arg.textForNumber": '{name} мәтін емес, сан болуы керек: "{text}"',
  "fn.arg.booleanForNumber": "{name} {value} емес, сан болуы керек",
  "fn.arg.notANumber": "{name} сан болуы керек",
  "fn.arg.notFinite": "{name} шектеулі сан болуы керек",
  "fn.arg.shareAsPercent":
    "{name} — 0 мен 1 аралығындағы үлес: {value} емес, {share:percent} немесе {share} деп енгізіңіз",
  "fn.arg.shareOutOfRange":
    "{name} — 0 мен 1 аралығындағы үлес (0%-дан 100%-ға дейін): {value} емес, 25% немесе 0,25 деп енгізіңіз",
  "fn.arg.notWhole": "{name} {value} емес, бүтін сан болуы керек",
  "fn.arg.mustExceed": "{name} мәні {min} мәнінен үлкен болуы керек",
  "fn.arg.zeroForOptional":
    "{name} мәні {min} мәнінен үлкен болуы керек; егер ұяшық бос болса (Excel-дің кейбір жұмыс үстелі нұсқалары бос ұяшықты 0 ретінде жібереді), әдепкі {fallback} мәнін алу үшін аргументті көрсетпеңіз",
  "fn.arg.notNegative": "{name} теріс болмауы керек",
  "fn.arg.mustBeAtLeast": "{name} кемінде {min} болуы керек",
  "fn.arg.mustBeBelow": "{name} мәні {max} мәнінен кіші болуы керек",
  "fn.arg.mustBeAtMost": "{name} мәні {max} мәнінен аспауы керек",
  "fn.arg.notAChoice": '{name} "{text}" емес, {choices} мәндерінің бірі болуы керек',
  "fn.arg.notABoolean": "{name} TRUE немесе FALSE (ИСТИНА немесе ЛОЖЬ) болуы керек",
  // --- fn: ranges --------------------------------------------------------------
  "fn.range.cell": "{row:plain}-жол, {column:plain}-баған",
  "fn.range.ragged": "{name} тікбұрышты ауқым болуы керек (әр жолда ұяшық саны бірдей)",
  "fn.range.shapesDiffer":
    "{a} мен {b} бірдей пішінді ауқымдар болуы керек ({shapeA} және {shapeB})",
  "fn.range.cellText":
    '{name} сандарды, TRUE/FALSE (ИСТИНА/ЛОЖЬ) немесе бос ұяшықтарды қамтуы керек; {cell} ұяшығында "{text}" мәтіні тұр',
  "fn.range.cellBoolean":
    "{name} сандарды қамтуы керек; {cell} ұяшығында TRUE/FALSE (ИСТИНА/ЛОЖЬ) тұр",
  "fn.range.cellNegative": "{name} теріс сандарды қамтымауы керек; {cell} ұяшығында {value} тұр",
  "fn.range.cellNotFinite": "{name} шектеулі сандарды қамтуы керек; {cell} ұяшығында олай емес",
  "fn.range.cellUnreadable":
    "{name}: {cell} ұяшығындағы мән сан да, TRUE/FALSE (ИСТИНА/ЛОЖЬ) да, бос та емес",
  "fn.range.scoreOutOfScale":
    "{name} сауалнаманың 0-ден 5-ке дейінгі бағаларын қамтиды; {cell} ұяшығында {value} тұр",
  "fn.range.noRows": "{name} ауқымында бос емес жол жоқ",
  "fn.range.sumNotFinite":
    "{name} қосындысы Excel үшін тым үлкен (1,8E+308-ден үлкен): алдымен мәндерді 1 000-ға немесе 1 000 000-ға бөліңіз",
  // --- fn: results -------------------------------------------------------------
  "fn.result.notFinite": "нәтиже Excel үшін тым үлкен; аргументтердің шамасын тексеріңіз",
  "fn.result.exceeds": "{part} {whole} мәнінен аспауы керек",
  "fn.result.noSalesGrowth":
    "units_now мәні units_before мәніне тең: шығынды бөлетін қосымша бірлік жоқ",
  "fn.result.salesFell":
    "units_now мәні units_before мәнінен аз: сатылым өспесе, қосымша бірліктің құны анықталмайды",
  "fn.result.neverPaysBack":
    "POSM ешқашан өтелмейді: өсімнен түсетін айлық пайда (monthly_unit_uplift × unit_profit) monthly_placement_cost мәнінен аспайды",
  "fn.result.noPosmCost":
    "POSM ештеңе тұрмайды (орналастыру мен өндіріс шығындары 0), сондықтан табыстылықты есептейтін негіз жоқ",
  "fn.result.promoLongerThanYear":
    "promo_days ({promoDays}) жылдың {daysPerYear} күнінен асады (days_per_month × 12); 365 күндік жыл үшін days_per_month = 30,42 қойыңыз",
  "fn.result.noOrdinaryProfit":
    "қалыпты жылдың пайдасы 0 (baseline_daily_units × unit_profit), сондықтан өсімнің негізі жоқ",
  "fn.result.discountAtMargin":
    "discount мәні gross_margin мәнінен кіші болуы керек: жеңілдік маржаға тең немесе одан жоғары болса, әр қосымша бірлік шығын әкеледі, оны ешқандай сатылым өсімі жаппайды",
  "fn.result.neverBreaksEven":
    "unit_price мәні unit_variable_cost мәнінен аспайды: әр сатылған бірлік шығынды, сондықтан ешқандай көлем мақсатқа жеткізбейді",
  "fn.result.equalPriceAndCost":
    "unit_price мәні unit_variable_cost мәніне тең: әр бірлік 0 береді, сондықтан көлем анықталмайды",
  "fn.result.marketNegative":
    "exports мәні domestic_production + imports қосындысынан үлкен: нарық көлемі теріс болар еді",
  "fn.result.loyaltyExceeds":
    "loyal + disloyal қосындысы total мәнінен аспауы керек (total болмаса, бұлар үлестер: 30% немесе 0,3 деп енгізіңіз)",
  "fn.result.noFiniteLifetime":
    "retention_rate мәні 1 + discount_rate қосындысынан кіші болуы керек: әр кезеңде қалатын (100%) және дисконтталмайтын (0%) клиенттің өмірлік құндылығы шексіз",
  "fn.result.minAboveMax": "min_response мәні max_response мәнінен аспауы керек",
  "fn.result.noSteadyState":
    "тиімді жарнама жоқ (spend × response_rate = 0) және бәсеңдеу жоқ (decay_rate = 0) кезде сатылым ешқашан тұрақты деңгейге шықпайды",
  "fn.result.noDistributionBase": "{name}: бөлгіш 0-ге тең (есептейтін дүкендер жоқ)",

  // --- model: validation of a discount model (field paths stay as in the JSON) ----
  "model.field": "{path} {rule}",
  "model.mustBePositive": "> 0 болуы керек",
  "model.mustBeNonNegative": ">= 0 болуы керек",
  "model.discountRange": ">= 0 және < 1 болуы керек",
  "model.shareRange": "0 мен 1 аралығында болуы керек",
  "model.mustBeAtMost": "<= {max} болуы керек",
  "model.brokenRule": "{rule} (алынған мән: {value})",
  "model.numberMissing": "жоқ (сан қажет)",
  "model.notFinite": "шектеулі сан болуы керек (алынған мән: {got})",
  "model.notBoolean": "true немесе false болуы керек (алынған мән: {got})",
  "model.textMissing": "жоқ (мәтін қажет)",
  "model.notText": "мәтін болуы керек (алынған мән: {got})",
  "model.empty": "бос болмауы керек",
  "model.startsWithEquals": '"=" белгісінен басталмауы керек (әйтпесе формула болып оқылады)',
  "model.tooLong": "{max} таңбадан аспауы керек",
  "model.listMissing": "жоқ (тізім қажет)",
  "model.notList": "тізім болуы керек (алынған мән: {got})",
  "model.entryCount":
    "элементтер саны {min}–{max} аралығында болуы керек (алынғаны: {count:plain})",
  "model.notObject": "объект болуы керек (алынған мән: {got})",
  "model.duplicateLabel": '{other} мәнін қайталайды ("{label}")',
  "model.notAscending":
    "{previousPath} мәнінен үлкен болуы керек (сатылар өсу ретімен; {previous} мәнінен кейін {value} алынды)",
  "model.sharesMissing": "жоқ (әр сатыға бір үлес қажет)",
  "model.shareCount": "әр сатыға бір үлес болуы керек: {expected:plain} (алынғаны: {count:plain})",
  "model.sharesSum":
    "қосындысы 1 емес ({sum}): segments[*].shares[{tier:plain}] қосындысы 1 болуы керек",
  "model.invalidJson": "кіріс деректері жарамды JSON емес ({detail})",
  "model.notAnObject": "кіріс деректері JSON объектісі болуы керек (алынған мән: {got})",
  "model.overflow":
    "{path}: асып кету ({figure}, жеңілдік {discount:percent}, есептеу үшін тым үлкен: orders, unitsPerOrder және бағаларды тексеріңіз)",
  "model.overflowTotal":
    "tiers: барлық сатылар бойынша жиынтық {figure} асып кетеді (есептеу үшін тым үлкен): orders және unitsPerOrder мәндерін тексеріңіз",
  "model.marginFloor":
    "-1-ден кем емес және 1-ден кіші болуы керек (түсімнің үлесі: -100% түсімге тең шығынға жол береді)",
  "model.label.lineBreak":
    "бір жол болуы керек: онда {code} бар (орны {position:plain}), бұл табуляция немесе жол ауыстыру",
  "model.label.nonCharacter":
    "{code} таңба емесін қамтымауы керек (орны {position:plain}): Excel кітабы оны сақтай алмайды",
  "model.label.surrogate":
    "суррогат жұптың жартысын, {code}, қамтымауы керек (орны {position:plain}): Excel кітабы оны сақтай алмайды",
  "model.label.control":
    "{code} басқару таңбасын қамтымауы керек (орны {position:plain}): ол көрінбейді, ал мұндай таңбалардың көбін Excel кітабы сақтай алмайды",
  "model.got.null": "null",
  "model.got.array": "массив",
  "model.got.object": "объект",
  "model.got.text": "мәтін {text}",
  // --- rule: нұсқаулы парақтар мен кестелер деректерін тексеру ережелері (issue 9, 2-тармақ) ---
  "rule.wholeNumberAtLeast": ">= {min} бүтін сан болуы керек",
  // --- num: a figure alone, in the reader's format (a parameter whose digits depend on its size) ---
  "rule.figure.units": "дана саны",
  "rule.figure.revenue": "түсім",
  "rule.figure.profit": "пайда",
  "rule.figure.margin": "маржа",
  "rule.figure.floorSlack": "ең аз маржадан асатын қор",

  // --- pane: the task pane ------------------------------------------------------------
  "pane.title": "Трейд-маркетинг",
  "pane.partMissing": "Тақтаның бір бөлігі жүктелмеді. Желі байланысын тексеріп, қайталап көріңіз.",
  "pane.partRetry": "Қайталау",
  "pane.tabs": "Тақта бөлімдері",
  "pane.tab.model": "Модель",
  "pane.tab.optimise": "Шешім",
  "pane.tab.functions": "Функциялар",
  "pane.language": "Тіл",
  "pane.status.exampleLoaded":
    "Мақаладағы мысал жүктелді: тапсырыстың үш мөлшері, сатып алушылардың үш түрі.",
  "pane.status.readingSelection": "Белгіленген ұяшықтарды оқып жатырмын…",
  "pane.status.imported": {
    one: "{address} ауқымынан {count} саты импортталды.",
    other: "{address} ауқымынан {count} саты импортталды.",
  },
  "pane.status.ignoredColumns": "Өткізіп жіберілген бағандар: {columns}.",
  "pane.status.building": "Модель парағын құрып жатырмын…",
  "pane.status.built":
    '"{sheet}" парағы құрылды. Оны осында оңтайландырыңыз немесе «Деректер» > Solver ашыңыз: модель дайын.',
  "pane.status.readingModel": "Белсенді парақтан модельді оқып жатырмын…",
  "pane.status.notModel":
    '"{sheet}" белсенді парағы осы тақта құрған жеңілдіктер моделі емес. «Модель» қойындысында модель құрыңыз немесе сондай парақты таңдаңыз.',
  "pane.status.invalidModel":
    '"{sheet}" парағындағы бастапқы деректер жарамды модель емес: {problems}.',
  "pane.status.solving": "Ең пайдалы жеңілдіктерді іздеп жатырмын…",
  "pane.status.infeasible": "Жеңілдіктер жазылмады: модельдің рұқсат етілген шешімі жоқ.",
  "pane.status.writing": "Жеңілдіктерді параққа жазып жатырмын…",
  "pane.status.changedWhileSolving":
    '"{sheet}" парағындағы жеңілдіктер оңтайландырғыш жұмыс істеп жатқанда өзгертілді, сондықтан ештеңе жазылмады (сіздің түзетуіңіз сақталды). Оны ескеру үшін «Белсенді парақты оңтайландыру» батырмасын қайта басыңыз.',
  "pane.status.wrote": 'Оңтайлы жеңілдіктер "{sheet}" парағына жазылды.',
  "pane.status.restoring": "Бұрынғы жеңілдіктерді қалпына келтіріп жатырмын…",
  "pane.status.restored": '"{sheet}" парағындағы бұрынғы жеңілдіктер қалпына келтірілді.',
  "pane.status.inserting": "Функцияны қойып жатырмын…",
  "pane.status.inserted": "{formula} формуласы {address} ұяшығына қойылды.",
  // The model form
  "pane.form.label": "Жеңілдіктер моделі",
  "pane.form.loadExample": "Мақаладағы мысалды жүктеу",
  "pane.form.importSelection": "Сатыларды белгіленген аймақтан импорттау",
  "pane.form.productAndCosts": "Тауар және шығындар",
  "pane.form.tiers": "Тапсырыс көлемінің сатылары",
  "pane.form.segments": "Сатып алушылар сегменттері",
  "pane.form.problems": "Модельдегі қателер",
  "pane.form.build": "Парақ құру",
  "pane.form.buildHint":
    "Кәдімгі Excel формулалары мен Solver-ге дайын моделі бар жаңа парақ құрады.",
  "pane.form.wait": "Күте тұрыңыз: басқа әрекет орындалып жатыр.",
  "pane.form.blocked": {
    one: "Құру қолжетімсіз: алдымен модельдегі {count} қатені түзетіңіз (қызылмен белгіленген).",
    other: "Құру қолжетімсіз: алдымен модельдегі {count} қатені түзетіңіз (қызылмен белгіленген).",
  },
  "pane.field.name": "Тауар",
  "pane.field.currency": "Валюта",
  "pane.field.currency.hint": "мысалы, KZT",
  "pane.field.listPrice": "Прайс бойынша баға / бірлік",
  "pane.field.unitCost": "Өзіндік құн / бірлік",
  "pane.field.orderCost": "Тапсырыс шығыны",
  "pane.field.orderCost.hint": "құжаттар, жеткізу",
  "pane.field.maxDiscount": "Ең үлкен жеңілдік",
  "pane.field.share.hint": "{example} немесе {percent}",
  "pane.field.blank": "Сан енгізіңіз.",
  "pane.field.notNumber": "Бұл сан емес: мысалы, {fraction} немесе {percent} деп енгізіңіз.",
  "pane.tier.legend": "{index:plain}-саты",
  "pane.tier.named": "{index:plain}-саты ({label})",
  "pane.tier.label": "Атауы",
  "pane.tier.minQty": "Ең аз саны (бірлік)",
  "pane.tier.orders": "Тапсырыс / кезең",
  "pane.tier.unitsPerOrder": "Бірлік / тапсырыс",
  "pane.tier.minMargin": "Ең аз маржа",
  "pane.tier.remove": "Сатыны жою",
  "pane.tier.removeNamed": "Жою: {tier}",
  "pane.tier.add": "Саты қосу",
  "pane.tiers": "Сатылар",
  "pane.segment.legend": "{index:plain}-сегмент",
  "pane.segment.named": "{index:plain}-сегмент ({label})",
  "pane.segment.label": "Атауы",
  "pane.segment.elasticity": "Икемділік",
  "pane.segment.elasticity.hint": "0 — жеңілдікке сезімтал емес",
  "pane.segment.shareOf": "{tier} ішіндегі үлесі",
  "pane.segment.shareOfTier": "{index:plain}-сатыдағы үлесі",
  "pane.segment.remove": "Сегментті жою",
  "pane.segment.removeNamed": "Жою: {segment}",
  "pane.segment.add": "Сегмент қосу",
  "pane.segments": "Сегменттер",
  "pane.segment.default": "Барлық сатып алушылар",
  "pane.problem.at": "{where}: {rule}",
  // The result card (the first screen words the optimiser's result with these)
  "pane.result.uplift": "Өсім",
  "pane.result.upliftValue": "{sign}{amount} ({sign}{share})",
  "pane.result.infeasible": '"{tier}" сатысына ешбір жеңілдік сәйкес келмейді: {reason}',
  "pane.result.certificate":
    "Бұл жай жақсы емес, ең үздік жоспар: әр сатының жеңілдігі {step} пайыздық тармақ қадамды торда тексерілді, және басқа ешбір жеңілдіктер жиыны {gap} таба алмайды.",
  "pane.result.gapAbove": "одан {amount} артық",
  "pane.result.gapBelowCent": "тіпті {amount} артық",

  // --- office: what Excel or the pane's adapters refused ------------------------------------
  "office.supportedExcel": "Microsoft 365, Excel 2021 немесе одан жаңа, не Интернеттегі Excel",
  "office.AccessDenied":
    "Excel өзгерісті қабылдамады: кітап немесе парақ қорғалған не тек оқуға ортақ болуы мүмкін.",
  "office.ItemAlreadyExists":
    "Осы уақытта дәл сондай атаулы парақ немесе атау пайда болды; қайталап көріңіз.",
  "office.InvalidOperationInCellEditMode":
    "Excel ұяшықты өңдеумен бос емес: парақта Enter немесе Esc пернесін басып, қайталап көріңіз.",
  "office.ApiNotFound":
    "Excel нұсқаңыз бұл мүмкіндік үшін тым ескі: {supported} қажет. Excel-ді жаңартыңыз.",
  "office.InvalidSelection":
    "Excel ағымдағы белгілеуді пайдалана алмайды: бір ұяшықтар блогын белгілеңіз (бірнеше аймақ, диаграмма не сурет емес), содан кейін қайталап көріңіз.",
  "office.GeneralException": "Excel ішкі қате туралы хабарлады; қайталап көріңіз.",
  "office.ItemNotFound":
    "Тақта күткен парақ немесе ұяшықтар жоқ (атауы өзгертілген не жойылған ба?).",
  "office.InvalidReference": "Парақтағы модель ұяшықтары тақта күткенге енді сәйкес келмейді.",
  "office.unknown":
    "Бірдеңе дұрыс болмады{detail}. Басқасы айтылмаса, бұл қадам кітапта ештеңені өзгертпеді.",
  "office.optimiserStopped": "Оңтайландырғыш күтпеген жерден тоқтады.",
  "office.optimiserStoppedWith": "Оңтайландырғыш күтпеген жерден тоқтады: {detail}.",
  // Make shareable, gallery insert forms
  "pane.tab.share": "Бөлісу",
  "pane.status.finding": "MKT функцияларын шақыратын формулаларды іздеп жатырмын…",
  "pane.status.writingNative": "Кәдімгі формулаларды жазып жатырмын…",
  "pane.status.restoringFormulas": "Бұрынғы формулаларды қалпына келтіріп жатырмын…",
  // --- pane: guided model sheets -------------------------------------------------------------
  "pane.guided.tableProblems": "Парақ құрылмады: белгіленген кестеде қателер бар (төменде тізімі).",
  "pane.guided.formProblems": "Парақ құрылмады: пішінде қателер бар (төменде тізімі).",
  "pane.guided.builtInPlace":
    '"{sheet}" парағы құрылды; оның формулалары кестеңізді орнында оқиды.',
  "pane.guided.built": '"{sheet}" парағы құрылды.',
  "pane.guided.picker": "Модель",
  // --- pane: the Models picker and the guided forms' fields ---------------------------------
  "pane.models.discounts": "Тапсырыс көлемі бойынша жеңілдіктер",
  "pane.models.campaigns": "Науқандар: ROMI, қосымша бірлік құны",
  "pane.models.promo": "Промо: ұзақ мерзімді әсер",
  "pane.models.posm": "POSM: қай нұсқа өзін өтейді",
  "pane.models.distribution": "Дистрибуция: DN, WD (дүкендеріңіз)",
  "pane.models.survey": "Клиентке бағдарлану сауалнамасы",
  "pane.models.budget": "Бюджет: арналар бойынша бөлу",
  "fn.result.ceilingNotAboveFloor": "max_response min_response-тан үлкен болуы керек",
  "fn.result.pointOutside":
    "response_{point:plain} min_response пен max_response арасында қатаң жатуы керек (қисық төменгі және шекті деңгейге тек жақындайды)",
  "fn.result.sameSpend":
    "spend_1 мен spend_2 әртүрлі болуы керек: бір шығын бойынша қисықтың көлбеуі анықталмайды",
  "fn.result.notRising": "ADBUDG қисығы үшін жауап шығынмен бірге өсуі керек",
  "fn.result.fitCounts":
    "spend пен response ұяшықтарының саны бірдей болуы керек ({spend:plain} және {response:plain})",
  "fn.result.tooFewPoints": {
    one: "төрт параметрді сәйкестендіру үшін кемінде {min:plain} әртүрлі шығыны бар {min:plain} кезең керек; қазір {count} әртүрлі шығын бар",
    other:
      "төрт параметрді сәйкестендіру үшін кемінде {min:plain} әртүрлі шығыны бар {min:plain} кезең керек; қазір {count} әртүрлі шығын бар",
  },
};
