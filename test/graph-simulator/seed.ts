/**
 * The demo tenant "Demo fylkeskommune": Kari Nordmann with her default calendar "Kalender" and a second
 * calendar "Årshjul VIGO", and the team "VIGO Vestland – opplæring" (6 members) with its group calendar.
 * No plans: the app creates one. Every id is fixed so links and bookmarks survive restarts.
 */
import { emptyStateData, type CalendarRecord, type DirectoryUser, type StateData } from './state.js';

export const DEMO_TENANT_ID = '5b0d7c1e-3f2a-4e6b-9c8d-7a1f0e2d3c4b';
export const DEMO_USER_ID = '3f6c9a2e-8b1d-4c7e-a5f0-2d9e6b1c4a80';
export const DEMO_GROUP_ID = 'c2a4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e81';
export const DEMO_CALENDAR_IDS = {
  kariDefault: 'AAMkADNhZjY3LWRlbW8ta2FyaS1rYWxlbmRlcgBGAAAAAAC7_tc4AAA=',
  kariArshjul: 'AAMkADNhZjY3LWRlbW8ta2FyaS1hcnNoanVsLXZpZ28ABgAAAAC7_tc4AAA=',
  group: 'AAMkADNhZjY3LWRlbW8tZ3J1cHBla2FsZW5kZXIARgAAAAC7_tc4AAA=',
} as const;

const DOMAIN = 'vestland-demo.no';

function person(id: string, givenName: string, surname: string, local: string, jobTitle: string): DirectoryUser {
  const mail = `${local}@${DOMAIN}`;
  return { id, displayName: `${givenName} ${surname}`, givenName, surname, mail, userPrincipalName: mail, jobTitle };
}

export const DEMO_USERS: readonly DirectoryUser[] = [
  person(DEMO_USER_ID, 'Kari', 'Nordmann', 'kari.nordmann', 'Rådgiver, inntak'),
  person('8d2b4f6a-0c1e-4a3b-9d5f-6e7a8b9c0d12', 'Ola', 'Hansen', 'ola.hansen', 'Seksjonsleder'),
  person('1e3a5c7b-9d2f-4b6a-8e0c-2f4a6b8d0e23', 'Ingrid', 'Johansen', 'ingrid.johansen', 'Fagkoordinator, fagopplæring'),
  person('4a6c8e0f-2b4d-4f6e-9a1c-3e5b7d9f1a34', 'Lars', 'Olsen', 'lars.olsen', 'Rådgiver, eksamen'),
  person('7b9d1f3a-5c7e-4a9b-8d2f-4a6c8e0b2c45', 'Solveig', 'Larsen', 'solveig.larsen', 'Konsulent, VIGO'),
  person('9c1e3a5d-7f9b-4c1d-a3e5-5b7d9f1c3d56', 'Håkon', 'Berg', 'hakon.berg', 'Rådgiver, formidling'),
];

export function seedState(kind: 'demo' | 'empty'): StateData {
  const data = emptyStateData();
  if (kind === 'empty') return data;
  data.tenant = { id: DEMO_TENANT_ID, displayName: 'Demo fylkeskommune' };
  data.demoUserId = DEMO_USER_ID;
  for (const u of DEMO_USERS) data.users[u.id] = { ...u };
  data.groups[DEMO_GROUP_ID] = {
    id: DEMO_GROUP_ID,
    displayName: 'VIGO Vestland – opplæring',
    description: 'Inntak, formidling og eksamen i videregående opplæring',
    mail: `vigo-opplaering@${DOMAIN}`,
    mailNickname: 'vigo-opplaering',
    isTeam: true,
    memberIds: DEMO_USERS.map((u) => u.id),
  };
  const calendars: CalendarRecord[] = [
    { id: DEMO_CALENDAR_IDS.kariDefault, name: 'Kalender', ownerKind: 'user', ownerId: DEMO_USER_ID, isDefault: true, color: 'auto' },
    { id: DEMO_CALENDAR_IDS.kariArshjul, name: 'Årshjul VIGO', ownerKind: 'user', ownerId: DEMO_USER_ID, isDefault: false, color: 'lightGreen' },
    { id: DEMO_CALENDAR_IDS.group, name: 'Kalender', ownerKind: 'group', ownerId: DEMO_GROUP_ID, isDefault: true, color: 'auto' },
  ];
  for (const c of calendars) data.calendars[c.id] = c;
  data.masterCategories[DEMO_USER_ID] = [];
  return data;
}
