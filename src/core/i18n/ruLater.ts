/**
 * Russian texts of enLater.ts (what the pane shows after its first screen),
 * key by key, loaded with them (lang-ru-later). How a Russian text is
 * written: ru.ts.
 */
import type { Translation } from "./types";

export const ruLater: Translation = {
  // --- opt: the optimiser's answer -----------------------------------------------
  "opt.infeasible.floor":
    'Ступень "{tier}" не достигает минимальной маржи {margin:percent} ни при какой скидке от 0 до {max:percent}.',
  "opt.infeasible.chain":
    'Ступень "{tier}" достигает минимальной маржи только при скидках ниже тех, что нужны меньшим ступеням: ни один неубывающий набор скидок не выполняет все минимумы маржи.',
  "opt.binding.noDiscountAllowed":
    "максимальная скидка 0%: ни одна ступень не может получить скидку",
  "opt.binding.floor": 'минимальная маржа ступени "{tier}" ({margin:percent})',
  "opt.binding.lowerBound": 'нет скидки на ступени "{tier}" (нижняя граница 0)',
  "opt.binding.upperBound": 'максимальная скидка на ступени "{tier}" ({max:percent})',
  "opt.binding.chain":
    'цепочка: ступень "{tier}" получает ту же скидку, что и ступень "{previous}"',
  "opt.explanation":
    "Точное динамическое программирование по цепочке ступеней: {candidates} на ступень (сетка с шагом {step} п. п. от 0 до {max:percent}, {roots} там, где минимальная маржа ступени начинает или перестаёт выполняться{refinements}), затем локальное уточнение. Между кандидатами прибыль ступени не может превысить большего из соседей сильнее, чем позволяет её кривизна, поэтому никакой набор скидок не превзойдёт этот ответ больше чем на {gap:money2} {currency}{caveat}",
  "opt.explanation.candidates": {
    one: "{count} скидка-кандидат",
    few: "{count} скидки-кандидата",
    many: "{count} скидок-кандидатов",
    other: "{count} скидки-кандидата",
  },
  "opt.explanation.roots": {
    one: "{count} точка",
    few: "{count} точки",
    many: "{count} точек",
    other: "{count} точки",
  },
  "opt.explanation.refinements": {
    one: ", и {count} раунд более мелких точек там, где ещё мог скрываться лучший ответ",
    few: ", и {count} раунда более мелких точек там, где ещё мог скрываться лучший ответ",
    many: ", и {count} раундов более мелких точек там, где ещё мог скрываться лучший ответ",
    other: ", и {count} раунда более мелких точек там, где ещё мог скрываться лучший ответ",
  },
  "opt.explanation.end": ".",
  "opt.explanation.rootCap":
    " (при условии, что ни одна граница маржи не пропущена: поиск корней упёрся в предел числа вычислений).",
  "opt.method":
    "динамическое программирование на сетке по монотонной цепочке ступеней + уточнение методом золотого сечения",
  // The Optimise tab
  "pane.optimise.label": "Оптимизация",
  "pane.optimise.intro":
    "Выберите лист модели, построенный этой панелью. «Оптимизировать» читает текущие исходные данные, находит самую прибыльную скидку для каждой ступени и записывает скидки в зелёные изменяемые ячейки.",
  "pane.optimise.button": "Оптимизировать активный лист",
  "pane.optimise.undo": "Отменить: вернуть прежние скидки",
  // Function gallery
  "pane.gallery.label": "Галерея функций",
  "pane.gallery.search": "Поиск: имя, назначение, аргумент…",
  "pane.gallery.searchLabel": "Поиск функций MKT",
  "pane.gallery.count": "{shown:plain} из {total:plain} функций",
  "pane.gallery.optionalArgument": "{name} (необязательный)",
  "pane.gallery.arguments": "Аргументы MKT.{name}",
  "pane.gallery.example": "Пример:",
  "pane.gallery.insert": "Вставить в выделенную ячейку",
  "pane.gallery.insertNamed": "Вставить в выделенную ячейку: MKT.{name}",
  "pane.gallery.argumentPlaceholder": "ячейка, диапазон или значение",
  "pane.gallery.argumentLabel": "MKT.{name} {arg}: ячейка, диапазон или значение",
  "pane.gallery.insertMkt": "Вставить как функцию MKT",
  "pane.gallery.insertMktNamed": "Вставить как функцию MKT: MKT.{name}",
  "pane.gallery.insertNative": "Вставить как обычную формулу",
  "pane.gallery.insertNativeNamed": "Вставить как обычную формулу: MKT.{name}",
  "pane.gallery.noNative.arguments":
    "Заполните все обязательные аргументы, чтобы вставить обычную формулу.",
  "pane.gallery.noNative.noTwin": "У этой функции нет формулы-двойника.",
  "pane.gallery.noNative.volatile":
    "Аргумент использует СЛЧИС: обычная формула прочитала бы его несколько раз.",
  "pane.gallery.noNative.tooLong":
    "Обычная формула была бы длиннее 8 192 символов — предела Excel.",
  "pane.guidedForm.aria": "{model}: входные данные модели",
  "pane.guidedForm.name": "Название модели",
  "pane.guidedForm.name.tableHint": "пусто — имя листа таблицы",
  "pane.guidedForm.defaultMargin": "Валовая маржа по умолчанию",
  "pane.guidedForm.campaigns": "Кампании",
  "pane.guidedForm.campaign": "Кампания",
  "pane.guidedForm.salesBefore": "Продажи до",
  "pane.guidedForm.salesNow": "Продажи сейчас",
  "pane.guidedForm.unitsBefore": "Продажи до, шт.",
  "pane.guidedForm.unitsNow": "Продажи сейчас, шт.",
  "pane.guidedForm.tmCost": "Затраты на ТМ",
  "pane.guidedForm.ownMargin": "Своя валовая маржа",
  "pane.guidedForm.ownMargin.hint": "пусто — по умолчанию",
  "pane.guidedForm.baselineDailyUnits": "Продажи в обычный день, шт.",
  "pane.guidedForm.unitProfit": "Прибыль на единицу",
  "pane.guidedForm.promoDays": "Дней акции",
  "pane.guidedForm.promoDailyUnits": "Продажи в день акции, шт.",
  "pane.guidedForm.convertedBuyers": "Конвертированные покупатели",
  "pane.guidedForm.monthlyUnitsPerBuyer": "Покупки в месяц на покупателя, шт.",
  "pane.guidedForm.promoCost": "Затраты на акцию",
  "pane.guidedForm.monthsAfter": "Месяцев после акции",
  "pane.guidedForm.daysPerMonth": "Дней в месяце",
  "pane.guidedForm.default.hint": "пусто — {value}",
  "pane.guidedForm.options": "Варианты POSM",
  "pane.guidedForm.option": "Вариант",
  "pane.guidedForm.kind": "Тип",
  "pane.guidedForm.kind.permanent": "Постоянный",
  "pane.guidedForm.kind.temporary": "Временный",
  "pane.guidedForm.monthlyUnitUplift": "Доп. штук в месяц",
  "pane.guidedForm.monthlyPlacementCost": "Затраты на размещение в месяц",
  "pane.guidedForm.placementMonths": "Месяцев размещения",
  "pane.guidedForm.productionCost": "Затраты на производство",
  "pane.guidedForm.serviceLifeMonths": "Срок службы, мес.",
  "pane.guidedForm.monthlyKitCost": "Затраты на комплект в месяц",
  "pane.guidedForm.permanentOnly.hint": "только для постоянного",
  "pane.guidedForm.temporaryOnly.hint": "только для временного",
  "pane.guidedForm.dailyVisitors": "Посетителей в день",
  "pane.guidedForm.effects": "Эффекты (коэффициенты экспертов)",
  "pane.guidedForm.effect": "Эффект",
  "pane.guidedForm.service": "Услуга",
  "pane.guidedForm.group": "Группа",
  "pane.guidedForm.trafficShare": "Доля в трафике",
  "pane.guidedForm.additionalTrafficShare": "Доп. доля трафика",
  "pane.guidedForm.frequencyCoef": "q_f (посещения)",
  "pane.guidedForm.checksCoef": "q_ch (число чеков)",
  "pane.guidedForm.item": "{item} {index}",
  "pane.guidedForm.removeItem": "Удалить: {item} {index}",
  // --- pane: бюджет по каналам
  "pane.budget.unavailable":
    "Модель бюджета недоступна в этой панели (оптимизатор бюджета не подключён).",
  "pane.budget.form.label": "Модель бюджета",
  "pane.budget.loadExample": "Загрузить пример",
  "pane.budget.exampleLoaded": "Загружен пример ({name}): измените его или постройте лист.",
  "pane.budget.section.budget": "Бюджет",
  "pane.budget.field.name": "Название модели",
  "pane.budget.field.budget": "Бюджет",
  "pane.budget.field.spendAll": "Потратить весь бюджет",
  "pane.budget.field.spendAll.hint":
    "Выключено: не больше бюджета, а меньше там, где деньги принесли бы меньше, чем стоят.",
  "pane.budget.channels": "Каналы",
  "pane.budget.channel.legend": "Канал {index:plain}",
  "pane.budget.channel.named": "Канал {index:plain} ({label})",
  "pane.budget.channel.label": "Канал",
  "pane.budget.channel.curve": "Кривая отклика",
  "pane.budget.curve.adbudg": "ADBUDG (S-кривая)",
  "pane.budget.curve.vidaleWolfe": "Видейл — Вулф",
  "pane.budget.channel.min": "Мин. затраты",
  "pane.budget.channel.max": "Макс. затраты",
  "pane.budget.channel.max.hint": "пусто: весь бюджет",
  "pane.budget.channel.current": "Текущие затраты",
  "pane.budget.channel.current.hint": "необязательно",
  "pane.budget.channel.margin": "Маржа",
  "pane.budget.channel.margin.hint": "прибыль на единицу отклика",
  "pane.budget.curve.minResponse": "Нижний уровень",
  "pane.budget.curve.minResponse.hint": "отклик без затрат",
  "pane.budget.curve.maxResponse": "Потолок",
  "pane.budget.curve.shape": "Форма γ",
  "pane.budget.curve.shape.hint": "больше 1: S-кривая",
  "pane.budget.curve.halfSaturationSpend": "Полунасыщение K",
  "pane.budget.curve.halfSaturationSpend.hint": "затраты на середине подъёма",
  "pane.budget.curve.responseRate": "Отклик r",
  "pane.budget.curve.saturationSales": "Насыщение M",
  "pane.budget.curve.decayRate": "Затухание λ",
  "pane.budget.channel.remove": "Удалить канал",
  "pane.budget.channel.removeNamed": "Удалить: {channel}",
  "pane.budget.channel.add": "Добавить канал",
  "pane.budget.channel.fill": "Заполнить кривую",
  "pane.budget.channel.fillNamed": "Заполнить кривую: {channel}",
  "pane.budget.problems": "Ошибки в модели бюджета",
  "pane.budget.build": "Построить лист бюджета",
  "pane.budget.buildHint":
    "Создаёт новый лист с обычными формулами Excel, графиком кривой отклика для каждого канала и готовой моделью для «Поиска решения».",
  "pane.budget.building": "Строю лист бюджета…",
  "pane.budget.built": "Построен лист «{sheet}». Оптимизируйте его ниже.",
  "pane.budget.optimise.heading": "Оптимизация",
  "pane.budget.optimise.intro":
    "Находит самое прибыльное распределение бюджета на активном листе бюджета (глобальный поиск с доказательством) и записывает затраты в его зелёные ячейки решения.",
  "pane.budget.optimise.button": "Оптимизировать лист бюджета",
  "pane.budget.optimise.undo": "Отменить: вернуть прежние затраты",
  "pane.budget.status.reading": "Читаю модель бюджета с активного листа…",
  "pane.budget.status.notBudget":
    "Активный лист «{sheet}» — не лист бюджета, построенный панелью: постройте его формой выше или перейдите на него.",
  "pane.budget.status.invalid":
    "Данные на листе «{sheet}» — не корректная модель бюджета: {problems}.",
  "pane.budget.status.solving": "Ищу самое прибыльное распределение…",
  "pane.budget.status.infeasible": "Затраты не записаны: {reason}",
  "pane.budget.status.writing": "Записываю затраты на лист…",
  "pane.budget.status.wrote": "Оптимальные затраты записаны на лист «{sheet}».",
  "pane.budget.status.changedWhileSolving":
    "Затраты на листе «{sheet}» изменились, пока работал оптимизатор, поэтому ничего не записано. Запустите оптимизацию ещё раз.",
  "pane.budget.status.restoring": "Возвращаю прежние затраты…",
  "pane.budget.status.restored": "Прежние затраты на листе «{sheet}» восстановлены.",
  "pane.budget.result.title": "Оптимальное распределение для «{sheet}»",
  "pane.budget.result.profitBefore": "Прибыль при текущих затратах",
  "pane.budget.result.profitAfter": "Прибыль в оптимуме",
  "pane.budget.result.change": "Изменение",
  "pane.budget.result.spent": "Потрачено",
  "pane.budget.result.spentValue": "{spend} из {budget}",
  "pane.budget.result.perChannel": "Затраты по каналам, {currency}",
  "pane.budget.result.channel": "Канал",
  "pane.budget.result.spend": "Затраты",
  "pane.budget.result.todayValue": "сейчас {spend}",
  "pane.budget.result.marginal": "Предельная отдача",
  "pane.budget.result.atMin": "на минимуме",
  "pane.budget.result.atMax": "на максимуме",
  "pane.budget.result.marginalNote":
    "Предельная отдача — прибыль от ещё одной денежной единицы в канале. У каналов между их границами она в оптимуме одинакова; у канала на границе может отличаться.",
  "pane.budget.result.noCurrent":
    "Укажите текущие затраты каждого канала, чтобы сравнить с текущей прибылью.",
  "pane.budget.result.proved":
    "Доказано: оптимум с точностью {share} прибыли — никакое распределение в пределах границ и бюджета не принесёт {gap}.",
  "pane.budget.result.notProved":
    "Лучшее найденное распределение, доказано с точностью {share} прибыли: поиск остановился на пределе, и распределение, приносящее {gap}, может существовать.",
  "pane.budget.fill.title": "Заполнить кривую: {channel}",
  "pane.budget.fill.method": "Источник",
  "pane.budget.fill.judgement": "Две точки",
  "pane.budget.fill.history": "История",
  "pane.budget.fill.judgementHelp":
    "Метод Литтла: при нижнем уровне и потолке, указанных выше, две суммы затрат и ожидаемый при каждой отклик задают форму и затраты полунасыщения (как MKT.ADBUDG_CALIBRATE).",
  "pane.budget.fill.spend1": "Затраты 1",
  "pane.budget.fill.response1": "Отклик при затратах 1",
  "pane.budget.fill.spend2": "Затраты 2",
  "pane.budget.fill.response2": "Отклик при затратах 2",
  "pane.budget.fill.historyLabel": "Затраты и отклик, по периоду в строке",
  "pane.budget.fill.historyHelp":
    "Вставьте два столбца из Excel или введите «затраты; отклик» в каждой строке. Нижний уровень, потолок, форма и затраты полунасыщения подбираются методом наименьших квадратов (как MKT.ADBUDG_FIT).",
  "pane.budget.fill.apply": "Заполнить кривую",
  "pane.budget.fill.close": "Закрыть",
  "pane.budget.fill.filledJudgement":
    "Для канала {channel} заполнены форма ({shape}) и затраты полунасыщения ({halfSaturation}).",
  "pane.budget.fill.filledHistory": {
    one: "Для канала {channel} по {count} периоду заполнены нижний уровень, потолок, форма и затраты полунасыщения.",
    few: "Для канала {channel} по {count} периодам заполнены нижний уровень, потолок, форма и затраты полунасыщения.",
    many: "Для канала {channel} по {count} периодам заполнены нижний уровень, потолок, форма и затраты полунасыщения.",
    other:
      "Для канала {channel} по {count} периода заполнены нижний уровень, потолок, форма и затраты полунасыщения.",
  },
  "pane.budget.fill.needFloorCeiling":
    "Сначала укажите нижний уровень и потолок канала: две точки читаются между ними.",
  "pane.budget.fill.pointOutside":
    "Отклик при затратах {point:plain} должен лежать строго между нижним уровнем ({floor}) и потолком ({ceiling}): кривая лишь приближается к ним.",
  "pane.budget.fill.ceilingNotAboveFloor": "Потолок должен быть больше нижнего уровня.",
  "pane.budget.fill.sameSpend":
    "Две суммы затрат должны различаться: одна сумма не задаёт наклон кривой.",
  "pane.budget.fill.notRising": "Для кривой ADBUDG отклик должен расти с затратами.",
  "pane.budget.fill.tooFewPoints": {
    one: "Для подбора четырёх параметров нужно не меньше {min:plain} периодов с {min:plain} разными суммами затрат; в истории {count} разная сумма.",
    few: "Для подбора четырёх параметров нужно не меньше {min:plain} периодов с {min:plain} разными суммами затрат; в истории {count} разные суммы.",
    many: "Для подбора четырёх параметров нужно не меньше {min:plain} периодов с {min:plain} разными суммами затрат; в истории {count} разных сумм.",
    other:
      "Для подбора четырёх параметров нужно не меньше {min:plain} периодов с {min:plain} разными суммами затрат; в истории {count} разной суммы.",
  },
  "pane.budget.fill.badLine":
    "Строка {line:plain}: введите затраты и отклик через табуляцию или точку с запятой, оба — числа не меньше 0.",
  "budget.objectMissing": "отсутствует (нужен объект)",
  "budget.notBelow": "должно быть >= {other} (получено {value} < {min})",
  "budget.unknownModel": 'должно быть "adbudg" или "vidale-wolfe" (получено {got})',
  "budget.currentOutside":
    "должно лежать между {min} и {max} (от {low} до {high}; получено {value})",
  "budget.overflow": "{path}: прибыль не вычисляется (маржа × отклик слишком велики)",
  "budget.infeasible.minAboveBudget":
    "Минимальные затраты в сумме {total:money} {currency}, больше бюджета {budget:money} {currency}: снизьте минимум или увеличьте бюджет.",
  "budget.infeasible.maxBelowBudget":
    "Весь бюджет {budget:money} {currency} должен быть потрачен, но максимальные затраты в сумме лишь {total:money} {currency}: поднимите максимум или разрешите оставить часть бюджета.",
  "budget.method":
    "метод ветвей и границ с лагранжевыми оценками по областям затрат (S-кривые делятся там, где выпуклая часть переходит в вогнутую)",
  "budget.explanation":
    "Глобальный оптимум по методу ветвей и границ: цена денег ограничила, сколько может принести любое распределение в {boxes} затрат, а области, где ещё могло быть лучшее распределение, делились, пока таких не осталось. Никакое распределение в пределах границ и бюджета не принесёт больше чем на {gap} {currency} ({share}) сверх этого{end}",
  "budget.explanation.boxes": {
    one: "{count} области",
    few: "{count} областях",
    many: "{count} областях",
    other: "{count} областях",
  },
  "budget.explanation.share": "{share} прибыли",
  "budget.explanation.shareTiny": "меньше 0,0001% прибыли",
  "budget.explanation.end": ".",
  "budget.explanation.nodeCap":
    " (поиск остановился на пределе числа областей; это доказанный им разрыв).",

  // --- moved from the first part: validator rules, Office refusals, number texts, the guided forms, the import,
  // the share panel and the result card: only the parts fetched on first use name them ---
  "model.mustBeBelowOne": "должно быть < 1",
  "rule.oneOf": 'должно быть одним из значений списка {list} (получено "{got}")',
  "rule.range.fewerColumns": {
    one: "диапазон {name} отсутствует или в нём меньше {count:plain} столбца",
    few: "диапазон {name} отсутствует или в нём меньше {count:plain} столбцов",
    many: "диапазон {name} отсутствует или в нём меньше {count:plain} столбцов",
    other: "диапазон {name} отсутствует или в нём меньше {count:plain} столбца",
  },
  "rule.range.metaRows": "в диапазоне {name} должно быть 2 строки (название и валюта)",
  "rule.range.inputRows":
    "в диапазоне {name} должно быть 4 строки (цена по прайсу, себестоимость единицы, затраты на заказ, максимальная скидка)",
  "rule.range.moved": "диапазон {name} отсутствует или перемещён",
  "rule.campaigns.margin": "должно быть долей > 0 и <= 1",
  "rule.promo.returnedAboveTrial": "не должно превышать trialBuyers ({returned} > {trialBuyers})",
  "rule.promo.bothGiven":
    "задано вместе с convertedBuyers: оставьте что-то одно (если заданы группы, конвертированные покупатели = Σ returned)",
  "rule.promo.convertedMissing":
    "отсутствует (задайте convertedBuyers или группы покупателей, совершивших пробную покупку)",
  "rule.posm.permanentOnly": "задаётся только для постоянных POSM",
  "rule.posm.temporaryOnly": "задаётся только для временных POSM",
  "rule.posm.noPermanentCost":
    "не имеет затрат (размещение и производство равны 0), поэтому ROI не определён",
  "rule.posm.noTemporaryCost":
    "не имеет затрат (комплект и размещение равны 0), поэтому ROI не определён",
  "rule.posm.kind":
    'должно быть "permanent" (постоянный) или "temporary" (временный) (получено {got})',
  "rule.distribution.presenceList":
    "должно быть списком с одним значением на период (true/false, 1/0 или остаток)",
  "rule.distribution.presenceCount":
    "должно содержать по одному значению на период: {expected:plain} (получено {count:plain})",
  "rule.distribution.noSellingStore":
    "не содержит ни одного магазина, торгующего категорией, поэтому знаменатель DN равен нулю",
  "rule.distribution.noCategorySales":
    "не содержит продаж категории в магазинах, торгующих ею, поэтому знаменатель WD равен нулю",
  "rule.distribution.storeList": "список магазинов {rule}",
  "rule.distribution.presenceIn": "наличие товара в периоде {period}",
  "rule.distribution.noPeriodColumns":
    "нет столбцов периодов: после store, group и category_sales добавьте по столбцу на каждый период с его названием в заголовке",
  "rule.distribution.tooManyPeriods":
    "не больше {max:whole} столбцов периодов (получено {count:whole})",
  "rule.distribution.periodLabelTooLong":
    "название периода должно быть не длиннее {max:plain} символов",
  "rule.distribution.noStores": "в таблице нет ни одной строки магазина под заголовками",
  "rule.distribution.tooManyStores": "не больше {max:whole} магазинов (получено {count:whole})",
  "rule.survey.score": "должно быть оценкой — целым числом от 0 до {max}",
  "rule.survey.scoresList":
    "должно быть списком с одной оценкой на каждую услугу (null — нет ответа)",
  "rule.survey.scoreCount":
    "должно содержать по одной оценке на услугу: {expected:plain} (получено {count:plain})",
  "rule.survey.scoreFor": "оценка услуги {service}",
  "rule.survey.cellScore": "оценка должна быть целым числом от 0 до {max} (получено {got})",
  "rule.survey.noServiceColumns":
    "нет столбцов услуг: после group добавьте по столбцу на каждую услугу с её названием в заголовке",
  "rule.survey.tooManyServices": "не больше {max:whole} услуг (получено {count:whole})",
  "rule.survey.noAnswers": "в таблице нет ни одного ответа под заголовками",
  "rule.survey.tooManyAnswers": "не больше {max:whole} ответов (получено {count:whole})",
  "rule.survey.tooManyGroups": "не больше {max:whole} групп (получено {count:whole})",
  "rule.table.at": "{where}: {rule}",
  "rule.table.more": {
    one: "… и ещё {count:whole} ошибка",
    few: "… и ещё {count:whole} ошибки",
    many: "… и ещё {count:whole} ошибок",
    other: "… и ещё {count:whole} ошибки",
  },
  "rule.table.mustBe": "{what}: нужно {expected} (получено {got})",
  "rule.table.nonNegative": "{what}: нужно число >= 0 (получено {got})",
  "rule.table.columnMissing":
    'нет столбца "{name}" (обязательные столбцы в строке заголовков: {required})',
  "rule.table.blank": "{what}: пустая ячейка",
  "rule.cell.number": "число",
  "rule.cell.flag": "ИСТИНА/ЛОЖЬ или 1/0",
  "rule.cell.presence": "ИСТИНА/ЛОЖЬ, 1/0 или остаток >= 0",
  "rule.csv.openQuote": "поле в кавычках не закрыто",
  "rule.csv.empty": "файл пуст (нужна строка заголовков)",
  "rule.csv.cell": "строка {line:plain}, столбец {column}",
  "num.amount": "{value:money}",
  "num.amount2": "{value:money2}",
  "num.percentFixed2": "{value:money2}%",
  "num.percentFixed4": "{value:money4}%",
  "office.feature.makeShareable": "подготовка переносимой книги",
  "office.feature.restoreFormulas": "восстановление прежних формул",
  "pane.ribbonCommand": "«Главная» > «Модель скидок»",
  "pane.import.empty": "Выделенные ячейки пусты: выделите таблицу со строкой заголовков.",
  "pane.import.tooLarge":
    "Выделение слишком велико для таблицы ступеней: {rows} × {columns} = {cells} ячеек, а импорт читает не больше {max}. Выделите только таблицу (строку заголовков и по строке на ступень).",
  "pane.import.rows": {
    one: "{count} строка",
    few: "{count} строки",
    many: "{count} строк",
    other: "{count} строки",
  },
  "pane.import.columns": {
    one: "{count} столбец",
    few: "{count} столбца",
    many: "{count} столбцов",
    other: "{count} столбца",
  },
  "pane.result.title": "Оптимальные скидки для «{sheet}»",
  "pane.result.profitBefore": "Прибыль до",
  "pane.result.profitAfter": "Прибыль после",
  "pane.result.perTier": "Скидка по ступеням",
  "pane.result.tier": "Ступень",
  "pane.result.discount": "Скидка",
  "pane.result.margin": "Маржа (минимум)",
  "pane.result.binds": "ограничивает",
  "pane.result.noFloorBinds": "Ни один минимум маржи не ограничивает скидки.",
  "pane.result.floorsBind": "Минимум маржи ограничивает скидку ступеней: {tiers}.",
  "pane.result.how": "Как получен оптимум",
  "office.tooOld":
    "Ваша версия Excel слишком старая для действия «{feature}»: нужен Excel JavaScript API {version} ({supported}). Обновите Excel.",
  "office.feature.build": "построение листа модели",
  "office.feature.read": "оптимизация листа модели",
  "office.feature.write": "запись скидок",
  "office.feature.import": "импорт из выделения",
  "office.feature.insert": "вставка функции",
  "office.decisionCount": {
    one: 'На листе "{sheet}" {cells} изменяемых ячеек, а в решении {count} ступень; может быть, на листе добавили или удалили ступень? Постройте новый лист из формы.',
    few: 'На листе "{sheet}" {cells} изменяемых ячеек, а в решении {count} ступени; может быть, на листе добавили или удалили ступень? Постройте новый лист из формы.',
    many: 'На листе "{sheet}" {cells} изменяемых ячеек, а в решении {count} ступеней; может быть, на листе добавили или удалили ступень? Постройте новый лист из формы.',
    other:
      'На листе "{sheet}" {cells} изменяемых ячеек, а в решении {count} ступени; может быть, на листе добавили или удалили ступень? Постройте новый лист из формы.',
  },
  "office.editedSinceWrite":
    'Скидки на листе "{sheet}" изменили после того, как панель их записала, поэтому отмена не выполнена (она затёрла бы ваши правки).',
  "office.namesDeleted":
    'Лист "{sheet}" построен панелью, но его имена {names} удалены («Формулы» > «Диспетчер имён»). Постройте новый лист из формы.',
  "office.cellNotEmpty":
    "Ячейка {address} не пуста; выделите пустую ячейку, чтобы вставить функцию.",
  "office.buildNameTaken":
    'Пока панель строила лист модели, в книге появился лист "{sheet}", поэтому ничего не построено и книга не изменилась. Нажмите «Построить лист» ещё раз.',
  "office.optimiserFailed": "Оптимизатор завершился с ошибкой: {detail}",
  "office.buildRollbackFailed":
    'Не удалось построить лист, и недостроенный лист "{sheet}" удалить не получилось; удалите его вручную.',
  "pane.share.label": "Сделать книгу переносимой",
  "pane.share.intro":
    "Замените функции MKT обычными формулами Excel с теми же результатами, чтобы коллеги без надстройки могли открыть и пересчитать книгу.",
  "pane.share.where": "Где",
  "pane.share.scope.selection": "Выделенные ячейки",
  "pane.share.scope.sheet": "Активный лист",
  "pane.share.scope.workbook": "Вся книга",
  "pane.share.find": "Найти формулы MKT",
  "pane.share.undo": "Отменить",
  "pane.share.preview": "Что изменится",
  "pane.share.functionsList": "Функции для замены",
  "pane.share.keptList": "Останутся как есть",
  "pane.share.cancel": "Отмена",
  "pane.guided.exampleLoaded": "Пример загружен: измените его или постройте лист.",
  "pane.guided.loadExample": "Загрузить пример",
  "pane.guided.build": "Построить лист",
  "pane.guided.buildFromSelection": "Построить по выделению",
  "pane.guided.add": "Добавить: {item}",
  "pane.guided.remove": "Удалить",
  "pane.guided.selectionEmpty":
    "Выделенные ячейки пусты: выделите таблицу вместе со строкой заголовков.",
  "pane.guided.helpDistribution":
    "Выделите список магазинов со строкой заголовков: store, group, category_sales, при необходимости sells_category, затем по столбцу на каждый период (ИСТИНА/ЛОЖЬ, 1/0 или остаток). Формулы нового листа читают этот диапазон на месте; ваши данные не копируются и не изменяются.",
  "pane.guided.helpSurvey":
    "Выделите ответы со строкой заголовков: group, затем по столбцу на каждую услугу с оценками 0–5 (пусто — нет ответа). Формулы нового листа читают этот диапазон на месте; ваши данные не копируются и не изменяются.",
  "office.feature.buildFromSelection": "построение листа по выделенной таблице",
  "office.feature.writeSpends": "запись затрат",
  "office.editedSinceWriteSpends":
    "Затраты на листе «{sheet}» изменены после того, как панель их записала, поэтому отмена не выполнена (она стёрла бы ваши правки).",
  "office.spendCellCount": {
    one: "На листе «{sheet}» {cells} ячеек затрат, а в решении {count} канал; на листе добавили или удалили канал? Постройте новый лист из формы.",
    few: "На листе «{sheet}» {cells} ячеек затрат, а в решении {count} канала; на листе добавили или удалили канал? Постройте новый лист из формы.",
    many: "На листе «{sheet}» {cells} ячеек затрат, а в решении {count} каналов; на листе добавили или удалили канал? Постройте новый лист из формы.",
    other:
      "На листе «{sheet}» {cells} ячеек затрат, а в решении {count} канала; на листе добавили или удалили канал? Постройте новый лист из формы.",
  },
  // --- the import from the selection, the Share tab, the page outside Excel; mkt sheet header ---
  "rule.csv.headerLine": "строка {line:plain} (заголовки)",
  "pane.import.noTable":
    "Выделите таблицу со строкой заголовков и хотя бы одной строкой ступени под ней.",
  "pane.import.missingHeaders":
    "Первая строка выделения должна содержать заголовки. Не хватает: {columns}.",
  "pane.import.noRows": "В выделении есть заголовки, но нет строк со ступенями.",
  "pane.import.column.label": "Название",
  "pane.import.column.minQty": "Мин. кол-во",
  "pane.import.column.orders": "Заказы",
  "pane.import.column.unitsPerOrder": "Единиц в заказе",
  "pane.import.column.minMargin": "Мин. маржа",
  "pane.host.title": "Эта надстройка работает внутри Excel",
  "pane.host.body":
    "Это область задач MKT. Открытая в браузере сама по себе, она не видит книги, с которой могла бы работать. Загрузите надстройку в Excel (manifest.xml) и откройте её командой «Главная» > «Модель скидок».",
  "pane.host.web":
    "Excel в Интернете: «Главная» > «Надстройки» > «Другие надстройки» > «Мои надстройки» > «Отправить мою надстройку» и выберите manifest.xml.",
  "pane.host.windows":
    "Excel для Windows: выполните npm start или добавьте общую папку с manifest.xml как доверенный каталог надстроек («Файл» > «Параметры» > «Центр управления безопасностью»), перезапустите Excel, затем «Главная» > «Надстройки» > «Дополнительно» > «Общая папка».",
  "pane.host.mac":
    "Excel для Mac: выполните npm start или скопируйте manifest.xml в ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ и перезапустите Excel.",
  "pane.host.noOffice":
    "Не удалось загрузить скрипт Office (office.js), поэтому эта страница не может связаться с Excel. Проверьте подключение к сети и перезапустите надстройку.",
  "pane.share.replace": "Заменить обычными формулами",
  "pane.share.in.selection": "выделении",
  "pane.share.in.sheet": "активном листе",
  "pane.share.in.workbook": "книге",
  "pane.share.nothing":
    "Ни одна формула в {scope} не вызывает функцию MKT, которую можно заменить.",
  "pane.share.cells": {
    one: "{count} ячейка",
    few: "{count} ячейки",
    many: "{count} ячеек",
    other: "{count} ячейки",
  },
  "pane.share.sheets": {
    one: "{count} листе",
    few: "{count} листах",
    many: "{count} листах",
    other: "{count} листах",
  },
  "pane.share.calls": {
    one: "{count} вызов",
    few: "{count} вызова",
    many: "{count} вызовов",
    other: "{count} вызова",
  },
  "pane.share.willChange": "Изменится: {cells} на {sheets} ({names}).",
  "pane.share.checkThenReplace":
    "Пока ничего не изменено: проверьте список ниже, затем замените или отмените.",
  "pane.share.function": "MKT.{name}: {calls}",
  "pane.share.kept": "MKT.{name} ({calls}) {reason}; остаётся как есть.",
  "pane.share.reason.noTwin": "не имеет формулы-двойника",
  "pane.share.reason.unknown": "не является функцией этой надстройки",
  "pane.share.reason.arguments": "имеет слишком много или слишком мало аргументов",
  "pane.share.reason.volatile":
    "получает в аргументе СЛЧИС, СЛУЧМЕЖДУ или СЛУЧМАССИВ, а обычная формула прочитала бы его несколько раз",
  "pane.share.reason.tooLong": "сделал бы формулу длиннее 8 192 символов — предела Excel",
  "pane.share.replaced":
    "Вызовы MKT заменены обычными формулами, ячеек: {cells}; книга теперь считается без надстройки. «Отменить» вернёт прежние формулы.",
  "pane.share.restored": "Прежние формулы восстановлены, ячеек: {cells}.",
  "pane.share.restoredSkipped": {
    one: "Прежние формулы восстановлены, ячеек: {cells}. {count} ячейка изменена после замены и оставлена как есть.",
    few: "Прежние формулы восстановлены, ячеек: {cells}. {count} ячейки изменены после замены и оставлены как есть.",
    many: "Прежние формулы восстановлены, ячеек: {cells}. {count} ячеек изменены после замены и оставлены как есть.",
    other:
      "Прежние формулы восстановлены, ячеек: {cells}. {count} ячейки изменены после замены и оставлены как есть.",
  },
};
