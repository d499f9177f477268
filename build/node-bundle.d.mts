import type { BuildOptions } from 'esbuild';

export declare const projectRoot: string;
export declare const EXTERNAL_MODULES: readonly string[];
export declare function nodeBundleOptions(root: string): BuildOptions & { metafile: true };
export declare function runWhenStarted(moduleUrl: string, build: () => Promise<void>): void;
