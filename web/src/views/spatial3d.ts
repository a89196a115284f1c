// 3D view: perspective camera with orbit controls (drag to rotate, right-drag to pan, wheel to
// zoom, double-click to re-fit), auto-fitted to the content until the user moves the camera. The
// up direction follows the view coordinates logged at (or above) the origin.
import * as THREE from "three";
import { OrbitControls } from "three/addons/controls/OrbitControls.js";
import { SpatialViewBase } from "./spatial/base";
import type { ScreenScale } from "./spatial/materials";
import type { ViewContext, ViewModule } from "./types";

const DEFAULT_UP = new THREE.Vector3(0, 0, 1);

class Spatial3DView extends SpatialViewBase {
  private readonly cam = new THREE.PerspectiveCamera(50, 1, 0.01, 1e5);
  private controls: OrbitControls | null = null;
  private userMoved = false;
  private up = DEFAULT_UP.clone();
  private fittedRadius = 0;

  constructor(body: HTMLElement, ctx: ViewContext) {
    super(body, ctx, false);
    this.scene.add(new THREE.AmbientLight(0xffffff, 2.2));
    const sun = new THREE.DirectionalLight(0xffffff, 1.0);
    sun.position.set(1, 2, 3);
    this.cam.add(sun); // a head light: meshes are lit from where we look
    this.scene.add(this.cam);
    this.cam.up.copy(this.up);
    this.cam.position.set(5, 5, 5);
    this.makeControls();
    body.addEventListener("dblclick", () => {
      this.userMoved = false;
      this.fit(true);
      this.requestRender();
    });
  }

  private makeControls(): void {
    this.controls?.dispose();
    if (!this.renderer) return;
    const controls = new OrbitControls(this.cam, this.renderer.domElement);
    controls.enableDamping = false;
    controls.addEventListener("start", () => (this.userMoved = true));
    controls.addEventListener("change", () => this.requestRender());
    this.controls = controls;
  }

  protected camera(): THREE.Camera {
    return this.cam;
  }

  protected screenScale(width: number, height: number): ScreenScale {
    const pr = this.renderer?.getPixelRatio() ?? 1;
    this.cam.aspect = width / height;
    this.cam.updateProjectionMatrix();
    const ppu = (height * pr) / (2 * Math.tan(THREE.MathUtils.degToRad(this.cam.fov) / 2));
    return { width, height, pixelRatio: pr, orthographic: false, pixelsPerUnit: ppu };
  }

  protected sceneChanged(): void {
    const vc = this.payload?.view_coordinates;
    const up = vc?.up ? new THREE.Vector3(vc.up[0], vc.up[1], vc.up[2]).normalize() : DEFAULT_UP.clone();
    if (!up.equals(this.up)) {
      this.up = up;
      this.cam.up.copy(up);
      this.makeControls();
      this.userMoved = false;
    }
    if (!this.userMoved) this.fit(false);
  }

  /** Frame the content's bounding sphere, looking from the front-right-above. */
  private fit(force: boolean): void {
    if (!this.built) return;
    this.scene.updateMatrixWorld(true);
    const box = new THREE.Box3();
    this.built.group.traverse((obj) => {
      const geo = (obj as THREE.Mesh).geometry as THREE.BufferGeometry | undefined;
      if (!geo) return;
      if (!geo.boundingBox) geo.computeBoundingBox();
      if (!geo.boundingBox || geo.boundingBox.isEmpty()) return;
      if ((obj as THREE.InstancedMesh).isInstancedMesh) {
        const im = obj as THREE.InstancedMesh;
        im.computeBoundingBox();
        if (im.boundingBox) box.union(im.boundingBox.clone().applyMatrix4(obj.matrixWorld));
        return;
      }
      box.union(geo.boundingBox.clone().applyMatrix4(obj.matrixWorld));
    });
    if (box.isEmpty()) return;
    const sphere = box.getBoundingSphere(new THREE.Sphere());
    const radius = Math.max(sphere.radius, 1e-3);
    if (!force && Math.abs(radius - this.fittedRadius) < 1e-6 && this.controls && this.controls.target.distanceTo(sphere.center) < 1e-6) return;
    this.fittedRadius = radius;
    // Eye direction: mostly "forward" (a horizontal axis), lifted towards up.
    const up = this.up.clone();
    // As Rerun: X to the right and the up axis up, seen slightly from the right and above.
    const front = Math.abs(up.z) > 0.9 ? new THREE.Vector3(0.3, -Math.sign(up.z), 0) : Math.abs(up.y) > 0.9 ? new THREE.Vector3(0.3, 0, Math.sign(up.y)) : new THREE.Vector3(0, 0.3, 1);
    front.addScaledVector(up, -front.dot(up)).normalize();
    const dir = front.addScaledVector(up, 0.45).normalize();
    // Find the distance at which the box's corners fill ~85% of the view (bisection: the extent
    // shrinks as the camera backs away).
    const corners = [0, 1, 2, 3, 4, 5, 6, 7].map(
      (i) => new THREE.Vector3(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z),
    );
    const { width, height } = this.size();
    this.cam.aspect = width / height;
    const extentAt = (d: number): number => {
      this.cam.position.copy(sphere.center).addScaledVector(dir, d);
      this.cam.near = Math.max(d / 1000, 1e-4);
      this.cam.far = d * 100 + radius * 10;
      this.cam.lookAt(sphere.center);
      this.cam.updateProjectionMatrix();
      this.cam.updateMatrixWorld(true);
      let extent = 0;
      for (const c of corners) {
        const p = c.clone().project(this.cam);
        if (p.z > 1 || p.z < -1) return Infinity; // behind the camera
        extent = Math.max(extent, Math.abs(p.x), Math.abs(p.y));
      }
      return extent;
    };
    const sphereDist = radius / Math.sin(THREE.MathUtils.degToRad(this.cam.fov) / 2);
    let lo = sphereDist * 0.05;
    let hi = sphereDist * 1.5;
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (extentAt(mid) > 0.92) lo = mid;
      else hi = mid;
    }
    const dist = hi;
    this.cam.position.copy(sphere.center).addScaledVector(dir, dist);
    this.cam.near = Math.max(dist / 1000, 1e-4);
    this.cam.far = dist * 100 + radius * 10;
    this.cam.updateProjectionMatrix();
    if (this.controls) {
      this.controls.target.copy(sphere.center);
      this.controls.update();
    } else {
      this.cam.lookAt(sphere.center);
    }
  }

  dispose(): void {
    this.controls?.dispose();
    super.dispose();
  }
}

export const spatial3dView: ViewModule = {
  kind: "3D",
  label: "3D",
  create: (body, ctx) => new Spatial3DView(body, ctx),
};
