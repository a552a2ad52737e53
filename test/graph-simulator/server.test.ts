import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUP_ID, DEMO_USER_ID } from './seed.js';
import { startGraphSimulator } from './server.js';
import { allDay, caller, q, startTestSimulator, TAG_ID, type Caller } from './testkit.js';
import type { RunningSimulator } from './types.js';

let sim: RunningSimulator;
let call: Caller;
beforeAll(async () => {
  sim = await startTestSimulator();
  call = caller(sim);
});
afterAll(() => sim.close());

describe('auth (§I.10)', () => {
  const cases: Array<[string, () => string | null, string]> = [
    ['no token', () => null, 'Access token is empty.'],
    ['garbled token', () => 'not-a-token', 'IDX14100'],
    ['forged signature', () => `${sim.issueToken().split('.').slice(0, 2).join('.')}.Zm9yZ2Vk`, 'IDX14100'],
    ['expired token', () => sim.issueToken({ expiresInSeconds: -5 }), 'expired'],
  ];
  it.each(cases)('%s → 401 InvalidAuthenticationToken', async (_name, token, message) => {
    const r = await caller(sim, token())('GET', '/me');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('InvalidAuthenticationToken');
    expect(r.body.error.message).toContain(message);
  });

  it('a token from POST /_sim/token works; its payload is readable base64url JSON', async () => {
    const res = await fetch(`${sim.url}/_sim/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ scopes: ['User.Read', 'Calendars.ReadWrite'] }) });
    const tok = await res.json();
    expect(tok.expires_in).toBe(3600);
    const payload = JSON.parse(Buffer.from(tok.access_token.split('.')[1], 'base64url').toString());
    expect(payload).toMatchObject({ oid: DEMO_USER_ID, scp: 'User.Read Calendars.ReadWrite' });
    const me = await caller(sim, tok.access_token)('GET', '/me');
    expect(me.status).toBe(200);
    expect(me.body.displayName).toBe('Kari Nordmann');
  });
});

describe('delegated scopes (§B5)', () => {
  const ev = { subject: 's', ...allDay('2026-10-01', '2026-10-02') };
  const cases: Array<[string, string[], string, string, unknown, number, string?]> = [
    ['me events without Calendars.ReadWrite', ['User.Read'], 'POST', '/me/events', ev, 403, 'ErrorAccessDenied'],
    ['me events read with Calendars.Read', ['Calendars.Read'], 'GET', '/me/events', undefined, 200],
    ['me events write with Calendars.Read only', ['Calendars.Read'], 'POST', '/me/events', ev, 403, 'ErrorAccessDenied'],
    ['group events without Group.ReadWrite.All', ['Calendars.ReadWrite'], 'POST', `/groups/${DEMO_GROUP_ID}/events`, ev, 403, 'ErrorAccessDenied'],
    ['group events with Group.ReadWrite.All', ['Group.ReadWrite.All'], 'POST', `/groups/${DEMO_GROUP_ID}/events`, ev, 201],
    ['planner with Tasks.ReadWrite', ['Tasks.ReadWrite'], 'GET', `/groups/${DEMO_GROUP_ID}/planner/plans`, undefined, 200],
    ['planner with Group.ReadWrite.All', ['Group.ReadWrite.All'], 'GET', `/groups/${DEMO_GROUP_ID}/planner/plans`, undefined, 200],
    ['planner without either', ['Calendars.ReadWrite'], 'POST', '/planner/tasks', { planId: 'x' }, 403, 'ErrorAccessDenied'],
    ['members with GroupMember.Read.All', ['GroupMember.Read.All'], 'GET', `/groups/${DEMO_GROUP_ID}/members`, undefined, 200],
    ['members with Group.Read.All', ['Group.Read.All'], 'GET', `/groups/${DEMO_GROUP_ID}/members`, undefined, 200],
    ['members without', ['User.Read'], 'GET', `/groups/${DEMO_GROUP_ID}/members`, undefined, 403, 'Authorization_RequestDenied'],
    ['master categories without MailboxSettings.ReadWrite', ['Calendars.ReadWrite'], 'POST', '/me/outlook/masterCategories', { displayName: 'x' }, 403, 'ErrorAccessDenied'],
    ['master categories with MailboxSettings.ReadWrite', ['MailboxSettings.ReadWrite'], 'GET', '/me/outlook/masterCategories', undefined, 200],
    ['/me without User.Read', ['Calendars.ReadWrite'], 'GET', '/me', undefined, 403, 'Authorization_RequestDenied'],
  ];
  it.each(cases)('%s', async (_name, scopes, method, path, body, status, code) => {
    const r = await caller(sim, sim.issueToken({ scopes }))(method, path, body);
    expect(r.status).toBe(status);
    if (code) expect(r.body.error.code).toBe(code);
  });
});

describe('error body, headers and CORS (§F4, §G, §I.7)', () => {
  it('errors carry code, message and innerError{date, request-id, client-request-id} plus Graph headers', async () => {
    const r = await call('GET', `/me/events/${q('AAMkAGnope=')}`, undefined, { 'client-request-id': 'klient-123' });
    expect(r.body.error.innerError).toEqual({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/), 'request-id': r.headers.get('request-id'), 'client-request-id': 'klient-123' });
    expect(r.headers.get('client-request-id')).toBe('klient-123');
    expect(r.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(new Date(r.headers.get('date') ?? '').getTime()).not.toBeNaN();
  });

  it('without a client-request-id the request-id is echoed as client-request-id', async () => {
    const r = await call('GET', '/me');
    expect(r.headers.get('client-request-id')).toBe(r.headers.get('request-id'));
  });

  it('an unknown segment is 400 BadRequest; a wrong method is 405', async () => {
    const seg = await call('GET', '/me/nonsense');
    expect(seg.status).toBe(400);
    expect(seg.body.error.message).toBe("Resource not found for the segment 'nonsense'.");
    expect((await call('PUT', '/me/events')).status).toBe(405);
  });

  it('answers the CORS preflight and exposes the headers a browser SPA needs', async () => {
    const pre = await fetch(`${sim.graphBaseUrl}/planner/tasks/x`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization,if-match,prefer,content-type,client-request-id' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const allowed = (pre.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const h of ['authorization', 'if-match', 'prefer', 'content-type', 'client-request-id']) expect(allowed).toContain(h);
    expect(pre.headers.get('access-control-allow-methods')).toContain('PATCH');
    const get = await fetch(`${sim.graphBaseUrl}/me`, { headers: { Origin: 'http://localhost:5173', Authorization: `Bearer ${sim.issueToken()}` } });
    expect(get.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const exposed = (get.headers.get('access-control-expose-headers') ?? '').split(',').map((s) => s.trim());
    expect(exposed).toEqual(expect.arrayContaining(['ETag', 'Location', 'Preference-Applied', 'Content-Range', 'request-id', 'client-request-id', 'Retry-After']));
  });
});

describe('directory', () => {
  it('/me, /users/{upn}, /groups/{id}, members with $select/$top paging, joinedTeams', async () => {
    const me = (await call('GET', '/me')).body;
    expect(me).toMatchObject({ id: DEMO_USER_ID, mail: 'kari.nordmann@vestland-demo.no', userPrincipalName: 'kari.nordmann@vestland-demo.no' });
    expect((await call('GET', '/users/ola.hansen@vestland-demo.no')).body.displayName).toBe('Ola Hansen');
    expect((await call('GET', '/users/nobody@vestland-demo.no')).status).toBe(404);
    const group = (await call('GET', `/groups/${DEMO_GROUP_ID}`)).body;
    expect(group.displayName).toBe('VIGO Vestland – opplæring');
    const page1 = (await call('GET', `/groups/${DEMO_GROUP_ID}/members?$select=displayName,mail&$top=4`)).body;
    expect(page1.value).toHaveLength(4);
    expect(Object.keys(page1.value[0]).sort()).toEqual(['@odata.type', 'displayName', 'id', 'mail']);
    const page2 = (await call('GET', page1['@odata.nextLink'])).body;
    expect(page2.value).toHaveLength(2);
    const teams = (await call('GET', '/me/joinedTeams')).body;
    expect(teams.value.map((t: { id: string }) => t.id)).toEqual([DEMO_GROUP_ID]);
  });
});

describe('faults (§G, §I.8)', () => {
  it('rate429=1 answers 429 TooManyRequests with Retry-After; retryAfterSeconds null sends none', async () => {
    const f = await startTestSimulator({ faults: { rate429: 1, retryAfterSeconds: 4 } });
    try {
      const c = caller(f);
      const r = await c('GET', '/planner/tasks/x');
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('4');
      expect(r.body.error.code).toBe('TooManyRequests');
      f.setFaults({ retryAfterSeconds: null });
      expect((await c('GET', '/me')).headers.get('retry-after')).toBeNull();
    } finally {
      await f.close();
    }
  });

  it.each([[{ rate503: 1 }, 503], [{ rate504: 1 }, 504]])('%o → %i', async (faults, status) => {
    const f = await startTestSimulator({ faults });
    try {
      expect((await caller(f)('GET', '/me')).status).toBe(status);
    } finally {
      await f.close();
    }
  });

  it('onlyPaths limits random faults to matching paths; the seeded RNG gives a repeatable mix', async () => {
    const run = async (): Promise<number[]> => {
      const f = await startTestSimulator({ faults: { rate429: 0.5, onlyPaths: '^/planner' } });
      try {
        const c = caller(f);
        expect((await c('GET', '/me')).status).toBe(200);
        const statuses: number[] = [];
        for (let i = 0; i < 10; i++) statuses.push((await c('GET', '/planner/plans/none')).status);
        return statuses;
      } finally {
        await f.close();
      }
    };
    const a = await run();
    expect(a).toContain(429);
    expect(a).toContain(404);
    expect(await run()).toEqual(a);
  });

  it('resetRate=1 destroys the connection', async () => {
    const f = await startTestSimulator({ faults: { resetRate: 1 } });
    try {
      await expect(caller(f)('GET', '/me')).rejects.toThrow();
    } finally {
      await f.close();
    }
  });

  it('POST /_sim/faults sets the config; latencyMs delays each request', async () => {
    const f = await startTestSimulator();
    try {
      const set = await fetch(`${f.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ latencyMs: 80 }) });
      expect((await set.json()).latencyMs).toBe(80);
      const t0 = Date.now();
      await caller(f)('GET', '/me');
      expect(Date.now() - t0).toBeGreaterThanOrEqual(75);
      expect((await fetch(`${f.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ rate429: 2 }) })).status).toBe(400);
    } finally {
      await f.close();
    }
  });

  it('injectOnce: a 401 on the next matching request only (the client can refresh and retry)', async () => {
    sim.injectOnce({ match: { method: 'GET', path: /^\/me\/calendars$/ }, action: { status: 401 } });
    expect((await call('GET', '/me')).status).toBe(200);
    const first = await call('GET', '/me/calendars');
    expect(first.status).toBe(401);
    expect(first.body.error.code).toBe('InvalidAuthenticationToken');
    expect((await call('GET', '/me/calendars')).status).toBe(200);
  });

  it('injectOnce afterCommit: the write is carried out, then answered 504 or dropped', async () => {
    const subjects = () => Object.values(sim.state.data.events).map((e) => e.subject);
    sim.injectOnce({ match: { method: 'POST', path: /^\/me\/events$/ }, action: { status: 504, afterCommit: true } });
    const r = await call('POST', '/me/events', { subject: 'Gjort likevel', ...allDay('2026-12-01', '2026-12-02') });
    expect(r.status).toBe(504);
    expect(subjects()).toContain('Gjort likevel');
    sim.injectOnce({ match: { method: 'POST', path: /^\/me\/events$/ }, action: { reset: true, afterCommit: true } });
    await expect(call('POST', '/me/events', { subject: 'Svar borte', ...allDay('2026-12-02', '2026-12-03') })).rejects.toThrow();
    expect(subjects()).toContain('Svar borte');
  });

  it('injectOnce afterCommit on a $batch: every item runs, the envelope is answered 504', async () => {
    sim.injectOnce({ match: { method: 'POST', path: /^\/\$batch$/ }, action: { status: 504, afterCommit: true } });
    const item = { id: '1', method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body: { subject: 'Batch gjort', ...allDay('2026-12-03', '2026-12-04') } };
    const r = await call('POST', '/$batch', { requests: [item] });
    expect(r.status).toBe(504);
    expect(Object.values(sim.state.data.events).map((e) => e.subject)).toContain('Batch gjort');
  });

  it('injectOnce: 412 on task details with the Planner shape', async () => {
    sim.injectOnce({ match: { path: /\/details$/ }, action: { status: 412 } });
    const r = await call('PATCH', '/planner/tasks/AAAAAAAAAAAAAAAAAAAAAAAAAAAA/details', { description: 'x' });
    expect(r.status).toBe(412);
    expect(r.body.error).toMatchObject({ code: '', message: 'The If-Match header contains an invalid value.' });
  });
});

describe('Outlook throttling (§F2)', () => {
  it('a 5th concurrent request to one mailbox is 429 ApplicationThrottled; another mailbox is unaffected', async () => {
    const f = await startTestSimulator({ faults: { latencyMs: 150, retryAfterSeconds: 2 } });
    try {
      const c = caller(f);
      const results = await Promise.all([
        ...Array.from({ length: 5 }, () => c('GET', '/me/events')),
        c('GET', `/groups/${DEMO_GROUP_ID}/events`),
        c('GET', '/planner/plans/none'),
      ]);
      const mine = results.slice(0, 5);
      const throttled = mine.filter((r) => r.status === 429);
      expect(throttled).toHaveLength(1);
      expect(throttled[0]!.body.error).toMatchObject({ code: 'ApplicationThrottled', message: 'Application is over its MailboxConcurrency limit.' });
      expect(throttled[0]!.headers.get('retry-after')).toBe('2');
      expect(mine.filter((r) => r.status === 200)).toHaveLength(4);
      expect(results[5]!.status).toBe(200);
      expect(results[6]!.status).toBe(404);
    } finally {
      await f.close();
    }
  });

  it('the per-mailbox request budget (lowered to 3 per window) answers 429 until the window moves on', async () => {
    let clock = 1_800_000_000_000;
    const f = await startTestSimulator({ now: () => clock, limits: { mailboxRequestsPerWindow: 3, mailboxWindowMs: 600_000 } });
    try {
      const c = caller(f);
      for (let i = 0; i < 3; i++) expect((await c('GET', '/me/calendars')).status).toBe(200);
      const over = await c('GET', '/me/events');
      expect(over.status).toBe(429);
      expect(over.body.error.code).toBe('ApplicationThrottled');
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await c('GET', '/planner/plans/none')).status).toBe(404);
      clock += 600_001;
      expect((await c('GET', '/me/events')).status).toBe(200);
    } finally {
      await f.close();
    }
  });
});

describe('persistence and admin routes', () => {
  it('state survives a restart (events with extended properties, plans, etags, transaction ids)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graph-sim-'));
    const file = join(dir, 'nested', 'state.json');
    const first = await startGraphSimulator({ stateFile: file });
    const c1 = caller(first);
    const ev = (await c1('POST', '/me/events', { subject: 'Varig', transactionId: 'tx-persist', ...allDay('2027-02-01', '2027-02-02'), singleValueExtendedProperties: [{ id: TAG_ID, value: 'K1' }] })).body;
    const plan = (await c1('POST', '/planner/plans', { title: 'Varig plan', container: { containerId: DEMO_GROUP_ID, type: 'group' } })).body;
    const task = (await c1('POST', '/planner/tasks', { planId: plan.id, title: 'Varig oppgave' })).body;
    await first.close();
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(1);

    const second = await startGraphSimulator({ stateFile: file });
    try {
      const c2 = caller(second);
      const found = await c2('GET', `/me/events?$filter=${q(`singleValueExtendedProperties/Any(ep: ep/id eq '${TAG_ID}' and ep/value eq 'k1')`)}`);
      expect(found.body.value.map((e: { id: string }) => e.id)).toEqual([ev.id]);
      expect((await c2('POST', '/me/events', { subject: 'Igjen', transactionId: 'tx-persist', ...allDay('2027-02-01', '2027-02-02') })).body.id).toBe(ev.id);
      const patched = await c2('PATCH', `/planner/tasks/${task.id}`, { title: 'Etter omstart' }, { 'If-Match': task['@odata.etag'] });
      expect(patched.status).toBe(204);
      // New ids after the restart do not collide with old ones.
      const another = (await c2('POST', '/planner/tasks', { planId: plan.id, title: 'Ny' })).body;
      expect(another.id).not.toBe(task.id);
    } finally {
      await second.close();
    }
  });

  it.each([
    ['not JSON', '{"version": 1,'],
    ['wrong version', JSON.stringify({ version: 99 })],
    ['task without plan', JSON.stringify({ version: 1, seq: 1, demoUserId: '', tenant: { id: 't' }, users: {}, groups: {}, calendars: {}, events: {}, transactions: {}, masterCategories: {}, plans: {}, planDetails: {}, buckets: {}, tasks: { t1: { id: 't1', planId: 'gone', version: 1 } }, taskDetails: {} })],
  ])('a corrupt state file (%s) is a clear error naming the file, and the file is left alone', async (_name, content) => {
    const dir = await mkdtemp(join(tmpdir(), 'graph-sim-bad-'));
    const file = join(dir, 'state.json');
    await writeFile(file, content);
    await expect(startGraphSimulator({ stateFile: file })).rejects.toThrow(file);
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('GET /_sim/ lists calendars with events and plans with buckets, tasks, assignees by name and completion', async () => {
    const f = await startTestSimulator();
    try {
      const c = caller(f);
      await c('POST', '/me/events', { subject: 'Klagefrist <inntak>', ...allDay('2026-07-20', '2026-07-21') });
      const plan = (await c('POST', '/planner/plans', { title: 'Årshjul 2026/27', container: { containerId: DEMO_GROUP_ID, type: 'group' } })).body;
      const bucket = (await c('POST', '/planner/buckets', { name: 'Inntak', planId: plan.id, orderHint: ' !' })).body;
      const ola = '8d2b4f6a-0c1e-4a3b-9d5f-6e7a8b9c0d12';
      await c('POST', '/planner/tasks', { planId: plan.id, bucketId: bucket.id, title: 'Sende svar', percentComplete: 100, assignments: { [ola]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } } });
      const html = await (await fetch(`${f.url}/_sim/`)).text();
      for (const text of ['Demo fylkeskommune', 'Årshjul VIGO', '2026-07-20', 'Klagefrist &lt;inntak&gt;', 'Årshjul 2026/27', 'Inntak', 'Sende svar', 'Ola Hansen', '100 %']) {
        expect(html).toContain(text);
      }
      const state = await (await fetch(`${f.url}/_sim/state`)).json();
      expect(Object.keys(state.plans)).toEqual([plan.id]);
      expect((await fetch(`${f.url}/_sim/reset`, { method: 'POST' })).status).toBe(200);
      expect(Object.keys(f.state.data.plans)).toHaveLength(0);
      expect(Object.keys(f.state.data.calendars)).toHaveLength(3);
    } finally {
      await f.close();
    }
  });

  it('the request log records top-level requests and batch items', async () => {
    const f = await startTestSimulator();
    try {
      const c = caller(f);
      await c('GET', '/me');
      await c('POST', '/$batch', { requests: [{ id: '1', method: 'GET', url: '/me/calendars' }] });
      expect(f.requestLog).toEqual([
        { method: 'GET', path: '/me', status: 200 },
        { method: 'GET', path: '/me/calendars', status: 200, batchItem: true },
        { method: 'POST', path: '/$batch', status: 200 },
      ]);
    } finally {
      await f.close();
    }
  });
});

describe('CLI', () => {
  it('prints its URL, serves the seed and flushes state on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graph-sim-cli-'));
    const file = join(dir, 'cli.json');
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/graph-simulator/main.ts', '--port', '0', '--state', file, '--faults', 'latencyMs=1'], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /Graph simulator on (http:\/\/\S+) /.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const tok = await (await fetch(`${url}/_sim/token`, { method: 'POST', body: '{}' })).json();
      const r = await fetch(`${url}/v1.0/me/events`, { method: 'POST', headers: { Authorization: `Bearer ${tok.access_token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ subject: 'Fra CLI', ...allDay('2026-10-01', '2026-10-02') }) });
      expect(r.status).toBe(201);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const saved = JSON.parse(await readFile(file, 'utf8'));
      expect(Object.values(saved.events).map((e) => (e as { subject: string }).subject)).toEqual(['Fra CLI']);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
