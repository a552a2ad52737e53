import type { TestProject } from 'vitest/node';
import { buildAndServe } from './buildAndServe';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built app is served, with a trailing slash. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const served = await buildAndServe(process.cwd());
  project.provide('baseUrl', served.url);
  return () => served.close();
}
