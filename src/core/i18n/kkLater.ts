/**
 * Kazakh texts of enLater.ts (what the pane shows after its first screen),
 * key by key, loaded with them (lang-kk-later). How a Kazakh text is
 * written: kk.ts.
 */
import type { Translation } from "./types";

export const kkLater: Translation = {
  // --- opt: the optimiser's answer -----------------------------------------------
  "opt.infeasible.floor":
    '"{tier}" сатысы 0–{max:percent} аралығындағы ешбір жеңілдікте {margin:percent} ең аз маржасына жетпейді.',
  "opt.infeasible.chain":
    '"{tier}" сатысы ең аз маржасына кішірек сатыларға қажет жеңілдіктерден төмен жеңілдіктерде ғана жетеді: ешбір кемімейтін жеңілдіктер жиыны барлық ең аз маржаны орындамайды.',
  "opt.binding.noDiscountAllowed": "ең үлкен жеңілдік 0%: ешбір саты жеңілдік ала алмайды",
  "opt.binding.floor": '"{tier}" сатысының ең аз маржасы ({margin:percent})',
  "opt.binding.lowerBound": '"{tier}" сатысында жеңілдік жоқ (төменгі шек 0)',
  "opt.binding.upperBound": '"{tier}" сатысындағы ең үлкен жеңілдік ({max:percent})',
  "opt.binding.chain": 'тізбек: "{tier}" сатысы "{previous}" сатысымен бірдей жеңілдік алады',
  "opt.explanation":
    "Сатылар тізбегі бойынша дәл динамикалық бағдарламалау: әр сатыға {candidates} (0–{max:percent} аралығында {step} пайыздық тармақ қадамды тор, сатының ең аз маржасы орындала бастайтын немесе тоқтайтын жерлерде {roots}{refinements}), содан кейін жергілікті нақтылау. Үміткерлер арасында сатының пайдасы үлкенірек көршісінен оның қисықтығы рұқсат ететіннен артық аса алмайды, сондықтан ешбір жеңілдіктер жиыны бұл жауаптан {gap:money2} {currency} артық пайда бермейді{caveat}",
  "opt.explanation.candidates": {
    one: "{count} үміткер жеңілдік",
    other: "{count} үміткер жеңілдік",
  },
  "opt.explanation.roots": { one: "{count} нүкте", other: "{count} нүкте" },
  "opt.explanation.refinements": {
    one: ", және жақсырақ жауап әлі жасырынуы мүмкін жерлерде {count} рет ұсағырақ нүктелер",
    other: ", және жақсырақ жауап әлі жасырынуы мүмкін жерлерде {count} рет ұсағырақ нүктелер",
  },
  "opt.explanation.end": ".",
  "opt.explanation.rootCap":
    " (ешбір маржа шекарасы өткізіп алынбаған деп есептегенде: түбірлерді іздеу есептеу шегіне жетті).",
  "opt.method":
    "монотонды сатылар тізбегі бойынша тордағы динамикалық бағдарламалау + алтын қима әдісімен нақтылау",
  // The Optimise tab
  "pane.optimise.label": "Оңтайландыру",
  "pane.optimise.intro":
    "Осы тақта құрған модель парағын таңдаңыз. «Оңтайландыру» ағымдағы деректерді оқып, әр сатыға ең пайдалы жеңілдікті табады және оларды жасыл шешім ұяшықтарына жазады.",
  "pane.optimise.button": "Белсенді парақты оңтайландыру",
  "pane.optimise.undo": "Болдырмау: бұрынғы жеңілдіктерді қайтару",
  // Function gallery
  "pane.gallery.label": "Функциялар галереясы",
  "pane.gallery.search": "Іздеу: атауы, мақсаты, аргументі…",
  "pane.gallery.searchLabel": "MKT функцияларын іздеу",
  "pane.gallery.count": "{total:plain} функцияның {shown:plain}",
  "pane.gallery.optionalArgument": "{name} (міндетті емес)",
  "pane.gallery.arguments": "MKT.{name} аргументтері",
  "pane.gallery.example": "Мысал:",
  "pane.gallery.insert": "Белгіленген ұяшыққа қою",
  "pane.gallery.insertNamed": "Белгіленген ұяшыққа қою: MKT.{name}",
  "pane.gallery.argumentPlaceholder": "ұяшық, ауқым немесе мән",
  "pane.gallery.argumentLabel": "MKT.{name} {arg}: ұяшық, ауқым немесе мән",
  "pane.gallery.insertMkt": "MKT функциясы ретінде кірістіру",
  "pane.gallery.insertMktNamed": "MKT функциясы ретінде кірістіру: MKT.{name}",
  "pane.gallery.insertNative": "Кәдімгі формула ретінде кірістіру",
  "pane.gallery.insertNativeNamed": "Кәдімгі формула ретінде кірістіру: MKT.{name}",
  "pane.gallery.noNative.arguments":
    "Кәдімгі формуланы кірістіру үшін барлық міндетті аргументтерді толтырыңыз.",
  "pane.gallery.noNative.noTwin": "Бұл функцияның егіз формуласы жоқ.",
  "pane.gallery.noNative.volatile":
    "Аргумент RAND қолданады: кәдімгі формула оны бірнеше рет оқыр еді.",
  "pane.gallery.noNative.tooLong": "Кәдімгі формула Excel шегі 8 192 таңбадан ұзын болар еді.",
  "pane.guidedForm.aria": "{model}: модельдің кіріс деректері",
  "pane.guidedForm.name": "Модель атауы",
  "pane.guidedForm.name.tableHint": "бос — кесте парағының атауы",
  "pane.guidedForm.defaultMargin": "Әдепкі жалпы маржа",
  "pane.guidedForm.campaigns": "Науқандар",
  "pane.guidedForm.campaign": "Науқан",
  "pane.guidedForm.salesBefore": "Бұрынғы сатылым",
  "pane.guidedForm.salesNow": "Қазіргі сатылым",
  "pane.guidedForm.unitsBefore": "Бұрынғы сатылым, дана",
  "pane.guidedForm.unitsNow": "Қазіргі сатылым, дана",
  "pane.guidedForm.tmCost": "ТМ шығыны",
  "pane.guidedForm.ownMargin": "Өз жалпы маржасы",
  "pane.guidedForm.ownMargin.hint": "бос — әдепкі",
  "pane.guidedForm.baselineDailyUnits": "Қалыпты күнгі сатылым, дана",
  "pane.guidedForm.unitProfit": "Бір бірліктің пайдасы",
  "pane.guidedForm.promoDays": "Акция күндері",
  "pane.guidedForm.promoDailyUnits": "Акцияның бір күніндегі сатылым, дана",
  "pane.guidedForm.convertedBuyers": "Конверсияланған сатып алушылар",
  "pane.guidedForm.monthlyUnitsPerBuyer": "Бір сатып алушының айлық сатып алуы, дана",
  "pane.guidedForm.promoCost": "Акция шығыны",
  "pane.guidedForm.monthsAfter": "Акциядан кейінгі айлар",
  "pane.guidedForm.daysPerMonth": "Айдағы күн саны",
  "pane.guidedForm.default.hint": "бос — {value}",
  "pane.guidedForm.options": "POSM нұсқалары",
  "pane.guidedForm.option": "Нұсқа",
  "pane.guidedForm.kind": "Түрі",
  "pane.guidedForm.kind.permanent": "Тұрақты",
  "pane.guidedForm.kind.temporary": "Уақытша",
  "pane.guidedForm.monthlyUnitUplift": "Айына қосымша дана",
  "pane.guidedForm.monthlyPlacementCost": "Айлық орналастыру шығыны",
  "pane.guidedForm.placementMonths": "Орналастыру айлары",
  "pane.guidedForm.productionCost": "Өндіріс шығыны",
  "pane.guidedForm.serviceLifeMonths": "Қызмет ету мерзімі, ай",
  "pane.guidedForm.monthlyKitCost": "Материалдар жинағының айлық құны",
  "pane.guidedForm.permanentOnly.hint": "тек тұрақты үшін",
  "pane.guidedForm.temporaryOnly.hint": "тек уақытша үшін",
  "pane.guidedForm.dailyVisitors": "Күнделікті келушілер",
  "pane.guidedForm.effects": "Әсерлер (сарапшылар коэффициенттері)",
  "pane.guidedForm.effect": "Әсер",
  "pane.guidedForm.service": "Қызмет",
  "pane.guidedForm.group": "Топ",
  "pane.guidedForm.trafficShare": "Трафиктегі үлес",
  "pane.guidedForm.additionalTrafficShare": "Қосымша трафик үлесі",
  "pane.guidedForm.frequencyCoef": "q_f (келу жиілігі)",
  "pane.guidedForm.checksCoef": "q_ch (чектер саны)",
  "pane.guidedForm.item": "{item} {index}",
  "pane.guidedForm.removeItem": "Жою: {item} {index}",
  // --- pane: арналар бойынша бюджет
  "pane.budget.unavailable":
    "Бюджет моделі бұл тақтада қолжетімсіз (бюджет оңтайландырғышы қосылмаған).",
  "pane.budget.form.label": "Бюджет моделі",
  "pane.budget.loadExample": "Мысалды жүктеу",
  "pane.budget.exampleLoaded": "Мысал жүктелді ({name}): оны өзгертіңіз немесе парақ құрыңыз.",
  "pane.budget.section.budget": "Бюджет",
  "pane.budget.field.name": "Модель атауы",
  "pane.budget.field.budget": "Бюджет",
  "pane.budget.field.spendAll": "Бүкіл бюджетті жұмсау",
  "pane.budget.field.spendAll.hint":
    "Өшірулі: бюджеттен артық емес, ал ақша өз құнынан аз әкелетін жерде азырақ.",
  "pane.budget.channels": "Арналар",
  "pane.budget.channel.legend": "{index:plain}-арна",
  "pane.budget.channel.named": "{index:plain}-арна ({label})",
  "pane.budget.channel.label": "Арна",
  "pane.budget.channel.curve": "Жауап қисығы",
  "pane.budget.curve.adbudg": "ADBUDG (S-қисық)",
  "pane.budget.curve.vidaleWolfe": "Видейл — Вулф",
  "pane.budget.channel.min": "Ең аз шығын",
  "pane.budget.channel.max": "Ең көп шығын",
  "pane.budget.channel.max.hint": "бос: бүкіл бюджет",
  "pane.budget.channel.current": "Қазіргі шығын",
  "pane.budget.channel.current.hint": "міндетті емес",
  "pane.budget.channel.margin": "Маржа",
  "pane.budget.channel.margin.hint": "жауап бірлігіне пайда",
  "pane.budget.curve.minResponse": "Төменгі деңгей",
  "pane.budget.curve.minResponse.hint": "шығынсыз жауап",
  "pane.budget.curve.maxResponse": "Шекті деңгей",
  "pane.budget.curve.shape": "Пішін γ",
  "pane.budget.curve.shape.hint": "1-ден көп: S-қисық",
  "pane.budget.curve.halfSaturationSpend": "Жартылай қанығу K",
  "pane.budget.curve.halfSaturationSpend.hint": "өсудің жартысындағы шығын",
  "pane.budget.curve.responseRate": "Жауап r",
  "pane.budget.curve.saturationSales": "Қанығу M",
  "pane.budget.curve.decayRate": "Бәсеңдеу λ",
  "pane.budget.channel.remove": "Арнаны жою",
  "pane.budget.channel.removeNamed": "Жою: {channel}",
  "pane.budget.channel.add": "Арна қосу",
  "pane.budget.channel.fill": "Қисықты толтыру",
  "pane.budget.channel.fillNamed": "Қисықты толтыру: {channel}",
  "pane.budget.problems": "Бюджет моделіндегі қателер",
  "pane.budget.build": "Бюджет парағын құру",
  "pane.budget.buildHint":
    "Кәдімгі Excel формулалары, әр арнаның жауап қисығының диаграммасы және Solver-ге дайын моделі бар жаңа парақ құрады.",
  "pane.budget.building": "Бюджет парағын құрып жатырмын…",
  "pane.budget.built": "«{sheet}» парағы құрылды. Оны төменде оңтайландырыңыз.",
  "pane.budget.optimise.heading": "Оңтайландыру",
  "pane.budget.optimise.intro":
    "Белсенді бюджет парағында бюджетті ең пайдалы бөлуді табады (дәлелі бар жаһандық іздеу) және шығындарды оның жасыл шешім ұяшықтарына жазады.",
  "pane.budget.optimise.button": "Бюджет парағын оңтайландыру",
  "pane.budget.optimise.undo": "Болдырмау: бұрынғы шығындарды қайтару",
  "pane.budget.status.reading": "Белсенді парақтан бюджет моделін оқып жатырмын…",
  "pane.budget.status.notBudget":
    "Белсенді «{sheet}» парағы тақта құрған бюджет парағы емес: оны жоғарыдағы пішінмен құрыңыз немесе соған ауысыңыз.",
  "pane.budget.status.invalid":
    "«{sheet}» парағындағы деректер — бюджеттің жарамсыз моделі: {problems}.",
  "pane.budget.status.solving": "Ең пайдалы бөлуді іздеп жатырмын…",
  "pane.budget.status.infeasible": "Шығындар жазылмады: {reason}",
  "pane.budget.status.writing": "Шығындарды параққа жазып жатырмын…",
  "pane.budget.status.wrote": "Оңтайлы шығындар «{sheet}» парағына жазылды.",
  "pane.budget.status.changedWhileSolving":
    "Оңтайландырғыш жұмыс істеп тұрғанда «{sheet}» парағындағы шығындар өзгерді, сондықтан ештеңе жазылмады. Қайта оңтайландырыңыз.",
  "pane.budget.status.restoring": "Бұрынғы шығындарды қайтарып жатырмын…",
  "pane.budget.status.restored": "«{sheet}» парағындағы бұрынғы шығындар қалпына келтірілді.",
  "pane.budget.result.title": "«{sheet}» үшін оңтайлы бөлу",
  "pane.budget.result.profitBefore": "Қазіргі шығындардағы пайда",
  "pane.budget.result.profitAfter": "Оптимумдағы пайда",
  "pane.budget.result.change": "Өзгеріс",
  "pane.budget.result.spent": "Жұмсалды",
  "pane.budget.result.spentValue": "{budget} ішінен {spend}",
  "pane.budget.result.perChannel": "Арналар бойынша шығын, {currency}",
  "pane.budget.result.channel": "Арна",
  "pane.budget.result.spend": "Шығын",
  "pane.budget.result.todayValue": "қазір {spend}",
  "pane.budget.result.marginal": "Шекті қайтарым",
  "pane.budget.result.atMin": "ең азында",
  "pane.budget.result.atMax": "ең көбінде",
  "pane.budget.result.marginalNote":
    "Шекті қайтарым — арнаға тағы бір ақша бірлігінен түсетін пайда. Шекаралары арасындағы арналарда оптимумда ол бірдей; шекарадағы арнада өзгеше болуы мүмкін.",
  "pane.budget.result.noCurrent":
    "Қазіргі пайдамен салыстыру үшін әр арнаның қазіргі шығынын көрсетіңіз.",
  "pane.budget.result.proved":
    "Дәлелденді: пайданың {share} дәлдігімен оптимум — шекаралар мен бюджет шегіндегі ешбір бөлу {gap} пайда әкелмейді.",
  "pane.budget.result.notProved":
    "Табылған ең жақсы бөлу, пайданың {share} дәлдігімен дәлелденді: іздеу шегінде тоқтады, және {gap} әкелетін бөлу болуы мүмкін.",
  "pane.budget.fill.title": "Қисықты толтыру: {channel}",
  "pane.budget.fill.method": "Дерек көзі",
  "pane.budget.fill.judgement": "Екі нүкте",
  "pane.budget.fill.history": "Тарих",
  "pane.budget.fill.judgementHelp":
    "Литтл әдісі: жоғарыдағы төменгі және шекті деңгейлермен екі шығын және әрқайсысында күтілетін жауап пішінді және жартылай қанығу шығынын анықтайды (MKT.ADBUDG_CALIBRATE сияқты).",
  "pane.budget.fill.spend1": "1-шығын",
  "pane.budget.fill.response1": "1-шығындағы жауап",
  "pane.budget.fill.spend2": "2-шығын",
  "pane.budget.fill.response2": "2-шығындағы жауап",
  "pane.budget.fill.historyLabel": "Шығын мен жауап, әр жолда бір кезең",
  "pane.budget.fill.historyHelp":
    "Excel-ден екі бағанды қойыңыз немесе әр жолға «шығын; жауап» енгізіңіз. Төменгі деңгей, шекті деңгей, пішін және жартылай қанығу шығыны ең кіші квадраттар әдісімен табылады (MKT.ADBUDG_FIT сияқты).",
  "pane.budget.fill.apply": "Қисықты толтыру",
  "pane.budget.fill.close": "Жабу",
  "pane.budget.fill.filledJudgement":
    "{channel} арнасының пішіні ({shape}) және жартылай қанығу шығыны ({halfSaturation}) толтырылды.",
  "pane.budget.fill.filledHistory": {
    one: "{channel} арнасының төменгі деңгейі, шекті деңгейі, пішіні және жартылай қанығу шығыны {count} кезең бойынша толтырылды.",
    other:
      "{channel} арнасының төменгі деңгейі, шекті деңгейі, пішіні және жартылай қанығу шығыны {count} кезең бойынша толтырылды.",
  },
  "pane.budget.fill.needFloorCeiling":
    "Алдымен арнаның төменгі және шекті деңгейін енгізіңіз: екі нүкте солардың арасында оқылады.",
  "pane.budget.fill.pointOutside":
    "{point:plain}-шығындағы жауап төменгі деңгей ({floor}) мен шекті деңгейдің ({ceiling}) қатаң арасында болуы керек: қисық оларға тек жақындайды.",
  "pane.budget.fill.ceilingNotAboveFloor": "Шекті деңгей төменгі деңгейден үлкен болуы керек.",
  "pane.budget.fill.sameSpend":
    "Екі шығын әртүрлі болуы керек: бір шығын қисықтың еңісін анықтамайды.",
  "pane.budget.fill.notRising": "ADBUDG қисығы үшін жауап шығынмен бірге өсуі керек.",
  "pane.budget.fill.tooFewPoints": {
    one: "Төрт параметрді табу үшін кемінде {min:plain} әртүрлі шығынды {min:plain} кезең қажет; тарихта {count} әртүрлі шығын бар.",
    other:
      "Төрт параметрді табу үшін кемінде {min:plain} әртүрлі шығынды {min:plain} кезең қажет; тарихта {count} әртүрлі шығын бар.",
  },
  "pane.budget.fill.badLine":
    "{line:plain}-жол: шығын мен жауапты табуляция немесе нүктелі үтір арқылы енгізіңіз, екеуі де 0-ден кем емес сан.",
  "budget.objectMissing": "жоқ (нысан қажет)",
  "budget.notBelow": ">= {other} болуы керек (алынғаны {value} < {min})",
  "budget.unknownModel": '"adbudg" немесе "vidale-wolfe" болуы керек (алынғаны {got})',
  "budget.currentOutside":
    "{min} мен {max} арасында болуы керек ({low}-ден {high}-ге дейін; алынғаны {value})",
  "budget.overflow": "{path}: пайда есептелмейді (маржа × жауап тым үлкен)",
  "budget.infeasible.minAboveBudget":
    "Ең аз шығындардың сомасы {total:money} {currency}, бұл {budget:money} {currency} бюджеттен көп: ең аз шығынды азайтыңыз немесе бюджетті көбейтіңіз.",
  "budget.infeasible.maxBelowBudget":
    "{budget:money} {currency} бюджет толық жұмсалуы керек, бірақ ең көп шығындардың сомасы тек {total:money} {currency}: ең көп шығынды арттырыңыз немесе бюджеттің бір бөлігін қалдыруға рұқсат етіңіз.",
  "budget.method":
    "шығын аймақтары бойынша Лагранж бағалауларымен тармақтар мен шекаралар әдісі (S-қисықтар дөңес бөлігі ойыс бөлігіне ауысатын жерде бөлінеді)",
  "budget.explanation":
    "Тармақтар мен шекаралар әдісімен табылған жаһандық оптимум: ақшаның бағасы {boxes} кез келген бөлудің қанша әкелетінін шектеді, ал жақсырақ бөлу әлі болуы мүмкін аймақтар ондай аймақ қалмағанша бөлінді. Шекаралар мен бюджет шегіндегі ешбір бөлу мұнан {gap} {currency} ({share}) артық пайда әкелмейді{end}",
  "budget.explanation.boxes": { one: "{count} шығын аймағында", other: "{count} шығын аймағында" },
  "budget.explanation.share": "пайданың {share}",
  "budget.explanation.shareTiny": "пайданың 0,0001%-ынан аз",
  "budget.explanation.end": ".",
  "budget.explanation.nodeCap":
    " (іздеу аймақтар санының шегінде тоқтады; бұл ол дәлелдеген айырма).",

  // --- moved from the first part: validator rules, Office refusals, number texts, the guided forms, the import,
  // the share panel and the result card: only the parts fetched on first use name them ---
  "model.mustBeBelowOne": "< 1 болуы керек",
  "rule.oneOf": '{list} тізіміндегі мәндердің бірі болуы керек (алынған мән: "{got}")',
  "rule.range.fewerColumns": {
    one: "{name} ауқымы жоқ немесе онда кемінде {count:plain} баған жоқ",
    other: "{name} ауқымы жоқ немесе онда кемінде {count:plain} баған жоқ",
  },
  "rule.range.metaRows": "{name} ауқымында 2 жол болуы керек (атауы және валюта)",
  "rule.range.inputRows":
    "{name} ауқымында 4 жол болуы керек (прайс бойынша баға, бірліктің өзіндік құны, тапсырыс шығыны, ең үлкен жеңілдік)",
  "rule.range.moved": "{name} ауқымы жоқ немесе орны ауыстырылған",
  "rule.campaigns.margin": "> 0 және <= 1 үлес болуы керек",
  "rule.promo.returnedAboveTrial": "trialBuyers мәнінен аспауы керек ({returned} > {trialBuyers})",
  "rule.promo.bothGiven":
    "мәні convertedBuyers мәнімен қатар берілген: біреуін ғана қалдырыңыз (топтар берілсе, конверсияланған сатып алушылар = Σ returned)",
  "rule.promo.convertedMissing":
    "жоқ (convertedBuyers мәнін немесе сынап көрген сатып алушылар топтарын көрсетіңіз)",
  "rule.posm.permanentOnly": "тек тұрақты POSM үшін беріледі",
  "rule.posm.temporaryOnly": "тек уақытша POSM үшін беріледі",
  "rule.posm.noPermanentCost":
    "шығыны жоқ (орналастыру мен өндіріс 0-ге тең), сондықтан ROI анықталмайды",
  "rule.posm.noTemporaryCost":
    "шығыны жоқ (материалдар жинағы мен орналастыру 0-ге тең), сондықтан ROI анықталмайды",
  "rule.posm.kind":
    '"permanent" (тұрақты) немесе "temporary" (уақытша) болуы керек (алынған мән: {got})',
  "rule.distribution.presenceList":
    "әр кезеңге бір мәннен тұратын тізім болуы керек (true/false, 1/0 немесе қалдық)",
  "rule.distribution.presenceCount":
    "әр кезеңге бір мән болуы керек: {expected:plain} (алынғаны: {count:plain})",
  "rule.distribution.noSellingStore":
    "санатты сататын бірде-бір дүкен жоқ, сондықтан DN бөлгіші нөлге тең",
  "rule.distribution.noCategorySales":
    "санатты сататын дүкендерде санат сатылымы жоқ, сондықтан WD бөлгіші нөлге тең",
  "rule.distribution.storeList": "дүкендер тізімінде {rule}",
  "rule.distribution.presenceIn": "тауардың {period} кезеңінде болуы",
  "rule.distribution.noPeriodColumns":
    "кезең бағандары жоқ: store, group және category_sales бағандарынан кейін әр кезеңге тақырыбында атауы бар бір баған қосыңыз",
  "rule.distribution.tooManyPeriods":
    "кезең бағандары көп дегенде {max:whole} болуы керек (алынғаны: {count:whole})",
  "rule.distribution.periodLabelTooLong": "кезең атауы {max:plain} таңбадан аспауы керек",
  "rule.distribution.noStores": "кестеде тақырып жолының астында дүкен жолдары жоқ",
  "rule.distribution.tooManyStores":
    "ең көбі {max:whole} дүкен болуы керек (алынғаны: {count:whole})",
  "rule.survey.score": "баға ретінде 0-ден {max}-ке дейінгі бүтін сан болуы керек",
  "rule.survey.scoresList": "әр қызметке бір бағадан тұратын тізім болуы керек (null — жауап жоқ)",
  "rule.survey.scoreCount":
    "әр қызметке бір баға болуы керек: {expected:plain} (алынғаны: {count:plain})",
  "rule.survey.scoreFor": "{service} қызметіне берілген баға",
  "rule.survey.cellScore": "баға 0-ден {max}-ке дейінгі бүтін сан болуы керек (алынған мән: {got})",
  "rule.survey.noServiceColumns":
    "қызмет бағандары жоқ: group бағанынан кейін әр қызметке тақырыбында атауы бар бір баған қосыңыз",
  "rule.survey.tooManyServices": "ең көбі {max:whole} қызмет болуы керек (алынғаны: {count:whole})",
  "rule.survey.noAnswers": "кестеде тақырып жолының астында бірде-бір жауап жоқ",
  "rule.survey.tooManyAnswers": "ең көбі {max:whole} жауап болуы керек (алынғаны: {count:whole})",
  "rule.survey.tooManyGroups": "ең көбі {max:whole} топ болуы керек (алынғаны: {count:whole})",
  "rule.table.at": "{where}: {rule}",
  "rule.table.more": {
    one: "… және тағы {count:whole} қате",
    other: "… және тағы {count:whole} қате",
  },
  "rule.table.mustBe": "{what}: {expected} қажет (алынған мән: {got})",
  "rule.table.nonNegative": "{what}: >= 0 сан қажет (алынған мән: {got})",
  "rule.table.columnMissing":
    '"{name}" бағаны жоқ (тақырып жолында мыналар болуы керек: {required})',
  "rule.table.blank": "{what}: ұяшық бос",
  "rule.cell.number": "сан",
  "rule.cell.flag": "АҚИҚАТ/ЖАЛҒАН немесе 1/0",
  "rule.cell.presence": "АҚИҚАТ/ЖАЛҒАН, 1/0 немесе >= 0 қалдық",
  "rule.csv.openQuote": "тырнақшадағы өріс жабылмаған",
  "rule.csv.empty": "файл бос (тақырып жолы қажет)",
  "rule.csv.cell": "{line:plain}-жол, {column} бағаны",
  "num.amount": "{value:money}",
  "num.amount2": "{value:money2}",
  "num.percentFixed2": "{value:money2}%",
  "num.percentFixed4": "{value:money4}%",
  "office.feature.makeShareable": "кітапты бөлісуге дайындау",
  "office.feature.restoreFormulas": "бұрынғы формулаларды қалпына келтіру",
  "pane.ribbonCommand": "«Басты» > «Жеңілдіктер моделі»",
  "pane.import.empty": "Белгіленген ұяшықтар бос: тақырып жолы бар кестені белгілеңіз.",
  "pane.import.tooLarge":
    "Белгіленген аймақ сатылар кестесі үшін тым үлкен: {rows} × {columns} = {cells} ұяшық, ал импорт ең көбі {max} ұяшық оқиды. Тек кестені белгілеңіз (тақырып жолы және әр сатыға бір жол).",
  "pane.import.rows": { one: "{count} жол", other: "{count} жол" },
  "pane.import.columns": { one: "{count} баған", other: "{count} баған" },
  "pane.result.title": "«{sheet}» үшін оңтайлы жеңілдіктер",
  "pane.result.profitBefore": "Бұрынғы пайда",
  "pane.result.profitAfter": "Кейінгі пайда",
  "pane.result.perTier": "Сатылар бойынша жеңілдік",
  "pane.result.tier": "Саты",
  "pane.result.discount": "Жеңілдік",
  "pane.result.margin": "Маржа (ең аз)",
  "pane.result.binds": "шектейді",
  "pane.result.noFloorBinds": "Ешбір ең аз маржа жеңілдіктерді шектемейді.",
  "pane.result.floorsBind": "Ең аз маржа мына сатылардың жеңілдігін шектейді: {tiers}.",
  "pane.result.how": "Оңтайлы шешім қалай анықталды",
  "office.tooOld":
    "Excel нұсқаңыз «{feature}» әрекеті үшін тым ескі: Excel JavaScript API {version} ({supported}) қажет. Excel-ді жаңартыңыз.",
  "office.feature.build": "модель парағын құру",
  "office.feature.read": "модель парағын оңтайландыру",
  "office.feature.write": "жеңілдіктерді жазу",
  "office.feature.import": "белгіленген аймақтан импорттау",
  "office.feature.insert": "функцияны қою",
  "office.decisionCount": {
    one: '"{sheet}" парағында {cells} шешім ұяшығы бар, ал шешімде {count} саты; парақта саты қосылды немесе жойылды ма? Пішіннен жаңа парақ құрыңыз.',
    other:
      '"{sheet}" парағында {cells} шешім ұяшығы бар, ал шешімде {count} саты; парақта саты қосылды немесе жойылды ма? Пішіннен жаңа парақ құрыңыз.',
  },
  "office.editedSinceWrite":
    '"{sheet}" парағындағы жеңілдіктер тақта жазғаннан кейін өзгертілді, сондықтан болдырмау орындалмады (ол сіздің түзетулеріңізді өшірер еді).',
  "office.namesDeleted":
    '"{sheet}" парағын тақта құрған, бірақ оның {names} атаулары жойылған («Формулалар» > «Атаулар диспетчері»). Пішіннен жаңа парақ құрыңыз.',
  "office.cellNotEmpty": "{address} бос емес; функцияны қою үшін бос ұяшықты белгілеңіз.",
  "office.buildNameTaken":
    'Тақта модель парағын құрып жатқанда кітапта "{sheet}" парағы пайда болды, сондықтан ештеңе құрылмады және кітап өзгерген жоқ. «Парақ құру» батырмасын қайта басыңыз.',
  "office.optimiserFailed": "Оңтайландырғыш қатемен аяқталды: {detail}",
  "office.buildRollbackFailed":
    'Парақты құру сәтсіз аяқталды және жартылай құрылған "{sheet}" парағын жою мүмкін болмады; оны өзіңіз жойыңыз.',
  "pane.share.label": "Кітапты бөлісуге дайындау",
  "pane.share.intro":
    "Қондырмасы жоқ әріптестер кітапты ашып, қайта есептей алуы үшін MKT функцияларын нәтижесі сондай кәдімгі Excel формулаларымен ауыстырыңыз.",
  "pane.share.where": "Қайда",
  "pane.share.scope.selection": "Ерекшеленген ұяшықтар",
  "pane.share.scope.sheet": "Белсенді парақ",
  "pane.share.scope.workbook": "Бүкіл кітап",
  "pane.share.find": "MKT формулаларын табу",
  "pane.share.undo": "Болдырмау",
  "pane.share.preview": "Не өзгереді",
  "pane.share.functionsList": "Ауыстырылатын функциялар",
  "pane.share.keptList": "Өзгеріссіз қалатындар",
  "pane.share.cancel": "Бас тарту",
  "pane.guided.exampleLoaded": "Мысал жүктелді: оны өзгертіңіз немесе парақты құрыңыз.",
  "pane.guided.loadExample": "Мысалды жүктеу",
  "pane.guided.build": "Парақ құру",
  "pane.guided.buildFromSelection": "Белгіленген кесте бойынша құру",
  "pane.guided.add": "Қосу: {item}",
  "pane.guided.remove": "Жою",
  "pane.guided.selectionEmpty":
    "Белгіленген ұяшықтар бос: кестені тақырып жолымен бірге белгілеңіз.",
  "pane.guided.helpDistribution":
    "Дүкендер тізімін тақырып жолымен бірге белгілеңіз: store, group, category_sales, қажет болса sells_category, одан кейін әр кезеңге бір баған: TRUE/FALSE (ИСТИНА/ЛОЖЬ), 1/0 немесе қалдық. Жаңа парақтың формулалары бұл ауқымды орнында оқиды; деректеріңіз көшірілмейді және өзгертілмейді.",
  "pane.guided.helpSurvey":
    "Жауаптарды тақырып жолымен бірге белгілеңіз: group, одан кейін әр қызметке 0–5 бағалары бар бір баған (бос — жауап жоқ). Жаңа парақтың формулалары бұл ауқымды орнында оқиды; деректеріңіз көшірілмейді және өзгертілмейді.",
  "office.feature.buildFromSelection": "белгіленген кесте бойынша парақ құру",
  "office.feature.writeSpends": "шығындарды жазу",
  "office.editedSinceWriteSpends":
    "«{sheet}» парағындағы шығындар тақта жазғаннан кейін өзгертілді, сондықтан болдырмау орындалмады (ол сіздің түзетулеріңізді өшірер еді).",
  "office.spendCellCount": {
    one: "«{sheet}» парағында {cells} шығын ұяшығы бар, ал шешімде {count} арна; парақта арна қосылды немесе жойылды ма? Пішіннен жаңа парақ құрыңыз.",
    other:
      "«{sheet}» парағында {cells} шығын ұяшығы бар, ал шешімде {count} арна; парақта арна қосылды немесе жойылды ма? Пішіннен жаңа парақ құрыңыз.",
  },
  // --- the import from the selection, the Share tab, the page outside Excel; mkt sheet header ---
  "rule.csv.headerLine": "{line:plain}-жол (тақырып жолы)",
  "pane.import.noTable":
    "Тақырып жолы және оның астында кемінде бір саты жолы бар кестені белгілеңіз.",
  "pane.import.missingHeaders":
    "Белгіленген аймақтың бірінші жолы тақырыптар болуы керек. Жетіспейді: {columns}.",
  "pane.import.noRows": "Белгіленген аймақта тақырыптар бар, бірақ саты жолдары жоқ.",
  "pane.import.column.label": "Атауы",
  "pane.import.column.minQty": "Ең аз саны",
  "pane.import.column.orders": "Тапсырыстар",
  "pane.import.column.unitsPerOrder": "Бірлік / тапсырыс",
  "pane.import.column.minMargin": "Ең аз маржа",
  "pane.host.title": "Бұл қондырма Excel ішінде жұмыс істейді",
  "pane.host.body":
    "Бұл — MKT тапсырмалар тақтасы. Браузерде жеке ашылғанда оның жұмыс істейтін кітабы жоқ. Қондырманы Excel-ге жүктеңіз (manifest.xml), содан кейін оны «Басты» > «Жеңілдіктер моделі» арқылы ашыңыз.",
  "pane.host.web":
    "Интернеттегі Excel: «Басты» > «Қондырмалар» > «Басқа қондырмалар» > «Менің қондырмаларым» > «Қондырмамды жүктеу», содан кейін manifest.xml таңдаңыз.",
  "pane.host.windows":
    "Windows жүйесіндегі Excel: npm start іске қосыңыз немесе manifest.xml бар ортақ қалтаны сенімді қондырмалар каталогы ретінде қосыңыз («Файл» > «Параметрлер» > «Сенім орталығы»), Excel-ді қайта іске қосып, «Басты» > «Қондырмалар» > «Қосымша» > «Ортақ қалта» таңдаңыз.",
  "pane.host.mac":
    "Mac жүйесіндегі Excel: npm start іске қосыңыз немесе manifest.xml файлын ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ қалтасына көшіріп, Excel-ді қайта іске қосыңыз.",
  "pane.host.noOffice":
    "Office сценарийі (office.js) жүктелмеді, сондықтан бұл бет Excel-мен байланыса алмайды. Желі байланысын тексеріп, қондырманы қайта жүктеңіз.",
  "pane.share.replace": "Кәдімгі формулалармен ауыстыру",
  "pane.share.in.selection": "ерекшеленген аймақтағы",
  "pane.share.in.sheet": "белсенді парақтағы",
  "pane.share.in.workbook": "кітаптағы",
  "pane.share.nothing": "{scope} бірде-бір формула ауыстыруға болатын MKT функциясын шақырмайды.",
  "pane.share.cells": { one: "{count} ұяшық", other: "{count} ұяшық" },
  "pane.share.sheets": { one: "{count} парақта", other: "{count} парақта" },
  "pane.share.calls": { one: "{count} шақыру", other: "{count} шақыру" },
  "pane.share.willChange": "{sheets} {cells} өзгереді ({names}).",
  "pane.share.checkThenReplace":
    "Әзірге ештеңе өзгерген жоқ: төмендегі тізімді тексеріп, ауыстырыңыз немесе бас тартыңыз.",
  "pane.share.function": "MKT.{name}: {calls}",
  "pane.share.kept": "MKT.{name} ({calls}) {reason}; өзгеріссіз қалады.",
  "pane.share.reason.noTwin": "егіз формуласы жоқ",
  "pane.share.reason.unknown": "бұл қондырманың функциясы емес",
  "pane.share.reason.arguments": "аргументтері тым көп немесе тым аз",
  "pane.share.reason.volatile":
    "аргументінде RAND, RANDBETWEEN немесе RANDARRAY бар, ал кәдімгі формула оны бірнеше рет оқыр еді",
  "pane.share.reason.tooLong": "формуланы Excel шегі 8 192 таңбадан ұзартар еді",
  "pane.share.replaced":
    "MKT шақырулары кәдімгі формулалармен ауыстырылды, ұяшықтар: {cells}; кітап енді қондырмасыз есептеледі. «Болдырмау» бұрынғы формулаларды қайтарады.",
  "pane.share.restored": "Бұрынғы формулалар қалпына келтірілді, ұяшықтар: {cells}.",
  "pane.share.restoredSkipped": {
    one: "Бұрынғы формулалар қалпына келтірілді, ұяшықтар: {cells}. {count} ұяшық ауыстырудан кейін өзгертілген, сол күйінде қалдырылды.",
    other:
      "Бұрынғы формулалар қалпына келтірілді, ұяшықтар: {cells}. {count} ұяшық ауыстырудан кейін өзгертілген, сол күйінде қалдырылды.",
  },
};
