import { describe, expect, it } from 'vitest';
import { Limiter, MailboxLimiters } from './limiter';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('Limiter', () => {
  it('never runs more than the capacity at once', async () => {
    const limiter = new Limiter(4);
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        limiter.run(async () => {
          active++;
          peak = Math.max(peak, active);
          await tick();
          active--;
        }),
      ),
    );
    expect(peak).toBe(4);
    expect(limiter.active).toBe(0);
  });

  it('a batch takes every slot; singles wait for it and it waits for them (first come, first served)', async () => {
    const limiter = new Limiter(4);
    const log: string[] = [];
    const job = (name: string, weight = 1) =>
      limiter.run(async () => {
        log.push(`+${name}:${limiter.active}`);
        await tick();
        log.push(`-${name}`);
      }, weight);
    await Promise.all([job('s1'), job('batch', 4), job('s2')]);
    expect(log).toEqual(['+s1:1', '-s1', '+batch:4', '-batch', '+s2:1', '-s2']);
  });

  it('releases the slot when the task throws', async () => {
    const limiter = new Limiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(limiter.active).toBe(0);
  });

  it('one limiter per mailbox', () => {
    const limiters = new MailboxLimiters();
    expect(limiters.for('me')).toBe(limiters.for('me'));
    expect(limiters.for('me')).not.toBe(limiters.for('group:1'));
  });
});
