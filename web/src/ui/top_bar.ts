// The top bar: the recordings (switch between them), loading progress, connection state, and
// toggles for the side and bottom panels.
import type { Progress, RecordingInfo } from "../protocol.gen";
import { el } from "./dom";

export interface TopBarCallbacks {
  onSelectRecording(storeId: string): void;
  onTogglePanel(panel: "blueprint" | "selection" | "time"): void;
  onResetBlueprint(): void;
}

export class TopBar {
  readonly element: HTMLElement;
  private readonly recordings = el("div", { class: "recordings", "data-testid": "recordings" });
  private readonly progressBox = el("div", { class: "progress", title: "Loading" }, el("div"));
  private readonly progressText = el("span", { "data-testid": "progress" });
  private readonly status = el("span", { class: "status", "data-testid": "status" });
  /** The layout shown, as an .rbl blueprint file (`rerun FILE.rbl`, or rrb in a script, read it back). */
  private readonly download = el("a", { class: "button", "data-testid": "download-blueprint", title: "Download the layout as a blueprint (.rbl)" }, "⤓ .rbl");

  constructor(private readonly cb: TopBarCallbacks) {
    const toggles = (["blueprint", "time", "selection"] as const).map((p) => {
      const b = el("button", { title: `Show/hide the ${p} panel`, "data-testid": `toggle-${p}` }, p === "blueprint" ? "◧" : p === "time" ? "⬓" : "◨");
      b.addEventListener("click", () => cb.onTogglePanel(p));
      return b;
    });
    const reset = el("button", { title: "Reset the layout to the application's default blueprint", "data-testid": "reset-blueprint" }, "⟲");
    reset.addEventListener("click", () => cb.onResetBlueprint());
    this.download.style.display = "none";
    this.progressBox.style.display = "none";
    this.element = el(
      "div",
      "top-bar",
      el("span", "brand", "pyrerun"),
      this.recordings,
      this.progressBox,
      this.progressText,
      this.status,
      this.download,
      reset,
      ...toggles,
    );
  }

  setRecordings(recordings: RecordingInfo[], active: string | null): void {
    const buttons = recordings.map((r) => {
      const time = r.started_ns ? new Date(r.started_ns / 1e6).toISOString().slice(11, 19) + "Z" : "";
      const b = el(
        "button",
        {
          class: r.store_id === active ? "active" : "",
          "data-store-id": r.store_id,
          title: `${r.application_id}\n${r.recording_id}\n${r.source}`,
        },
        r.application_id,
        time ? el("span", "dim", ` ${time}`) : null,
      );
      b.addEventListener("click", () => this.cb.onSelectRecording(r.store_id));
      return b;
    });
    this.recordings.replaceChildren(...buttons);
    this.recordings.style.display = "flex";
    this.recordings.style.gap = "4px";
  }

  setProgress(p: Progress | null): void {
    if (!p || p.done) {
      this.progressBox.style.display = "none";
      this.progressText.textContent = p?.error ? `Loading ${p.source} failed: ${p.error}` : "";
      return;
    }
    this.progressBox.style.display = "";
    const fraction = p.bytes_total ? p.bytes_read / p.bytes_total : 0;
    (this.progressBox.firstElementChild as HTMLElement).style.width = `${Math.round(fraction * 100)}%`;
    const mb = (n: number) => (n / 1e6).toFixed(1);
    this.progressText.textContent = p.bytes_total
      ? `Loading ${mb(p.bytes_read)} / ${mb(p.bytes_total)} MB`
      : `Loading ${mb(p.bytes_read)} MB`;
  }

  /** Point the blueprint download at the recording shown (null: none). */
  setBlueprintSource(storeId: string | null): void {
    this.download.style.display = storeId ? "" : "none";
    if (!storeId) return;
    this.download.setAttribute("href", `api/blueprint/${encodeURIComponent(storeId)}.rbl`);
    this.download.setAttribute("download", "blueprint.rbl");
  }

  setStatus(text: string, bad = false): void {
    this.status.textContent = text;
    this.status.classList.toggle("bad", bad);
  }
}
