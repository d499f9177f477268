export declare function installedElectronBinary(electronDir: string | null): string | null;
export declare function installAppDeps(): number;
