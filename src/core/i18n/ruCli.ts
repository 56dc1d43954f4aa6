/**
 * Russian texts of enCli.ts (the command line), key by key. How a Russian
 * text is written: ru.ts.
 */
import type { Translation } from "./types";

export const ruCli: Translation = {
  // --- cli: the command line ----------------------------------------------------------------
  "cli.usage":
    "использование: mkt --list\n       mkt <ФУНКЦИЯ> <аргумент> ...  например, mkt ROMI 150000 50000 0.4\n       mkt <ФУНКЦИЯ> --help         что считает функция и её аргументы\n       mkt discount solve --input FILE.json [--json]\n       mkt discount build --input FILE.json --out FILE.xlsx [--solve] [--force]\n       mkt budget solve --input FILE.json [--json]\n       mkt budget build --input FILE.json --out FILE.xlsx [--solve] [--force]\n       mkt sheet ВИД --input FILE --out FILE.xlsx [--force]   ВИД: campaigns, promo, posm, distribution, survey\n       mkt share --input IN.xlsx --out OUT.xlsx [--force]   формулы MKT становятся обычными формулами\nДиапазоны — массивы JSON ('[[100],[50]]'); пропущенный необязательный аргумент — ''.\nДобавьте --lang en|ru|kk к любой команде, чтобы получить сообщения на английском, русском или казахском (по умолчанию — по LANG).",
  "cli.lang.invalid": 'mkt: --lang должен быть en, ru или kk (получено "{value}")',
  "cli.fn.unknown": 'mkt: неизвестная функция "{name}"; список функций — `mkt --list`',
  "cli.fn.argCount": {
    one: "mkt: {name} принимает аргументов: {expected}, получен {got:plain}: использование: mkt {signature}",
    few: "mkt: {name} принимает аргументов: {expected}, получено {got:plain}: использование: mkt {signature}",
    many: "mkt: {name} принимает аргументов: {expected}, получено {got:plain}: использование: mkt {signature}",
    other:
      "mkt: {name} принимает аргументов: {expected}, получено {got:plain}: использование: mkt {signature}",
  },
  "cli.fn.argRange": "от {min:plain} до {max:plain}",
  "cli.fn.rangeCell": "{name}: ячейка диапазона должна быть числом, true/false, null или строкой",
  "cli.fn.notJson": "{name}: не корректный массив JSON: {text}",
  "cli.fn.oneStandardInput": "только один диапазон может поступать со стандартного ввода (-)",
  "cli.fn.cannotReadRange": "{name}: не удаётся прочитать {path}: {detail}",
  "cli.input.standardInput": "стандартный ввод",
  "cli.input.more": "... и ещё {count:plain} (сначала исправьте эти)",
  "cli.fn.notArray": "{name}: ожидается массив JSON",
  "cli.fn.returns": "Возвращает: {returns}",
  "cli.error": "mkt: {message}",
  "cli.discount.usage":
    "использование: mkt discount solve --input FILE.json [--json]\n       mkt discount build --input FILE.json --out FILE.xlsx [--solve] [--force]\n       (build никогда не заменяет существующий файл без --force)",
  "cli.discount.invalidModel": "{path} — некорректная модель скидок:",
  "cli.discount.infeasible": "{name}: допустимого решения нет",
  "cli.discount.optimal": "{name} ({currency}): оптимальные скидки",
  "cli.discount.column.tier": "Ступень",
  "cli.discount.column.discount": "Скидка",
  "cli.discount.column.units": "Единицы",
  "cli.discount.column.revenue": "Выручка",
  "cli.discount.column.profit": "Прибыль",
  "cli.discount.column.margin": "Маржа",
  "cli.discount.column.minMargin": "Мин. маржа",
  "cli.discount.column.floor": "Минимум",
  "cli.discount.floorBinds": "ограничивает",
  "cli.discount.floorOk": "ок",
  "cli.discount.totals":
    "Прибыль всего {profit:money}; база без скидок {baseline:money}; прирост {uplift:money} ({share})",
  "cli.discount.baselineBreaks": {
    one: "Примечание: без скидок нарушается минимальная маржа ступени {tiers}; прирост всё равно считается от этой базы.",
    few: "Примечание: без скидок нарушается минимальная маржа ступеней {tiers}; прирост всё равно считается от этой базы.",
    many: "Примечание: без скидок нарушается минимальная маржа ступеней {tiers}; прирост всё равно считается от этой базы.",
    other:
      "Примечание: без скидок нарушается минимальная маржа ступеней {tiers}; прирост всё равно считается от этой базы.",
  },
  "cli.discount.baselineTier": '"{tier}" ({margin})',
  "cli.discount.binding": "Ограничивают: {constraints}",
  "cli.discount.bindingNone":
    "ничто (каждая скидка строго между 0 и максимумом, выше своего минимума маржи и отличается от соседних)",
  "cli.discount.noteOptimal":
    "В ячейках скидок — глобальный оптимум оптимизатора MKT (прибыль {profit:money} {currency}). {explanation}",
  "cli.discount.noteInfeasible": "Оптимизатор MKT не нашёл допустимых скидок: {reason}",
  "cli.discount.writtenWithZeros": "{reason} Лист записан с нулевыми скидками.",
  "cli.discount.wrote": "записан {path}",
  "cli.discount.wroteSolved": "записан {path} (в изменяемых ячейках — оптимальные скидки)",
  "cli.share.error": "mkt share: {message}",
  "cli.share.usage": "использование:\n       mkt share --input IN.xlsx --out OUT.xlsx [--force]",
  "cli.share.needsFiles": "share требует --input IN.xlsx и --out OUT.xlsx",
  "cli.share.needsFile": "{option}: нужно имя файла",
  "cli.share.unknownOption": "неизвестный параметр {option}",
  "cli.share.notWorkbook": "{option} должен указывать файл .xlsx или .xlsm (получено {path})",
  "cli.share.sameExtension":
    "у --out должно быть то же расширение, что у --input (макросы .xlsm сохраняются только в .xlsm)",
  "cli.share.outIsInput":
    "--out указывает на входной файл {path}; ничего не записано (выберите другое имя)",
  "cli.share.cannotRead": "не удаётся прочитать {path}: {detail}",
  "cli.share.unreadable": "{path} не читается как книга (.xlsx/.xlsm, zip): {detail}",
  "cli.share.keptCell": "оставлено как есть: {sheet}!{cell} MKT.{name} ({reason})",
  "cli.share.keptName": "оставлено как есть: имя {name} вызывает функцию MKT",
  "cli.share.nothing":
    "ни одна формула в {path} не вызывает функцию MKT, которую можно заменить; ничего не записано",
  "cli.share.exists":
    "{path} уже существует; ничего не записано (чтобы заменить файл, добавьте --force)",
  "cli.share.cannotWrite": "не удаётся записать {path}: {detail}",
  "cli.share.changed": {
    one: "изменена {count} ячейка на листах: {sheets}",
    few: "изменены {count} ячейки на листах: {sheets}",
    many: "изменено {count} ячеек на листах: {sheets}",
    other: "изменено {count} ячейки на листах: {sheets}",
  },
  "cli.share.replaced": "заменено: {functions}",
  "cli.share.wrote": "записан {path}; Excel и LibreOffice пересчитают его при открытии",
  "cli.sheet.usage":
    "использование: mkt sheet ВИД --input FILE --out FILE.xlsx [--lang en|ru|kk] [--force]\n       ВИД: {kinds}; FILE — JSON (для distribution и survey — JSON или CSV)\n       (существующий файл заменяется только с --force)",
  "cli.sheet.error": "mkt sheet: {message}",
  "cli.sheet.missingKind": "не указан ВИД листа",
  "cli.sheet.unknownKind": "неизвестный ВИД листа {kind}",
  "cli.sheet.needsFiles": "нужны --input FILE и --out FILE.xlsx",
  "cli.sheet.jsonOnly": "{kind} читает только JSON; CSV — для distribution и survey",
  "cli.sheet.invalidInput": "{path} — недопустимые входные данные для {kind}:",
  "cli.sheet.csvLine": "строка {line:plain}: {message}",
  "cli.sheet.wrote": "записан {path}: лист «{sheet}» ({kind})",
  "cli.model.error": "{command}: {message}",
  "cli.model.unknownOption": "неизвестный параметр {option}",
  "cli.model.needsFile": "после {option} нужно имя файла",
  "cli.model.missingSubcommand": "не указана подкоманда",
  "cli.model.unknownSubcommand": "неизвестная подкоманда {name}",
  "cli.model.solveNeedsInput": "solve требует --input FILE.json",
  "cli.model.buildNeedsFiles": "build требует --input FILE.json и --out FILE.xlsx",
  "cli.model.outNotXlsx": "--out должен указывать файл .xlsx (указано {path})",
  "cli.model.cannotRead": "не удаётся прочитать {path}: {detail}",
  "cli.model.cannotReadShort": "не удаётся прочитать {path}",
  "cli.model.exists":
    "{path} уже существует; ничего не записано (добавьте --force, чтобы заменить)",
  "cli.model.cannotWrite": "не удаётся записать {path}: {detail}",
  "cli.model.certificate": "Сертификат: {explanation}",
  "cli.budget.usage":
    "использование: mkt budget solve --input FILE.json [--json]\n       mkt budget build --input FILE.json --out FILE.xlsx [--solve] [--force] [--lang en|ru|kk]\n       (build не заменяет существующий файл без --force; --lang — язык листа)",
  "cli.budget.invalidModel": "{path} — некорректная модель бюджета:",
  "cli.budget.infeasible": "{name}: решения нет",
  "cli.budget.optimal": "{name} ({currency}): оптимальное распределение {budget:money}",
  "cli.budget.column.channel": "Канал",
  "cli.budget.column.spend": "Затраты",
  "cli.budget.column.current": "Сейчас",
  "cli.budget.column.response": "Отклик",
  "cli.budget.column.profit": "Прибыль",
  "cli.budget.column.marginal": "Предельная отдача",
  "cli.budget.column.bound": "Граница",
  "cli.budget.bound.min": "мин",
  "cli.budget.bound.max": "макс",
  "cli.budget.totals": "Всего затрат {spend:money} из {budget:money}; общая прибыль {profit:money}",
  "cli.budget.versusCurrent": "; при текущих затратах {current:money} ({change})",
  "cli.budget.noteOptimal":
    "В ячейках затрат — глобальный оптимум оптимизатора MKT (прибыль {profit:money} {currency}). {explanation}",
  "cli.budget.noteInfeasible": "Оптимизатор MKT не нашёл допустимого распределения: {reason}",
  "cli.budget.writtenAtMinimums": "{reason} Лист записан с минимальными затратами.",
  "cli.budget.wrote": "записан {path}",
  "cli.budget.wroteSolved": "записан {path} (в изменяемых ячейках — оптимальные затраты)",
};
