/**
 * Bearer tokens issued by the simulator and the delegated-scope check (platform-facts §B5).
 *
 * Token format (not a real JWT signature): `base64url({"alg":"none","typ":"JWT"})` + '.' +
 * `base64url({"oid","scp","exp","tid"})` + '.' + `base64url("graph-simulator")`. `scp` is space-separated
 * like Entra's; `exp` is seconds since the epoch. The app's own auth middleware attaches it, so the
 * simulator can require it over plain http (graph-client's AuthenticationHandler would strip it, §F5).
 */
import { GraphHttpError } from './http.js';

const HEADER = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
const SIGNATURE = Buffer.from('graph-simulator').toString('base64url');

export interface TokenClaims {
  oid: string;
  scp: string;
  exp: number;
  tid: string;
}

/** Everything the app asks for; the demo sign-in gets these unless it names its own. */
export const ALL_DELEGATED_SCOPES = [
  'User.Read', 'User.ReadBasic.All', 'Calendars.ReadWrite', 'Group.ReadWrite.All', 'GroupMember.Read.All',
  'Tasks.ReadWrite', 'MailboxSettings.ReadWrite', 'Team.ReadBasic.All',
];

export function issueToken(claims: TokenClaims): string {
  return `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${SIGNATURE}`;
}

const unauthorized = (message: string): GraphHttpError => new GraphHttpError(401, 'InvalidAuthenticationToken', message);

export function verifyAuthorization(header: string | undefined, nowMs: number): TokenClaims {
  if (!header) throw unauthorized('Access token is empty.');
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m || !m[1]) throw unauthorized('IDX14100: JWT is not well formed, there are no dots (.).');
  const parts = m[1].split('.');
  if (parts.length !== 3 || parts[2] !== SIGNATURE || !parts[1]) throw unauthorized('IDX14100: JWT is not well formed, there are no dots (.).');
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    throw unauthorized('IDX14100: JWT is not well formed, there are no dots (.).');
  }
  const c = claims as Partial<TokenClaims>;
  if (typeof c.oid !== 'string' || typeof c.scp !== 'string' || typeof c.exp !== 'number' || typeof c.tid !== 'string') {
    throw unauthorized('IDX14100: JWT is not well formed, there are no dots (.).');
  }
  // Same code as a garbled token, so the client's "401 → fresh token → retry once" path is exercised.
  if (c.exp * 1000 <= nowMs) throw unauthorized('Access token has expired or is not yet valid.');
  return c as TokenClaims;
}

interface ScopeRule {
  test: RegExp;
  read: string[];
  write: string[];
  code: 'ErrorAccessDenied' | 'Authorization_RequestDenied';
}

const OUTLOOK_DENIED = 'Access is denied. Check credentials and try again.';
const DIRECTORY_DENIED = 'Insufficient privileges to complete the operation.';

// Path shapes are after /me → /users/{oid} normalisation. First match wins.
const RULES: ScopeRule[] = [
  { test: /^\/users\/[^/]+\/outlook\/masterCategories/i, read: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'], write: ['MailboxSettings.ReadWrite'], code: 'ErrorAccessDenied' },
  { test: /^\/users\/[^/]+\/(events|calendar|calendars)(\/|$)/i, read: ['Calendars.Read', 'Calendars.ReadWrite'], write: ['Calendars.ReadWrite'], code: 'ErrorAccessDenied' },
  { test: /^\/users\/[^/]+\/joinedTeams$/i, read: ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'TeamSettings.ReadWrite.All', 'User.Read.All', 'Directory.Read.All'], write: [], code: 'Authorization_RequestDenied' },
  { test: /^\/groups\/[^/]+\/(events|calendar)(\/|$)/i, read: ['Group.Read.All', 'Group.ReadWrite.All'], write: ['Group.ReadWrite.All'], code: 'ErrorAccessDenied' },
  { test: /^\/groups\/[^/]+\/members/i, read: ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All'], write: [], code: 'Authorization_RequestDenied' },
  { test: /^\/groups\/[^/]+\/planner/i, read: ['Tasks.Read', 'Tasks.ReadWrite', 'Group.Read.All', 'Group.ReadWrite.All'], write: ['Tasks.ReadWrite', 'Group.ReadWrite.All'], code: 'ErrorAccessDenied' },
  { test: /^\/groups\/[^/]+$/i, read: ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All'], write: [], code: 'Authorization_RequestDenied' },
  { test: /^\/planner\//i, read: ['Tasks.Read', 'Tasks.ReadWrite', 'Group.Read.All', 'Group.ReadWrite.All'], write: ['Tasks.ReadWrite', 'Group.ReadWrite.All'], code: 'ErrorAccessDenied' },
];

/**
 * 403 when the token lacks every scope that would allow the call. `/users/{me}` needs User.Read;
 * another user needs User.ReadBasic.All or User.Read.All.
 */
export function checkScopes(method: string, path: string, claims: TokenClaims): void {
  const granted = new Set(claims.scp.split(' ').filter(Boolean).map((s) => s.toLowerCase()));
  const has = (list: string[]): boolean => list.some((s) => granted.has(s.toLowerCase()));
  const userMatch = /^\/users\/([^/]+)$/i.exec(path);
  if (userMatch) {
    const self = userMatch[1] === claims.oid;
    const ok = has(self ? ['User.Read', 'User.ReadBasic.All', 'User.Read.All'] : ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All']);
    if (!ok) throw new GraphHttpError(403, 'Authorization_RequestDenied', DIRECTORY_DENIED);
    return;
  }
  const rule = RULES.find((r) => r.test.test(path));
  if (!rule) return;
  const needed = method === 'GET' ? rule.read : rule.write;
  if (needed.length > 0 && !has(needed)) {
    throw new GraphHttpError(403, rule.code, rule.code === 'ErrorAccessDenied' ? OUTLOOK_DENIED : DIRECTORY_DENIED);
  }
}
