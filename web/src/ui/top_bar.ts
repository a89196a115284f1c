// The top bar: the recordings (switch between them), loading progress, connection state, and
// toggles for the side and bottom panels.
import type { Progress, RecordingInfo } from "../protocol.gen";
import { el } from "./dom";

export interface TopBarCallbacks {
  onSelectRecording(storeId: string): void;
  onTogglePanel(panel: "blueprint" | "selection" | "time"): void;
  onResetBlueprint(): void;
}

/** Beyond this many recordings the top bar lists them in one drop-down. */
const MAX_RECORDING_BUTTONS = 8;

function startTime(r: RecordingInfo): string {
  return r.started_ns ? new Date(r.started_ns / 1e6).toISOString().slice(11, 19) + "Z" : "";
}

/** The application id, and the recording id (a long one shortened) where another recording has the same application. */
function recordingLabel(r: RecordingInfo, all: RecordingInfo[], withTime = true): string {
  const shared = all.some((o) => o !== r && o.application_id === r.application_id);
  const id = r.recording_id.length > 24 ? r.recording_id.slice(0, 8) : r.recording_id;
  const time = withTime && startTime(r) ? ` ${startTime(r)}` : "";
  return (shared ? `${r.application_id} · ${id}` : r.application_id) + time;
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
    // Many recordings (`rerun runs/*.rrd`): one compact list instead of a button each, which
    // would run off the bar and push the panel toggles out of sight.
    if (recordings.length > MAX_RECORDING_BUTTONS) {
      const list = el("select", { "data-testid": "recording-select", title: "Recordings" }) as HTMLSelectElement;
      for (const r of recordings) list.append(el("option", { value: r.store_id, title: `${r.application_id}\n${r.recording_id}\n${r.source}` }, recordingLabel(r, recordings)));
      if (active) list.value = active;
      list.addEventListener("change", () => this.cb.onSelectRecording(list.value));
      this.recordings.replaceChildren(list, el("span", "dim", `${recordings.length} recordings`));
      return;
    }
    const buttons = recordings.map((r) => {
      const b = el(
        "button",
        {
          class: r.store_id === active ? "active" : "",
          "data-store-id": r.store_id,
          title: `${r.application_id}\n${r.recording_id}\n${r.source}`,
        },
        recordingLabel(r, recordings, false),
        startTime(r) ? el("span", "dim", ` ${startTime(r)}`) : null,
      );
      b.addEventListener("click", () => this.cb.onSelectRecording(r.store_id));
      return b;
    });
    this.recordings.replaceChildren(...buttons);
    this.recordings.querySelector("button.active")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  setProgress(p: Progress | null): void {
    if (!p || p.done) {
      this.progressBox.style.display = "none";
      // A file read in part (truncated, damaged) shows what came before the damage: not a failure.
      this.progressText.textContent = !p?.error ? "" : p.messages ? `Loaded ${p.messages} messages of ${p.source}; ${p.error}` : `Loading ${p.source} failed: ${p.error}`;
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
