/**
 * A date in the 的-phrase of a model's release dates the model, not the price told of it: "11月发布的
 * Acme 2 Mini标价输入0.5美元" says when the model came out and what it is listed at, not that the price
 * was November's (a list price may have changed since launch, and it stands until it changes). Read as
 * the price's period, a correct current price became "another period's" figure.
 *
 * The date is followed, within a few characters, by a verb of release (发布, 推出, 上线, 发售, 亮相, 问世)
 * and 的, then a name written in Latin letters (a model's name: "Claude", "GPT-4o", "Gemini"), then within
 * the clause a word of price (标价, 定价, 售价, 价格, 收费, 输入, 输出). A date of the price itself
 * ("11月发布的新定价", "11月起标价…") is not read so: no name stands between.
 */
import type { Span } from '../model';

const RELEASE_THEN_PRICE = /^[^，,。；;：:\d]{0,4}?(?:发布|推出|上线|发售|亮相|问世)的\s*[A-Za-z][^，,。；;：:]{0,40}?(?:标价|定价|售价|价格|收费|输入|输出)/;

/** The date at m is the release date of a model whose price the clause goes on to give. */
export function datesModelRelease(text: string, m: Span): boolean {
  return RELEASE_THEN_PRICE.test(text.slice(m.end, m.end + 64));
}
