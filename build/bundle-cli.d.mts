import type { BuildOptions, Plugin } from 'esbuild';

export declare const projectRoot: string;
export declare const CLI_BUNDLE: {
  readonly entry: string;
  readonly outdir: string;
  readonly outfile: string;
  readonly boardReadWorker: string;
  readonly boardReadWorkerOutfile: string;
};
export declare function cliBundleOptions(overrides?: {
  readonly root?: string;
  readonly outdir?: string;
}): BuildOptions & { metafile: true };
export declare const zodInEnglishOnly: Plugin;
export declare function bundleCli(): Promise<void>;
