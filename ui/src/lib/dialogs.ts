/** Which profile dialog is open. */
export type Which = "new-profile" | "password" | "recovery" | null;
