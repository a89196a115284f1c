// 2D view: an orthographic camera over image-pixel coordinates (x right, y down). Wheel zooms at
// the cursor, dragging pans, double-click resets. The initial area is the blueprint's
// VisualBounds2D, else the canvas of the image/pinhole, else the content's bounds.
import * as THREE from "three";
import { SpatialViewBase } from "./spatial/base";
import { forgetExpansions } from "./spatial/build";
import type { ScreenScale } from "./spatial/materials";
import type { ViewContext, ViewModule } from "./types";

interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

class Spatial2DView extends SpatialViewBase {
  private readonly cam = new THREE.OrthographicCamera(-1, 1, -1, 1, -1e4, 1e4);
  /** Centre and scene units per CSS pixel. */
  private cx = 0;
  private cy = 0;
  private unitsPerPx = 1;
  private userMoved = false;
  private fittedTo = "";
  /** The blueprint's VisualBounds2D last framed: new bounds (e.g. edited in the selection panel) frame the view again. */
  private framedBounds = "";

  constructor(body: HTMLElement, ctx: ViewContext) {
    super(body, ctx, true);
    this.cam.position.set(0, 0, 100);
    const canvas = this.renderer?.domElement;
    if (!canvas) return;
    canvas.addEventListener("wheel", (e) => {
      e.preventDefault();
      const rect = canvas.getBoundingClientRect();
      const before = this.toScene(e.clientX - rect.left, e.clientY - rect.top);
      this.unitsPerPx *= Math.exp(e.deltaY * 0.0015);
      const after = this.toScene(e.clientX - rect.left, e.clientY - rect.top);
      this.cx += before.x - after.x;
      this.cy += before.y - after.y;
      this.userMoved = true;
      this.requestRender();
    }, { passive: false });
    canvas.addEventListener("pointerdown", (down) => {
      if (down.button !== 0 && down.button !== 1) return;
      canvas.setPointerCapture(down.pointerId);
      let last = { x: down.clientX, y: down.clientY };
      const move = (e: PointerEvent) => {
        this.cx -= (e.clientX - last.x) * this.unitsPerPx;
        this.cy -= (e.clientY - last.y) * this.unitsPerPx;
        if (e.clientX !== last.x || e.clientY !== last.y) this.userMoved = true;
        last = { x: e.clientX, y: e.clientY };
        this.requestRender();
      };
      const up = () => {
        canvas.removeEventListener("pointermove", move);
        canvas.removeEventListener("pointerup", up);
      };
      canvas.addEventListener("pointermove", move);
      canvas.addEventListener("pointerup", up);
    });
    canvas.addEventListener("dblclick", () => {
      this.userMoved = false;
      this.fittedTo = "";
      this.sceneChanged();
      this.requestRender();
    });
  }

  private toScene(px: number, py: number): { x: number; y: number } {
    const { width, height } = this.size();
    return { x: this.cx + (px - width / 2) * this.unitsPerPx, y: this.cy + (py - height / 2) * this.unitsPerPx };
  }

  protected camera(): THREE.Camera {
    return this.cam;
  }

  protected screenScale(width: number, height: number): ScreenScale {
    const hw = (width / 2) * this.unitsPerPx;
    const hh = (height / 2) * this.unitsPerPx;
    this.cam.position.set(this.cx, this.cy, 100);
    // top < bottom: y grows downwards on screen, as in images.
    this.cam.left = -hw;
    this.cam.right = hw;
    this.cam.top = -hh;
    this.cam.bottom = hh;
    this.cam.updateProjectionMatrix();
    const pr = this.renderer?.getPixelRatio() ?? 1;
    return { width, height, pixelRatio: pr, orthographic: true, pixelsPerUnit: pr / this.unitsPerPx };
  }

  private bounds(): Rect | null {
    const vb = this.ctx.props().visual_bounds as number[] | null | undefined;
    if (vb && vb.length === 4 && vb[1] > vb[0] && vb[3] > vb[2]) return { x0: vb[0], x1: vb[1], y0: vb[2], y1: vb[3] };
    const cs = this.payload?.canvas_size;
    if (cs && cs[0] > 0 && cs[1] > 0) return { x0: 0, x1: cs[0], y0: 0, y1: cs[1] };
    if (!this.built) return null;
    this.scene.updateMatrixWorld(true);
    const box = new THREE.Box3();
    this.built.group.traverse((obj) => {
      // Arrow heads: their shafts give the bounds (the heads' unit geometry would add a unit box at the origin).
      if (obj.userData.outOfBounds) return;
      const geo = (obj as THREE.Mesh).geometry as THREE.BufferGeometry | undefined;
      if (!geo) return;
      // Instances (images in a texture array batch): the box of every instance.
      const instanced = (obj as THREE.InstancedMesh).isInstancedMesh ? (obj as THREE.InstancedMesh) : null;
      if (instanced) instanced.computeBoundingBox();
      else geo.computeBoundingBox();
      const b = instanced ? instanced.boundingBox : geo.boundingBox;
      if (b && !b.isEmpty()) box.union(b.clone().applyMatrix4(obj.matrixWorld));
    });
    if (box.isEmpty()) return null;
    // The content's bounds exactly, as Rerun frames 2D views (a degenerate box gets a unit margin).
    const pad = box.max.x - box.min.x > 0 || box.max.y - box.min.y > 0 ? 0 : 0.5;
    return { x0: box.min.x - pad, x1: box.max.x + pad, y0: box.min.y - pad, y1: box.max.y + pad };
  }

  protected sceneChanged(): void {
    const bounds = JSON.stringify(this.ctx.props().visual_bounds ?? null);
    if (bounds !== this.framedBounds) {
      this.framedBounds = bounds;
      this.userMoved = false;
    }
    if (this.userMoved) return;
    const r = this.bounds();
    if (!r) return;
    const { width, height } = this.size();
    const key = `${r.x0},${r.x1},${r.y0},${r.y1},${width},${height}`;
    if (key === this.fittedTo) return;
    this.fittedTo = key;
    this.cx = (r.x0 + r.x1) / 2;
    this.cy = (r.y0 + r.y1) / 2;
    this.unitsPerPx = Math.max((r.x1 - r.x0) / width, (r.y1 - r.y0) / height, 1e-9);
  }

  resize(): void {
    this.sceneChanged();
    super.resize();
  }
}

export const spatial2dView: ViewModule = {
  kind: "2D",
  label: "2D",
  create: (body, ctx) => new Spatial2DView(body, ctx),
  forgetCaches: forgetExpansions,
};
