// The controller: turns server messages into state and UI, and UI state (time cursor, layout,
// selection) into queries. One query per view in flight at a time; a view that changes again
// while its query is out is re-queried when the answer arrives, so scrubbing never floods the
// socket and the newest state always wins.
import type {
  Drawable,
  Hello,
  PlotQuery,
  Progress,
  RecordingInfo,
  RecordingSummary,
  Selection as SelectionMsg,
  ServerMessage,
  Streams,
  ViewData,
  TimeWindow,
  ViewProperties,
} from "./protocol.gen";
import { convertSummary, layoutToWire } from "./state/convert";
import { allViews, carryOverEdits, type Drop, findNode, findParent, type LayoutContainer, type LayoutNode, type LayoutView, moveNode, newId, removeNode, shownViews } from "./state/layout";
import type { Summary } from "./state/model";
import { pathParts } from "./state/model";
import { formatTime, TimeState } from "./state/time";
import { Connection, type ConnectionStatus } from "./transport/connection";
import { embeddedTransport, type Transport } from "./transport/embedded";
import type { NdArray } from "./transport/codec";
import { BlueprintPanel } from "./ui/blueprint_panel";
import { DragController } from "./ui/drag";
import { el } from "./ui/dom";
import { SelectionPanel } from "./ui/selection_panel";
import { renderTiles } from "./ui/tiles";
import { TimePanel } from "./ui/time_panel";
import { TopBar } from "./ui/top_bar";
import { emptyProperties } from "./ui/view_properties";
import { ViewHost } from "./ui/view_host";
import { VIEW_MODULES, viewModule } from "./views/index";
import type { Selection, ViewContext } from "./views/types";

/**
 * Drop the array cache (and tell the server) past this many bytes, or past this many cached
 * drawables (the spatial views' answers by key). The page's URL may set smaller bounds
 * (`?cache_limit_bytes=N&cache_limit_drawables=M`), which the tests use to see eviction happen.
 */
const CACHE_LIMIT_BYTES = cacheLimit("cache_limit_bytes", 768 * 1024 * 1024);
const CACHE_LIMIT_DRAWABLES = cacheLimit("cache_limit_drawables", 200_000);

function cacheLimit(param: string, fallback: number): number {
  const value = Number(new URLSearchParams(globalThis.location?.search ?? "").get(param));
  return Number.isFinite(value) && value > 0 ? Math.min(value, fallback) : fallback;
}
/** The longest the time panel waits for the views' answers to new live data (see deferPanel). */
const PANEL_DEFER_MS = 200;

interface ViewQueryState {
  inFlight: number | null;
  dirty: boolean;
  /** Has drawn the answer to its latest query. */
  rendered: boolean;
  received: boolean;
}

export class App {
  private readonly connection: Transport;
  private readonly hasServer: boolean;
  private readonly time = new TimeState();
  private readonly topBar: TopBar;
  private readonly blueprint: BlueprintPanel;
  private readonly selectionPanel = new SelectionPanel({
    onEditView: (id, edit) => {
      const node = findNode(this.layout, id);
      if (!node || node.type !== "view") return;
      node.name = edit.name;
      node.origin = edit.origin;
      node.contents = edit.contents;
      node.props = { ...node.props, properties: edit.properties, visual_bounds: node.kind === "2D" ? edit.visualBounds : node.props.visual_bounds };
      this.relayout(true);
      this.showSelection();
    },
    timeline: () => (this.time.timeline ? { name: this.time.timeline, kind: this.time.current?.kind } : null),
    onRemoveView: (id) => {
      if (!this.layout) return;
      if (this.layout.id === id) this.layout = null;
      else removeNode(this.layout, id);
      this.selectedViewId = null;
      this.relayout(true);
      this.showSelection();
    },
    onAddView: (kind, origin) => {
      const view: LayoutView = {
        type: "view",
        id: newId(),
        kind,
        name: origin === "/" ? "/" : (pathParts(origin).slice(-1)[0] ?? origin).replace(/\\(.)/g, "$1"),
        origin,
        contents: ["+ $origin/**"],
        visible: true,
        props: { visual_bounds: null, properties: null },
      };
      if (this.layout && this.layout.type === "container") {
        this.layout.children.push(view);
        this.layout.shares = [];
        if (this.layout.kind === "tabs") this.layout.activeTab = view.id;
      } else {
        const children = this.layout ? [this.layout, view] : [view];
        this.layout = { type: "container", id: newId(), kind: "grid", name: "", visible: true, children, shares: [], rowShares: [], gridColumns: null, activeTab: null };
      }
      this.relayout(true);
    },
    viewKinds: () => VIEW_MODULES.map((m) => ({ kind: m.kind, label: m.label })),
  });
  private readonly timePanel: TimePanel;
  private readonly viewHost: ViewHost;
  private readonly centre = el("div", { class: "centre", "data-testid": "viewport" });
  private readonly left: HTMLElement;
  private readonly right: HTMLElement;

  private recordings: RecordingInfo[] = [];
  private activeStore: string | null = null;
  private userPickedRecording = false;
  private summary: Summary | null = null;
  private incomingLayoutJson = "";
  /** Layouts this page saved that the server has not echoed yet (as layoutToWire JSON, oldest first). */
  private unechoedSaves: string[] = [];
  private layout: LayoutNode | null = null;
  private edits = new Map<string, Partial<LayoutContainer>>();
  private panels = { blueprint: true, selection: true, time: true, timeCompact: false, top: true };
  private readonly reportedUnapplied = new Set<string>();
  /** The panel states of the blueprint shown (saved with the layout). */
  private blueprintPanels: Record<string, string> = {};
  /** Old view id -> new one (see giveBlueprintIds), for the view instances created with the old one. */
  private readonly viewIdAliases = new Map<string, string>();
  private panelOverrides: Partial<Record<"blueprint" | "selection" | "time", boolean>> = {};

  private arrays = new Map<string, NdArray>();
  private cacheBytes = 0;
  /** Drawables of spatial views by key (`SpatialPayload.order`): each is sent once, like arrays. */
  private drawables = new Map<string, Drawable>();
  private cacheResets = 0;
  private nextRequest = 1;
  private viewQueries = new Map<string, ViewQueryState>();
  private selection: Selection | null = null;
  private selectedViewId: string | null = null;
  private selectionQuery: { inFlight: number | null; dirty: boolean } = { inFlight: null, dirty: false };
  private helloReceived = false;
  /** The entity tree of the last summary, as JSON (unchanged trees are not rebuilt). */
  private entitiesJson = "";
  private loading = new Map<string, Progress>();
  private timelineSentFor = "";
  /** Time panel updates for new live data, waiting for the views' answers (see deferPanel). */
  private readonly panelUpdates = new Map<string, () => void>();
  private panelTimer: number | null = null;

  constructor(root: HTMLElement) {
    const events = {
      onMessage: (msg: Record<string, unknown>) => this.onMessage(msg as unknown as ServerMessage),
      onStatus: (s: ConnectionStatus) => this.onStatus(s),
    };
    const embedded = embeddedTransport(events);
    this.connection = embedded ?? new Connection(events);
    this.hasServer = embedded === null;
    // A viewer in a notebook cell is small: the side panels would leave the views no room (their
    // buttons in the top bar open them again).
    if (embedded && window.innerWidth < 1000) this.panelOverrides = { blueprint: false, selection: false };
    this.topBar = new TopBar({
      onSelectRecording: (id) => {
        this.userPickedRecording = true;
        this.switchRecording(id);
      },
      onTogglePanel: (p) => {
        this.panelOverrides[p] = !this.panelShown(p);
        this.applyPanels();
        this.saveLayout();
      },
      onResetBlueprint: () => {
        if (!this.activeStore) return;
        this.edits.clear();
        this.panelOverrides = {};
        this.unechoedSaves = [];
        this.connection.send({ type: "reset_blueprint", store_id: this.activeStore });
      },
    });
    this.blueprint = new BlueprintPanel({
      onToggleVisible: (id) => this.toggleVisible(id),
      onSelectView: (id) => {
        this.focusView(id);
        this.selectView(id);
      },
      onSelectEntity: (path, viewId) => this.select({ entityPath: path, viewId }),
      selectedKey: () => (this.selectedViewId ? "view:" + this.selectedViewId : this.selection ? "entity:" + this.selection.entityPath : null),
    });
    this.timePanel = new TimePanel(this.time, {
      onSelectEntity: (path) => this.select({ entityPath: path }),
      onTimelineChosen: (name) => this.time.selectTimeline(name),
      selectedEntity: () => this.selection?.entityPath ?? null,
    });
    this.viewHost = new ViewHost({
      context: (viewId) => this.viewContext(viewId),
      onHeaderClick: (id) => this.selectView(id),
    });
    this.left = el("div", { class: "left-panel", "data-testid": "blueprint-panel" }, this.blueprint.element);
    this.right = el("div", { class: "right-panel" }, this.selectionPanel.element);
    root.replaceChildren(this.topBar.element, this.left, this.centre, this.right, this.timePanel.element);
    new DragController(root, { layout: () => this.layout, onMove: (id, drop) => this.moveNode(id, drop) });
    this.time.onChange((change) => this.onTimeChange(change));
    this.acceptDroppedFiles(root);
    this.renderWelcome("Connecting to the viewer server…");
    this.setRendered(false);
    this.connection.open();
  }

  // -- messages ---------------------------------------------------------------------------------

  private onStatus(status: ConnectionStatus): void {
    if (status === "open") {
      this.topBar.setStatus("Connected");
      // The server sends the recordings list next, then (seconds later for thousands of entities) the summary.
      if (!this.summary) this.renderWelcome("Connected: waiting for the viewer server's recordings…");
      // A (re)connected server knows nothing about our cache or timeline.
      this.arrays.clear();
      this.drawables.clear();
      for (const m of VIEW_MODULES) m.forgetCaches?.();
      this.cacheBytes = 0;
      this.timelineSentFor = "";
      for (const q of this.viewQueries.values()) (q.inFlight = null), (q.dirty = true);
      this.selectionQuery = { inFlight: null, dirty: this.selection !== null };
    } else if (status === "closed") {
      this.topBar.setStatus("Disconnected from the viewer server, reconnecting…", true);
    } else {
      this.topBar.setStatus("Connecting…");
    }
  }

  private onMessage(msg: ServerMessage): void {
    switch (msg.type) {
      case "hello":
        return this.onHello(msg);
      case "recording_summary":
        return this.onSummary(msg);
      case "streams":
        return this.onStreams(msg);
      case "view_data":
        return this.onViewData(msg);
      case "selection":
        return this.onSelection(msg);
      case "progress":
        return this.onProgress(msg);
      case "notice":
        this.topBar.setStatus(msg.text, msg.level !== "info");
        return;
      case "error":
        console.error("server error:", msg.text);
        if (msg.request_id !== null) this.requestFailed(msg.request_id, msg.text);
        return;
      default: {
        const unknown: never = msg;
        console.warn("unknown message", unknown);
      }
    }
  }

  private onHello(msg: Hello): void {
    this.helloReceived = true;
    this.recordings = msg.recordings;
    const stillThere = this.activeStore !== null && msg.recordings.some((r) => r.store_id === this.activeStore);
    let target = this.activeStore;
    if (!stillThere || !this.userPickedRecording) target = msg.active ?? msg.recordings[msg.recordings.length - 1]?.store_id ?? null;
    this.topBar.setRecordings(this.recordings, target);
    if (target !== this.activeStore || (target && !this.summary)) {
      if (target) this.switchRecording(target);
      else this.renderWelcome(null);
    }
    if (!target) this.updateRendered();
  }

  private switchRecording(storeId: string): void {
    if (this.activeStore !== storeId) {
      this.activeStore = storeId;
      this.summary = null;
      this.layout = null;
      this.incomingLayoutJson = "";
      this.unechoedSaves = [];
      this.entitiesJson = "";
      this.selection = null;
      this.selectedViewId = null;
      this.time.timeline = null;
      this.time.follow = true;
      this.timelineSentFor = "";
      this.viewQueries.clear();
      this.panelUpdates.clear(); // the old recording's
      this.renderWelcome("Loading recording…");
    }
    this.topBar.setRecordings(this.recordings, storeId);
    this.connection.send({ type: "select_recording", store_id: storeId });
    this.showSelection();
    this.setRendered(false);
  }

  /** Say once per page what of the sent blueprint is not applied yet (it stays in the blueprint). */
  private reportUnapplied(items: string[]): void {
    const fresh = items.filter((item) => !this.reportedUnapplied.has(item));
    if (!fresh.length) return;
    for (const item of fresh) this.reportedUnapplied.add(item);
    const text = `Blueprint: not applied by this viewer yet: ${fresh.join("; ")}`;
    console.warn(text);
    this.topBar.setStatus(text, true);
  }

  private onSummary(msg: RecordingSummary): void {
    if (msg.store_id !== this.activeStore) return;
    const summary = convertSummary(msg, this.summary);
    const first = this.summary === null;
    this.reportUnapplied(msg.blueprint.unapplied);
    this.blueprintPanels = { ...msg.blueprint.panels };
    // The .rbl download is served by the viewer server: pages without one (notebook, exported file) have none.
    this.topBar.setBlueprintSource(this.hasServer ? msg.store_id : null);
    this.summary = summary;
    this.panels = summary.panels;
    this.applyPanels();
    this.time.setTimelines(summary.timelines, this.time.timeline);
    this.sendTimeline();
    // Keep user edits while the blueprint itself is unchanged; a new blueprint replaces the
    // layout but keeps per-node edits (sizes, visibility, tabs) of nodes that remain.
    const json = JSON.stringify(msg.blueprint.root);
    let layoutChanged = json !== this.incomingLayoutJson || first;
    if (layoutChanged) {
      this.incomingLayoutJson = json;
      if (first || !this.isEchoOfOwnSave(summary.layout)) {
        this.layout = summary.layout;
        carryOverEdits(this.layout, this.edits);
        this.relayout();
      } else {
        layoutChanged = false;
      }
    }
    // Live data sends a summary ~10 times a second, mostly with the same entities (then without
    // the tree): rebuilding the trees (and every stream lane's canvas) each time made the page stutter.
    const entitiesJson = msg.entities === null ? this.entitiesJson : JSON.stringify(summary.entityRoot);
    if (layoutChanged || entitiesJson !== this.entitiesJson) {
      this.entitiesJson = entitiesJson;
      this.blueprint.set(this.layout, summary.entityRoot);
      this.timePanel.setEntities(summary.entityRoot);
    }
    this.deferPanel("controls", () => this.timePanel.refreshControls());
    // New data may change what every view shows at the current time.
    this.invalidateViews();
    if (this.selection) this.querySelection();
  }

  private onStreams(msg: Streams): void {
    if (msg.store_id !== this.activeStore || msg.timeline !== this.time.timeline) return;
    // Columns: entity i has the slice offsets[i]..offsets[i + 1] of times and counts (views, no copies).
    const offsets = (msg.offsets as unknown as NdArray).data as Uint32Array;
    const times = (msg.times as unknown as NdArray).data as Float64Array;
    const counts = (msg.counts as unknown as NdArray).data as Uint32Array;
    const rows = msg.paths.map((path, i) => ({
      entityPath: path,
      counts: counts.subarray(offsets[i], offsets[i + 1]),
      times: times.subarray(offsets[i], offsets[i + 1]),
    }));
    this.deferPanel("streams", () => {
      if (msg.store_id === this.activeStore && msg.timeline === this.time.timeline) this.timePanel.setStreams(rows);
    });
  }

  private onViewData(msg: ViewData): void {
    for (const [key, value] of Object.entries(msg.arrays)) {
      const arr = value as unknown as NdArray;
      if (!this.arrays.has(key)) this.cacheBytes += arr.data.byteLength;
      this.arrays.set(key, arr);
    }
    const complete = this.resolveDrawables(msg.payload);
    let q = this.viewQueries.get(msg.view_id);
    if (msg.request_id === 0) {
      // A refresh the server pushed unasked (protocol: request_id 0 = "the view at the latest
      // time"), as a notebook kernel does while a cell runs and our queries wait behind it.
      if (!this.time.follow || msg.store_id !== this.activeStore || !this.viewHost.instance(msg.view_id)) return;
      if (!q) {
        q = { inFlight: null, dirty: false, rendered: false, received: false };
        this.viewQueries.set(msg.view_id, q);
      }
    } else {
      if (!q || q.inFlight !== msg.request_id || msg.store_id !== this.activeStore) return;
      q.inFlight = null;
    }
    if (!complete) {
      // A drawable key we no longer hold (cannot happen while the server's record of what it
      // sent matches ours): start both over and ask again.
      this.resetCache();
      q.dirty = true;
      this.pumpViews();
      return;
    }
    q.received = true;
    const instance = this.viewHost.instance(msg.view_id);
    if (instance) {
      q.rendered = false;
      try {
        instance.update(msg.payload);
        instance.setTime?.(this.time.timeline ? this.time.queryTime : null);
      } catch (err) {
        console.error(`view ${msg.view_id} failed to draw`, err);
        q.rendered = true;
      }
    } else {
      q.rendered = true;
    }
    if (q.dirty) this.pumpViews();
    if (![...this.viewQueries.values()].some((v) => v.inFlight !== null)) this.flushPanel();
    this.updateRendered();
    const full = this.cacheBytes > CACHE_LIMIT_BYTES || this.drawables.size > CACHE_LIMIT_DRAWABLES;
    if (full && [...this.viewQueries.values()].every((v) => v.inFlight === null)) {
      // Everything drawn holds its own GPU copies; start the cache over.
      this.resetCache();
    }
    this.showCacheSize();
  }

  private resetCache(): void {
    this.arrays.clear();
    this.drawables.clear();
    for (const m of VIEW_MODULES) m.forgetCaches?.();
    this.cacheBytes = 0;
    this.cacheResets += 1;
    this.connection.send({ type: "reset_cache" });
  }

  /** The cache's size and how often it was emptied, on `<body>` (`data-cache-*`), for tests. */
  private showCacheSize(): void {
    const data = document.body.dataset;
    data.cacheBytes = String(this.cacheBytes);
    data.cacheDrawables = String(this.drawables.size);
    data.cacheResets = String(this.cacheResets);
  }

  /**
   * A spatial answer by key: cache the drawables it carries and put the whole list, in draw order,
   * in `payload.drawables`. False when a key is missing from the cache.
   */
  private resolveDrawables(payload: ViewData["payload"]): boolean {
    if ((payload.kind !== "3D" && payload.kind !== "2D") || !payload.order) return true;
    const keys = payload.keys ?? [];
    payload.drawables.forEach((d, i) => this.drawables.set(keys[i], d));
    const all: Drawable[] = [];
    for (const key of payload.order) {
      const d = this.drawables.get(key);
      if (!d) return false;
      all.push(d);
    }
    payload.drawables = all;
    return true;
  }

  private requestFailed(requestId: number, reason: string): void {
    for (const q of this.viewQueries.values()) {
      if (q.inFlight === requestId) {
        q.inFlight = null;
        q.rendered = true;
        q.received = true;
      }
    }
    if (this.selectionQuery.inFlight === requestId) {
      this.selectionQuery.inFlight = null;
      if (this.selectionQuery.dirty) this.querySelection();
      else if (this.selection) this.selectionPanel.showUnavailable(this.selection.entityPath, this.selection.instance, reason);
    }
    this.updateRendered();
  }

  private onSelection(msg: SelectionMsg): void {
    if (this.selectionQuery.inFlight !== msg.request_id) return;
    this.selectionQuery.inFlight = null;
    if (this.selectionQuery.dirty) return this.querySelection();
    if (!this.selection || this.selection.entityPath !== msg.entity_path) return;
    this.selectionPanel.showEntity(msg.entity_path, msg.instance, msg.components, formatTime(this.time.current?.kind, this.time.queryTime));
  }

  private onProgress(msg: Progress): void {
    if (msg.done) this.loading.delete(msg.source);
    else this.loading.set(msg.source, msg);
    this.topBar.setProgress(msg.done ? msg : [...this.loading.values()][0] ?? null);
    this.updateRendered();
  }

  // -- time ---------------------------------------------------------------------------------------

  private onTimeChange(change: string): void {
    if (change === "timeline") {
      this.sendTimeline();
      this.timePanel.refreshControls();
      this.timePanel.redrawLanes();
    } else if (change === "playback") {
      this.timePanel.refreshControls();
    } else if (change === "range") {
      this.deferPanel("time", () => this.timePanel.refreshTime());
    } else {
      this.timePanel.refreshTime();
    }
    if (change === "time" || change === "timeline") {
      const t = this.time.timeline ? this.time.queryTime : null;
      this.viewHost.forEach((_, inst) => inst.setTime?.(t));
      this.invalidateViews();
      if (this.selection) this.querySelection();
    }
  }

  /**
   * While the page follows live data, the time panel shows new data together with the views'
   * answers to it (or after PANEL_DEFER_MS): one redraw of the page per update instead of one for
   * the panel and another for the views, which under software rendering costs as much as drawing a
   * camera frame. Later updates of the same kind replace waiting ones.
   */
  private deferPanel(key: string, update: () => void): void {
    if (!this.time.follow || shownViews(this.layout).next().done) {
      this.panelUpdates.delete(key);
      update();
      return;
    }
    this.panelUpdates.set(key, update);
    if (this.panelTimer === null) this.panelTimer = window.setTimeout(() => this.flushPanel(), PANEL_DEFER_MS);
  }

  private flushPanel(): void {
    if (this.panelTimer !== null) window.clearTimeout(this.panelTimer);
    this.panelTimer = null;
    const updates = [...this.panelUpdates.values()];
    this.panelUpdates.clear();
    for (const update of updates) update();
  }

  private sendTimeline(): void {
    const key = `${this.activeStore}/${this.time.timeline}`;
    if (!this.activeStore || !this.time.timeline || key === this.timelineSentFor) return;
    if (this.connection.send({ type: "set_timeline", store_id: this.activeStore, timeline: this.time.timeline })) {
      this.timelineSentFor = key;
    }
  }

  private queryTime(): number | null {
    if (!this.time.timeline) return null;
    return this.time.follow ? null : this.time.queryTime;
  }

  // -- views --------------------------------------------------------------------------------------

  /** Draw the layout again; `edited`: the user changed it, so it is saved as the application's blueprint. */
  private relayout(edited = false): void {
    if (edited) this.saveLayout();
    const views = [...allViews(this.layout)];
    this.viewHost.sync(views);
    if (!this.layout) {
      this.renderWelcome(this.summary ? "This recording has nothing to show yet." : "Loading recording…");
    } else {
      renderTiles(this.centre, this.layout, {
        tileFor: (id) => this.viewHost.tileFor(id),
        onEdited: (node) => {
          this.edits.set(node.id, { shares: node.shares, rowShares: node.rowShares, activeTab: node.activeTab });
          this.relayout(true);
        },
      });
    }
    for (const id of this.viewQueries.keys()) if (!views.some((v) => v.id === id)) this.viewQueries.delete(id);
    this.viewHost.forEach((_, inst) => inst.resize());
    this.blueprint.set(this.layout, this.summary?.entityRoot ?? null);
    this.invalidateViews();
  }

  /** A view or container dragged to a new place (drag.ts). */
  private moveNode(id: string, drop: Drop): void {
    if (!this.layout) return;
    const root = moveNode(this.layout, id, drop);
    if (!root) return;
    this.layout = root;
    // Kept edits of containers that remain follow the move (a new blueprint from the script keeps them).
    for (const [nodeId, edit] of this.edits) {
      const node = findNode(root, nodeId);
      if (node && node.type === "container") this.edits.set(nodeId, { ...edit, shares: node.shares, rowShares: node.rowShares, activeTab: node.activeTab });
    }
    this.relayout(true);
  }

  private toggleVisible(id: string): void {
    const node = findNode(this.layout, id);
    if (!node) return;
    node.visible = !node.visible;
    this.edits.set(id, { ...(this.edits.get(id) ?? {}), visible: node.visible });
    this.relayout(true);
  }

  /** Layouts made from the data have ids that are not UUIDs: give them UUIDs (kept by the saved blueprint) without recreating views. */
  private giveBlueprintIds(node: LayoutNode | null): void {
    if (!node) return;
    if (!UUID.test(node.id)) {
      const id = newId();
      if (node.type === "view") {
        this.viewHost.renameTile(node.id, id);
        const q = this.viewQueries.get(node.id);
        if (q) {
          // An answer in flight names the old id and is dropped: ask again.
          this.viewQueries.delete(node.id);
          this.viewQueries.set(id, { ...q, inFlight: null, dirty: true });
        }
        this.viewIdAliases.set(node.id, id);
        if (this.selectedViewId === node.id) this.selectedViewId = id;
      } else {
        const edit = this.edits.get(node.id);
        if (edit) this.edits.set(id, edit);
      }
      for (const parent of [this.layout]) if (parent && parent.type === "container") retarget(parent, node.id, id);
      node.id = id;
    }
    if (node.type === "container") for (const c of node.children) this.giveBlueprintIds(c);
  }

  /** Send the layout as the user arranged it: the server keeps it as the application's blueprint (a reload shows it). */
  private saveLayout(): void {
    if (!this.activeStore || !this.summary) return;
    this.giveBlueprintIds(this.layout);
    const panels: Record<string, string> = { ...this.blueprintPanels };
    for (const p of ["blueprint", "selection", "time"] as const) {
      const shown = this.panelOverrides[p];
      if (shown !== undefined) panels[p] = shown ? "expanded" : "hidden";
    }
    const root = layoutToWire(this.layout);
    this.unechoedSaves = [...this.unechoedSaves.slice(-15), JSON.stringify(root)];
    this.connection.send({ type: "save_blueprint", store_id: this.activeStore, root, panels });
  }

  /**
   * Is this layout from the server one this page saved? Then the page already shows it or a newer
   * edit: an echo of an older save (edits in quick succession, e.g. drags) must not undo the newer ones.
   */
  private isEchoOfOwnSave(layout: LayoutNode | null): boolean {
    const index = this.unechoedSaves.indexOf(JSON.stringify(layoutToWire(layout)));
    if (index < 0) return false;
    // The server applies saves in order: older ones can no longer come back.
    this.unechoedSaves.splice(0, index + 1);
    return true;
  }

  private invalidateViews(): void {
    for (const view of shownViews(this.layout)) {
      let q = this.viewQueries.get(view.id);
      if (!q) {
        q = { inFlight: null, dirty: true, rendered: false, received: false };
        this.viewQueries.set(view.id, q);
      }
      q.dirty = true;
    }
    this.pumpViews();
  }

  private pumpViews(): void {
    if (!this.activeStore || !this.summary) return;
    for (const view of shownViews(this.layout)) {
      const q = this.viewQueries.get(view.id);
      if (!q || !q.dirty || q.inFlight !== null) continue;
      const requestId = this.nextRequest++;
      const sent = this.connection.send({
        type: "query_view",
        request_id: requestId,
        store_id: this.activeStore,
        view_id: view.id,
        kind: view.kind,
        origin: view.origin,
        contents: view.contents,
        timeline: this.time.timeline,
        time: this.queryTime(),
        time_window: timeWindowOf(view, this.time.timeline),
        plot: this.plotQuery(view),
      });
      if (!sent) return;
      q.inFlight = requestId;
      q.dirty = false;
      if (!q.received) q.rendered = false;
    }
    this.updateRendered();
  }

  /** A time series view's visible range and size (the server reduces long series to it), and whether it compares recordings. */
  private plotQuery(view: LayoutView): PlotQuery | null {
    const options = this.viewHost.instance(view.id)?.queryOptions?.() ?? null;
    return options ? { ...options, compare_recordings: compareRecordings(view) } : null;
  }

  /** Query one view again (its plot zoomed or resized, or its compare toggle changed). */
  private requeryView(viewId: string): void {
    const q = this.viewQueries.get(viewId);
    if (q) q.dirty = true;
    else this.viewQueries.set(viewId, { inFlight: null, dirty: true, rendered: false, received: false });
    this.pumpViews();
  }

  /** Files dropped on the page (.rrd recordings, .rbl blueprints) are loaded by the server, as `rerun FILE` would. */
  private acceptDroppedFiles(target: HTMLElement): void {
    const hasFiles = (e: DragEvent): boolean => Boolean(e.dataTransfer?.types.includes("Files"));
    target.addEventListener("dragover", (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    });
    target.addEventListener("drop", (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      for (const file of Array.from(e.dataTransfer?.files ?? [])) {
        if (!/\.(rrd|rbl)$/i.test(file.name)) {
          this.topBar.setStatus(`Not a Rerun file (.rrd or .rbl): ${file.name}`, true);
          continue;
        }
        fetch(`api/load?name=${encodeURIComponent(file.name)}`, { method: "POST", body: file })
          .then(async (r) => this.topBar.setStatus(r.ok ? `Loaded ${file.name}` : `Loading ${file.name} failed: ${await r.text()}`, !r.ok))
          .catch((err: unknown) => this.topBar.setStatus(`Loading ${file.name} failed: ${String(err)}`, true));
      }
    });
  }

  /** A view's id now (a view made from the data gets a UUID once the layout is saved). */
  private currentViewId(id: string): string {
    for (let n = 0; n < 8 && this.viewIdAliases.has(id); n++) id = this.viewIdAliases.get(id) as string;
    return id;
  }

  private viewContext(viewId: string): ViewContext {
    return {
      array: (key) => (key ? this.arrays.get(key) : undefined),
      select: (sel) => this.select(sel ? { ...sel, viewId: this.currentViewId(viewId) } : null),
      selection: () => this.selection,
      seek: (t) => this.time.seek(t),
      timelineKind: () => this.time.current?.kind,
      props: () => {
        const node = findNode(this.layout, this.currentViewId(viewId));
        return node && node.type === "view" ? node.props : {};
      },
      editProperties: (edit) => {
        const node = findNode(this.layout, this.currentViewId(viewId));
        if (!node || node.type !== "view") return;
        const properties = { ...emptyProperties(), ...((node.props.properties as ViewProperties | null | undefined) ?? {}) };
        edit(properties);
        node.props = { ...node.props, properties };
        this.saveLayout();
        if (this.selectedViewId === node.id) this.showSelection();
      },
      rendered: () => {
        const q = this.viewQueries.get(this.currentViewId(viewId));
        if (q && q.received) {
          q.rendered = true;
          this.updateRendered();
        }
      },
      requery: () => this.requeryView(this.currentViewId(viewId)),
    };
  }

  // -- selection ----------------------------------------------------------------------------------

  private select(sel: Selection | null): void {
    this.selection = sel;
    this.viewHost.forEach((_, inst) => inst.setSelection?.(sel));
    this.selectedViewId = null;
    this.viewHost.setSelectedView(null);
    this.timePanel.highlightSelection(sel?.entityPath ?? null);
    this.blueprint.render();
    this.showSelection();
    if (sel) this.querySelection();
  }

  /** Bring a view to the front: each Tabs container above it shows the tab holding it (Rerun's blueprint tree does). */
  private focusView(id: string): void {
    if (!this.layout) return;
    let changed = false;
    let childId = id;
    for (let parent = findParent(this.layout, childId); parent; parent = findParent(this.layout, childId)) {
      if (parent.kind === "tabs" && parent.activeTab !== childId) {
        parent.activeTab = childId;
        this.edits.set(parent.id, { shares: parent.shares, rowShares: parent.rowShares, activeTab: childId });
        changed = true;
      }
      childId = parent.id;
    }
    if (changed) this.relayout(true);
  }

  private selectView(id: string): void {
    this.selection = null;
    this.viewHost.forEach((_, inst) => inst.setSelection?.(null));
    this.selectedViewId = id;
    this.viewHost.setSelectedView(id);
    this.timePanel.highlightSelection(null);
    this.blueprint.render();
    this.showSelection();
  }

  private showSelection(): void {
    if (this.selectedViewId) {
      const node = findNode(this.layout, this.selectedViewId);
      if (node && node.type === "view") {
        // A view property kept in the blueprint as the others are (saved with the layout: a reload keeps it).
        const compare =
          node.kind === "TimeSeries"
            ? {
                on: compareRecordings(node),
                set: (on: boolean) => {
                  const properties = { ...emptyProperties(), ...((node.props.properties as ViewProperties | null | undefined) ?? {}), compare_recordings: on || null };
                  node.props = { ...node.props, properties };
                  this.saveLayout();
                  this.requeryView(node.id);
                },
              }
            : null;
        return this.selectionPanel.showView(node, viewModule(node.kind)?.label ?? node.kind, compare);
      }
    }
    if (this.selection) return this.selectionPanel.showLoading(this.selection.entityPath, this.selection.instance);
    this.selectionPanel.showRecording(this.recordings.find((r) => r.store_id === this.activeStore) ?? null);
  }

  private querySelection(): void {
    if (!this.selection || !this.activeStore) return;
    if (this.connection.selectionUnavailable) {
      this.selectionPanel.showUnavailable(this.selection.entityPath, this.selection.instance, this.connection.selectionUnavailable);
      return;
    }
    if (this.selectionQuery.inFlight !== null) {
      this.selectionQuery.dirty = true;
      return;
    }
    const requestId = this.nextRequest++;
    const sent = this.connection.send({
      type: "query_selection",
      request_id: requestId,
      store_id: this.activeStore,
      entity_path: this.selection.entityPath,
      instance: this.selection.instance ?? null,
      timeline: this.time.timeline,
      time: this.queryTime(),
    });
    this.selectionQuery = { inFlight: sent ? requestId : null, dirty: false };
  }

  // -- panels and page state ------------------------------------------------------------------------

  private panelShown(p: "blueprint" | "selection" | "time"): boolean {
    return this.panelOverrides[p] ?? this.panels[p];
  }

  private applyPanels(): void {
    this.left.classList.toggle("collapsed", !this.panelShown("blueprint"));
    this.right.classList.toggle("collapsed", !this.panelShown("selection"));
    const timeShown = this.panelShown("time");
    const compact = !timeShown && this.panels.timeCompact && this.panelOverrides.time === undefined;
    this.timePanel.element.classList.toggle("collapsed", !timeShown && !compact);
    this.timePanel.element.classList.toggle("compact", compact);
    this.topBar.element.closest("#app")?.classList.toggle("no-top-bar", !this.panels.top);
  }

  private renderWelcome(message: string | null): void {
    this.centre.replaceChildren(
      el(
        "div",
        "welcome",
        el("h1", "", "pyrerun viewer"),
        message ? el("div", "", message) : el("div", "", "Waiting for data: log with ", el("code", "", "rr.init(..., spawn=True)"), " or ", el("code", "", "rr.connect()")),
      ),
    );
  }

  /** `<body data-rendered="true">` once every shown view has drawn its latest data (screenshots wait for it). */
  private updateRendered(): void {
    if (!this.helloReceived || this.loading.size > 0) return this.setRendered(false);
    if (!this.activeStore) return this.setRendered(true);
    if (!this.summary) return this.setRendered(false);
    for (const view of shownViews(this.layout)) {
      const q = this.viewQueries.get(view.id);
      if (!q || !q.received || !q.rendered || q.inFlight !== null) return this.setRendered(false);
    }
    this.setRendered(true);
  }

  private setRendered(done: boolean): void {
    const value = done ? "true" : "false";
    if (document.body.dataset.rendered !== value) document.body.dataset.rendered = value;
  }
}

/** Does this time series view show its entities across every recording of the application (its blueprint property)? */
function compareRecordings(view: LayoutView): boolean {
  return Boolean((view.props.properties as ViewProperties | null | undefined)?.compare_recordings);
}

/** The blueprint's VisibleTimeRange of a view for this timeline, if any (the server draws that window's history). */
function timeWindowOf(view: LayoutView, timeline: string | null): TimeWindow | null {
  const props = view.props.properties as ViewProperties | null | undefined;
  return props?.time_windows.find((w) => w.timeline === timeline) ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Point active tabs that name `from` at `to`, throughout the tree. */
function retarget(node: LayoutNode, from: string, to: string): void {
  if (node.type !== "container") return;
  if (node.activeTab === from) node.activeTab = to;
  for (const c of node.children) retarget(c, from, to);
}
