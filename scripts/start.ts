/**
 * `npm start`: the local Microsoft Graph simulator (demo county team, state kept in
 * .data/graph-simulator.json so it survives a restart) and the tab on Vite's dev server.
 */
import { createServer } from 'vite';
import { startGraphSimulator } from '../test/graph-simulator/index';
import { DEMO_GROUP_ID } from '../test/graph-simulator/seed';

const simulator = await startGraphSimulator({
  port: Number(process.env['GRAPH_SIMULATOR_PORT'] ?? 4000),
  stateFile: '.data/graph-simulator.json',
  seed: 'demo',
});
process.env['VITE_GRAPH_BASE_URL'] = simulator.graphBaseUrl;
process.env['VITE_GRAPH_SIMULATOR_URL'] = simulator.url;
process.env['VITE_DEMO_GROUP_ID'] = DEMO_GROUP_ID;

const vite = await createServer({ server: { port: Number(process.env['PORT'] ?? 5173) } });
await vite.listen();
vite.printUrls();
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
