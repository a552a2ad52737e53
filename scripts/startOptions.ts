/**
 * What `npm start` reads from the environment, checked before anything listens, and the
 * messages it gives when a port is taken. Each message names the variable to set.
 *
 *   PORT                  the tab (Vite's dev server), default 5173
 *   GRAPH_SIMULATOR_PORT  the Graph simulator, default 4000
 *   HTTPS_CERT_FILE       with HTTPS_KEY_FILE: serve the tab over HTTPS with this PEM
 *   HTTPS_KEY_FILE        certificate and key, as Teams and Outlook need to sideload it
 */

/** A problem with the environment `npm start` was given; the message says what to change. */
export class StartError extends Error {
  readonly code = 'START_FAILED';
  constructor(message: string) {
    super(message);
    this.name = 'StartError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** The port in `name`, or `fallback` when unset or empty. 0 lets the system pick a free port. */
export function portFrom(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const port = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new StartError(`npm start: ${name} must be a port number from 0 to 65535 (got "${raw}").`);
  }
  return port;
}

export interface DevHttps {
  readonly cert: string;
  readonly key: string;
  readonly certFile: string;
  readonly keyFile: string;
}

/**
 * The certificate and key for HTTPS, read from the files HTTPS_CERT_FILE and HTTPS_KEY_FILE
 * name, or undefined when neither is set (plain HTTP). The developer supplies them (for
 * example made by mkcert, see the README); nothing is generated here.
 */
export function devHttpsFrom(env: Env, read: (file: string) => string): DevHttps | undefined {
  const certFile = env['HTTPS_CERT_FILE']?.trim() || undefined;
  const keyFile = env['HTTPS_KEY_FILE']?.trim() || undefined;
  if (certFile === undefined && keyFile === undefined) return undefined;
  if (certFile === undefined || keyFile === undefined) {
    const [set, missing] = certFile === undefined ? ['HTTPS_KEY_FILE', 'HTTPS_CERT_FILE'] : ['HTTPS_CERT_FILE', 'HTTPS_KEY_FILE'];
    throw new StartError(`npm start: ${set} is set but ${missing} is not; HTTPS needs both the certificate and its key (PEM files).`);
  }
  const load = (name: string, file: string): string => {
    try {
      return read(file);
    } catch (error) {
      throw new StartError(`npm start: cannot read ${name}=${file} (${error instanceof Error ? error.message : String(error)}).`);
    }
  };
  return { cert: load('HTTPS_CERT_FILE', certFile), key: load('HTTPS_KEY_FILE', keyFile), certFile, keyFile };
}

/** True for Node's "address in use" error, and for Vite's error when a strict port is taken. */
export function isPortTaken(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'EADDRINUSE' || (typeof message === 'string' && /^Port \d+ is already in use/.test(message));
}

/** Says which port is taken, by what it was for, and which variable picks another. */
export function portTakenMessage(name: string, port: number, what: string): string {
  const other = port === 65535 ? port - 1 : port + 1;
  return `npm start: port ${port} is taken, so ${what} cannot listen on it. Stop what uses it, or choose a free port with ${name}, e.g. ${name}=${other} npm start`;
}
