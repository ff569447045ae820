/** The app's version, from tauri.conf.json (vite.config.ts defines it). */
declare const __SESAME_VERSION__: string;
