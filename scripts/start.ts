/**
 * `npm start`: the local Microsoft Graph simulator (demo county team, state kept in
 * .data/graph-simulator.json so it survives a restart) and the tab on Vite's dev server,
 * over HTTPS when HTTPS_CERT_FILE and HTTPS_KEY_FILE name a certificate and its key (what
 * sideloading in Teams or Outlook needs; see the README). Ports: PORT and GRAPH_SIMULATOR_PORT.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { startGraphSimulator } from '../test/graph-simulator/index';
import { DEMO_GROUP_ID } from '../test/graph-simulator/seed';
import { StartError, devHttpsFrom, isPortTaken, portFrom, portTakenMessage } from './startOptions';

async function main(): Promise<void> {
  const simulatorPort = portFrom(process.env, 'GRAPH_SIMULATOR_PORT', 4000);
  const port = portFrom(process.env, 'PORT', 5173);
  const https = devHttpsFrom(process.env, (file) => readFileSync(file, 'utf8'));
  // A sideloaded manifest names the tab's port: over HTTPS "any free port" would not be it.
  if (https && port === 0) throw new StartError('npm start: PORT=0 takes any free port, but over HTTPS the tab must be on the port the sideloaded manifest names (local.env APP_URL); set PORT to that port.');

  const simulator = await startGraphSimulator({ port: simulatorPort, stateFile: '.data/graph-simulator.json', seed: 'demo' }).catch((error: unknown) => {
    throw isPortTaken(error) ? new StartError(portTakenMessage('GRAPH_SIMULATOR_PORT', simulatorPort, 'the Graph simulator')) : error;
  });
  process.env['VITE_GRAPH_BASE_URL'] = simulator.graphBaseUrl;
  process.env['VITE_GRAPH_SIMULATOR_URL'] = simulator.url;
  process.env['VITE_DEMO_GROUP_ID'] = DEMO_GROUP_ID;

  // Over HTTPS the port is strict: a sideloaded manifest names it (local.env's APP_URL), so
  // moving to the next free port, as Vite does otherwise, would leave Teams loading another page.
  const vite = await createServer({
    server: { port, ...(https ? { https: { cert: https.cert, key: https.key }, strictPort: true } : {}) },
  });
  try {
    await vite.listen();
  } catch (error) {
    await vite.close();
    await simulator.close();
    throw isPortTaken(error) ? new StartError(portTakenMessage('PORT', port, 'the tab')) : error;
  }
  vite.printUrls();
  if (https) process.stdout.write(`  ➜  HTTPS with ${https.certFile} and ${https.keyFile}\n`);
  process.stdout.write(`  ➜  Graph simulator: ${simulator.url}/_sim/ (the simulated calendars and plans)\n`);

  let stopping = false;
  async function stop(): Promise<void> {
    if (stopping) return;
    stopping = true;
    await vite.close();
    await simulator.close();
    process.exit(0);
  }
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof StartError ? error.message : error);
  process.exit(1);
});
