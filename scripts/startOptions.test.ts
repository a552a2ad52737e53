import { describe, expect, it } from 'vitest';
import { StartError, devHttpsFrom, isPortTaken, portFrom, portTakenMessage } from './startOptions';

describe('portFrom', () => {
  it.each([
    [{}, 4000],
    [{ GRAPH_SIMULATOR_PORT: '' }, 4000],
    [{ GRAPH_SIMULATOR_PORT: ' 4100 ' }, 4100],
    [{ GRAPH_SIMULATOR_PORT: '0' }, 0],
  ])('reads %j as %d', (env, port) => {
    expect(portFrom(env, 'GRAPH_SIMULATOR_PORT', 4000)).toBe(port);
  });

  it.each(['abc', '-1', '4000.5', '70000', '4000x'])('refuses "%s", naming the variable', (value) => {
    expect(() => portFrom({ PORT: value }, 'PORT', 5173)).toThrow(new StartError(`npm start: PORT must be a port number from 0 to 65535 (got "${value}").`));
  });
});

describe('devHttpsFrom', () => {
  const files: Record<string, string> = { 'cert.pem': 'CERT', 'key.pem': 'KEY' };
  const read = (file: string): string => {
    const text = files[file];
    if (text === undefined) throw new Error(`ENOENT: no such file, open '${file}'`);
    return text;
  };

  it('is plain HTTP when neither file is named', () => {
    expect(devHttpsFrom({}, read)).toBeUndefined();
    expect(devHttpsFrom({ HTTPS_CERT_FILE: '', HTTPS_KEY_FILE: ' ' }, read)).toBeUndefined();
  });

  it('reads the certificate and the key', () => {
    expect(devHttpsFrom({ HTTPS_CERT_FILE: 'cert.pem', HTTPS_KEY_FILE: 'key.pem' }, read)).toEqual({ cert: 'CERT', key: 'KEY', certFile: 'cert.pem', keyFile: 'key.pem' });
  });

  it('asks for the other file when only one is named', () => {
    expect(() => devHttpsFrom({ HTTPS_CERT_FILE: 'cert.pem' }, read)).toThrow('HTTPS_CERT_FILE is set but HTTPS_KEY_FILE is not');
    expect(() => devHttpsFrom({ HTTPS_KEY_FILE: 'key.pem' }, read)).toThrow('HTTPS_KEY_FILE is set but HTTPS_CERT_FILE is not');
  });

  it('names the variable and the file it cannot read', () => {
    expect(() => devHttpsFrom({ HTTPS_CERT_FILE: 'cert.pem', HTTPS_KEY_FILE: 'nope.pem' }, read)).toThrow(
      "npm start: cannot read HTTPS_KEY_FILE=nope.pem (ENOENT: no such file, open 'nope.pem').",
    );
  });
});

describe('a taken port', () => {
  it("is Node's EADDRINUSE or Vite's strict-port error", () => {
    expect(isPortTaken(Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:4000'), { code: 'EADDRINUSE' }))).toBe(true);
    expect(isPortTaken(new Error('Port 5173 is already in use'))).toBe(true);
    expect(isPortTaken(new Error('EACCES'))).toBe(false);
    expect(isPortTaken(undefined)).toBe(false);
  });

  it('says which port, what for, and which variable to set', () => {
    expect(portTakenMessage('GRAPH_SIMULATOR_PORT', 4000, 'the Graph simulator')).toBe(
      'npm start: port 4000 is taken, so the Graph simulator cannot listen on it. Stop what uses it, or choose a free port with GRAPH_SIMULATOR_PORT, e.g. GRAPH_SIMULATOR_PORT=4001 npm start',
    );
  });
});
