/** Builds the renderer once for both shells: Electron's app:// protocol and the browser bridge. */
declare const _default: import("vite").UserConfig;
export default _default;
