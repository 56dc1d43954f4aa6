/**
 * The source articles by title, for the help of the functions that come from
 * them: one home for each title, so every entry names its article the same way.
 */

/** Trade-marketing effectiveness (Kazakh translation of a Russian article). */
export const TRADE_MARKETING_ARTICLE =
  "«Маркетингтік науқанның тиімділігін қалай есептеуге болады. Акциялардың кірістілігі: есептеу және формулалар» (how to calculate the effectiveness of a marketing campaign; the profitability of promotions)";

/** Е. С. Юнусова (РИНХ): methods of evaluating a company's marketing strategy. */
export const STRATEGY_ARTICLE =
  "Е. С. Юнусова, «Методы оценки эффективности маркетинговой стратегии предприятия» (methods of evaluating the effectiveness of a company's marketing strategy)";

/** А. А. Масгутова (Карагандинский университет): SMART marketing and customer loyalty. */
export const SMART_MARKETING_ARTICLE =
  "А. А. Масгутова, «SMART-маркетинг цифрлық түрлену жағдайында тұтынушылардың адалдығын арттыру құралы ретінде» (SMART marketing as a tool for raising customer loyalty in the digital transformation)";

/** А. М. Канкулов, Д. М. Губачикова: relationship marketing. */
export const RELATIONSHIP_MARKETING_ARTICLE =
  "А. М. Канкулов, Д. М. Губачикова, «Маркетинг взаимоотношений как современная концепция маркетинга» (relationship marketing as a modern concept of marketing)";

/** The help note that names an entry's source article. */
export function sourceNote(article: string): string {
  return `Source article: ${article}.`;
}
