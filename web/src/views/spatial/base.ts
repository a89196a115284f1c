// What the 3D and 2D views share: a WebGL renderer in the view body, the scene built from the
// payload, HTML labels over the canvas (text only via textContent), picking by screen distance,
// and on-demand rendering.
import * as THREE from "three";
import type { SpatialPayload } from "../../protocol.gen";
import { el } from "../../ui/dom";
import { emptyNote, frameThrottle } from "../common";
import type { ViewContext, ViewInstance } from "../types";
import { LineSegments2 } from "three/addons/lines/LineSegments2.js";
import { LineSegmentsGeometry } from "three/addons/lines/LineSegmentsGeometry.js";
import { type BuiltScene, buildScene, disposeScene, highlightHeads, type PickSet } from "./build";
import { lineMaterial, type ScreenScale, updateScreenScale } from "./materials";
import { type PickKind, pickById } from "./picking";

// Colors in payloads are display values: pass them through unconverted.
THREE.ColorManagement.enabled = false;

interface Hit {
  entity: string;
  instance: number | null;
  /** Image pixel (x, y) and its raw value (depth, class id) when over an image. */
  pixel?: [number, number];
  value?: number;
}

export abstract class SpatialViewBase implements ViewInstance {
  protected readonly renderer: THREE.WebGLRenderer | null;
  protected readonly scene = new THREE.Scene();
  protected built: BuiltScene | null = null;
  protected payload: SpatialPayload | null = null;
  protected readonly overlay = el("div", "overlay");
  private readonly tooltip = el("div", { class: "tooltip", "data-testid": "hover" });
  private readonly note = el("div");
  private generation = 0;
  private signature: string | null = null;
  /** The payload whose scene was built again once its assets were parsed (see `update`). */
  private rebuiltFor: SpatialPayload | null = null;
  readonly requestRender = frameThrottle(() => this.render());

  constructor(protected readonly body: HTMLElement, protected readonly ctx: ViewContext, private readonly flat: boolean) {
    let renderer: THREE.WebGLRenderer | null = null;
    try {
      renderer = new THREE.WebGLRenderer({ antialias: true, alpha: true, preserveDrawingBuffer: true });
      renderer.outputColorSpace = THREE.LinearSRGBColorSpace;
      renderer.setPixelRatio(window.devicePixelRatio || 1);
      renderer.setClearColor(0x000000, 0);
      renderer.domElement.style.position = "absolute";
      renderer.domElement.style.inset = "0";
      body.append(renderer.domElement);
    } catch (err) {
      console.error("WebGL is not available", err);
      body.append(emptyNote("WebGL is not available in this browser"));
    }
    this.renderer = renderer;
    this.tooltip.style.display = "none";
    body.append(this.overlay, this.tooltip, this.note);
    body.classList.add(flat ? "spatial-2d" : "spatial-3d");
    if (renderer) {
      let down: { x: number; y: number } | null = null;
      renderer.domElement.addEventListener("pointerdown", (e) => (down = { x: e.clientX, y: e.clientY }));
      // Hover at most once per frame, with the latest position.
      let lastMove: PointerEvent | null = null;
      const hoverFrame = frameThrottle(() => lastMove && this.hover(lastMove));
      const hover = (e: PointerEvent) => {
        lastMove = e;
        hoverFrame();
      };
      renderer.domElement.addEventListener("pointermove", hover);
      renderer.domElement.addEventListener("pointerleave", () => {
        this.tooltip.style.display = "none";
        this.setHovered(null);
      });
      renderer.domElement.addEventListener("pointerup", (e) => {
        if (down && Math.hypot(e.clientX - down.x, e.clientY - down.y) < 4) this.pick(e);
        down = null;
      });
    }
  }

  protected abstract camera(): THREE.Camera;
  protected abstract screenScale(width: number, height: number): ScreenScale;
  /** Called after a new scene is in place (auto-fit). */
  protected abstract sceneChanged(): void;

  update(payload: unknown): void {
    const p = payload as SpatialPayload;
    this.payload = p;
    ++this.generation;
    // Payloads name immutable array keys: the same payload again (live data elsewhere moved the
    // time, a big point cloud did not change) needs neither a new scene nor a new frame.
    const signature = payloadSignature(p);
    if (this.built && signature !== null && signature === this.signature) {
      this.maybeRendered(); // the frame on screen already shows it
      return;
    }
    this.signature = signature;
    const previous = this.built;
    if (previous) this.scene.remove(previous.group);
    const started = performance.now();
    this.built = buildScene(p.drawables, (k) => this.ctx.array(k), this.flat, previous?.textures, previous?.batches);
    // Read-only debug figures for tests and benchmarks: what the batches wrote, and the build's time.
    const u = this.built.upload;
    this.body.dataset.batchUpload = `${u.rewritten} ${u.allocated} ${u.kept}`;
    this.body.dataset.imageUpload = `${u.layersWritten} ${u.layersKept}`;
    this.body.dataset.buildMs = (performance.now() - started).toFixed(1);
    this.scene.add(this.built.group);
    this.applySelection();
    this.note.replaceChildren(p.drawables.length ? "" : emptyNote("Nothing to show at this time"));
    this.sceneChanged();
    this.render();
    // Dispose the old scene only after the new one was drawn: three.js frees a shader program when
    // its last material is disposed, so disposing first would recompile every shader on every
    // update (hundreds of milliseconds per frame of live data).
    if (previous) disposeScene(previous.group, this.built.textures);
    // Assets load asynchronously: fit and draw again once they are in (only then: drawing a frame
    // of a live image stream twice costs as much again under software rendering). Unless a newer
    // scene replaced this one meanwhile: an update with the same payload keeps this scene, which
    // still has to be drawn with its assets.
    const built = this.built;
    if (built.loading) void built.ready.then(() => {
      if (this.built !== built) return;
      const latest = this.payload ?? p;
      if (built.stale && this.rebuiltFor !== latest) {
        // Assets for the batches are parsed now: the scene again, with them in its batches (once:
        // an asset whose parse is not found again then is left out rather than parsed forever).
        this.rebuiltFor = latest;
        this.signature = null;
        this.update(latest);
        return;
      }
      this.applySelection(); // the selected entity's assets light up now that they are in
      this.sceneChanged();
      this.render();
    });
  }

  protected size(): { width: number; height: number } {
    return { width: Math.max(1, this.body.clientWidth), height: Math.max(1, this.body.clientHeight) };
  }

  render(): void {
    const { width, height } = this.size();
    if (this.renderer) {
      const canvas = this.renderer.domElement;
      if (canvas.clientWidth !== width || canvas.clientHeight !== height) this.renderer.setSize(width, height);
      updateScreenScale(this.scene, this.screenScale(width, height));
      this.renderer.render(this.scene, this.camera());
      // Read-only debug figure for tests and benchmarks: WebGL draw calls of the last frame.
      this.body.dataset.drawCalls = String(this.renderer.info.render.calls);
    }
    this.drawLabels(width, height);
    if (this.built) this.maybeRendered();
  }

  private renderedGeneration = -1;

  /** Report "rendered" once per payload, after its assets are in and a frame was drawn. */
  private maybeRendered(): void {
    if (this.renderedGeneration === this.generation) return;
    const generation = this.generation;
    void this.built!.ready.then(() => {
      if (generation !== this.generation || this.renderedGeneration === generation) return;
      this.renderedGeneration = generation;
      requestAnimationFrame(() => this.ctx.rendered());
    });
  }

  private drawLabels(width: number, height: number): void {
    const labels = this.built?.labels ?? [];
    if (!labels.length) {
      if (this.overlay.childElementCount) this.overlay.replaceChildren();
      return;
    }
    const cam = this.camera();
    const v = new THREE.Vector3();
    const nodes: HTMLElement[] = [];
    for (const label of labels) {
      v.copy(label.position).project(cam);
      if (v.z < -1 || v.z > 1 || Math.abs(v.x) > 1.2 || Math.abs(v.y) > 1.2) continue;
      const node = el("div", { class: label.entity === this.selectedEntity ? "label selected" : "label", "data-entity-path": label.entity }, label.text);
      node.style.left = `${((v.x + 1) / 2) * width}px`;
      node.style.top = `${((1 - v.y) / 2) * height}px`;
      node.style.color = label.color;
      nodes.push(node);
    }
    this.overlay.replaceChildren(...nodes);
  }

  /** Select what is under a click (nearest instance within its drawn size, else a surface). */
  private pick(e: PointerEvent): void {
    const hit = this.hitTest(e.clientX, e.clientY);
    this.ctx.select(hit ? { entityPath: hit.entity, instance: hit.instance } : null);
  }

  /** Name what is under the mouse: entity, instance and, on images, the pixel. */
  private hover(e: PointerEvent): void {
    const hit = e.buttons === 0 ? this.hitTest(e.clientX, e.clientY) : null;
    this.setHovered(hit ? { entity: hit.entity, instance: hit.instance } : null);
    if (!hit) {
      this.tooltip.style.display = "none";
      return;
    }
    const rect = this.body.getBoundingClientRect();
    let text = hit.instance !== null ? `${hit.entity}[${hit.instance}]` : hit.entity;
    if (hit.pixel) text += `  (${hit.pixel[0]}, ${hit.pixel[1]})${hit.value !== undefined ? ` = ${hit.value}` : ""}`;
    this.tooltip.textContent = text;
    this.tooltip.style.display = "";
    this.tooltip.style.left = `${e.clientX - rect.left + 14}px`;
    this.tooltip.style.top = `${e.clientY - rect.top + 14}px`;
  }

  /**
   * What is drawn under the cursor, through the id buffer (picking.ts): the nearest point,
   * line-like instance or arrow head within its reach, else the surface (mesh, image, asset) under
   * it. The instance is named only when the entity has more than one. On an image, which pixel:
   * a ray against that image's quad (the one question the id buffer does not answer).
   */
  private hitTest(clientX: number, clientY: number): Hit | null {
    if (!this.built || !this.renderer) return null;
    const rect = this.renderer.domElement.getBoundingClientRect();
    const x = clientX - rect.left;
    const y = clientY - rect.top;
    const cam = this.camera();
    cam.updateMatrixWorld();
    const started = performance.now();
    const hit = pickById(this.renderer, this.built.group, cam, x, y, rect.width, rect.height);
    // Read-only debug figure for benchmarks: the last pick's time (drawing the id buffer, reading it back).
    this.body.dataset.pickMs = (performance.now() - started).toFixed(2);
    if (!hit) return null;
    if (hit.kind !== "surface") {
      const count = instanceCount(this.built.picks, hit.entity, hit.kind);
      return { entity: hit.entity, instance: count > 1 ? hit.instance : null };
    }
    const out: Hit = { entity: hit.entity, instance: null };
    type ImageInfo = { width: number; height: number; values?: ArrayLike<number> };
    // One image of its own, or one instance of a texture array batch of images.
    const batched = hit.index !== undefined ? (hit.object.userData.images as ImageInfo[] | undefined) : undefined;
    const image = batched ? batched[hit.index!] : (hit.object.userData.image as ImageInfo | undefined);
    if (image) {
      const ray = new THREE.Raycaster();
      ray.setFromCamera(new THREE.Vector2((x / rect.width) * 2 - 1, 1 - (y / rect.height) * 2), cam);
      this.scene.updateMatrixWorld(true);
      const uv = ray.intersectObject(hit.object, false).find((i) => !batched || i.instanceId === hit.index)?.uv;
      if (uv) {
        const px = Math.max(0, Math.min(Math.floor(uv.x * image.width), image.width - 1));
        const py = Math.max(0, Math.min(Math.floor(uv.y * image.height), image.height - 1));
        out.pixel = [px, py];
        if (image.values) out.value = image.values[py * image.width + px];
      }
    }
    return out;
  }

  setSelection(): void {
    this.applySelection();
    this.requestRender();
  }

  private hovered: { entity: string; instance: number | null } | null = null;

  /** Highlight what the mouse is over (a gray rim; the selection's is white), as Rerun does. */
  private setHovered(h: { entity: string; instance: number | null } | null): void {
    if (h?.entity === this.hovered?.entity && h?.instance === this.hovered?.instance) return;
    this.hovered = h;
    this.applySelection();
    this.requestRender();
  }

  /**
   * Rim the selected points and line-like instances (lines, boxes, arrows) in white, light up the
   * selected meshes, and mark the selected entity's labels.
   */
  private applySelection(): void {
    const sel = this.ctx.selection();
    const hov = this.hovered;
    for (const rim of [this.rim, this.hoverRim]) {
      if (!rim) continue;
      rim.removeFromParent();
      disposeScene(rim);
    }
    this.rim = this.hoverRim = null;
    if (!this.built) return;
    this.built.group.traverse((obj) => {
      const mat = (obj as THREE.Points).material as THREE.Material | undefined;
      if (!(mat instanceof THREE.ShaderMaterial) || !("highlight" in mat.uniforms)) return;
      const batch = obj.userData.entities as Map<string, number> | undefined;
      if (batch) {
        // Points of many entities: name the entity by its index in the batch (-1: none here).
        const s = sel ? batch.get(sel.entityPath) : undefined;
        const h = hov ? batch.get(hov.entity) : undefined;
        mat.uniforms.highlightEntity.value = s ?? -1;
        mat.uniforms.highlight.value = s !== undefined ? (sel!.instance ?? -1) : -2;
        mat.uniforms.hoveredEntity.value = h ?? -1;
        mat.uniforms.hovered.value = h !== undefined ? (hov!.instance ?? -1) : -2;
        return;
      }
      const hit = sel !== null && obj.userData.entity === sel.entityPath;
      mat.uniforms.highlight.value = hit ? (sel.instance ?? -1) : -2;
      const over = hov !== null && obj.userData.entity === hov.entity;
      if ("hovered" in mat.uniforms) mat.uniforms.hovered.value = over ? (hov.instance ?? -1) : -2;
    });
    const marks = [];
    if (hov) marks.push({ entity: hov.entity, instance: hov.instance, amount: 0.35 });
    if (sel) marks.push({ entity: sel.entityPath, instance: sel.instance ?? null, amount: 0.6 });
    highlightHeads(this.built.group, marks);
    for (const obj of this.built.group.children) {
      const meshes = obj.userData.meshEntities as Map<string, number> | undefined;
      if (meshes) {
        // Meshes of many entities: the selected one by its index in the batch.
        const mat = (obj as THREE.Mesh).material as THREE.Material;
        const index = sel ? meshes.get(sel.entityPath) : undefined;
        (mat.userData.glow as { value: number }).value = index !== undefined ? SELECTED_MESH_GLOW_LINEAR : 0;
        (mat.userData.glowEntity as { value: number }).value = index ?? -1;
        continue;
      }
      const selected = sel !== null && obj.userData.entity === sel.entityPath;
      obj.traverse((o) => {
        const mat = (o as THREE.Mesh).material as THREE.Material | undefined;
        const glow = mat?.userData.glow as { value: number } | undefined;
        if (glow) {
          glow.value = selected ? SELECTED_MESH_GLOW_LINEAR : 0;
          return;
        }
        if (!(mat instanceof THREE.MeshStandardMaterial || mat instanceof THREE.MeshPhongMaterial)) return;
        mat.userData.emissive ??= mat.emissive.getHex();
        mat.emissive.setHex(selected ? SELECTED_MESH_GLOW : (mat.userData.emissive as number));
      });
    }
    if (sel) this.rim = this.buildRim(sel.entityPath, sel.instance ?? null, 1);
    if (this.rim) this.built.group.add(this.rim);
    const sameAsSelected = sel !== null && hov !== null && hov.entity === sel.entityPath && (sel.instance ?? null) === hov.instance;
    if (hov && !sameAsSelected) this.hoverRim = this.buildRim(hov.entity, hov.instance, HOVER_RIM);
    if (this.hoverRim) this.built.group.add(this.hoverRim);
    this.selectedEntity = sel?.entityPath ?? null;
  }

  /** Wider copies of an instance's segments in gray `level` (1 white), drawn under them: a rim. */
  private buildRim(entity: string, instance: number | null, level: number): THREE.Group | null {
    const byRadius = new Map<number, number[]>();
    let drawOrder = 0;
    for (const set of this.built?.picks ?? []) {
      const segs = set.segments;
      if (set.entity !== entity || !segs) continue;
      drawOrder = segs.drawOrder;
      for (let k = 0; k < segs.instance.length; k++) {
        if (instance !== null && segs.instance[k] !== instance) continue;
        const r = segs.radius[k];
        // UI points: 2 points wider on each side; scene units: 60% wider.
        const rim = r < 0 ? r - 2 : r * 1.6;
        let pos = byRadius.get(rim);
        if (!pos) byRadius.set(rim, (pos = []));
        for (let c = 0; c < 6; c++) pos.push(segs.positions[k * 6 + c]);
      }
    }
    if (!byRadius.size) return null;
    const group = new THREE.Group();
    for (const [r, pos] of byRadius) {
      const geo = new LineSegmentsGeometry();
      geo.setPositions(pos);
      geo.setColors(new Array<number>(pos.length).fill(level));
      const mat = lineMaterial(r);
      // Under the line it rims: in 2D just before it, in 3D without hiding it by depth.
      mat.depthWrite = false;
      if (this.flat) mat.depthTest = false;
      const line = new LineSegments2(geo, mat);
      line.computeLineDistances();
      line.frustumCulled = false;
      line.renderOrder = this.flat ? drawOrder - 0.001 : -1;
      line.userData.noPick = true;
      group.add(line);
    }
    return group;
  }

  private rim: THREE.Group | null = null;
  private hoverRim: THREE.Group | null = null;
  private selectedEntity: string | null = null;

  resize(): void {
    this.requestRender();
  }

  dispose(): void {
    if (this.built) disposeScene(this.built.group);
    this.renderer?.dispose();
    this.renderer?.forceContextLoss();
    this.body.replaceChildren();
  }
}

/** Gray of the rim around hovered instances (selected ones get white). */
const HOVER_RIM = 0.6;

/** Emissive color of selected meshes (their whole entity lights up). */
const SELECTED_MESH_GLOW = 0x505050;
/** The same glow added to a mesh's linear color. */
const SELECTED_MESH_GLOW_LINEAR = 0x50 / 255;

/** How many instances of `kind` an entity has (the most over its drawables): one alone is not named. */
function instanceCount(picks: PickSet[], entity: string, kind: PickKind): number {
  let n = 0;
  for (const set of picks) {
    if (set.entity !== entity) continue;
    if (kind === "points" && set.radii) n = Math.max(n, set.count ?? set.positions.length / 3);
    if (kind === "segments") n = Math.max(n, set.segments?.instances ?? 0, set.radii ? 0 : set.positions.length / 3);
  }
  return n;
}

/** The payload as text, or null when it holds inline arrays (those are never compared). */
function payloadSignature(payload: SpatialPayload): string | null {
  let plain = true;
  const replacer = (_key: string, value: unknown) => {
    if (ArrayBuffer.isView(value)) plain = false;
    return plain ? value : null;
  };
  const order = payload.order;
  if (order && order.length === payload.drawables.length) {
    // An answer by drawable key: a digest key ("<digest>.<i>") names one drawable for good, so it
    // stands for the drawable without writing out 10,000 of them; the server's fresh keys (images,
    // projections) change every answer, so those drawables are compared by content.
    const parts = order.map((key, i) => (key.includes(".") ? key : JSON.stringify(payload.drawables[i], replacer)));
    return plain ? JSON.stringify([parts, payload.view_coordinates, payload.canvas_size, payload.origin]) : null;
  }
  const text = JSON.stringify(payload, replacer);
  return plain ? text : null;
}
