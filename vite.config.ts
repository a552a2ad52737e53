import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The pages of the app, each an HTML input of the build. Add a page here (the Outlook task
 * pane is `taskpane.html`); pages whose file does not exist yet are skipped. The privacy and
 * terms pages are plain HTML, the ones `manifest/env/local.env` points the manifest at.
 */
export const PAGES: Record<string, string> = {
  tab: 'index.html',
  config: 'config.html',
  taskpane: 'taskpane.html',
  privacy: 'personvern.html',
  terms: 'vilkar.html',
};

export function pageInputs(base: string = root): Record<string, string> {
  return Object.fromEntries(
    Object.entries(PAGES)
      .map(([name, file]) => [name, `${base}/${file}`] as const)
      .filter(([, path]) => existsSync(path)),
  );
}

const SHIPPED = /[\\/]src[\\/]data[\\/]shipped\.ts$/;
const PREBUILT = /[\\/]src[\\/]data[\\/]prebuilt\.ts$/;
/** The module id of a school year's dataset made at build time. */
const YEAR_MODULE = 'virtual:arshjul-year/';
/** School years made at build time: from the oldest written one to this many after the current. */
export const PREBUILT_YEARS_AHEAD = 2;

interface BuildData {
  readonly datasets: unknown;
  /** Every school year made at build time, with its dataset. */
  readonly years: ReadonlyMap<string, unknown>;
  readonly current: string;
  readonly dependencies: readonly string[];
}

/**
 * The data as the app's code makes it, run through Vite's runner so the config itself imports
 * no app code: the datasets validated (`src/data/datasets.ts`, the same code as the CLI and the
 * tests) and the dataset of every school year from the oldest written one to
 * {@link PREBUILT_YEARS_AHEAD} after the one `today` is in (`src/data/years.ts`).
 */
async function makeBuildData(base: string, today: Date): Promise<BuildData> {
  const options = { configFile: false as const, logLevel: 'error' as const };
  type Datasets = { builtInDatasets: () => ReadonlyArray<{ schoolYear: string }>; datasetForYear: (year: string, datasets: unknown) => { dataset: unknown } };
  type SchoolYears = { schoolYearOf: (date: string) => string; addSchoolYears: (year: string, years: number) => string; schoolYearOffset: (from: string, to: string) => number };
  type Dates = { osloDateAt: (at: Date) => string };
  const [data, schoolYears, dates] = await Promise.all([
    runnerImport<Datasets>(`${base}/src/data/datasets.ts`, options),
    runnerImport<SchoolYears>(`${base}/src/domain/time/schoolYear.ts`, options),
    runnerImport<Dates>(`${base}/src/domain/time/plainDate.ts`, options),
  ]);
  const datasets = data.module.builtInDatasets();
  const { schoolYearOf, addSchoolYears, schoolYearOffset } = schoolYears.module;
  const current = schoolYearOf(dates.module.osloDateAt(today));
  const years = new Map<string, unknown>();
  const oldest = datasets.map((d) => d.schoolYear).sort()[0];
  if (oldest) {
    const last = addSchoolYears(current, PREBUILT_YEARS_AHEAD);
    for (let year = oldest; schoolYearOffset(year, last) >= 0; year = addSchoolYears(year, 1)) {
      years.set(year, data.module.datasetForYear(year, datasets).dataset);
    }
  }
  const dependencies = [...data.dependencies, ...schoolYears.dependencies, ...dates.dependencies];
  return { datasets, years, current, dependencies };
}

const jsonModule = (name: string, value: unknown): string =>
  // A JSON string parses faster than the same data as an object literal.
  `const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

export interface PrevalidatedDataApi {
  /** The id of the module holding the current school year's dataset. */
  readonly currentYearModule: () => Promise<string>;
}

/**
 * Validates the shipped data at build time and makes each school year's dataset there:
 * `src/data/shipped.ts` becomes a module holding the datasets as `src/data/datasets.ts`
 * validates them, and `src/data/prebuilt.ts` one that loads each year's dataset (written or
 * rolled forward) from a chunk of its own, as JSON strings. The tab then ships no validator
 * and neither validates nor rolls forward before the wheel is drawn; a data file with a
 * problem fails the build, naming every one. A year outside the years made here is still
 * rolled forward in the browser. `today` picks the current school year (tests pass their own).
 */
export function prevalidatedData(base: string = root, today: () => Date = () => new Date()): Plugin & { api: PrevalidatedDataApi } {
  let made: Promise<BuildData> | undefined;
  const buildData = (): Promise<BuildData> => (made ??= makeBuildData(base, today()));
  return {
    name: 'arshjul:prevalidated-data',
    api: { currentYearModule: async () => `\0${YEAR_MODULE}${(await buildData()).current}` },
    buildStart() {
      made = undefined;
    },
    watchChange() {
      // A data or rule file changed (dev server, watch mode): make the data again when next asked.
      made = undefined;
    },
    resolveId(id) {
      return id.startsWith(YEAR_MODULE) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(`\0${YEAR_MODULE}`)) return null;
      const { years, dependencies } = await buildData();
      // A year is made again when a data or rule file changes (dev server, watch mode).
      for (const dependency of dependencies) this.addWatchFile(dependency);
      const year = id.slice(`\0${YEAR_MODULE}`.length);
      if (!years.has(year)) this.error(`No dataset made for ${year}`);
      return { code: `// ${year}, made at build time by the prevalidatedData plugin (vite.config.ts).\n${jsonModule('DATASET', years.get(year))}export default DATASET;\n`, map: null };
    },
    async transform(_code, id) {
      const file = id.split('?')[0]!;
      if (!SHIPPED.test(file) && !PREBUILT.test(file)) return null;
      let data: BuildData;
      try {
        data = await buildData();
      } catch (error) {
        made = undefined;
        this.error(error instanceof Error ? error.message : String(error));
      }
      for (const dependency of data.dependencies) this.addWatchFile(dependency);
      if (SHIPPED.test(file)) {
        const code = `// Validated at build time by the prevalidatedData plugin (vite.config.ts).\n${jsonModule('DATASETS', data.datasets)}export function shippedDatasets() { return DATASETS; }\n`;
        return { code, map: null };
      }
      const cases = [...data.years.keys()]
        .map((year) => `    case ${JSON.stringify(year)}: return import(${JSON.stringify(YEAR_MODULE + year)}).then((m) => m.default);`)
        .join('\n');
      const code =
        '// The school years made at build time by the prevalidatedData plugin (vite.config.ts).\n' +
        `export function prebuiltDataset(year) {\n  switch (year) {\n${cases}\n    default: return Promise.resolve(undefined);\n  }\n}\n`;
      return { code, map: null };
    },
  };
}

/**
 * What the tab's first view imports dynamically (`src/main.tsx`, `src/app/yearData.ts`): its
 * code and the year's data. Dynamic so that the configuration page and a failed start load none
 * of it, but the tab always wants it at once. The current school year's dataset is added by
 * `preloadTabFirstView`'s caller: it is the year the tab opens on, unless a link names another.
 */
const TAB_FIRST_VIEW = /[\\/]src[\\/](app[\\/]App\.tsx|data[\\/]prebuilt\.ts|domain[\\/]rules[\\/]resolve\.ts)$/;

/**
 * Lets the tab's page (index.html) fetch the chunks of its first view while its entry scripts
 * are still being evaluated, with `<link rel="modulepreload">`, instead of only once the entry
 * runs `import()`: ~50 ms sooner to the drawn wheel at 4x CPU. The bytes are the same.
 */
export function preloadTabFirstView(alsoModule: () => Promise<string | undefined> = async () => undefined): Plugin {
  let base = '/';
  return {
    name: 'arshjul:preload-tab-first-view',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(_html, ctx) {
        const { bundle, chunk } = ctx;
        if (!bundle || !chunk || !/(^|\/)index\.html$/.test(ctx.path)) return undefined;
        const also = await alsoModule();
        const withImports = (start: Iterable<string>): Set<string> => {
          const files = new Set<string>();
          const visit = (file: string) => {
            const output = bundle[file];
            if (files.has(file) || output?.type !== 'chunk') return;
            files.add(file);
            output.imports.forEach(visit);
          };
          for (const file of start) visit(file);
          return files;
        };
        const loaded = withImports([chunk.fileName]);
        const firstView = Object.values(bundle).flatMap((output) =>
          // By the modules a chunk holds, not its facade: a module also imported statically
          // elsewhere (resolve.ts by roll-forward) lands in a shared chunk without one.
          output.type === 'chunk' && output.moduleIds.some((id) => TAB_FIRST_VIEW.test(id) || id === also) ? [output.fileName] : [],
        );
        return [...withImports(firstView)]
          .filter((file) => !loaded.has(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig(({ command }) => {
  const data = prevalidatedData();
  return {
    // The shipped data is validated here, at build time, and each school year's dataset made,
    // so the tab ships no validator and rolls no year forward. Our own makeStyles calls are
    // compiled to __styles in builds (Griffel's ahead-of-time mode, as Fluent's packages ship
    // theirs): no style compiling before the first view, ~30-45 ms less main-thread work at 4x
    // CPU. The dev server keeps the runtime, as Griffel advises.
    plugins: [react(), data, preloadTabFirstView(data.api.currentYearModule), command === 'build' && griffel()],
    server: { port: 5173, strictPort: false },
    build: {
      target: 'es2022',
      sourcemap: true,
      rollupOptions: { input: pageInputs() },
    },
  };
});
