/** A count that names what it counts does not take a trigger that lies past another number. */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';

describe('counts with their own noun', () => {
  it('leave a trigger beyond another number to that number (English)', () => {
    const text = 'Meta serves 3 billion weekly users with 350,000 GPUs bought last year.';
    const users = qAt(text, '3 billion', 'count');
    const gpus = qAt(text, '350,000 GPUs', 'count', 0, { unit: 'GPU' });
    const claims = bind(text, [users, gpus]);
    expect(claimOf(claims, users).metric?.value).toBe('users.weekly');
    expect(claimOf(claims, gpus).metric?.value).toBe('gpus.acquired');
  });

  it('bind nothing rather than the other number\'s trigger (English)', () => {
    const text = 'Meta runs 350,000 GPUs for 3 billion weekly users.';
    const gpus = qAt(text, '350,000 GPUs', 'count', 0, { unit: 'GPU' });
    const users = qAt(text, '3 billion', 'count');
    const claims = bind(text, [gpus, users]);
    expect(claimOf(claims, gpus).metric).toBeUndefined();
    expect(claimOf(claims, users).metric?.value).toBe('users.weekly');
  });

  it('bind nothing rather than the other number\'s trigger (Chinese)', () => {
    const text = 'Meta公司用35万块GPU服务30亿周活跃用户。';
    const gpus = qAt(text, '35万块GPU', 'count', 0, { unit: 'GPU' });
    const users = qAt(text, '30亿', 'count');
    const claims = bind(text, [gpus, users]);
    expect(claimOf(claims, gpus).metric).toBeUndefined();
    expect(claimOf(claims, users).metric?.value).toBe('users.weekly');
  });

  it('still take a trigger of their own side (Chinese)', () => {
    const text = 'Meta公司去年采购了35万块GPU。';
    const gpus = qAt(text, '35万块GPU', 'count', 0, { unit: 'GPU' });
    const [claim] = bind(text, [gpus]);
    expect(claim.metric?.value).toBe('gpus.acquired');
  });
});
