// Assets (Asset3D: glTF/GLB, OBJ, STL) as triangles for the mesh batches. An asset's file is
// parsed once per blob by three.js's loaders and flattened into "parts": the triangles of each of
// its meshes in the asset's own frame (node transforms applied), colours per vertex (the
// material's colour times its vertex colours, as three.js multiplies them) and the look of its
// material (shading model, roughness, metalness, side). Meshes of one look, of every entity of a
// view, then draw in one call (`meshBatch` in build.ts), as Mesh3D does. An asset with anything a
// batch would draw differently from three.js's own objects (textures, translucency, emission,
// skinning, morph targets, lines or points, lights, several materials on one mesh), or a large
// one (`MAX_BATCHED_ASSET_VERTICES`), is not flattened: it is drawn as a scene of its own, as before.
import * as THREE from "three";
import { GLTFLoader } from "three/addons/loaders/GLTFLoader.js";
import { OBJLoader } from "three/addons/loaders/OBJLoader.js";
import { STLLoader } from "three/addons/loaders/STLLoader.js";

/** How a batch of meshes is shaded: one three.js material per look. */
export interface MeshLook {
  model: "standard" | "phong" | "basic";
  roughness: number;
  metalness: number;
  shininess: number;
  /** Phong's specular colour, linear rgb (as three.js keeps it). */
  specular: [number, number, number];
  side: THREE.Side;
  /**
   * Shaded in linear light and shown in sRGB, as Rerun shows Mesh3D (its colours are converted to
   * linear first); assets' materials are drawn as three.js draws them here, their colours as given.
   */
  srgbOut: boolean;
}

/** The look of Mesh3D: lit (it has normals) with Rerun's roughness, or its flat albedo; both double-sided. */
export function mesh3dLook(lit: boolean): MeshLook {
  return { model: lit ? "standard" : "basic", roughness: 0.8, metalness: 0, shininess: 0, specular: [0, 0, 0], side: THREE.DoubleSide, srgbOut: true };
}

export function lookKey(l: MeshLook): string {
  return (l.srgbOut ? "srgb|" : "") + (l.model === "basic" ? `basic|${l.side}` : l.model === "phong" ? `phong|${l.shininess}|${l.specular.join(",")}|${l.side}` : `standard|${l.roughness}|${l.metalness}|${l.side}`);
}

/** The material of a batch of meshes of look `l`, with colours per vertex. */
export function lookMaterial(l: MeshLook): THREE.MeshStandardMaterial | THREE.MeshPhongMaterial | THREE.MeshBasicMaterial {
  const params = { side: l.side, vertexColors: true };
  if (l.model === "standard") return new THREE.MeshStandardMaterial({ ...params, roughness: l.roughness, metalness: l.metalness });
  if (l.model === "phong") {
    const m = new THREE.MeshPhongMaterial({ ...params, shininess: l.shininess });
    m.specular.setRGB(...l.specular, THREE.LinearSRGBColorSpace);
    return m;
  }
  return new THREE.MeshBasicMaterial(params);
}

/** One mesh of an asset, in the asset's frame. */
export interface AssetPart {
  positions: Float32Array;
  /** Null for the unlit look. */
  normals: Float32Array | null;
  colors: Float32Array; // linear rgba per vertex
  index: Uint32Array;
  look: MeshLook;
}

export type AssetFormat = "stl" | "obj" | "gltf";

/** The loader an asset's media type picks (as Rerun 0.17: glTF/GLB unless it says STL or OBJ). */
export function assetFormat(mediaType: string | null | undefined): AssetFormat {
  const media = (mediaType ?? "").toLowerCase();
  return media.includes("stl") ? "stl" : media.includes("obj") ? "obj" : "gltf";
}

/** The material STL files are drawn with (they carry none of their own). */
export function stlMaterial(): THREE.MeshStandardMaterial {
  return new THREE.MeshStandardMaterial({ color: 0xaaaaaa, side: THREE.DoubleSide });
}

/** A copy of the bytes as an ArrayBuffer of their own (the loaders take whole buffers). */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * By blob (the page's arrays are immutable by key): the asset's parts, null when it is drawn on
 * its own, or the parse under way (glTF loads asynchronously).
 */
const flattened = new WeakMap<Uint8Array, AssetPart[] | null | Promise<void>>();

/**
 * The parts of an asset for the mesh batches: its parts, null when it is not batched (see the
 * module comment; also when its file does not parse), or a promise when a glTF file is still being
 * parsed (the scene is built again once it resolves). Parsed once per blob.
 */
export function assetParts(bytes: Uint8Array, format: AssetFormat): AssetPart[] | null | Promise<void> {
  const known = flattened.get(bytes);
  if (known !== undefined) return known;
  if (format === "gltf") {
    const parsing = new Promise<void>((resolve) => {
      const done = (parts: AssetPart[] | null) => {
        flattened.set(bytes, parts);
        resolve();
      };
      try {
        new GLTFLoader().parse(ownBuffer(bytes), "", (gltf) => done(flatten(gltf.scene)), () => done(null));
      } catch {
        done(null);
      }
    });
    flattened.set(bytes, parsing);
    return parsing;
  }
  let parts: AssetPart[] | null = null;
  try {
    parts = format === "stl" ? flatten(new THREE.Mesh(new STLLoader().parse(ownBuffer(bytes)), stlMaterial())) : flatten(new OBJLoader().parse(new TextDecoder().decode(bytes)));
  } catch {
    parts = null; // drawn on its own, which reports the error
  }
  flattened.set(bytes, parts);
  return parts;
}

/**
 * Larger assets are drawn on their own: batching saves them a draw call or a few against many
 * triangles, and a batched asset's vertices are held three times (its parts, its entity's
 * world-space copy, the batch), where one drawn on its own holds its geometry once.
 */
export const MAX_BATCHED_ASSET_VERTICES = 65_536;

/** The meshes under `root` as parts, or null when any of what it draws is not a plain mesh a batch draws alike, or it is large. */
function flatten(root: THREE.Object3D): AssetPart[] | null {
  root.updateMatrixWorld(true);
  const parts: AssetPart[] = [];
  let ok = true;
  root.traverseVisible((o) => {
    if (!ok) return;
    const any = o as THREE.Object3D & { isLight?: boolean; isLine?: boolean; isPoints?: boolean; isSprite?: boolean; isSkinnedMesh?: boolean; isInstancedMesh?: boolean; isMesh?: boolean };
    if (any.isLight || any.isLine || any.isPoints || any.isSprite || any.isSkinnedMesh || any.isInstancedMesh) ok = false;
    else if (any.isMesh) {
      const part = meshPart(o as THREE.Mesh);
      if (part) parts.push(part);
      else ok = false;
    }
  });
  root.traverse((o) => (o as THREE.Mesh).geometry?.dispose());
  let vertices = 0;
  for (const p of parts) vertices += p.positions.length / 3;
  return ok && vertices <= MAX_BATCHED_ASSET_VERTICES ? parts : null;
}

/** One mesh as a part, or null when a batch would draw it differently than three.js draws it. */
function meshPart(mesh: THREE.Mesh): AssetPart | null {
  const mat = mesh.material;
  const geo = mesh.geometry;
  if (Array.isArray(mat) || !mat.visible || mat.transparent || mat.alphaTest > 0 || (mat as THREE.MeshBasicMaterial).wireframe || mat.blending !== THREE.NormalBlending) return null;
  if (Object.keys(geo.morphAttributes).length || geo.drawRange.start !== 0 || geo.drawRange.count !== Infinity) return null;
  for (const v of Object.values(mat)) if (v instanceof THREE.Texture) return null;
  let look: MeshLook;
  let flatShading = false;
  if (mat.type === "MeshStandardMaterial") {
    const m = mat as THREE.MeshStandardMaterial;
    if (m.emissive.getHex() !== 0) return null;
    look = { model: "standard", roughness: m.roughness, metalness: m.metalness, shininess: 0, specular: [0, 0, 0], side: m.side, srgbOut: false };
    flatShading = m.flatShading;
  } else if (mat.type === "MeshPhongMaterial") {
    const m = mat as THREE.MeshPhongMaterial;
    if (m.emissive.getHex() !== 0) return null;
    look = { model: "phong", roughness: 0, metalness: 0, shininess: m.shininess, specular: [m.specular.r, m.specular.g, m.specular.b], side: m.side, srgbOut: false };
    flatShading = m.flatShading;
  } else if (mat.type === "MeshBasicMaterial") {
    look = { model: "basic", roughness: 0, metalness: 0, shininess: 0, specular: [0, 0, 0], side: mat.side, srgbOut: false };
  } else return null;
  const position = geo.getAttribute("position");
  if (!position) return null;
  const normal = geo.getAttribute("normal");
  const lit = look.model !== "basic";
  // Lit without normals and without flat shading has no defined look: drawn on its own.
  if (lit && !normal && !flatShading) return null;
  const vertexColors = (mat as THREE.MeshBasicMaterial).vertexColors ? geo.getAttribute("color") : undefined;
  const base = (mat as THREE.MeshBasicMaterial).color;
  const n = position.count;
  let index: Uint32Array = geo.index ? indexArray(geo.index) : sequence(n - (n % 3));
  for (let i = 0; i < index.length; i++) if (index[i] >= n) return null;
  const m = mesh.matrixWorld;
  // A mirroring transform turns the triangles' winding, which three.js undoes when it draws the object.
  if (m.determinant() < 0) index = flipWinding(index);
  const v = new THREE.Vector3();
  // Flat shading: each triangle's corners as vertices of their own, with the face's normal.
  const corners = flatShading && lit ? index : null;
  const count = corners ? corners.length : n;
  const vertexOf = (k: number) => (corners ? corners[k] : k);
  const positions = new Float32Array(count * 3);
  const colors = new Float32Array(count * 4);
  for (let k = 0; k < count; k++) {
    const i = vertexOf(k);
    v.fromBufferAttribute(position, i).applyMatrix4(m);
    positions[k * 3] = v.x;
    positions[k * 3 + 1] = v.y;
    positions[k * 3 + 2] = v.z;
    colors[k * 4] = base.r;
    colors[k * 4 + 1] = base.g;
    colors[k * 4 + 2] = base.b;
    colors[k * 4 + 3] = 1;
    if (vertexColors) {
      colors[k * 4] *= vertexColors.getX(i);
      colors[k * 4 + 1] *= vertexColors.getY(i);
      colors[k * 4 + 2] *= vertexColors.getZ(i);
    }
  }
  let normals: Float32Array | null = null;
  if (lit) {
    normals = new Float32Array(count * 3);
    if (corners) {
      const a = new THREE.Vector3();
      const b = new THREE.Vector3();
      const c = new THREE.Vector3();
      for (let t = 0; t + 2 < count; t += 3) {
        a.fromArray(positions, t * 3);
        b.fromArray(positions, t * 3 + 3);
        c.fromArray(positions, t * 3 + 6);
        c.sub(b).cross(a.sub(b)).normalize();
        for (let k = 0; k < 3; k++) c.toArray(normals, (t + k) * 3);
      }
    } else {
      const nm = new THREE.Matrix3().getNormalMatrix(m);
      for (let i = 0; i < n; i++) {
        v.fromBufferAttribute(normal!, i).applyMatrix3(nm).normalize();
        v.toArray(normals, i * 3);
      }
    }
  }
  return { positions, normals, colors, index: corners ? sequence(count) : index, look };
}

/** 0, 1, ..., n - 1. */
export function sequence(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** A geometry's index as 32-bit values (it may be 16-bit, or interleaved). */
function indexArray(index: THREE.BufferAttribute): Uint32Array {
  if (index.array instanceof Uint32Array || index.array instanceof Uint16Array) return Uint32Array.from(index.array.subarray(0, index.count));
  const out = new Uint32Array(index.count);
  for (let i = 0; i < out.length; i++) out[i] = index.getX(i);
  return out;
}

/** The triangles of `index` with their winding reversed. */
export function flipWinding(index: Uint32Array): Uint32Array {
  const out = new Uint32Array(index);
  for (let t = 0; t + 2 < out.length; t += 3) {
    out[t + 1] = index[t + 2];
    out[t + 2] = index[t + 1];
  }
  return out;
}
