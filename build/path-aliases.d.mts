export declare const PATH_ALIASES: Readonly<Record<string, string>>;
export declare function aliasFolders(root?: string): Record<string, string>;
