export interface AfterPackContextLike {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly arch: number;
  readonly packager: {
    readonly executableName?: string;
    readonly appInfo: { readonly productFilename: string };
  };
}

export type FuseName =
  | 'RunAsNode'
  | 'EnableCookieEncryption'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'
  | 'LoadBrowserProcessSpecificV8Snapshot'
  | 'GrantFileProtocolExtraPrivileges';

export interface FuseSettings {
  readonly version: string;
  readonly resetAdHocDarwinSignature: boolean;
  readonly [index: number]: boolean;
}

/** The hook (a function, as electron-builder requires it) with its pure parts attached. */
export interface AfterPackHook {
  (context: AfterPackContextLike): Promise<void>;
  readonly default: AfterPackHook;
  readonly FUSES: Readonly<Record<FuseName, boolean>>;
  fuseConfig(electronPlatformName: string, arch: number): FuseSettings;
  electronBinaryPath(context: AfterPackContextLike): string;
}

declare const afterPack: AfterPackHook;
export = afterPack;
