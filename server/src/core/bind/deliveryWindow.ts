/**
 * "10 GW of accelerators deploying from the second half of 2026 through 2029", "to be delivered starting
 * in 2026", "从2026年下半年开始部署": a period opened by a word of delivery or deployment says when the
 * thing will be handed over or switched on, not when the figure was agreed or stood. The figure (a
 * deal's size, a commitment, a capacity) is the total of the rollout over a window whose start alone is
 * written: it is no one period's figure, so the window dates nothing (the period is left unbound, and
 * a deal is compared with what was known by the document's date).
 *
 * Only the opening of a window counts ("from", "starting", "beginning", "to begin in", 起, 开始): "shipped
 * 100,000 GPUs in the third quarter" states the quarter's own flow, and stays dated. The end of such a
 * window ("… through 2029") goes with its start.
 */
import type { Span } from '../model';

/** Words of handing over or switching on: deploy, deliver, ship, roll out, come online, install, build out. */
const DELIVERY_EN = String.raw`(?:deploy(?:s|ed|ing|ments?)?|deliver(?:s|ed|ing|y|ies)?|ship(?:s|ped|ping|ments?)?|roll(?:s|ed|ing)?[\s-]+out|rollouts?|(?:come|comes|coming)\s+online|install(?:s|ed|ing|ations?)?|buil(?:d|t|ding)[\s-]+out)`;
/** What opens the window right before the period: "from", "starting (in)", "beginning (in)", "to begin in". */
const OPENER_EN = String.raw`(?:from|starting(?:\s+(?:in|from))?|beginning(?:\s+(?:in|from))?|commencing(?:\s+in)?|to\s+(?:start|begin)\s+in|(?:will\s+)?(?:start|begin)s?\s+in)`;

/** What may stand between the opener and the period: "the", "late", "the end of". */
const PART_EN = String.raw`(?:the\s+)?(?:(?:early|late|mid|end\s+of)[\s-]+)?(?:the\s+)?`;
/** "deploying from", "deliveries of the racks starting in", "shipping to customers beginning in" before the period. */
const WINDOW_BEFORE_EN = new RegExp(String.raw`(?<![A-Za-z])${DELIVERY_EN}\s+(?:[A-Za-z'’-]+\s+){0,3}?${OPENER_EN}\s+${PART_EN}$`, 'i');
/** "start deploying in", "begin shipping the racks from", "starts delivery in" before the period (no clause break between). */
const STARTS_DELIVERING_BEFORE_EN = new RegExp(String.raw`(?<![A-Za-z])(?:start|begin)(?:s|ning|ing)?\s+(?:to\s+)?${DELIVERY_EN}\s+(?:[^\s,;:.]+\s+){0,6}?(?:in|from)\s+${PART_EN}$`, 'i');
/**
 * A schedule's first step: "starting with 1 GW of MI450 in", "beginning with the first racks from", "with
 * the first gigawatt in", "first deliveries in", "first shipments of the racks from", "ramping from",
 * "ramping up starting in". The step is the start of the rollout of the total the sentence measures.
 */
const SCHEDULE_START_BEFORE_EN = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?:(?:starting|beginning|commencing)\s+with|with\s+the\s+(?:first|initial))\s+(?:[^\s,;:.]+\s+){1,6}?(?:in|from)|first\s+${DELIVERY_EN}\s+(?:[^\s,;:.]+\s+){0,4}?(?:in|from)|ramp(?:s|ed|ing)?(?:\s+up)?\s+(?:from|starting\s+(?:in|from)|beginning\s+(?:in|from)))\s+${PART_EN}$`,
  'i',
);
/**
 * A delivery still to come, in the present or future ("ships", "will be deployed", "is due to be
 * delivered"): "the first 50,000 GPUs shipped in the third quarter" is a recorded flow of that quarter.
 */
const DELIVERY_AHEAD_EN = String.raw`(?:(?:will|would|is\s+(?:due|set|expected|scheduled)\s+to|are\s+(?:due|set|expected|scheduled)\s+to|to)\s+(?:be\s+(?:deployed|delivered|shipped|installed)|deploy|deliver|ship|roll\s+out|come\s+online|arrive)|deploys|delivers|ships|rolls\s+out|comes\s+online|arrives)`;
/**
 * "the first 1 GW of MI450s in the second half of 2026", "the first 50,000 GPUs by late 2026", a table
 * cell's "6 GW, first 1 GW in H2 2026" (the article left out, as notes and cells do), "whose first 1 GW
 * ships in the second half of 2026" (with its word of delivery between): the first
 * tranche of a capacity or of hardware, dated, is the rollout's first step, as "with the first" is. Only
 * with a unit of capacity or hardware after the figure: "the first $1 billion of revenue in 2023" dates
 * a milestone the revenue reached, no delivery.
 */
const FIRST_TRANCHE_BEFORE_EN = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?:the|its|their)\s+)?first\s+(?:(?:about|around|roughly|nearly|some)\s+)?[\d.,]+\s*(?:GW|MW|gigawatts?|megawatts?|racks?|GPUs?|chips?|accelerators?|servers?|systems?)(?:\s+of\s+(?:[^\s,;:.]+\s+){0,2}?[^\s,;:.]+)?(?:\s+${DELIVERY_AHEAD_EN})?\s+(?:in|from|by)\s+${PART_EN}$`,
  'i',
);
/** "从2026年下半年开始部署", "2026年起交付", "下半年起陆续上线", "2026年下半年起首批1吉瓦开始部署" after the period. */
const WINDOW_AFTER_ZH = /^\s*(?:起|开始|以后|之后起?)\s*(?:[^，,。；;：:\d]{0,4}?[\d.]*\s*(?:吉瓦|GW|兆瓦|MW)?[^，,。；;：:\d]{0,8}?)?(?:陆续|逐步|分批|正式)?\s*(?:开始)?(?:部署|交付|上线|投运|投产|供货|出货|装机|建设)/;
/** "首批1吉瓦MI450于2026年下半年部署", "第一批芯片将在2026年交付": a first batch, its date, then its delivery. */
const FIRST_BATCH_BEFORE_ZH = /(?:首批|第一批|首期|第一期)[^，,。；;：:]{0,20}?(?:将于|将在|预计于|预计在|于|在)\s*$/;
/** "首批1吉瓦MI450于2026年下半年": a first batch measured in capacity is a rollout's step, delivery word or not. */
const FIRST_CAPACITY_BEFORE_ZH = /(?:首批|第一批|首期|第一期)\s*(?:约|近)?\s*[\d.]+\s*(?:吉瓦|GW|兆瓦|MW)[^，,。；;：:]{0,12}?(?:将于|将在|预计于|预计在|于|在)\s*$/;
const BATCH_DELIVERY_AFTER_ZH = /^\s*(?:开始|起)?\s*(?:陆续|逐步|分批|正式)?\s*(?:部署|交付|上线|投运|投产|供货|出货|装机)/;
/** The window's end after its start: "through 2029", "to 2029", "至2029年", "到2029年". */
const WINDOW_END_BETWEEN = /^\s*(?:(?:through|thru|to|until|till|and)\s+(?:the\s+end\s+of\s+)?|[-–—]\s*|至|到)$/i;

/**
 * The start of a term, with no word of delivery: "a $300 billion deal starting in 2027", "a contract that
 * begins in 2027", "a five-year agreement commencing in 2027", "合同从2027年开始", "自2027年起". Said of a
 * deal or a commitment (money changing hands once), it dates when the term runs from, not when the deal
 * was made: the figure is the term's total. Said of a flow ("revenue of $10 billion a year starting in
 * 2027") it is the first period of the flow, so only one-off figures read it (see deliveryWindowMentions).
 */
const TERM_START_BEFORE_EN = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?:starting|beginning|commencing|effective)(?:\s+(?:in|from|on))?|(?:that|which)\s+(?:will\s+)?(?:starts?|begins?|commences?|runs?\s+from|kicks?\s+off)(?:\s+(?:in|from|on))?|(?:to|will)\s+(?:start|begin|commence|run\s+from)(?:\s+(?:in|from|on))?)\s+${PART_EN}$`,
  'i',
);
/** "从2027年开始", "自2027年起", "2027年起" after the period, with no delivery word (that is WINDOW_AFTER_ZH). */
const TERM_START_AFTER_ZH = /^\s*(?:起|开始)(?![\u4e00-\u9fff]{0,2}(?:增长|下降|增加|减少|盈利|亏损))/;

/** The period at m opens the term of a one-off deal or commitment. */
function opensTerm(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  return TERM_START_BEFORE_EN.test(before) || TERM_START_AFTER_ZH.test(text.slice(m.end, m.end + 8));
}

/** The period at m opens a window of delivery or deployment. */
function opensDeliveryWindow(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const after = text.slice(m.end, m.end + 24);
  return (
    WINDOW_BEFORE_EN.test(before) ||
    STARTS_DELIVERING_BEFORE_EN.test(before) ||
    SCHEDULE_START_BEFORE_EN.test(before) ||
    FIRST_TRANCHE_BEFORE_EN.test(before) ||
    FIRST_CAPACITY_BEFORE_ZH.test(before) ||
    WINDOW_AFTER_ZH.test(after) ||
    (FIRST_BATCH_BEFORE_ZH.test(before) && BATCH_DELIVERY_AFTER_ZH.test(after))
  );
}

/**
 * The periods among `mentions` (sorted, of one sentence) that date a delivery window: each one that
 * opens it, and the one right after that closes it ("from H2 2026 through 2029"). For a one-off figure
 * (`oneOff`: a deal, a commitment), also a term's start ("starting in 2027") and its end.
 */
export function deliveryWindowMentions<M extends Span>(text: string, mentions: readonly M[], oneOff = false): Set<M> {
  const out = new Set<M>();
  for (const [i, m] of mentions.entries()) {
    if (!opensDeliveryWindow(text, m) && !(oneOff && opensTerm(text, m))) continue;
    out.add(m);
    const next = mentions[i + 1];
    if (next && WINDOW_END_BETWEEN.test(text.slice(m.end, next.start))) out.add(next);
  }
  return out;
}
