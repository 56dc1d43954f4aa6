/**
 * Kazakh texts of enCli.ts (the command line), key by key. How a Kazakh text
 * is written: kk.ts.
 */
import type { Translation } from "./types";

export const kkCli: Translation = {
  // --- cli: the command line ----------------------------------------------------------------
  "cli.usage":
    "қолданылуы: mkt --list\n       mkt <ФУНКЦИЯ> <аргумент> ...  мысалы, mkt ROMI 150000 50000 0.4\n       mkt <ФУНКЦИЯ> --help         функция нені есептейді және оның аргументтері\n       mkt discount solve --input FILE.json [--json]\n       mkt discount build --input FILE.json --out FILE.xlsx [--solve] [--force]\n       mkt budget solve --input FILE.json [--json]\n       mkt budget build --input FILE.json --out FILE.xlsx [--solve] [--force]\n       mkt sheet ТҮРІ --input FILE --out FILE.xlsx [--force]   ТҮРІ: campaigns, promo, posm, distribution, survey\n       mkt share --input IN.xlsx --out OUT.xlsx [--force]   MKT формулалары кәдімгі формулаларға айналады\nАуқымдар — JSON массивтері ('[[100],[50]]'); көрсетілмеген міндетті емес аргумент — ''.\nХабарламаларды ағылшын, орыс немесе қазақ тілінде алу үшін кез келген пәрменге --lang en|ru|kk қосыңыз (әдепкі — LANG бойынша).",
  "cli.lang.invalid": 'mkt: --lang en, ru немесе kk болуы керек (алынған мән: "{value}")',
  "cli.fn.unknown": 'mkt: "{name}" белгісіз функция; функциялар тізімі — `mkt --list`',
  "cli.fn.argCount": {
    one: "mkt: {name} {expected} аргумент қабылдайды, {got:plain} берілді: қолданылуы: mkt {signature}",
    other:
      "mkt: {name} {expected} аргумент қабылдайды, {got:plain} берілді: қолданылуы: mkt {signature}",
  },
  "cli.fn.argRange": "{min:plain}–{max:plain}",
  "cli.fn.rangeCell": "{name}: ауқым ұяшығы сан, true/false, null немесе жол болуы керек",
  "cli.fn.notJson": "{name}: жарамды JSON массиві емес: {text}",
  "cli.fn.oneStandardInput": "стандартты кірістен (-) тек бір ауқым келе алады",
  "cli.fn.cannotReadRange": "{name}: {path} оқылмайды: {detail}",
  "cli.input.standardInput": "стандартты кіріс",
  "cli.input.more": "... және тағы {count:plain} (алдымен осыларды түзетіңіз)",
  "cli.fn.notArray": "{name}: JSON массиві күтіледі",
  "cli.fn.returns": "Қайтаратыны: {returns}",
  "cli.error": "mkt: {message}",
  "cli.discount.usage":
    "қолданылуы: mkt discount solve --input FILE.json [--json]\n       mkt discount build --input FILE.json --out FILE.xlsx [--solve] [--force]\n       (build --force болмаса, бар файлды ешқашан алмастырмайды)",
  "cli.discount.invalidModel": "{path} — жарамсыз жеңілдіктер моделі:",
  "cli.discount.infeasible": "{name}: рұқсат етілген шешім жоқ",
  "cli.discount.optimal": "{name} ({currency}): оңтайлы жеңілдіктер",
  "cli.discount.column.tier": "Саты",
  "cli.discount.column.discount": "Жеңілдік",
  "cli.discount.column.units": "Бірліктер",
  "cli.discount.column.revenue": "Түсім",
  "cli.discount.column.profit": "Пайда",
  "cli.discount.column.margin": "Маржа",
  "cli.discount.column.minMargin": "Ең аз маржа",
  "cli.discount.column.floor": "Ең аз шек",
  "cli.discount.floorBinds": "шектейді",
  "cli.discount.floorOk": "жақсы",
  "cli.discount.totals":
    "Барлық пайда {profit:money}; жеңілдіксіз база {baseline:money}; өсім {uplift:money} ({share})",
  "cli.discount.baselineBreaks": {
    one: "Ескертпе: жеңілдіксіз база {tiers} сатысының ең аз маржасын бұзады; өсім бәрібір осы базадан есептеледі.",
    other:
      "Ескертпе: жеңілдіксіз база {tiers} сатыларының ең аз маржасын бұзады; өсім бәрібір осы базадан есептеледі.",
  },
  "cli.discount.baselineTier": '"{tier}" ({margin})',
  "cli.discount.binding": "Шектейтіндер: {constraints}",
  "cli.discount.bindingNone":
    "ешқайсысы (әр жеңілдік 0 мен ең үлкен мәннің арасында, өз ең аз маржасынан жоғары және көршілерінен өзгеше)",
  "cli.discount.noteOptimal":
    "Жеңілдік ұяшықтарында MKT оңтайландырғышының жаһандық оңтайлы шешімі тұр (пайда {profit:money} {currency}). {explanation}",
  "cli.discount.noteInfeasible":
    "MKT оңтайландырғышы рұқсат етілген жеңілдіктерді таппады: {reason}",
  "cli.discount.writtenWithZeros": "{reason} Парақ нөлдік жеңілдіктермен жазылды.",
  "cli.discount.wrote": "{path} жазылды",
  "cli.discount.wroteSolved": "{path} жазылды (шешім ұяшықтарында оңтайлы жеңілдіктер)",
  "cli.share.error": "mkt share: {message}",
  "cli.share.usage": "қолданылуы:\n       mkt share --input IN.xlsx --out OUT.xlsx [--force]",
  "cli.share.needsFiles": "share үшін --input IN.xlsx және --out OUT.xlsx керек",
  "cli.share.needsFile": "{option}: файл атауы керек",
  "cli.share.unknownOption": "белгісіз параметр {option}",
  "cli.share.notWorkbook":
    "{option} .xlsx немесе .xlsm файлын көрсетуі керек (алынған мән: {path})",
  "cli.share.sameExtension":
    "--out кеңейтімі --input кеңейтімімен бірдей болуы керек (.xlsm макростары тек .xlsm-де сақталады)",
  "cli.share.outIsInput":
    "--out кіріс файлын көрсетеді: {path}; ештеңе жазылмады (басқа атау таңдаңыз)",
  "cli.share.cannotRead": "{path} оқылмады: {detail}",
  "cli.share.unreadable": "{path} кітап ретінде оқылмайды (.xlsx/.xlsm, zip): {detail}",
  "cli.share.keptCell": "өзгеріссіз қалды: {sheet}!{cell} MKT.{name} ({reason})",
  "cli.share.keptName": "өзгеріссіз қалды: {name} атауы MKT функциясын шақырады",
  "cli.share.nothing":
    "{path} ішіндегі бірде-бір формула ауыстыруға болатын MKT функциясын шақырмайды; ештеңе жазылмады",
  "cli.share.exists": "{path} бұрыннан бар; ештеңе жазылмады (ауыстыру үшін --force қосыңыз)",
  "cli.share.cannotWrite": "{path} жазылмады: {detail}",
  "cli.share.changed": {
    one: "{count} ұяшық өзгертілді, парақтар: {sheets}",
    other: "{count} ұяшық өзгертілді, парақтар: {sheets}",
  },
  "cli.share.replaced": "ауыстырылды: {functions}",
  "cli.share.wrote": "{path} жазылды; Excel мен LibreOffice оны ашқанда қайта есептейді",
  "cli.sheet.usage":
    "қолданылуы: mkt sheet ТҮРІ --input FILE --out FILE.xlsx [--lang en|ru|kk] [--force]\n       ТҮРІ: {kinds}; FILE — JSON (distribution және survey үшін — JSON немесе CSV)\n       (бар файл тек --force болғанда ауыстырылады)",
  "cli.sheet.error": "mkt sheet: {message}",
  "cli.sheet.missingKind": "парақ ТҮРІ көрсетілмеген",
  "cli.sheet.unknownKind": "белгісіз парақ ТҮРІ: {kind}",
  "cli.sheet.needsFiles": "--input FILE және --out FILE.xlsx қажет",
  "cli.sheet.jsonOnly": "{kind} тек JSON оқиды; CSV — distribution және survey үшін",
  "cli.sheet.invalidInput": "{path} — {kind} үшін жарамсыз кіріс деректері:",
  "cli.sheet.csvLine": "{line:plain}-жол: {message}",
  "cli.sheet.wrote": "{path} жазылды: «{sheet}» парағы ({kind})",
  "cli.model.error": "{command}: {message}",
  "cli.model.unknownOption": "белгісіз параметр {option}",
  "cli.model.needsFile": "{option} кейін файл атауы керек",
  "cli.model.missingSubcommand": "ішкі команда көрсетілмеген",
  "cli.model.unknownSubcommand": "белгісіз ішкі команда {name}",
  "cli.model.solveNeedsInput": "solve үшін --input FILE.json керек",
  "cli.model.buildNeedsFiles": "build үшін --input FILE.json және --out FILE.xlsx керек",
  "cli.model.outNotXlsx": "--out .xlsx файлын көрсетуі керек (көрсетілгені {path})",
  "cli.model.cannotRead": "{path} оқылмады: {detail}",
  "cli.model.cannotReadShort": "{path} оқылмады",
  "cli.model.exists": "{path} бар; ештеңе жазылмады (ауыстыру үшін --force қосыңыз)",
  "cli.model.cannotWrite": "{path} жазылмады: {detail}",
  "cli.model.certificate": "Сертификат: {explanation}",
  "cli.budget.usage":
    "қолданылуы: mkt budget solve --input FILE.json [--json]\n       mkt budget build --input FILE.json --out FILE.xlsx [--solve] [--force] [--lang en|ru|kk]\n       (build бар файлды --force-сыз ауыстырмайды; --lang — парақтың тілі)",
  "cli.budget.invalidModel": "{path} — бюджеттің жарамсыз моделі:",
  "cli.budget.infeasible": "{name}: шешім жоқ",
  "cli.budget.optimal": "{name} ({currency}): {budget:money} оңтайлы бөлу",
  "cli.budget.column.channel": "Арна",
  "cli.budget.column.spend": "Шығын",
  "cli.budget.column.current": "Қазір",
  "cli.budget.column.response": "Жауап",
  "cli.budget.column.profit": "Пайда",
  "cli.budget.column.marginal": "Шекті қайтарым",
  "cli.budget.column.bound": "Шекара",
  "cli.budget.bound.min": "ең аз",
  "cli.budget.bound.max": "ең көп",
  "cli.budget.totals": "Барлық шығын {spend:money} / {budget:money}; барлық пайда {profit:money}",
  "cli.budget.versusCurrent": "; қазіргі шығындарда {current:money} ({change})",
  "cli.budget.noteOptimal":
    "Шығын ұяшықтарында MKT оңтайландырғышының жаһандық оптимумы (пайда {profit:money} {currency}). {explanation}",
  "cli.budget.noteInfeasible": "MKT оңтайландырғышы жарамды бөлу таппады: {reason}",
  "cli.budget.writtenAtMinimums": "{reason} Парақ ең аз шығындармен жазылды.",
  "cli.budget.wrote": "{path} жазылды",
  "cli.budget.wroteSolved": "{path} жазылды (шешім ұяшықтарында оңтайлы шығындар)",
};
