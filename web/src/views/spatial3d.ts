// 3D view: perspective camera with orbit controls (drag to rotate, right-drag to pan, wheel to
// zoom, double-click to re-fit), auto-fitted to the content until the user moves the camera. The
// up direction follows the view coordinates logged at (or above) the origin.
import * as THREE from "three";
import { OrbitControls } from "three/addons/controls/OrbitControls.js";
import { SpatialViewBase } from "./spatial/base";
import { forgetExpansions } from "./spatial/build";
import type { ScreenScale } from "./spatial/materials";
import type { ViewContext, ViewModule } from "./types";

const DEFAULT_UP = new THREE.Vector3(0, 0, 1);

class Spatial3DView extends SpatialViewBase {
  private readonly cam = new THREE.PerspectiveCamera(55, 1, 0.01, 1e5); // Rerun's vertical field of view
  private controls: OrbitControls | null = null;
  private userMoved = false;
  private up = DEFAULT_UP.clone();
  private fittedRadius = 0;
  private fittedAspect = 1;

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
    // The default framing depends on the view's shape: frame again when it changes.
    if (!this.userMoved && Math.abs(this.cam.aspect - this.fittedAspect) > 0.01) this.fit(true);
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

  /** Frame the content as Rerun's default eye does. */
  private fit(force: boolean): void {
    if (!this.built) return;
    this.scene.updateMatrixWorld(true);
    const box = new THREE.Box3();
    this.built.group.traverse((obj) => {
      if (obj.userData.boundsPoint) box.expandByPoint(obj.getWorldPosition(new THREE.Vector3()));
      const points = obj.userData.boundsPoints as Float32Array | undefined;
      if (points) for (let i = 0; i + 2 < points.length; i += 3) box.expandByPoint(new THREE.Vector3(points[i], points[i + 1], points[i + 2]));
      if (obj.userData.outOfBounds) return;
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
    // Rerun 0.17's default eye: orbiting the box centre at 1.5x its half diagonal, looking mostly
    // "forward" (up x right), a little from the right and from above.
    const center = box.getCenter(new THREE.Vector3());
    let radius = 1.5 * box.getSize(new THREE.Vector3()).length() / 2;
    if (!(radius > 0) || !Number.isFinite(radius)) radius = 1;
    if (!force && Math.abs(radius - this.fittedRadius) < 1e-6 && this.controls && this.controls.target.distanceTo(center) < 1e-6) return;
    this.fittedRadius = radius;
    const up = this.up.clone();
    const r = this.payload?.view_coordinates?.right;
    let right = r ? new THREE.Vector3(r[0], r[1], r[2]).normalize() : new THREE.Vector3(1, 0, 0);
    if (Math.abs(right.dot(up)) > 0.9) right = Math.abs(up.y) < 0.9 ? new THREE.Vector3(0, 1, 0) : new THREE.Vector3(0, 0, 1);
    const fwd = up.clone().cross(right);
    const eyeDir = fwd.multiplyScalar(0.75).addScaledVector(right, 0.25).addScaledVector(up, -0.25).normalize();
    // Rerun's distance, or farther when the view is too narrow (or too flat) for the content
    // seen from there: no corner of the box may fall outside the view (Rerun would crop it).
    this.fittedAspect = this.cam.aspect;
    const tanV = Math.tan(THREE.MathUtils.degToRad(this.cam.fov) / 2) * 0.9; // a margin for what is drawn around a corner (radii)
    const tanH = tanV * (this.cam.aspect > 0 ? this.cam.aspect : 1);
    const camRight = eyeDir.clone().cross(up).normalize();
    const camUp = camRight.clone().cross(eyeDir).normalize();
    let dist = radius;
    for (const corner of boxCorners(box)) {
      const v = corner.sub(center);
      const depth = v.dot(eyeDir); // beyond the centre, seen from the eye
      dist = Math.max(dist, Math.abs(v.dot(camRight)) / tanH - depth, Math.abs(v.dot(camUp)) / tanV - depth);
    }
    this.cam.position.copy(center).addScaledVector(eyeDir, -dist);
    this.cam.near = Math.max(dist / 1000, 1e-4);
    this.cam.far = dist * 100 + radius * 10;
    this.cam.updateProjectionMatrix();
    if (this.controls) {
      this.controls.target.copy(center);
      this.controls.update();
    } else {
      this.cam.lookAt(center);
    }
  }

  dispose(): void {
    this.controls?.dispose();
    super.dispose();
  }
}

function boxCorners(box: THREE.Box3): THREE.Vector3[] {
  const { min, max } = box;
  return [0, 1, 2, 3, 4, 5, 6, 7].map((i) => new THREE.Vector3(i & 1 ? max.x : min.x, i & 2 ? max.y : min.y, i & 4 ? max.z : min.z));
}

export const spatial3dView: ViewModule = {
  kind: "3D",
  label: "3D",
  create: (body, ctx) => new Spatial3DView(body, ctx),
  forgetCaches: forgetExpansions,
};
