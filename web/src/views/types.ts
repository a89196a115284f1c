// What every view module provides and what the app gives it. One module per view kind, listed
// once in views/index.ts.
import type { ArrayKey, PlotQuery, ViewProperties } from "../protocol.gen";
import type { TimelineKind } from "../state/time";
import type { NdArray } from "../transport/codec";

export interface Selection {
  entityPath: string;
  instance?: number | null;
  viewId?: string | null;
}

export interface ViewContext {
  /** The cached array of a key named by a payload (undefined if the server never sent it). */
  array(key: ArrayKey | null | undefined): NdArray | undefined;
  /** Make an entity (or one instance of it) the selection; null clears it. */
  select(selection: Selection | null): void;
  /** The current selection, for highlighting. */
  selection(): Selection | null;
  /** Move the time cursor (plots and text logs let the user click a time). */
  seek(time: number): void;
  timelineKind(): TimelineKind | undefined;
  /** The view's blueprint properties (e.g. visual_bounds of 2D views). */
  props(): Record<string, unknown>;
  /** Change the view's blueprint properties (e.g. the tensor slice picked in the view); saved like every layout edit. */
  editProperties(edit: (properties: ViewProperties) => void): void;
  /** The view drew its first frame for the latest payload (screenshots wait for this). */
  rendered(): void;
  /** Ask the server again (the view's `queryOptions` changed: a plot zoomed, panned or resized). */
  requery(): void;
}

export interface ViewInstance {
  /** Draw a new payload (the per-kind view_data payload). */
  update(payload: unknown): void;
  /** The time cursor moved (plots draw the cursor line, logs highlight the row). */
  setTime?(time: number | null): void;
  /** The selection changed (views highlight what is selected). */
  setSelection?(selection: Selection | null): void;
  /** The tile was resized or re-attached. */
  resize(): void;
  /** Time series: the visible range and size the server reduces the series to (compare_recordings is the app's). */
  queryOptions?(): PlotQuery | null;
  dispose(): void;
}

export interface ViewModule {
  /** View kind as in the protocol and the blueprint: "3D", "2D", "TimeSeries", ... */
  kind: string;
  /** Short label shown in headers and the blueprint tree. */
  label: string;
  create(body: HTMLElement, ctx: ViewContext): ViewInstance;
  /** Drop what the module keeps across views and answers (the app empties its caches). */
  forgetCaches?(): void;
}
