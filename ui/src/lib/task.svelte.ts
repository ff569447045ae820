// What the settings-like dialogs (backups, sync) share: the view Rust answers with, loaded when
// the dialog opens and replaced by each action's answer; one action at a time, busy while it
// runs, its failure in the words a person reads; and a folder picked in the system's dialog.
import { open } from "@tauri-apps/plugin-dialog";
import { errorMessage } from "./ipc";

export class ViewTask<V> {
  view: V | null = $state(null);
  busy = $state(false);
  error = $state("");

  constructor(load: () => Promise<V>) {
    load()
      .then((v) => (this.view = v))
      .catch((e) => (this.error = errorMessage(e)));
  }

  /** Runs `action`; its answer becomes the view and `after` runs, a failure goes to `error`. */
  async run(action: () => Promise<V>, after: () => void) {
    this.busy = true;
    this.error = "";
    try {
      this.view = await action();
      after();
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      this.busy = false;
    }
  }

  /** A folder the person picks, or null when they cancel. */
  async folder(title: string): Promise<string | null> {
    const picked = await open({ directory: true, title }).catch((e) => {
      this.error = errorMessage(e);
      return null;
    });
    return typeof picked === "string" ? picked : null;
  }
}
