import type { BuildOptions } from 'esbuild';

export interface ElectronBundle {
  readonly name: string;
  readonly entry: string;
  readonly outfile: string;
}

export declare const ELECTRON_BUNDLES: readonly ElectronBundle[];
export declare function bundleOptions(
  bundle: ElectronBundle,
  overrides?: { readonly root?: string; readonly outfile?: string },
): BuildOptions & { metafile: true };
export declare function bundleElectron(): Promise<void>;
