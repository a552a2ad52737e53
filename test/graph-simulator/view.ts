/** `GET /_sim/`: an HTML page listing the simulated calendars and plans, for the demo and for debugging. */
import type { StateData } from './state.js';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function renderView(data: StateData): string {
  const userName = (id: string): string => data.users[id]?.displayName ?? id;
  const calendars = Object.values(data.calendars).map((cal) => {
    const owner = cal.ownerKind === 'user' ? data.users[cal.ownerId]?.displayName : data.groups[cal.ownerId]?.displayName;
    const events = Object.values(data.events)
      .filter((e) => e.calendarId === cal.id)
      .sort((a, b) => a.start.dateTime.localeCompare(b.start.dateTime));
    const rows = events.map((e) => {
      const date = e.start.dateTime.slice(0, 10);
      const time = e.isAllDay ? 'hele dagen' : `${e.start.dateTime.slice(11, 16)}–${e.end.dateTime.slice(11, 16)} (${esc(e.start.timeZone)})`;
      const cats = e.categories.length ? ` <small>[${esc(e.categories.join(', '))}]</small>` : '';
      return `<tr><td>${date}</td><td>${time}</td><td>${esc(e.subject)}${cats}</td></tr>`;
    });
    return `<section><h3>${esc(cal.name)} <small>(${esc(owner ?? cal.ownerId)})</small></h3>${
      rows.length ? `<table><thead><tr><th>Dato</th><th>Tid</th><th>Emne</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p>Ingen hendelser.</p>'
    }</section>`;
  });
  const plans = Object.values(data.plans).map((plan) => {
    const categories = data.planDetails[plan.id]?.categoryDescriptions ?? {};
    const buckets = Object.values(data.buckets).filter((b) => b.planId === plan.id).sort((a, b) => (a.orderHint < b.orderHint ? -1 : 1));
    const tasksIn = (bucketId: string | null): string => {
      const tasks = Object.values(data.tasks).filter((t) => t.planId === plan.id && t.bucketId === bucketId).sort((a, b) => (a.orderHint < b.orderHint ? -1 : 1));
      if (tasks.length === 0) return '<p>Ingen oppgaver.</p>';
      return `<ul>${tasks.map((t) => {
        const who = Object.keys(t.assignments).map(userName).join(', ') || 'ikke tildelt';
        const labels = Object.keys(t.appliedCategories).map((k) => categories[k] ?? k).join(', ');
        const due = t.dueDateTime ? ` – frist ${t.dueDateTime.slice(0, 10)}` : '';
        return `<li>${t.percentComplete === 100 ? '✔' : t.percentComplete > 0 ? '◐' : '○'} ${esc(t.title)}${due} <small>(${esc(who)}${labels ? `; ${esc(labels)}` : ''}; ${t.percentComplete} %)</small></li>`;
      }).join('')}</ul>`;
    };
    const unbucketed = Object.values(data.tasks).some((t) => t.planId === plan.id && t.bucketId === null);
    return `<section><h3>${esc(plan.title)} <small>(${esc(data.groups[plan.groupId]?.displayName ?? plan.groupId)})</small></h3>${
      buckets.map((b) => `<h4>${esc(b.name)}</h4>${tasksIn(b.id)}`).join('')}${unbucketed ? `<h4>Uten bøtte</h4>${tasksIn(null)}` : ''}</section>`;
  });
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Graph-simulator – ${esc(data.tenant.displayName)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}table{border-collapse:collapse}td,th{border:1px solid #8888;padding:.2rem .5rem;text-align:left}small{color:#666}</style>
</head><body>
<h1>Graph-simulator: ${esc(data.tenant.displayName)}</h1>
<h2>Kalendere</h2>${calendars.join('') || '<p>Ingen kalendere.</p>'}
<h2>Planer</h2>${plans.join('') || '<p>Ingen planer ennå.</p>'}
</body></html>`;
}
