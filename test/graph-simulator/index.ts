/** Entry point for code that starts the simulator (dev server, demo, tests). */
export { startGraphSimulator } from './server.js';
export type {
  FaultConfig, InjectAction, InjectMatch, InjectOnceRule, RequestLogEntry, RunningSimulator, SimulatorLimits, SimulatorOptions,
} from './types.js';
export { DEFAULT_LIMITS } from './types.js';
export { SimulatorState } from './state.js';
export { DEMO_CALENDAR_IDS, DEMO_GROUP_ID, DEMO_TENANT_ID, DEMO_USER_ID, DEMO_USERS } from './seed.js';
