/** Which profile dialog is open. */
export type Which = "new-profile" | "password" | "recovery" | "login-unlock" | null;

/** Which import/export dialog is open. */
export type Transfer = "import" | "export" | "backups" | "sync" | null;
