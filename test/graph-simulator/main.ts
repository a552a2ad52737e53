/**
 * CLI: `tsx test/graph-simulator/main.ts [--port 4000] [--state .data/graph-simulator.json]
 *       [--faults rate429=0.2,latencyMs=50] [--seed demo|empty]`
 */
import { startGraphSimulator } from './server.js';
import type { FaultConfig, SimulatorOptions } from './types.js';

function parseFaults(spec: string): Partial<FaultConfig> {
  const out: Record<string, number | string | null> = {};
  for (const pair of spec.split(',').filter(Boolean)) {
    const [key, value] = pair.split('=');
    if (!key || value === undefined) throw new Error(`--faults expects key=value pairs, got '${pair}'`);
    if (!['rate429', 'rate503', 'rate504', 'resetRate', 'batchRate429', 'latencyMs', 'retryAfterSeconds', 'onlyPaths'].includes(key)) throw new Error(`unknown fault '${key}'`);
    if (key === 'onlyPaths') out[key] = value;
    else if (key === 'retryAfterSeconds' && value === 'null') out[key] = null;
    else if (Number.isNaN(Number(value))) throw new Error(`fault '${key}' needs a number, got '${value}'`);
    else out[key] = Number(value);
  }
  return out as Partial<FaultConfig>;
}

function parseArgs(argv: string[]): SimulatorOptions {
  const opts: SimulatorOptions = { port: 4000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    const need = (): string => {
      if (value === undefined) throw new Error(`${arg} needs a value`);
      i++;
      return value;
    };
    if (arg === '--port') opts.port = Number(need());
    else if (arg === '--state') opts.stateFile = need();
    else if (arg === '--faults') opts.faults = parseFaults(need());
    else if (arg === '--host') opts.host = need();
    else if (arg === '--seed') {
      const s = need();
      if (s !== 'demo' && s !== 'empty') throw new Error('--seed is demo or empty');
      opts.seed = s;
    } else throw new Error(`unknown argument ${arg}`);
  }
  return opts;
}

async function main(): Promise<void> {
  const sim = await startGraphSimulator(parseArgs(process.argv.slice(2)));
  console.log(`Graph simulator on ${sim.url} (Graph base ${sim.graphBaseUrl}, view ${sim.url}/_sim/)`);
  const stop = (signal: string): void => {
    console.log(`graph-simulator: ${signal}, saving state and stopping`);
    sim.close().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(`graph-simulator: ${(e as Error).message}`);
  process.exit(1);
});
