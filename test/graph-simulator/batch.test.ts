import { BatchRequestContent, BatchResponseContent } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDay, caller, q, seededRandom, startTestSimulator, type Caller } from './testkit.js';
import type { RunningSimulator } from './types.js';

let sim: RunningSimulator;
let call: Caller;
beforeAll(async () => {
  sim = await startTestSimulator({ shuffleBatchResponses: false });
  call = caller(sim);
});
afterAll(() => sim.close());

const event = (subject: string): Record<string, unknown> => ({ subject, ...allDay('2026-10-01', '2026-10-02') });
const post = (id: string, subject: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
  ({ id, method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body: event(subject), ...extra });

describe('$batch envelope (§E)', () => {
  it('more than 20 requests is 400 for the whole batch', async () => {
    const r = await call('POST', '/$batch', { requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })) });
    expect(r.status).toBe(400);
    expect(r.body.error.innerError['request-id']).toBeTruthy();
  });

  it('ids that differ only in case are duplicates → 400', async () => {
    const r = await call('POST', '/$batch', { requests: [{ id: 'a', method: 'GET', url: '/me' }, { id: 'A', method: 'GET', url: '/me' }] });
    expect(r.status).toBe(400);
  });

  it('outer 200 even when items fail; relative URLs work with and without the leading slash', async () => {
    const r = await call('POST', '/$batch', { requests: [
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: 'me/calendars' },
      { id: '3', method: 'GET', url: `/me/events/${q('AAMkAGnope=')}` },
    ] });
    expect(r.status).toBe(200);
    const byId = Object.fromEntries(r.body.responses.map((x: { id: string }) => [x.id, x]));
    expect(byId['1'].status).toBe(200);
    expect(byId['2'].status).toBe(200);
    expect(byId['3'].status).toBe(404);
    expect(byId['3'].body.error.code).toBe('ErrorItemNotFound');
    expect(byId['1'].headers).toEqual({ 'Content-Type': 'application/json' });
  });

  it('204 items have body null and no Content-Type; 201 items carry exactly "Content-Type"', async () => {
    const created = (await call('POST', '/me/events', event('Slettes i batch'))).body;
    const r = await call('POST', '/$batch', { requests: [
      { id: 'del', method: 'DELETE', url: `/me/events/${q(created.id)}` },
      post('new', 'Ny i batch'),
    ] });
    const del = r.body.responses.find((x: { id: string }) => x.id === 'del');
    const made = r.body.responses.find((x: { id: string }) => x.id === 'new');
    expect(del).toEqual({ id: 'del', status: 204, headers: {}, body: null });
    expect(made.status).toBe(201);
    expect(Object.keys(made.headers)).toContain('Content-Type');
    expect(Object.keys(made.headers)).not.toContain('content-type');
  });

  it('a body without a Content-Type header fails that item with 400 [unverified level]', async () => {
    const r = await call('POST', '/$batch', { requests: [{ id: '1', method: 'POST', url: '/me/events', body: event('x') }] });
    expect(r.status).toBe(200);
    expect(r.body.responses[0].status).toBe(400);
  });
});

describe('dependsOn and per-item errors (§E, §I.9)', () => {
  it('dependents of a failed item get 424; independent items still run', async () => {
    const r = await call('POST', '/$batch', { requests: [
      { id: 'bad', method: 'GET', url: `/me/events/${q('AAMkAGnope=')}` },
      { id: 'after', method: 'GET', url: '/me', dependsOn: ['BAD'] },
      { id: 'chain', method: 'GET', url: '/me', dependsOn: ['after'] },
      { id: 'free', method: 'GET', url: '/me' },
    ] });
    const status = Object.fromEntries(r.body.responses.map((x: { id: string; status: number }) => [x.id, x.status]));
    expect(status).toEqual({ bad: 404, after: 424, chain: 424, free: 200 });
  });

  it('dependsOn on an unknown id is 400 for the batch', async () => {
    const r = await call('POST', '/$batch', { requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }] });
    expect(r.status).toBe(400);
  });

  it('an item throttled by injectOnce gets 429 with Retry-After in its own headers', async () => {
    sim.injectOnce({ match: { method: 'POST', path: /\/events$/ }, action: { status: 429, retryAfter: 7 } });
    const r = await call('POST', '/$batch', { requests: [post('1', 'Første'), post('2', 'Andre', { dependsOn: ['1'] }), post('3', 'Tredje')] });
    expect(r.status).toBe(200);
    const byId = Object.fromEntries(r.body.responses.map((x: { id: string }) => [x.id, x]));
    // Items 1 and 3 start together; one of them takes the injected 429.
    const throttled = ['1', '3'].filter((id) => byId[id].status === 429);
    expect(throttled).toHaveLength(1);
    const t = byId[throttled[0]!];
    expect(t.headers['Retry-After']).toBe('7');
    expect(t.body.error.code).toBe('TooManyRequests');
    expect(sim.requestLog.some((e) => e.batchItem === true && e.status === 429)).toBe(true);
  });

  it('random 429s hit batch items individually and carry the configured Retry-After', async () => {
    sim.setFaults({ rate429: 1, retryAfterSeconds: 3 });
    try {
      const r = await call('POST', '/$batch', { requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'GET', url: '/me' }] });
      expect(r.status).toBe(200);
      expect(r.body.responses.map((x: { status: number }) => x.status)).toEqual([429, 429]);
      expect(r.body.responses[0].headers['Retry-After']).toBe('3');
    } finally {
      sim.setFaults({ rate429: 0, retryAfterSeconds: 1 });
    }
  });

  it('batchRate429 refuses the whole batch with 429 and Retry-After before any item runs', async () => {
    sim.setFaults({ batchRate429: 1, retryAfterSeconds: 2 });
    const itemsRun = () => sim.requestLog.filter((e) => e.batchItem).length;
    const before = itemsRun();
    try {
      const r = await call('POST', '/$batch', { requests: [post('1', 'Avvist')] });
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('2');
      expect(itemsRun()).toBe(before);
      // A top-level request is not a batch: it is not refused by this share.
      expect((await call('GET', '/me')).status).toBe(200);
    } finally {
      sim.setFaults({ batchRate429: 0, retryAfterSeconds: 1 });
    }
  });

  it('a reset inside a batch kills the whole batch connection', async () => {
    // Paths are matched as sent, relative to /v1.0.
    sim.injectOnce({ match: { path: /^\/me$/ }, action: { reset: true } });
    await expect(call('POST', '/$batch', { requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'GET', url: '/me/calendars' }] })).rejects.toThrow();
  });
});

describe('ordering and Outlook parallelism (§E, §F2)', () => {
  it('responses are shuffled by default (seeded), and in request order when shuffling is off', async () => {
    const shuffled = await startTestSimulator({ random: seededRandom(1) });
    try {
      const requests = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, method: 'GET', url: '/me' }));
      const r = await caller(shuffled)('POST', '/$batch', { requests });
      const order = r.body.responses.map((x: { id: string }) => x.id);
      expect([...order].sort()).toEqual(requests.map((x) => x.id).sort());
      expect(order).not.toEqual(requests.map((x) => x.id));
      const plain = await call('POST', '/$batch', { requests });
      expect(plain.body.responses.map((x: { id: string }) => x.id)).toEqual(requests.map((x) => x.id));
    } finally {
      await shuffled.close();
    }
  });

  it('Outlook items run at most 4 in parallel, so a batch of 8 never trips the mailbox concurrency limit', async () => {
    const slow = await startTestSimulator({ faults: { latencyMs: 60 } });
    try {
      const started = Date.now();
      const r = await caller(slow)('POST', '/$batch', { requests: Array.from({ length: 8 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me/events' })) });
      const elapsed = Date.now() - started;
      expect(r.body.responses.every((x: { status: number }) => x.status === 200)).toBe(true);
      // 8 items, 4 at a time, 60 ms each: at least two rounds.
      expect(elapsed).toBeGreaterThanOrEqual(115);
    } finally {
      await slow.close();
    }
  });
});

describe('graph-client BatchRequestContent/BatchResponseContent round trip', () => {
  it('the simulator response parses into Response objects (JSON bodies, 204 without body, 429 headers)', async () => {
    const created = (await call('POST', '/me/events', event('Til sletting'))).body;
    sim.injectOnce({ match: { method: 'GET', path: /\/calendars$/ }, action: { status: 429, retryAfter: 2 } });
    const base = sim.graphBaseUrl;
    const content = new BatchRequestContent([
      { id: 'create', request: new Request(`${base}/me/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(event('Fra SDK')) }) },
      { id: 'delete', request: new Request(`${base}/me/events/${encodeURIComponent(created.id)}`, { method: 'DELETE' }) },
      { id: 'calendars', request: new Request(`${base}/me/calendars`, { method: 'GET' }) },
    ]);
    const payload = await content.getContent();
    const res = await fetch(`${base}/$batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sim.issueToken()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });
    const parsed = new BatchResponseContent(await res.json());
    const createRes = parsed.getResponseById('create');
    expect(createRes.status).toBe(201);
    expect((await createRes.json()).subject).toBe('Fra SDK');
    const deleteRes = parsed.getResponseById('delete');
    expect(deleteRes.status).toBe(204);
    expect(await deleteRes.text()).toBe('');
    const throttled = parsed.getResponseById('calendars');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('Retry-After')).toBe('2');
    expect((await throttled.json()).error.code).toBe('TooManyRequests');
  });
});
