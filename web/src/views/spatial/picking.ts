// Picking through an id buffer: on hover or click (never every frame), the objects of a built
// scene are drawn once more into a small offscreen RGBA8 target around the cursor, each fragment
// writing a 32-bit id (the object's base + its vertex or instance index) instead of its colour,
// and the ids are read back with readPixels. Each id maps back to an entity and an instance
// through the arrays the batches already keep (entity and instance per point, per segment, per
// arrow head), so picking costs a draw of a 25x25 pixel region, not a loop over every position.
//
// Two passes keep the priorities the view always had: instances (points, line-like instances,
// arrow heads) within their reach of the cursor first, even behind a surface; then surfaces
// (meshes, images, assets) under the cursor. Which pixel of an image was hit is the one answer the
// id buffer does not give: a ray against that one image's quad finds it (`SpatialViewBase`).
import * as THREE from "three";
import type { SegmentPicks } from "./build";

/** Whose instances a hit names: a point of a points entity, or a line-like instance (strip, box, arrow, frustum, axes). */
export type PickKind = "points" | "segments";

export interface IdHit {
  object: THREE.Object3D;
  entity: string;
  /** The instance index, or null for a surface (a mesh, an image, an asset). */
  instance: number | null;
  kind: PickKind | "surface";
  /** Which instance of a batch of surfaces was hit (an image of a texture array batch). */
  index?: number;
}

/** How far from the cursor (CSS pixels) an instance is picked: points and heads, lines. */
export const POINT_REACH_PX = 12;
export const LINE_REACH_PX = 6;

interface Target {
  object: THREE.Object3D;
  material: THREE.Material;
  base: number;
  count: number;
  surface: boolean;
  reach: number;
  resolve(k: number): IdHit | null;
}

const FRAGMENT_ENCODE = /* glsl */ `
flat varying highp int vPickId;
void main() {
  pickInnerMain();
  uint u = uint(vPickId);
  gl_FragColor = vec4(float(u & 255u), float((u >> 8) & 255u), float((u >> 16) & 255u), float(u >> 24)) / 255.0;
}`;

/** Shader sources whose output is the id `pickBase + idExpression` (the original `main` runs first: its discards and its position hold). */
function patchShader(vertex: string, fragment: string, idExpression: string): { vertex: string; fragment: string } {
  if (!vertex.includes("void main()") || !fragment.includes("void main()")) throw new Error("pick shader: no main");
  return {
    vertex: `uniform int pickBase;\nflat varying highp int vPickId;\n${vertex.replace("void main()", "void pickInnerMain()")}\nvoid main() {\n  pickInnerMain();\n  vPickId = pickBase + ${idExpression};\n}`,
    fragment: `${fragment.replace("void main()", "void pickInnerMain()")}\n${FRAGMENT_ENCODE}`,
  };
}

/** The id-writing twin of an object's material, made once per object (kept in its userData, disposed with the scene). */
function pickMaterial(obj: THREE.Object3D): THREE.Material | null {
  const cached = obj.userData.pickMaterial as THREE.Material | undefined;
  if (cached) return cached;
  const mesh = obj as THREE.Mesh;
  const mat = mesh.material;
  if (!mat || Array.isArray(mat)) return null;
  let pick: THREE.Material;
  const isLine = (obj as { isLineSegments2?: boolean }).isLineSegments2 === true;
  if ((isLine || (obj as THREE.Points).isPoints) && mat instanceof THREE.ShaderMaterial) {
    // Points and thick lines draw with our own shaders: the twin is a copy whose main also writes the id.
    const copy = mat.clone();
    const { vertex, fragment } = patchShader(mat.vertexShader, mat.fragmentShader, isLine ? "gl_InstanceID" : "gl_VertexID");
    copy.vertexShader = vertex;
    copy.fragmentShader = fragment;
    copy.uniforms.pickBase = { value: 0 };
    pick = copy;
  } else if ((obj as THREE.Mesh).isMesh) {
    // Meshes, images, assets: one id for the object (per instance for arrow heads, whose
    // material sizes heads in UI points: its vertex code is reused).
    const instanced = (obj as THREE.InstancedMesh).isInstancedMesh === true;
    const perVertex = obj.userData.meshEntities !== undefined;
    const base = { value: 0 };
    const m = new THREE.MeshBasicMaterial({ side: mat.side });
    const inner = mat.onBeforeCompile;
    const heads = mat.userData.screen !== undefined;
    m.onBeforeCompile = (shader, renderer) => {
      if (heads) inner.call(mat, shader, renderer);
      const { vertex, fragment } = patchShader(shader.vertexShader, shader.fragmentShader, instanced ? "gl_InstanceID" : perVertex ? "gl_VertexID" : "0");
      shader.vertexShader = vertex;
      shader.fragmentShader = fragment;
      shader.uniforms.pickBase = base;
    };
    m.customProgramCacheKey = () => `pick:${instanced}:${heads}:${perVertex}`;
    m.userData.pickBase = base;
    pick = m;
  } else {
    return null;
  }
  pick.blending = THREE.NoBlending;
  obj.userData.pickMaterial = pick;
  return pick;
}

function setBase(pick: THREE.Material, base: number): void {
  const u = pick instanceof THREE.ShaderMaterial ? pick.uniforms.pickBase : (pick.userData.pickBase as { value: number });
  u.value = base;
}

/** Bring the twin up to the original's state: uniforms set per frame (sizes, highlight), defines, depth and order flags. */
function sync(pick: THREE.Material, mat: THREE.Material, resolution: number): void {
  pick.side = mat.side;
  pick.depthTest = mat.depthTest;
  pick.depthWrite = true; // the nearest instance wins in 3D (2D draws without depth test, in painter's order)
  pick.transparent = mat.transparent; // keeps the 2D painter's order (three.js sorts only that list by renderOrder)
  if (pick instanceof THREE.ShaderMaterial && mat instanceof THREE.ShaderMaterial) {
    for (const [k, u] of Object.entries(mat.uniforms)) if (k !== "pickBase" && pick.uniforms[k]) pick.uniforms[k].value = u.value;
    if ("resolution" in pick.uniforms) pick.uniforms.resolution.value = new THREE.Vector2(resolution, resolution);
    if (JSON.stringify(pick.defines) !== JSON.stringify(mat.defines)) {
      pick.defines = { ...mat.defines };
      pick.needsUpdate = true;
    }
  }
}

/** The entity an object was placed for (its own or an ancestor's `userData.entity`). */
function entityOf(obj: THREE.Object3D): string | null {
  let o: THREE.Object3D | null = obj;
  while (o && !o.userData.entity) o = o.parent;
  return (o?.userData.entity as string | undefined) ?? null;
}

/** What can be picked in `group`, with a resolver from an id offset to entity and instance. */
function targets(group: THREE.Object3D): Target[] {
  const out: Target[] = [];
  let next = 1; // 0 is "nothing"
  const visit = (obj: THREE.Object3D) => {
    if (!obj.visible || obj.userData.noPick) return;
    for (const c of obj.children) visit(c);
    const add = (count: number, surface: boolean, reach: number, resolve: (k: number) => IdHit | null) => {
      const material = pickMaterial(obj);
      if (!material || !count) return;
      out.push({ object: obj, material, base: next, count, surface, reach, resolve });
      next += count;
    };
    const ud = obj.userData;
    if ((obj as THREE.Points).isPoints) {
      const geo = (obj as THREE.Points).geometry;
      const n = geo.getAttribute("position").count;
      const instance = geo.getAttribute("instance") as THREE.BufferAttribute | undefined;
      const entityIndex = geo.getAttribute("entity") as THREE.BufferAttribute | undefined;
      const names = ud.entities ? [...(ud.entities as Map<string, number>).keys()] : null;
      const single = entityOf(obj);
      add(n, false, POINT_REACH_PX, (k) => {
        const entity = names && entityIndex ? names[entityIndex.getX(k)] : single;
        if (!entity) return null;
        return { object: obj, entity, instance: instance ? instance.getX(k) : k, kind: "points" };
      });
    } else if ((obj as { isLineSegments2?: boolean }).isLineSegments2) {
      // Lines without picks (the selection rims) are not picked.
      const sp = ud.segmentPicks as SegmentPicks | undefined;
      if (sp) add(sp.instance.length, false, LINE_REACH_PX, (k) => ({ object: obj, entity: sp.entities[sp.entity[k]], instance: sp.instance[k], kind: sp.ofPoint[k] ? "points" : "segments" }));
    } else if (ud.imageEntities) {
      // Images of many entities in one texture array: the id is the image's instance.
      const names = ud.imageEntities as string[];
      add(names.length, true, 0, (k) => ({ object: obj, entity: names[k], instance: null, kind: "surface", index: k }));
    } else if (ud.headInstances) {
      const instances = ud.headInstances as number[];
      const entities = ud.headEntities as string[] | undefined;
      const single = entityOf(obj);
      add(instances.length, false, POINT_REACH_PX, (k) => {
        const entity = entities ? entities[k] : single;
        return entity ? { object: obj, entity, instance: instances[k], kind: "segments" } : null;
      });
    } else if (ud.meshEntities) {
      // Untextured meshes of many entities: the id is the vertex's, which names its entity.
      const names = [...(ud.meshEntities as Map<string, number>).keys()];
      const entityIndex = (obj as THREE.Mesh).geometry.getAttribute("batchEntity") as THREE.BufferAttribute;
      add(entityIndex.count, true, 0, (k) => ({ object: obj, entity: names[entityIndex.getX(k)], instance: null, kind: "surface" }));
    } else if ((obj as THREE.Mesh).isMesh) {
      const entity = entityOf(obj);
      if (entity) add(1, true, 0, () => ({ object: obj, entity, instance: null, kind: "surface" }));
    }
  };
  visit(group);
  return out;
}

const noop = () => undefined;

/** Reused between picks of a renderer (each view has its own WebGL context): the offscreen target and the buffer read back. */
const scratches = new WeakMap<THREE.WebGLRenderer, { target: THREE.WebGLRenderTarget | null; pixels: Uint8Array }>();

/**
 * What is drawn at (x, y) (CSS pixels in a `width` x `height` canvas) of `group` seen by `camera`:
 * the nearest instance within its reach, else the surface under the cursor, else null.
 */
export function pickById(renderer: THREE.WebGLRenderer, group: THREE.Object3D, camera: THREE.Camera, x: number, y: number, width: number, height: number): IdHit | null {
  const list = targets(group);
  if (!list.length) return null;
  const cam = camera as THREE.PerspectiveCamera | THREE.OrthographicCamera;
  const ratio = renderer.getPixelRatio();
  const reach = POINT_REACH_PX;
  const css = 2 * reach + 1;
  const size = Math.max(1, Math.round(css * ratio));
  let scratch = scratches.get(renderer);
  if (!scratch) scratches.set(renderer, (scratch = { target: null, pixels: new Uint8Array(0) }));
  if (!scratch.target || scratch.target.width !== size) {
    scratch.target?.dispose();
    scratch.target = new THREE.WebGLRenderTarget(size, size, { type: THREE.UnsignedByteType, format: THREE.RGBAFormat, depthBuffer: true, minFilter: THREE.NearestFilter, magFilter: THREE.NearestFilter, generateMipmaps: false });
    scratch.pixels = new Uint8Array(size * size * 4);
  }
  const target = scratch.target;
  // Everything in the group out of the pass but what it draws; originals back afterwards.
  const saved = new Map<THREE.Object3D, { material: THREE.Material | THREE.Material[]; visible: boolean }>();
  const hideAll = (o: THREE.Object3D) => {
    const m = (o as THREE.Mesh).material;
    if (m) saved.set(o, { material: m, visible: o.visible });
    for (const c of o.children) hideAll(c);
  };
  hideAll(group);
  const before = renderer.getRenderTarget();
  const clearColor = renderer.getClearColor(new THREE.Color());
  const clearAlpha = renderer.getClearAlpha();
  renderer.setClearColor(0x000000, 0);
  cam.setViewOffset(width, height, x - reach, y - reach, css, css);
  try {
    for (const surface of [false, true]) {
      for (const [o] of saved) o.visible = false;
      const pass = list.filter((t) => t.surface === surface);
      if (!pass.length) continue;
      for (const t of pass) {
        const mat = saved.get(t.object)!.material as THREE.Material;
        sync(t.material, mat, size);
        setBase(t.material, t.base);
        (t.object as THREE.Mesh).material = t.material;
        t.object.visible = saved.get(t.object)!.visible;
        // Thick lines set their resolution from the canvas's viewport before each draw; here it is the target's (set in sync).
        t.object.onBeforeRender = noop;
      }
      renderer.setRenderTarget(target);
      renderer.clear();
      renderer.render(group, cam);
      renderer.readRenderTargetPixels(target, 0, 0, size, size, scratch.pixels);
      for (const t of pass) {
        (t.object as THREE.Mesh).material = saved.get(t.object)!.material;
        delete (t.object as Partial<THREE.Object3D>).onBeforeRender; // the prototype's again
      }
      const hit = nearest(scratch.pixels, size, ratio, reach, list, surface);
      if (hit) return hit;
    }
    return null;
  } finally {
    for (const t of list) if (t.object.onBeforeRender === noop) delete (t.object as Partial<THREE.Object3D>).onBeforeRender;
    for (const [o, s] of saved) {
      (o as THREE.Mesh).material = s.material;
      o.visible = s.visible;
    }
    renderer.setRenderTarget(before);
    renderer.setClearColor(clearColor, clearAlpha);
    cam.clearViewOffset();
  }
}

/** The id nearest the centre within its target's reach (a surface: only under the cursor itself). */
function nearest(pixels: Uint8Array, size: number, ratio: number, reach: number, list: Target[], surface: boolean): IdHit | null {
  let best: { id: number; d: number } | null = null;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const o = (row * size + col) * 4;
      const id = (pixels[o] | (pixels[o + 1] << 8) | (pixels[o + 2] << 16) | (pixels[o + 3] << 24)) >>> 0;
      if (!id) continue;
      // Rows are read bottom-up; the cursor is at the middle of the region.
      const dx = (col + 0.5) / ratio - (reach + 0.5);
      const dy = (size - row - 0.5) / ratio - (reach + 0.5);
      const d = Math.hypot(dx, dy);
      if (best && d >= best.d) continue;
      const t = find(list, id);
      if (!t || d > (surface ? 0.75 : t.reach)) continue;
      best = { id, d };
    }
  }
  if (!best) return null;
  const t = find(list, best.id)!;
  return t.resolve(best.id - t.base);
}

function find(list: Target[], id: number): Target | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = list[mid];
    if (id < t.base) hi = mid - 1;
    else if (id >= t.base + t.count) lo = mid + 1;
    else return t;
  }
  return undefined;
}
