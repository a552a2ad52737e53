import { describe, it, expect } from 'vitest';
import { ENV_KEYS, ManifestEnvError, parseEnvText, parseManifestEnv } from './env';

const FILE = 'manifest/env/prod.env';

const VALID: Record<string, string> = {
  APP_ID: '2d7c1f04-8b3e-4c55-9a61-3f0e2b7d9c18',
  APP_VERSION: '1.2.3',
  APP_URL: 'https://arshjul.example.no',
  ENTRA_CLIENT_ID: '9b1e5a27-4c0d-4f83-b6e2-71d8a0c3f946',
  APP_NAME_SHORT: 'Årshjul VIGO',
  APP_NAME_FULL: 'Årshjul for VIGO',
  DEVELOPER_NAME: 'Eksempel fylkeskommune',
  DEVELOPER_WEBSITE_URL: 'https://www.example.no',
  PRIVACY_URL: 'https://www.example.no/personvern',
  TERMS_URL: 'https://www.example.no/vilkar',
};

const envText = (overrides: Record<string, string | null> = {}): string =>
  Object.entries({ ...VALID, ...overrides })
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');

const problemsOf = (text: string): readonly string[] => {
  try {
    parseManifestEnv(text, FILE);
  } catch (error) {
    if (error instanceof ManifestEnvError) return error.problems;
    throw error;
  }
  return [];
};

describe('parseManifestEnv', () => {
  it('reads a valid file, normalising the URL and ids', () => {
    const env = parseManifestEnv(envText({ APP_URL: 'https://arshjul.example.no/', APP_ID: VALID.APP_ID!.toUpperCase() }), FILE);
    expect(env.envName).toBe('prod');
    expect(env.appUrl).toBe('https://arshjul.example.no');
    expect(env.appId).toBe(VALID.APP_ID);
    expect(env.appNameShort).toBe('Årshjul VIGO');
  });

  it('takes an APP_URL with a port, or with only a trailing slash', () => {
    expect(parseManifestEnv(envText({ APP_URL: 'https://localhost:5173' }), FILE).appUrl).toBe('https://localhost:5173');
    expect(parseManifestEnv(envText({ APP_URL: 'https://arshjul.example.no//' }), FILE).appUrl).toBe('https://arshjul.example.no');
  });

  it('ignores comments and blank lines and strips quotes', () => {
    const text = `# comment\n\n${envText({ APP_NAME_FULL: '"Årshjul for VIGO – Agder"' })}\n   # indented comment\n`;
    expect(parseManifestEnv(text, FILE).appNameFull).toBe('Årshjul for VIGO – Agder');
  });

  it.each([
    ['an http APP_URL', { APP_URL: 'http://x' }, `${FILE}: APP_URL must start with https:// (got "http://x")`],
    ['a non-GUID APP_ID', { APP_ID: '1234' }, `${FILE}: APP_ID must be a GUID`],
    ['a non-GUID ENTRA_CLIENT_ID', { ENTRA_CLIENT_ID: 'my-app' }, `${FILE}: ENTRA_CLIENT_ID must be a GUID`],
    ['a too-long short name', { APP_NAME_SHORT: 'Årshjul for VIGO i fylkeskommunen' }, `${FILE}: APP_NAME_SHORT must be at most 30 characters (got 33`],
    ['a too-long developer name', { DEVELOPER_NAME: 'x'.repeat(33) }, `${FILE}: DEVELOPER_NAME must be at most 32 characters`],
    ['version not n.n.n', { APP_VERSION: '1.0' }, `${FILE}: APP_VERSION must be n.n.n`],
    ['a version part over five digits', { APP_VERSION: '1.0.123456' }, `${FILE}: APP_VERSION must be n.n.n`],
    ['a semver pre-release', { APP_VERSION: '1.0.0-beta' }, `${FILE}: APP_VERSION must be n.n.n`],
    ['a missing key', { TERMS_URL: null }, `${FILE}: TERMS_URL is missing`],
    ['an empty value', { PRIVACY_URL: '' }, `${FILE}: PRIVACY_URL is empty`],
    ['an http privacy URL', { PRIVACY_URL: 'http://www.example.no' }, `${FILE}: PRIVACY_URL must start with https://`],
    ['an APP_URL with a query', { APP_URL: 'https://x.no/?a=1' }, `${FILE}: APP_URL must not have a query or fragment`],
    ['an APP_URL with a path', { APP_URL: 'https://www.example.no/arshjul' }, `${FILE}: APP_URL must be the host's root, without a path (got "https://www.example.no/arshjul")`],
    ['an APP_URL with a path and a slash', { APP_URL: 'https://www.example.no/arshjul/' }, 'set APP_URL=https://www.example.no'],
  ])('rejects %s', (_name, overrides, expected) => {
    const problems = problemsOf(envText(overrides));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf(envText({ APP_URL: 'http://x', APP_ID: 'nope', APP_VERSION: 'v1', TERMS_URL: null }));
    expect(problems).toHaveLength(4);
    expect(problems.map((p) => p.split(' ')[1])).toEqual(['APP_ID', 'APP_VERSION', 'APP_URL', 'TERMS_URL']);
  });

  it('rejects unknown keys, duplicates and lines without =', () => {
    const { problems } = parseEnvText(`APP_ID=a\nAPP_ID=b\nAPP_URLL=https://x\njust text\n`, FILE);
    expect(problems).toEqual([
      `${FILE}: APP_ID is set twice (line 2)`,
      expect.stringContaining(`${FILE}: APP_URLL is not a known key`),
      `${FILE}:4: expected KEY=VALUE (got "just text")`,
    ]);
  });

  it('knows the documented keys', () => {
    expect(ENV_KEYS).toEqual(Object.keys(VALID));
  });
});
