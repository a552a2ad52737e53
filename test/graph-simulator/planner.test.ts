import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUP_ID, DEMO_USERS } from './seed.js';
import { caller, startTestSimulator, type Caller } from './testkit.js';
import type { RunningSimulator } from './types.js';

let sim: RunningSimulator;
let call: Caller;
let planId = '';
beforeAll(async () => {
  sim = await startTestSimulator();
  call = caller(sim);
  const plan = await call('POST', '/planner/plans', { title: 'Årshjul VIGO', container: { url: `https://graph.microsoft.com/v1.0/groups/${DEMO_GROUP_ID}` } });
  expect(plan.status).toBe(201);
  planId = plan.body.id;
});
afterAll(() => sim.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read arbitrary fields of Graph's answers
const newTask = async (title: string, extra: Record<string, unknown> = {}): Promise<Record<string, any>> => {
  const r = await call('POST', '/planner/tasks', { planId, title, ...extra });
  expect(r.status).toBe(201);
  return r.body;
};

describe('plans (§D1)', () => {
  it('a plan has a group container, a 28-character id and an etag; it is listed under its group', async () => {
    const plan = (await call('GET', `/planner/plans/${planId}`)).body;
    expect(plan.id).toHaveLength(28);
    expect(plan.container).toMatchObject({ containerId: DEMO_GROUP_ID, type: 'group' });
    expect(plan['@odata.etag']).toMatch(/^W\/"/);
    const list = await call('GET', `/groups/${DEMO_GROUP_ID}/planner/plans`);
    expect(list.body.value.map((p: { id: string }) => p.id)).toEqual([planId]);
  });

  it('the containerId/type form works too', async () => {
    const r = await call('POST', '/planner/plans', { title: 'Andre', container: { containerId: DEMO_GROUP_ID, type: 'group' } });
    expect(r.status).toBe(201);
  });

  it('the creator must be a member of the group (403 otherwise)', async () => {
    sim.state.data.users['0f0f0f0f-0000-4000-8000-000000000001'] = {
      id: '0f0f0f0f-0000-4000-8000-000000000001', displayName: 'Ekstern Bruker', givenName: 'Ekstern', surname: 'Bruker',
      mail: 'ekstern@vestland-demo.no', userPrincipalName: 'ekstern@vestland-demo.no',
    };
    const outsider = caller(sim, sim.issueToken({ userId: '0f0f0f0f-0000-4000-8000-000000000001' }));
    const r = await outsider('POST', '/planner/plans', { title: 'Nei', container: { containerId: DEMO_GROUP_ID, type: 'group' } });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('');
  });

  it('plan details have 25 label slots; PATCH category25 works with If-Match, category26 is 400', async () => {
    const details = (await call('GET', `/planner/plans/${planId}/details`)).body;
    expect(Object.keys(details.categoryDescriptions)).toHaveLength(25);
    const ok = await call('PATCH', `/planner/plans/${planId}/details`, { categoryDescriptions: { category1: 'Inntak', category25: 'Eksamen' } }, { 'If-Match': details['@odata.etag'] });
    expect(ok.status).toBe(204);
    const after = (await call('GET', `/planner/plans/${planId}/details`)).body;
    expect(after.categoryDescriptions).toMatchObject({ category1: 'Inntak', category25: 'Eksamen', category2: null });
    const bad = await call('PATCH', `/planner/plans/${planId}/details`, { categoryDescriptions: { category26: 'x' } }, { 'If-Match': after['@odata.etag'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("'category26'");
  });
});

describe('If-Match and etags (§D5, §I.3)', () => {
  it('PATCH without If-Match is 412 "must be specified" [obs]', async () => {
    const t = await newTask('Uten etag');
    const r = await call('PATCH', `/planner/tasks/${t.id}`, { title: 'x' });
    expect(r.status).toBe(412);
    expect(r.body.error).toMatchObject({ code: '', message: 'The If-Match header must be specified for this kind of request.' });
  });

  it('PATCH answers 204 with no body; with Prefer: return=representation 200 + body + Preference-Applied', async () => {
    const t = await newTask('Representasjon');
    const plain = await call('PATCH', `/planner/tasks/${t.id}`, { percentComplete: 50 }, { 'If-Match': t['@odata.etag'] });
    expect(plain.status).toBe(204);
    expect(plain.text).toBe('');
    const current = (await call('GET', `/planner/tasks/${t.id}`)).body;
    expect(current['@odata.etag']).not.toBe(t['@odata.etag']);
    const rep = await call('PATCH', `/planner/tasks/${t.id}`, { percentComplete: 100 }, { 'If-Match': current['@odata.etag'], Prefer: 'return=representation' });
    expect(rep.status).toBe(200);
    expect(rep.headers.get('preference-applied')).toBe('return=representation');
    expect(rep.body).toMatchObject({ id: t.id, percentComplete: 100 });
    expect(rep.body.completedDateTime).toMatch(/Z$/);
  });

  it('an older etag is accepted when the fields do not conflict, 412 when they do', async () => {
    const t = await newTask('Samtidig');
    const first = await call('PATCH', `/planner/tasks/${t.id}`, { title: 'Ny tittel' }, { 'If-Match': t['@odata.etag'] });
    expect(first.status).toBe(204);
    const otherField = await call('PATCH', `/planner/tasks/${t.id}`, { priority: 1 }, { 'If-Match': t['@odata.etag'] });
    expect(otherField.status).toBe(204);
    const sameField = await call('PATCH', `/planner/tasks/${t.id}`, { title: 'Konflikt' }, { 'If-Match': t['@odata.etag'] });
    expect(sameField.status).toBe(412);
    const del = await call('DELETE', `/planner/tasks/${t.id}`, undefined, { 'If-Match': t['@odata.etag'] });
    expect(del.status).toBe(412);
  });

  it("the task's etag on the details is 412 \"The If-Match header contains an invalid value.\"", async () => {
    const t = await newTask('Detaljer');
    const r = await call('PATCH', `/planner/tasks/${t.id}/details`, { description: 'x' }, { 'If-Match': t['@odata.etag'] });
    expect(r.status).toBe(412);
    expect(r.body.error).toMatchObject({ code: '', message: 'The If-Match header contains an invalid value.' });
  });

  it('DELETE with the current etag answers 204 and removes task and details (then Planner 404)', async () => {
    const t = await newTask('Slettes');
    const r = await call('DELETE', `/planner/tasks/${t.id}`, undefined, { 'If-Match': t['@odata.etag'] });
    expect(r.status).toBe(204);
    expect(r.text).toBe('');
    for (const path of [`/planner/tasks/${t.id}`, `/planner/tasks/${t.id}/details`]) {
      const gone = await call('GET', path);
      expect(gone.status).toBe(404);
      expect(gone.body.error.code).toBe('');
    }
  });
});

describe('tasks (§D2)', () => {
  it('create fills server fields and replaces the client order hint', async () => {
    const t = await newTask('Søknadsfrist', { orderHint: ' !', dueDateTime: '2027-03-01T00:00:00Z' });
    expect(t.orderHint).not.toBe(' !');
    expect(t.orderHint).not.toContain(' ');
    expect(t).toMatchObject({ planId, percentComplete: 0, priority: 5, dueDateTime: '2027-03-01T00:00:00Z', hasDescription: false, referenceCount: 0 });
    expect(t.createdBy.user.id).toBe(sim.state.data.demoUserId);
  });

  it('order hints "<prev> <next>!" place the task between its neighbours; a service value sent verbatim is 400', async () => {
    const a = await newTask('A');
    const b = await newTask('B', { orderHint: `${a.orderHint} !` });
    expect(b.orderHint > a.orderHint).toBe(true);
    const mid = await newTask('Mellom', { orderHint: `${a.orderHint} ${b.orderHint}!` });
    expect(mid.orderHint > a.orderHint && mid.orderHint < b.orderHint).toBe(true);
    const verbatim = await call('POST', '/planner/tasks', { planId, title: 'x', orderHint: a.orderHint });
    expect(verbatim.status).toBe(400);
  });

  const badBodies: Array<[string, () => Record<string, unknown>]> = [
    ['assignment without @odata.type', () => ({ assignments: { [DEMO_USERS[1]!.id]: { orderHint: ' !' } } })],
    ['start after due', () => ({ startDateTime: '2027-03-02T00:00:00Z', dueDateTime: '2027-03-01T00:00:00Z' })],
    ['unknown label slot', () => ({ appliedCategories: { category26: true } })],
    ['percentComplete over 100', () => ({ percentComplete: 101 })],
  ];
  it.each(badBodies)('%s → 400', async (_name, extra) => {
    const r = await call('POST', '/planner/tasks', { planId, title: 'Ugyldig', ...extra() });
    expect(r.status).toBe(400);
  });

  it('a bucket of another plan is 400', async () => {
    const other = (await call('POST', '/planner/plans', { title: 'Annen plan', container: { containerId: DEMO_GROUP_ID, type: 'group' } })).body;
    const foreign = (await call('POST', '/planner/buckets', { name: 'Fremmed', planId: other.id, orderHint: ' !' })).body;
    const r = await call('POST', '/planner/tasks', { planId, title: 'Feil bøtte', bucketId: foreign.id });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('');
  });

  it('assignments with @odata.type get assignedBy/assignedDateTime and a service orderHint; null unassigns', async () => {
    const kolleger = DEMO_USERS.slice(1, 3).map((u) => u.id);
    const t = await newTask('Tildelt', {
      assignments: Object.fromEntries(kolleger.map((id) => [id, { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' }])),
      appliedCategories: { category1: true, category25: true },
    });
    expect(Object.keys(t.assignments).sort()).toEqual([...kolleger].sort());
    const one = t.assignments[kolleger[0]!];
    expect(one.orderHint).not.toBe(' !');
    expect(one.assignedBy.user.id).toBe(sim.state.data.demoUserId);
    expect(t.appliedCategories).toEqual({ category1: true, category25: true });
    const r = await call('PATCH', `/planner/tasks/${t.id}`, { assignments: { [kolleger[0]!]: null }, appliedCategories: { category1: false } }, { 'If-Match': t['@odata.etag'], Prefer: 'return=representation' });
    expect(Object.keys(r.body.assignments)).toEqual([kolleger[1]]);
    expect(r.body.appliedCategories).toEqual({ category25: true });
  });

  it('more than 20 assignees is 403 MaximumAssigneesInTasks', async () => {
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' }]));
    const r = await call('POST', '/planner/tasks', { planId, title: 'For mange', assignments: many });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('MaximumAssigneesInTasks');
  });
});

describe('task details (§D3)', () => {
  it('details have their own etag; description, checklist, references keyed by encoded URL, previewType', async () => {
    const t = await newTask('Med detaljer');
    const d = (await call('GET', `/planner/tasks/${t.id}/details`)).body;
    expect(d['@odata.etag']).not.toBe(t['@odata.etag']);
    const refKey = 'https%3A//vigo%2Eno/frister';
    const r = await call('PATCH', `/planner/tasks/${t.id}/details`, {
      description: 'Sjekk søkertall',
      previewType: 'checklist',
      checklist: { '5f2b8a1e-0c3d-4e6f-9a7b-1c2d3e4f5a6b': { '@odata.type': 'microsoft.graph.plannerChecklistItem', title: 'Ring skolene', isChecked: false } },
      references: { [refKey]: { '@odata.type': 'microsoft.graph.plannerExternalReference', alias: 'VIGO', type: 'Other' } },
    }, { 'If-Match': d['@odata.etag'], Prefer: 'return=representation' });
    expect(r.status).toBe(200);
    expect(r.body.references[refKey]).toMatchObject({ alias: 'VIGO', type: 'Other' });
    expect(r.body.checklist['5f2b8a1e-0c3d-4e6f-9a7b-1c2d3e4f5a6b']).toMatchObject({ title: 'Ring skolene', isChecked: false });
    expect(r.body.previewType).toBe('checklist');
    const task = (await call('GET', `/planner/tasks/${t.id}`)).body;
    expect(task).toMatchObject({ hasDescription: true, referenceCount: 1, checklistItemCount: 1, activeChecklistItemCount: 1 });
  });

  it('a raw (unencoded) URL as reference key is 400; a reference without @odata.type is 400', async () => {
    const t = await newTask('Rå URL');
    const d = (await call('GET', `/planner/tasks/${t.id}/details`)).body;
    const raw = await call('PATCH', `/planner/tasks/${t.id}/details`, { references: { 'https://vigo.no': { '@odata.type': 'microsoft.graph.plannerExternalReference' } } }, { 'If-Match': d['@odata.etag'] });
    expect(raw.status).toBe(400);
    const untyped = await call('PATCH', `/planner/tasks/${t.id}/details`, { references: { 'https%3A//vigo%2Eno': { alias: 'x' } } }, { 'If-Match': d['@odata.etag'] });
    expect(untyped.status).toBe(400);
  });

  it('more than 15 references is 403 MaximumReferencesOnTask', async () => {
    const t = await newTask('Mange lenker');
    const d = (await call('GET', `/planner/tasks/${t.id}/details`)).body;
    const refs = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`https%3A//vigo%2Eno/${i}`, { '@odata.type': 'microsoft.graph.plannerExternalReference', alias: `L${i}` }]));
    const r = await call('PATCH', `/planner/tasks/${t.id}/details`, { references: refs }, { 'If-Match': d['@odata.etag'] });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('MaximumReferencesOnTask');
  });
});

describe('buckets and limits (§D1, §D6)', () => {
  it('buckets: create 201 with service hint, list, PATCH 204 with If-Match, DELETE 412 without and 204 with', async () => {
    const fresh = await startTestSimulator({ limits: { bucketsPerPlan: 2, tasksPerPlan: 2 } });
    try {
      const c = caller(fresh);
      const plan = (await c('POST', '/planner/plans', { title: 'Grenser', container: { containerId: DEMO_GROUP_ID, type: 'group' } })).body;
      const b1 = await c('POST', '/planner/buckets', { name: 'Høst', planId: plan.id, orderHint: ' !' });
      expect(b1.status).toBe(201);
      expect(b1.body.orderHint).not.toBe(' !');
      const b2 = await c('POST', '/planner/buckets', { name: 'Vår', planId: plan.id, orderHint: `${b1.body.orderHint} !` });
      expect(b2.body.orderHint > b1.body.orderHint).toBe(true);
      const third = await c('POST', '/planner/buckets', { name: 'For mye', planId: plan.id, orderHint: ' !' });
      expect(third.status).toBe(403);
      expect(third.body.error.code).toBe('MaximumBucketsInProject');
      const listed = await c('GET', `/planner/plans/${plan.id}/buckets`);
      expect(listed.body.value.map((b: { name: string }) => b.name)).toEqual(['Høst', 'Vår']);
      const renamed = await c('PATCH', `/planner/buckets/${b1.body.id}`, { name: 'Høsten' }, { 'If-Match': b1.body['@odata.etag'] });
      expect(renamed.status).toBe(204);
      for (let i = 0; i < 2; i++) expect((await c('POST', '/planner/tasks', { planId: plan.id, title: `T${i}`, bucketId: b2.body.id })).status).toBe(201);
      const over = await c('POST', '/planner/tasks', { planId: plan.id, title: 'T3' });
      expect(over.status).toBe(403);
      expect(over.body.error.code).toBe('MaximumTasksInProject');
      const inBucket = await c('GET', `/planner/buckets/${b2.body.id}/tasks`);
      expect(inBucket.body.value).toHaveLength(2);
      expect((await c('DELETE', `/planner/buckets/${b2.body.id}`)).status).toBe(412);
      expect((await c('DELETE', `/planner/buckets/${b2.body.id}`, undefined, { 'If-Match': b2.body['@odata.etag'] })).status).toBe(204);
      expect((await c('GET', `/planner/plans/${plan.id}/tasks`)).body.value).toHaveLength(0);
    } finally {
      await fresh.close();
    }
  });

  it('unknown plan, bucket and task ids are Planner 404 with an empty code', async () => {
    for (const path of ['/planner/plans/AAAAAAAAAAAAAAAAAAAAAAAAAAAA', '/planner/buckets/AAAAAAAAAAAAAAAAAAAAAAAAAAAA', '/planner/tasks/AAAAAAAAAAAAAAAAAAAAAAAAAAAA']) {
      const r = await call('GET', path);
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe('');
    }
  });
});
