/**
 * Short forms that are also ordinary words ("Figure" for Figure AI, "Stability" for Stability AI) are
 * names only where the text shows the company is meant: a company verb right after, or the full name
 * earlier in the same paragraph.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../server/src/core/model';
import { findEntityMentions } from '../../../server/src/core/bind/mentions';
import { ENTITIES, bind, claimOf, knowledge, qAt } from './helpers';
import { bundledFacts } from '../../helpers/facts';

const FIGURE: Entity = { id: 'figure-ai', kind: 'company', names: { en: ['Figure AI'], zh: [] }, shortNames: { en: ['Figure'], zh: [] } };
const STABILITY: Entity = { id: 'stability-ai', kind: 'company', names: { en: ['Stability AI'], zh: [] }, shortNames: { en: ['Stability'], zh: [] } };
const KB = knowledge([...ENTITIES, FIGURE, STABILITY]);

const named = (text: string) => findEntityMentions(text, KB).map((m) => [text.slice(m.start, m.end), m.entity]);

describe('a short form followed by a company verb', () => {
  it('English: "Figure raised $675 million" binds the round to Figure AI', () => {
    const text = 'Robotics joined in: Figure raised $675 million in February.';
    const amount = qAt(text, '$675 million', 'money');
    expect(claimOf(bind(text, [amount], undefined, KB), amount).entity).toMatchObject({ value: 'figure-ai', how: 'explicit' });
  });

  it('Chinese: Figure完成6.75亿美元融资', () => {
    expect(named('Figure完成6.75亿美元B轮融资。')).toEqual([['Figure', 'figure-ai']]);
  });

  it('near misses: the ordinary word', () => {
    expect(named('Figure 3 shows revenue of $2 billion.')).toEqual([]);
    expect(named('The figure raised eyebrows.')).toEqual([]);
    expect(named('Stability matters more than growth.')).toEqual([]);
  });
});

describe('a short form after the full name in the same paragraph', () => {
  it('Chinese prose: Stability AI …。Stability上一次…', () => {
    expect(named('Stability AI创始人宣布辞职。Stability上一次融资估值约10亿美元。')).toEqual([
      ['Stability AI', 'stability-ai'],
      ['Stability', 'stability-ai'],
    ]);
  });

  it('near miss: the full name in an earlier paragraph does not vouch for it', () => {
    expect(named('Stability AI raised money.\n\nStability of margins matters.')).toEqual([['Stability AI', 'stability-ai']]);
  });
});

describe('a short form with its valuation and a figure after it', () => {
  const X: Entity = { id: 'x-corp', kind: 'company', names: { en: ['X Corp'], zh: [] }, shortNames: { en: ['X'], zh: [] } };
  const kb = knowledge([...ENTITIES, FIGURE, X]);
  const namedX = (text: string) => findEntityMentions(text, kb).map((m) => [text.slice(m.start, m.end), m.entity]);

  it('Figure估值390亿美元, X 作价 330 亿美元, X的估值为330亿美元 name the company', () => {
    expect(namedX('Figure估值390亿美元。')).toEqual([['Figure', 'figure-ai']]);
    expect(namedX('这笔换股交易里，X 作价 330 亿美元。')).toEqual([['X', 'x-corp']]);
    expect(namedX('交易中X的估值为330亿美元。')).toEqual([['X', 'x-corp']]);
  });

  it('near misses: a letter on its own, or a valuation word with no figure after it', () => {
    expect(namedX('假设公司X有一个估值问题。')).toEqual([]);
    expect(namedX('他在X上发布了估值330亿美元的说法。')).toEqual([]);
    expect(namedX('X估值怎么算？')).toEqual([]);
  });
});

describe('bundled short forms (data/entities.yaml)', () => {
  // "Scale" for Scale AI: an ordinary word ("at scale", "Scale matters"), so a name only where vouched for.
  const BUNDLED = bundledFacts();
  const bundledNamed = (text: string) => findEntityMentions(text, BUNDLED).map((m) => [text.slice(m.start, m.end), m.entity]);

  it('English and Chinese: "Scale raised", Scale完成…融资, and "Scale AI … Scale\'s" name Scale AI', () => {
    expect(bundledNamed('In May, Scale raised $1 billion at a $14 billion valuation.')).toEqual([['Scale', 'scale-ai']]);
    expect(bundledNamed('Scale完成10亿美元F轮融资。')).toEqual([['Scale', 'scale-ai']]);
    expect(bundledNamed("Scale AI sells data labelling. By Scale's own account revenue doubled.").map((m) => m[1])).toEqual(['scale-ai', 'scale-ai']);
  });

  it('near misses: the ordinary word names nothing', () => {
    expect(bundledNamed('Inference at scale cost $2 billion.')).toEqual([]);
    expect(bundledNamed('Scale matters more than margins: revenue was $2 billion.')).toEqual([]);
    expect(bundledNamed('规模效应(Scale)带来的收入约20亿美元。')).toEqual([]);
  });
});
