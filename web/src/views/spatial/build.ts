// Drawables (per-view payload of the spatial views) -> three.js objects. Shared by the 3D and 2D
// views. Every drawable registers pick positions and labels for the view's overlay.
//
// Points, line-like instances (strips, boxes, arrow shafts, point edges, axes) and arrow heads of
// every entity are drawn in batches: one three.js object (one draw call) per kind and material
// (radius, opacity, translucency, and in 2D the draw order), not per entity. Each entity's part
// (its "piece": world-space positions, colours, radii, instance ids) is made once per drawable
// object and kept (the app caches drawables by key, so an unchanged entity hands back the same
// object), and a scene is the concatenation of its pieces. Batched points carry an entity index per
// vertex for the selection and hover highlight. Meshes (Mesh3D, and assets whose materials a batch
// draws alike, see assets.ts), camera frusta and images of one size are batched too. What stays
// one object per entity (a lone image, an asset with textures, a mesh seen through a pinhole)
// carries `userData.entity`, so clicks on surfaces map back to an entity.
import * as THREE from "three";
import { GLTFLoader } from "three/addons/loaders/GLTFLoader.js";
import { OBJLoader } from "three/addons/loaders/OBJLoader.js";
import { STLLoader } from "three/addons/loaders/STLLoader.js";
import { LineSegments2 } from "three/addons/lines/LineSegments2.js";
import { LineSegmentsGeometry } from "three/addons/lines/LineSegmentsGeometry.js";
import type {
  ArrowsDrawable,
  AssetDrawable,
  AxesDrawable,
  BoxesDrawable,
  CameraDrawable,
  Drawable,
  EntitiesBatch,
  ImageDrawable,
  InstancesBatchDrawable,
  LinesDrawable,
  MeshDrawable,
  PointsBatchDrawable,
  PointsDrawable,
  Rgba,
} from "../../protocol.gen";
import type { NdArray } from "../../transport/codec";
import { numbers } from "../common";
import { type AssetPart, assetFormat, assetParts, flipWinding, lookKey, lookMaterial, type MeshLook, mesh3dLook, ownBuffer, sequence, stlMaterial } from "./assets";
import { headMaterial, lineMaterial, pointMaterial } from "./materials";
import type { PickKind } from "./picking";

export interface Label {
  text: string;
  position: THREE.Vector3;
  color: string;
  entity: string;
}

/** World positions of the instances of one entity, for picking by screen distance. */
export interface PickSet {
  entity: string;
  positions: Float32Array; // xyz per instance, world space
  /** Per instance radius: > 0 scene units, < 0 UI points (points only). */
  radii?: Float32Array;
  /** The instance index of each position when some instances were skipped (non-finite); else i. */
  instances?: Uint32Array;
  /** How many instances the entity has (skipped ones included); else positions.length / 3. */
  count?: number;
  /** Line-like instances (strips, boxes, arrows): their segments, to pick and to highlight. */
  segments?: PickSegments;
}

/** World-space segments of one entity's instances: picked by screen distance, rimmed when selected. */
export interface PickSegments {
  positions: Float32Array; // 6 floats (a xyz, b xyz) per segment, world space
  instance: Uint32Array; // instance index per segment
  radius: Float32Array; // radius per segment: > 0 scene units, < 0 UI points
  instances: number;
  drawOrder: number;
}

export interface BuiltScene {
  group: THREE.Group;
  labels: Label[];
  picks: PickSet[];
  /** Resolves when asynchronously loaded assets are in the scene. */
  ready: Promise<void>;
  /** Some assets load asynchronously (the scene is drawn again when `ready`). */
  loading: boolean;
  /** Image textures by image (kind and entity), for the next scene to upload its frames into. */
  textures: Map<string, THREE.DataTexture>;
  /** The batch objects by batch, for the next scene to rewrite in place (see `Batches.finish`). */
  batches: Map<string, KeptBatch>;
  /** What the batches cost this scene: instances (points, segments) rewritten and whether buffers were made anew. */
  upload: BatchUpload;
  /** Assets for the batches were still being parsed: build the scene again once `ready`. */
  stale: boolean;
}

export interface BatchUpload {
  /** Points, segments, arrow heads and mesh vertices written into existing buffers (ranges of changed entities). */
  rewritten: number;
  /** Points, segments, arrow heads and mesh vertices in batches made anew (new buffers, uploaded whole). */
  allocated: number;
  /** Points, segments, arrow heads and mesh vertices of unchanged entities, neither written nor uploaded. */
  kept: number;
  /** Images in texture arrays: layers uploaded (new or changed images) and layers kept as they were. */
  layersWritten: number;
  layersKept: number;
}

type ArrayOf = (key: string | null | undefined) => NdArray | undefined;

const MAX_LABELS = 300;

/**
 * `?batch=0` in the page's address draws every entity on its own (one object each, as before
 * batching): for comparing batched drawing with it in tests and benchmarks.
 */
const BATCHING = new URLSearchParams(globalThis.location?.search ?? "").get("batch") !== "0";

/**
 * The three.js scene of a payload. `previous`: the image textures of the scene it replaces, reused
 * for the same image at the same size (a live camera stream then uploads each frame into one
 * texture instead of allocating one per frame).
 */
export function buildScene(given: Drawable[], givenArray: ArrayOf, flat: boolean, previous?: Map<string, THREE.DataTexture>, previousBatches?: Map<string, KeptBatch>): BuiltScene {
  const group = new THREE.Group();
  const labels: Label[] = [];
  const picks: PickSet[] = [];
  const pending: Promise<void>[] = [];
  const textures = new Map<string, THREE.DataTexture>();
  let { drawables, array } = expandBatches(given, givenArray);
  if (!flat) drawables = placeImagePlanes(drawables, array);
  const batches = new Batches();
  // Images of one size, format and look go into one texture array (see `imageBatch`); a lone
  // one is drawn in its place, with a texture of its own.
  const images = new Map<string, ImageRun[]>();
  const imageKeys = new Map<Drawable, string>();
  if (BATCHING) {
    for (const d of drawables) {
      if ((d.kind !== "image" && d.kind !== "depth" && d.kind !== "segmentation") || !affine(d)) continue;
      const run = imageRun(d, array, new THREE.Matrix4().fromArray(d.world_from_entity), flat);
      if (!run) continue;
      const key = imageBatchKey(d, run, flat);
      imageKeys.set(d, key);
      push(images, key, run);
    }
  }
  let stale = false;
  for (const d of drawables) {
    const m = new THREE.Matrix4().fromArray(d.world_from_entity);
    const out: Out = { group, labels, picks, pending, array, matrix: m, flat, previous, textures };
    const imageKey = imageKeys.get(d);
    if (imageKey !== undefined && images.get(imageKey)!.length > 1) continue;
    const parts = BATCHING && d.kind === "asset" ? batchedAsset(d, array) : null;
    if (parts instanceof Promise) {
      // Drawn once parsed (as an asset drawn on its own is), by the scene built again then.
      pending.push(parts);
      stale = true;
      continue;
    }
    if (BATCHING && (batchable(d) || parts)) {
      let piece = pieces.get(d);
      if (!piece || piece.flat !== flat) {
        piece = { flat, points: [], segments: [], heads: [], meshes: [], boundsPoints: [], labels: [], picks: [] };
        try {
          if (parts) addAssetRuns(d as AssetDrawable, parts, { ...out, labels: piece.labels, picks: piece.picks, piece });
          else buildPiece(d, { ...out, labels: piece.labels, picks: piece.picks, piece });
        } catch (err) {
          console.error(`cannot draw ${d.entity}`, err);
        }
        pieces.set(d, piece);
      }
      batches.add(piece);
      for (const l of piece.labels) labels.push(l);
      for (const p of piece.picks) picks.push(p);
      continue;
    }
    try {
      switch (d.kind) {
        case "points":
          addPoints(d, out);
          break;
        case "boxes":
          addBoxes(d, out);
          break;
        case "arrows":
          addArrows(d, out);
          break;
        case "lines":
          addLines(d, out);
          break;
        case "mesh":
          addMesh(d, out);
          break;
        case "image":
        case "depth":
        case "segmentation":
          addImage(d, out);
          break;
        case "camera":
          addCamera(d, out);
          break;
        case "axes":
          addAxes(d, out);
          break;
        case "asset":
          addAsset(d, out);
          break;
        default: {
          const never: never = d;
          console.warn("unknown drawable", never);
        }
      }
    } catch (err) {
      console.error(`cannot draw ${d.entity}`, err);
    }
  }
  // A lone image kept its own texture (a live camera stream uploads each frame into it).
  for (const [key, runs] of images) if (runs.length > 1) batches.addImages(key, runs);
  const upload: BatchUpload = { rewritten: 0, allocated: 0, kept: 0, layersWritten: 0, layersKept: 0 };
  const kept = batches.finish(group, flat, previousBatches, upload);
  return { group, labels: labels.slice(0, MAX_LABELS), picks, ready: Promise.all(pending).then(() => undefined), loading: pending.length > 0, textures, batches: kept, upload, stale };
}

// -- batches across entities ----------------------------------------------------------------------

/** One entity's points, in world space, for a batch. */
interface PointRun {
  entity: string;
  positions: Float32Array;
  colors: Uint8Array;
  radii: Float32Array;
  /** The instance index of each point (skipped non-finite instances leave gaps). */
  instances: Float32Array;
  transparent: boolean;
  drawOrder: number;
}

/** One entity's segments of one style, in world space. */
interface SegmentRun {
  entity: string;
  positions: Float32Array; // 6 floats per segment
  /** Not counted for the scene's bounds (camera frusta, as in Rerun). */
  outOfBounds: boolean;
  /** The instance each segment draws (picked through the id buffer, see picking.ts). */
  instances: Uint32Array;
  /** Whose instances those are: line-like ones ("segments") or points (the edges between points). */
  of: PickKind;
  colors: Float32Array; // rgb per end
  /**
   * Seen through a pinhole with a scene-unit radius: per end, 1 / w (the width's scale at that
   * end, as the line shader divides an unprojected end's width by its w), 2 per segment; else null.
   */
  widths: Float32Array | null;
  radius: number;
  opacity: number;
  drawOrder: number;
}

/** One entity's arrow heads: world matrices of the unit cone (or triangle) and their colours. */
interface HeadRun {
  entity: string;
  matrices: THREE.Matrix4[];
  colors: Rgba[];
  instances: number[];
  /** Per head: 1 when its matrix scales in UI points (see `headMaterial`), else 0. */
  pixels: number[];
  drawOrder: number;
}

/** What one drawable adds to the batches, its labels and pick sets (kept per drawable object). */
interface Piece {
  flat: boolean;
  points: PointRun[];
  segments: SegmentRun[];
  heads: HeadRun[];
  meshes: MeshRun[];
  /** World positions that count for the scene's bounds though nothing of them does (cameras). */
  boundsPoints: number[];
  labels: Label[];
  picks: PickSet[];
}

/** One entity's mesh (or one mesh of its asset) in world space, for a batch of its look (and texture size). */
interface MeshRun {
  entity: string;
  look: MeshLook;
  positions: Float32Array;
  normals: Float32Array | null;
  colors: Float32Array; // linear rgba per vertex
  index: Uint32Array; // into this run's vertices
  /** An albedo texture (RGBA bytes, sRGB) and the texture coordinates per vertex, or null. */
  texture: { width: number; height: number; data: Uint8Array; uv: Float32Array } | null;
}

const pieces = new WeakMap<Drawable, Piece>();

/** A drawable of one entity (all but the batches). */
type EntityDrawable = Exclude<Drawable, PointsBatchDrawable | InstancesBatchDrawable>;

/** The per-entity drawables a batch stands for, with the arrays they name (made once per batch object). */
interface Expanded {
  drawables: EntityDrawable[];
  arrays: Map<string, NdArray>;
}
const expansions = new WeakMap<PointsBatchDrawable | InstancesBatchDrawable, Expanded>();
let nextBatch = 0;

/**
 * A `points_batch` (the server's plain points of many entities in one drawable) becomes the
 * `PointsDrawable` of each of its entities, in its place, exactly as the server would have sent
 * them one by one: their arrays are views into the batch's, so the rest of the scene code (pieces,
 * picking, highlight) is the same for both. The same batch object gives the same drawable objects
 * (their pieces are reused).
 */
function expandBatches(drawables: Drawable[], array: ArrayOf): { drawables: EntityDrawable[]; array: ArrayOf } {
  if (!drawables.some((d) => d.kind === "points_batch" || d.kind === "instances_batch")) return { drawables: drawables as EntityDrawable[], array };
  const out: EntityDrawable[] = [];
  const virtual: Map<string, NdArray>[] = [];
  for (const d of drawables) {
    if (d.kind !== "points_batch" && d.kind !== "instances_batch") {
      out.push(d);
      continue;
    }
    let e = expansions.get(d);
    if (!e) {
      e = d.kind === "points_batch" ? expandBatch(d, array) : expandInstances(d, array);
      if (!e) continue; // arrays missing: nothing to draw for it
      expansions.set(d, e);
    }
    virtual.push(e.arrays);
    for (const p of e.drawables) out.push(p);
  }
  const lookup: ArrayOf = (key) => {
    if (key) for (const m of virtual) {
      const a = m.get(key);
      if (a) return a;
    }
    return array(key);
  };
  return { drawables: out, array: lookup };
}

/** The drawable an entity of a batch was last expanded into, with its own copies of its arrays. */
interface Expansion {
  drawable: EntityDrawable;
  /** Its arrays by key (the keys its drawable names). */
  arrays: [string, NdArray][];
  /** What else the drawable was made from (kind, dimension, draw order, labels). */
  signature: string;
}
/**
 * By space, kind and entity, the last expansion of each batched entity: a new batch (the server
 * sends a block again when any of its entities changed) hands back the same drawable object for
 * every entity whose instances and matrix are the same, so only the changed entities' pieces are
 * built again. Points batches and instances batches (boxes, arrows, strips, labelled points) share
 * it (`expandEntity`). Each expansion owns copies of its ranges (an entity kept for long must not
 * keep the whole batch it came in alive).
 */
const lastExpansions = new Map<string, Expansion>();
const MAX_EXPANSIONS = 250_000;
/** The expansions' own copies are bounded in bytes too (clouds of many points per entity). */
const MAX_EXPANSION_BYTES = 256 * 1024 * 1024;
let expansionBytes = 0;

/** Forget every kept expansion (the app empties its caches: nothing drawn later may hold on to them). */
export function forgetExpansions(): void {
  lastExpansions.clear();
  expansionBytes = 0;
}

function expansionSize(e: Expansion): number {
  let n = 0;
  for (const [, a] of e.arrays) n += a.data.byteLength;
  return n;
}

function sameValues(a: ArrayLike<number | bigint>, b: ArrayLike<number | bigint>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && !(x !== x && y !== y)) return false; // (NaN equals NaN here)
  }
  return true;
}

/** What expanding either batch kind starts from (`EntitiesBatch`): its arrays, and each entity's matrix. */
interface BatchParts {
  off: ArrayLike<number>;
  colors: NdArray;
  radii: NdArray;
  /** Entity `i`'s world_from_entity (one array per distinct matrix). */
  matrix(i: number): number[];
  /** Keys of the arrays made for this batch's entities start with it. */
  prefix: string;
  arrays: Map<string, NdArray>;
}

function batchParts(d: EntitiesBatch, array: ArrayOf): BatchParts | undefined {
  const offsets = array(d.offsets);
  const matrices = array(d.matrices);
  const matrixIndex = array(d.matrix_index);
  const colors = array(d.colors);
  const radii = array(d.radii);
  if (!offsets || !matrices || !matrixIndex || !colors || !radii) return undefined;
  const mats = numbers(matrices);
  const index = numbers(matrixIndex);
  const rows = new Map<number, number[]>();
  const matrix = (i: number): number[] => {
    const row = index[i];
    let m = rows.get(row);
    if (!m) rows.set(row, (m = Array.from({ length: 16 }, (_, k) => mats[row * 16 + k])));
    return m;
  };
  if (lastExpansions.size > MAX_EXPANSIONS || expansionBytes > MAX_EXPANSION_BYTES) forgetExpansions();
  return { off: numbers(offsets), colors, radii, matrix, prefix: `\u0000batch${nextBatch++}/`, arrays: new Map() };
}

/** A range of one of a batch's arrays, for one entity's drawable: `suffix` names it in the drawable's keys. */
interface EntityPart {
  suffix: string;
  array: NdArray;
}

/** A range of `a`: elements `from` to `to` of `width` values each. */
function part(suffix: string, a: NdArray, from: number, to: number, width: number): EntityPart {
  return { suffix, array: { dtype: a.dtype, shape: width === 1 ? [to - from] : [to - from, width], data: a.data.subarray(from * width, to * width) } };
}

/**
 * Entity `i` of a batch as its own drawable: the drawable it was last expanded into when that was
 * made from the same values (its arrays' ranges, matrix and `signature`), else a new one made by
 * `make(key)` over copies of its ranges (`key(suffix)` is the array key of a part).
 */
function expandEntity(parts: BatchParts, i: number, id: string, matrix: number[], signature: string, own: EntityPart[], make: (key: (suffix: string) => string) => EntityDrawable): EntityDrawable {
  const last = lastExpansions.get(id);
  if (
    last &&
    last.signature === signature &&
    last.arrays.length === own.length &&
    sameValues(last.drawable.world_from_entity, matrix) &&
    own.every((p, k) => last.arrays[k][0].endsWith(`/${p.suffix}`) && last.arrays[k][1].dtype === p.array.dtype && sameValues(last.arrays[k][1].data, p.array.data))
  ) {
    // Unchanged: the same drawable object, so its piece (world positions, pick set) is reused.
    for (const [key, a] of last.arrays) parts.arrays.set(key, a);
    return last.drawable;
  }
  const key = (suffix: string) => `${parts.prefix}${i}/${suffix}`;
  const arrays: [string, NdArray][] = own.map((p) => [key(p.suffix), { ...p.array, data: p.array.data.slice() }]);
  for (const [k, a] of arrays) parts.arrays.set(k, a);
  const e: Expansion = { drawable: make(key), arrays, signature };
  if (last) expansionBytes -= expansionSize(last);
  lastExpansions.set(id, e);
  expansionBytes += expansionSize(e);
  return e.drawable;
}

function expandBatch(d: PointsBatchDrawable, array: ArrayOf): Expanded | undefined {
  const parts = batchParts(d, array);
  const positions = array(d.positions);
  if (!parts || !positions) return undefined;
  const { off, colors, radii } = parts;
  const list: EntityDrawable[] = [];
  const signature = `points|${d.dim}|${d.draw_order}`;
  for (let i = 0; i < d.entities.length; i++) {
    const a = off[i];
    const b = off[i + 1];
    const m = parts.matrix(i);
    const own = [part("p", positions, a, b, d.dim), part("c", colors, a, b, 4), part("r", radii, a, b, 1)];
    list.push(
      expandEntity(parts, i, `${d.space}\u0000points\u0000${d.entities[i]}`, m, signature, own, (key) => ({
        kind: "points",
        entity: d.entities[i],
        world_from_entity: m,
        space: d.space,
        dim: d.dim,
        positions: key("p"),
        colors: key("c"),
        // Not used: every instance has its color and radius in the arrays.
        default_color: [0, 0, 0, 255],
        radii: key("r"),
        default_radius: 0,
        labels: null,
        edges: null,
        draw_order: d.draw_order,
      })),
    );
  }
  return { drawables: list, arrays: parts.arrays };
}

/** The labels of a batch's text (`label_text`), by its array: decoded once, not per block sent again. */
const decodedLabels = new WeakMap<NdArray, string[]>();

/**
 * A batch's labels: its UTF-8 text decoded once and cut at `ends` (UTF-16 code units of the decoded
 * text, as the server counts them).
 */
function batchLabels(text: NdArray, ends: NdArray): string[] {
  let found = decodedLabels.get(text);
  if (found) return found;
  const bytes = text.data as Uint8Array;
  const decoded = new TextDecoder().decode(bytes);
  const at = numbers(ends);
  found = new Array<string>(Math.max(at.length - 1, 0));
  for (let j = 0; j + 1 < at.length; j++) found[j] = decoded.slice(at[j], at[j + 1]);
  decodedLabels.set(text, found);
  return found;
}

/**
 * An `instances_batch` (boxes, arrows, line strips or labelled points of many entities) becomes the
 * `BoxesDrawable`, `ArrowsDrawable`, `LinesDrawable` or `PointsDrawable` of each of its entities,
 * reusing unchanged entities' drawables as a points batch does (`expandEntity`).
 */
function expandInstances(d: InstancesBatchDrawable, array: ArrayOf): Expanded | undefined {
  const parts = batchParts(d, array);
  const vectorKeys =
    d.of === "boxes" ? [d.half_sizes, d.centers] : d.of === "arrows" ? [d.vectors, d.origins] : d.of === "lines" ? [d.positions, d.strip_offsets] : [d.positions];
  const vectors = vectorKeys.map((k) => array(k));
  const labelText = d.label_text ? array(d.label_text) : undefined;
  const labelEnds = d.label_ends ? array(d.label_ends) : undefined;
  const labelOffsets = d.label_offsets ? array(d.label_offsets) : undefined;
  // Points: each entity's keypoint connections (index pairs into its own points).
  const edges = d.edges ? array(d.edges) : undefined;
  const edgeOffsets = d.edge_offsets ? array(d.edge_offsets) : undefined;
  if (!parts || vectors.some((v) => !v) || (d.label_text && (!labelText || !labelEnds || !labelOffsets)) || (d.edges && (!edges || !edgeOffsets))) return undefined;
  const { off, colors, radii } = parts;
  const allLabels = labelText && labelEnds ? batchLabels(labelText, labelEnds) : undefined;
  const lo = allLabels && labelOffsets ? numbers(labelOffsets) : undefined;
  const eo = edgeOffsets ? numbers(edgeOffsets) : undefined;
  const [main, extra] = vectors as NdArray[];
  const strips = d.of === "lines" ? numbers(extra) : null;
  const list: EntityDrawable[] = [];
  for (let i = 0; i < d.entities.length; i++) {
    const a = off[i];
    const b = off[i + 1];
    const m = parts.matrix(i);
    const labels = allLabels && lo && lo[i + 1] > lo[i] ? allLabels.slice(lo[i], lo[i + 1]) : null;
    const own = [part("c", colors, a, b, 4), part("r", radii, a, b, 1)];
    if (strips) {
      // Its strips' vertices, and their offsets from its first vertex.
      const from = strips[a];
      const offsets = new Uint32Array(b - a + 1);
      for (let k = 0; k <= b - a; k++) offsets[k] = strips[a + k] - from;
      own.push(part("v", main, from, strips[b], d.dim), { suffix: "o", array: { dtype: "u32", shape: [offsets.length], data: offsets } });
    } else {
      own.push(part("v", main, a, b, d.dim));
      if (d.of !== "points") own.push(part("o", extra, a, b, d.dim));
    }
    const hasEdges = edges !== undefined && eo !== undefined && eo[i + 1] > eo[i];
    if (hasEdges) own.push(part("e", edges, eo[i], eo[i + 1], 2));
    const signature = `${d.of}|${d.dim}|${d.draw_order}|${labels ? JSON.stringify(labels) : ""}`;
    const kind = d.of === "points" ? "points" : `${d.of}`;
    list.push(
      expandEntity(parts, i, `${d.space}\u0000${kind}\u0000${d.entities[i]}`, m, signature, own, (key) => {
        const style = {
          entity: d.entities[i],
          world_from_entity: m,
          space: d.space,
          dim: d.dim,
          colors: key("c"),
          // Not used: every instance has its color and radius in the arrays.
          default_color: [0, 0, 0, 255] as Rgba,
          radii: key("r"),
          default_radius: 0,
          labels,
          draw_order: d.draw_order,
        };
        if (d.of === "points") return { kind: "points", ...style, positions: key("v"), edges: hasEdges ? key("e") : null } as PointsDrawable;
        if (d.of === "lines") return { kind: "lines", ...style, positions: key("v"), offsets: key("o") } as LinesDrawable;
        if (d.of === "boxes") return { kind: "boxes", ...style, half_sizes: key("v"), centers: key("o"), rotations: null } as BoxesDrawable;
        return { kind: "arrows", ...style, vectors: key("v"), origins: key("o") } as ArrowsDrawable;
      }),
    );
  }
  return { drawables: list, arrays: parts.arrays };
}

/**
 * Drawn in batches: points, line-like kinds (strips, boxes, arrows, axes, keypoint edges) whether
 * under an affine transform or seen through a pinhole in a 2D view (a projective matrix: projected
 * on the CPU, see `addPoints` and `addSegments`; a scene-unit width keeps its scale per end, and
 * arrow heads keep the projective matrix in their instance matrices, which the GPU applies as it
 * applied the object's), and cameras and meshes under an affine transform.
 */
function batchable(d: EntityDrawable): boolean {
  if (d.kind === "points" || d.kind === "boxes" || d.kind === "arrows" || d.kind === "lines" || d.kind === "axes") return true;
  if (d.kind !== "camera" && d.kind !== "mesh") return false;
  return affine(d);
}

/** An affine world_from_entity (not a projection through a pinhole into a 2D view). */
function affine(d: EntityDrawable): boolean {
  const m = d.world_from_entity;
  return m[3] === 0 && m[7] === 0 && m[11] === 0 && m[15] === 1;
}

function buildPiece(d: Drawable, out: Out): void {
  if (d.kind === "points") addPoints(d, out);
  else if (d.kind === "boxes") addBoxes(d, out);
  else if (d.kind === "arrows") addArrows(d, out);
  else if (d.kind === "lines") addLines(d, out);
  else if (d.kind === "axes") addAxes(d, out);
  else if (d.kind === "camera") addCamera(d, out);
  else if (d.kind === "mesh") addMesh(d, out);
}

class Batches {
  private readonly points = new Map<string, PointRun[]>();
  private readonly segments = new Map<string, SegmentRun[]>();
  private readonly heads = new Map<number, HeadRun[]>();
  private readonly meshes = new Map<string, MeshRun[]>();
  private readonly images = new Map<string, ImageRun[]>();
  private readonly boundsPoints: number[] = [];

  /** Images of one size, format and look (`imageBatchKey`), in the order they are drawn. */
  addImages(key: string, runs: ImageRun[]): void {
    this.images.set(key, runs);
  }

  add(piece: Piece): void {
    const flat = piece.flat;
    for (const r of piece.points) push(this.points, `${r.transparent}|${flat ? r.drawOrder : 0}`, r);
    for (const r of piece.segments) push(this.segments, `${r.radius}|${r.opacity}|${flat ? r.drawOrder : 0}|${r.outOfBounds}|${r.widths !== null}`, r);
    for (const r of piece.heads) push(this.heads, flat ? r.drawOrder : 0, r);
    // Textured meshes: one batch (one texture array) per texture size.
    for (const r of piece.meshes) push(this.meshes, `${lookKey(r.look)}|${r.texture ? `${r.texture.width}x${r.texture.height}` : ""}`, r);
    for (let i = 0; i < piece.boundsPoints.length; i++) this.boundsPoints.push(piece.boundsPoints[i]);
  }

  /**
   * One object per batch, in the group. A batch whose entities and sizes are those of the same
   * batch in `previous` (a play step where some entities moved) keeps that object: only the ranges
   * of the entities whose runs changed are written and uploaded (`addUpdateRange`); other batches
   * get new buffers.
   */
  finish(group: THREE.Group, flat: boolean, previous: Map<string, KeptBatch> | undefined, upload: BatchUpload): Map<string, KeptBatch> {
    const kept = new Map<string, KeptBatch>();
    for (const [key, runs] of this.points) {
      const id = `points|${key}`;
      const old = previous?.get(id);
      if (old && sameLayout(old.runs, runs, (r) => (r as PointRun).radii.length)) {
        rewritePoints(old, runs, upload);
        placeBatch(old.object, group, flat, runs[0].drawOrder);
        kept.set(id, { object: old.object, runs });
        continue;
      }
      let n = 0;
      for (const r of runs) n += r.radii.length;
      const positions = new Float32Array(n * 3);
      const colors = new Uint8Array(n * 4);
      const radii = new Float32Array(n);
      const instances = new Float32Array(n);
      const entityOf = new Float32Array(n);
      const entities = new Map<string, number>();
      let k = 0;
      for (const r of runs) {
        let id = entities.get(r.entity);
        if (id === undefined) entities.set(r.entity, (id = entities.size));
        positions.set(r.positions, k * 3);
        colors.set(r.colors, k * 4);
        radii.set(r.radii, k);
        instances.set(r.instances, k);
        entityOf.fill(id, k, k + r.radii.length);
        k += r.radii.length;
      }
      const geo = new THREE.BufferGeometry();
      geo.setAttribute("position", new THREE.BufferAttribute(positions, 3));
      geo.setAttribute("color", new THREE.BufferAttribute(colors, 4, true));
      geo.setAttribute("radius", new THREE.BufferAttribute(radii, 1));
      geo.setAttribute("instance", new THREE.BufferAttribute(instances, 1));
      geo.setAttribute("entity", new THREE.BufferAttribute(entityOf, 1));
      const points = new THREE.Points(geo, pointMaterial(runs[0].transparent, true, true));
      points.frustumCulled = false;
      points.userData.entities = entities;
      placeBatch(points, group, flat, runs[0].drawOrder);
      kept.set(id, { object: points, runs });
      upload.allocated += n;
    }
    for (const [key, runs] of this.segments) {
      const id = `segments|${key}`;
      const old = previous?.get(id);
      if (old && sameLayout(old.runs, runs, (r) => (r as SegmentRun).instances.length, (r) => (r as SegmentRun).of)) {
        rewriteSegments(old, runs, upload);
        placeBatch(old.object, group, flat, runs[0].drawOrder + (runs[0].opacity >= 1 ? OPAQUE_LINES_ABOVE : 0));
        kept.set(id, { object: old.object, runs });
        continue;
      }
      const positions = concat(runs.map((r) => r.positions));
      const colors = concat(runs.map((r) => r.colors));
      const geo = new LineSegmentsGeometry();
      geo.setPositions(positions);
      geo.setColors(colors);
      const endWidths = runs[0].widths !== null;
      if (endWidths) setEndWidths(geo, concat(runs.map((r) => r.widths!)));
      const line = new LineSegments2(geo, lineMaterial(runs[0].radius, runs[0].opacity, endWidths));
      line.computeLineDistances();
      line.frustumCulled = false;
      line.userData.segmentPicks = segmentPicks(runs);
      // A camera counts for the scene's bounds by its position only, as in Rerun, not by its frustum.
      if (runs[0].outOfBounds) line.userData.outOfBounds = true;
      kept.set(id, { object: line, runs });
      upload.allocated += positions.length / 6;
      // At one draw order, opaque lines over translucent ones: rrt_star's path over its faint tree, as Rerun shows it.
      placeBatch(line, group, flat, runs[0].drawOrder + (runs[0].opacity >= 1 ? OPAQUE_LINES_ABOVE : 0));
    }
    for (const [key, runs] of this.meshes) {
      const id = `meshes|${key}`;
      const old = previous?.get(id);
      // Untextured meshes of the same entities and vertex and index counts are written in place
      // (only the changed entities' ranges); textured ones are kept only when nothing changed
      // (their texture array is made with the batch).
      const textured = runs[0].texture !== null;
      const fits = (rs: Run[]) => sameLayout(rs, runs, (r) => (r as MeshRun).positions.length, (r) => `${(r as MeshRun).index.length}`);
      if (old && (textured ? old.runs.length === runs.length && old.runs.every((r, i) => r === runs[i]) : fits(old.runs))) {
        rewriteMeshes(old, runs, upload);
        placeBatch(old.object, group, flat, 0);
        kept.set(id, { object: old.object, runs });
        continue;
      }
      const mesh = meshBatch(runs);
      upload.allocated += mesh.geometry.getAttribute("position").count;
      placeBatch(mesh, group, flat, 0);
      kept.set(id, { object: mesh, runs });
    }
    for (const [key, all] of this.images) {
      const { width, height, channels } = all[0];
      const per = Math.max(1, Math.min(MAX_IMAGE_LAYERS, Math.floor(MAX_IMAGE_ARRAY_BYTES / (width * height * channels))));
      for (let from = 0; from < all.length; from += per) {
        const runs = all.slice(from, from + per);
        const id = `images|${key}|${from}`;
        const old = previous?.get(id);
        const drawOrder = runs[0].drawOrder;
        if (old && sameLayout(old.runs, runs, () => 1)) {
          rewriteImages(old, runs, upload);
          placeBatch(old.object, group, flat, drawOrder);
          kept.set(id, { object: old.object, runs });
          continue;
        }
        const mesh = imageBatch(runs);
        upload.layersWritten += runs.length;
        placeBatch(mesh, group, flat, drawOrder);
        kept.set(id, { object: mesh, runs });
      }
    }
    if (this.boundsPoints.length) {
      const marker = new THREE.Object3D();
      marker.userData.boundsPoints = Float32Array.from(this.boundsPoints);
      group.add(marker);
    }
    for (const [key, runs] of this.heads) {
      const id = `heads|${key}`;
      const old = previous?.get(id);
      if (old && sameLayout(old.runs, runs, (r) => (r as HeadRun).matrices.length)) {
        rewriteHeads(old, runs, upload);
        placeBatch(old.object, group, flat, runs[0].drawOrder);
        kept.set(id, { object: old.object, runs });
        continue;
      }
      let n = 0;
      for (const r of runs) n += r.matrices.length;
      // Cones in 3D, triangles in 2D.
      const geo = headGeometry(flat);
      const pixels = new Float32Array(n);
      geo.setAttribute("headPixels", new THREE.InstancedBufferAttribute(pixels, 1));
      const mesh = new THREE.InstancedMesh(geo, headMaterial(), n);
      const headEntities: string[] = new Array<string>(n);
      const headInstances: number[] = new Array<number>(n);
      const headColors: Rgba[] = new Array<Rgba>(n);
      mesh.setColorAt(0, new THREE.Color()); // makes instanceColor, written below
      let k = 0;
      for (const r of runs) {
        writeHeads(mesh, r, k, headEntities, headInstances, headColors);
        k += r.matrices.length;
      }
      mesh.frustumCulled = false;
      mesh.userData.outOfBounds = true; // the shafts give the bounds; heads in UI points have no scene size
      // Which arrow of which entity each head is, and its colour (see highlightHeads).
      mesh.userData.headEntities = headEntities;
      mesh.userData.headInstances = headInstances;
      mesh.userData.headColors = headColors;
      placeBatch(mesh, group, flat, runs[0].drawOrder);
      kept.set(id, { object: mesh, runs });
      upload.allocated += n;
    }
    return kept;
  }
}

/** A batch object and the runs it was last written from (kept from one scene to the next). */
export interface KeptBatch {
  object: THREE.Object3D;
  runs: Run[];
}

/**
 * The meshes of one look of many entities in one mesh (one draw call): world-space vertices, linear
 * colours per vertex, and per vertex the entity's index in the batch (`batchEntity`), which picks
 * the entity through the id buffer and lights up the selected one (`glowEntity`).
 */
function meshBatch(runs: MeshRun[]): THREE.Mesh {
  let vertices = 0;
  let indices = 0;
  for (const r of runs) {
    vertices += r.positions.length / 3;
    indices += r.index.length;
  }
  const look = runs[0].look;
  const lit = look.model !== "basic";
  const textured = runs[0].texture !== null;
  const uvs = textured ? new Float32Array(vertices * 2) : null;
  const layers = textured ? new Float32Array(vertices) : null;
  const positions = new Float32Array(vertices * 3);
  const normals = lit ? new Float32Array(vertices * 3) : null;
  const colors = new Float32Array(vertices * 4);
  const entityOf = new Float32Array(vertices);
  const index = new Uint32Array(indices);
  const entities = new Map<string, number>();
  let v = 0;
  let k = 0;
  for (const r of runs) {
    let id = entities.get(r.entity);
    if (id === undefined) entities.set(r.entity, (id = entities.size));
    const n = r.positions.length / 3;
    positions.set(r.positions, v * 3);
    if (normals && r.normals) normals.set(r.normals, v * 3);
    colors.set(r.colors, v * 4);
    entityOf.fill(id, v, v + n);
    if (uvs && layers && r.texture) {
      uvs.set(r.texture.uv.subarray(0, n * 2), v * 2);
      layers.fill(runs.indexOf(r), v, v + n);
    }
    for (let i = 0; i < r.index.length; i++) index[k + i] = r.index[i] + v;
    v += n;
    k += r.index.length;
  }
  const geo = new THREE.BufferGeometry();
  geo.setAttribute("position", new THREE.BufferAttribute(positions, 3));
  if (normals) geo.setAttribute("normal", new THREE.BufferAttribute(normals, 3));
  geo.setAttribute("color", new THREE.BufferAttribute(colors, 4));
  geo.setAttribute("batchEntity", new THREE.BufferAttribute(entityOf, 1));
  if (uvs && layers) {
    geo.setAttribute("batchUv", new THREE.BufferAttribute(uvs, 2));
    geo.setAttribute("batchLayer", new THREE.BufferAttribute(layers, 1));
  }
  geo.setIndex(new THREE.BufferAttribute(index, 1));
  const material = lookMaterial(look);
  const glow = { value: 0 };
  const glowEntity = { value: -1 };
  material.userData.glow = glow;
  material.userData.glowEntity = glowEntity;
  // Albedo textures of one size: the layers of one texture array, each vertex naming its layer.
  const batchMap = { value: textured ? meshTextureArray(runs) : null };
  material.userData.batchMap = batchMap;
  material.onBeforeCompile = (shader) => {
    shader.uniforms.glow = glow;
    shader.uniforms.glowEntity = glowEntity;
    let vertex = "attribute float batchEntity;\nvarying float vBatchEntity;\n" + shader.vertexShader.replace("#include <begin_vertex>", "#include <begin_vertex>\n\tvBatchEntity = batchEntity;");
    let fragment = "uniform float glow;\nuniform float glowEntity;\nvarying float vBatchEntity;\n" + shader.fragmentShader;
    if (textured) {
      shader.uniforms.batchMap = batchMap;
      vertex = "attribute vec2 batchUv;\nattribute float batchLayer;\nvarying vec2 vBatchUv;\nflat varying float vBatchLayer;\n" + vertex.replace("#include <begin_vertex>", "#include <begin_vertex>\n\tvBatchUv = batchUv;\n\tvBatchLayer = batchLayer;");
      // Sampled as addMesh's `map` is (sRGB texels decoded to linear), times the vertex colour.
      fragment =
        "uniform highp sampler2DArray batchMap;\nvarying vec2 vBatchUv;\nflat varying float vBatchLayer;\n" +
        fragment.replace("#include <map_fragment>", "#include <map_fragment>\n\tdiffuseColor *= texture(batchMap, vec3(vBatchUv, vBatchLayer));");
    }
    shader.vertexShader = vertex;
    shader.fragmentShader = fragment.replace(
      "#include <colorspace_fragment>",
      `if (abs(vBatchEntity - glowEntity) < 0.5) gl_FragColor.rgb += vec3(glow); ${look.srgbOut ? "gl_FragColor = sRGBTransferOETF(gl_FragColor);" : "\n#include <colorspace_fragment>"}`,
    );
  };
  material.customProgramCacheKey = () => `mesh-batch:${look.model}:${look.srgbOut}:${textured}`;
  const mesh = new THREE.Mesh(geo, material);
  mesh.frustumCulled = false;
  mesh.userData.meshEntities = entities;
  return mesh;
}

/** The albedo textures of textured mesh runs of one size, as the layers of one sRGB texture array. */
function meshTextureArray(runs: MeshRun[]): THREE.DataArrayTexture {
  const { width, height } = runs[0].texture!;
  const layer = width * height * 4;
  const data = new Uint8Array(layer * runs.length);
  runs.forEach((r, k) => data.set(r.texture!.data.subarray(0, layer), k * layer));
  const tex = new THREE.DataArrayTexture(data, width, height, runs.length);
  tex.format = THREE.RGBAFormat;
  tex.type = THREE.UnsignedByteType;
  tex.colorSpace = THREE.SRGBColorSpace; // sampled as linear values, as addMesh's texture
  // Nearest texels, as a DataTexture samples by default (addMesh).
  tex.magFilter = THREE.NearestFilter;
  tex.minFilter = THREE.NearestFilter;
  tex.generateMipmaps = false;
  tex.needsUpdate = true;
  return tex;
}

/** The same entities in the same order with the same sizes: the buffers fit as they are. */
type Run = PointRun | SegmentRun | MeshRun | HeadRun | ImageRun;
function sameLayout(old: Run[], runs: Run[], size: (r: Run) => number, tag?: (r: Run) => string): boolean {
  if (old.length !== runs.length) return false;
  for (let i = 0; i < runs.length; i++) {
    const a = old[i];
    const b = runs[i];
    if (a === b) continue;
    if (a.entity !== b.entity || size(a) !== size(b) || (tag && tag(a) !== tag(b))) return false;
  }
  return true;
}

/** Above this share of a batch rewritten, one whole upload beats many ranges. */
const WHOLE_UPLOAD_SHARE = 0.5;

/** Write the changed runs' ranges of `attrs` (each with `width` values per element); `write(run, attr, at)` copies one run. */
function rewriteRanges<R>(
  old: unknown[],
  runs: R[],
  size: (r: R) => number,
  total: number,
  attrs: { attr: { array: ArrayLike<number>; addUpdateRange(start: number, count: number): void; needsUpdate: boolean }; width: number; write: (r: R, at: number) => void }[],
  upload: BatchUpload,
): void {
  const changed: [number, number, R][] = [];
  let k = 0;
  let count = 0;
  for (let i = 0; i < runs.length; i++) {
    const n = size(runs[i]);
    if (old[i] !== runs[i]) {
      changed.push([k, n, runs[i]]);
      count += n;
    }
    k += n;
  }
  upload.kept += total - count;
  upload.rewritten += count;
  if (!changed.length) return;
  const whole = count > total * WHOLE_UPLOAD_SHARE;
  for (const { attr, width, write } of attrs) {
    for (const [at, n, r] of changed) {
      write(r, at);
      if (!whole) attr.addUpdateRange(at * width, n * width);
    }
    attr.needsUpdate = true;
  }
}

function rewritePoints(kept: KeptBatch, runs: Run[], upload: BatchUpload): void {
  const points = runs as PointRun[];
  const geo = (kept.object as THREE.Points).geometry;
  const attr = (name: string) => geo.getAttribute(name) as THREE.BufferAttribute;
  const position = attr("position");
  const color = attr("color");
  const radius = attr("radius");
  const instance = attr("instance");
  rewriteRanges(kept.runs, points, (r) => r.radii.length, radius.count, [
    { attr: position, width: 3, write: (r, at) => (position.array as Float32Array).set(r.positions, at * 3) },
    { attr: color, width: 4, write: (r, at) => (color.array as Uint8Array).set(r.colors, at * 4) },
    { attr: radius, width: 1, write: (r, at) => (radius.array as Float32Array).set(r.radii, at) },
    { attr: instance, width: 1, write: (r, at) => (instance.array as Float32Array).set(r.instances, at) },
  ], upload);
  // Points whose positions changed change the bounds: computed again when asked.
  geo.boundingBox = null;
  geo.boundingSphere = null;
  // Transparency is the same (part of the batch's key); a new entity order would not have fit.
}

/** The changed entities' meshes written into a kept mesh batch's buffers: vertices, normals, colours and indices (offset by the run's first vertex). */
function rewriteMeshes(kept: KeptBatch, runs: Run[], upload: BatchUpload): void {
  const meshes = runs as MeshRun[];
  const geo = (kept.object as THREE.Mesh).geometry;
  const position = geo.getAttribute("position") as THREE.BufferAttribute;
  const normal = geo.getAttribute("normal") as THREE.BufferAttribute | undefined;
  const color = geo.getAttribute("color") as THREE.BufferAttribute;
  const index = geo.getIndex()!;
  rewriteRanges(kept.runs, meshes, (r) => r.positions.length / 3, position.count, [
    { attr: position, width: 3, write: (r, at) => (position.array as Float32Array).set(r.positions, at * 3) },
    ...(normal ? [{ attr: normal, width: 3, write: (r: MeshRun, at: number) => r.normals && (normal.array as Float32Array).set(r.normals, at * 3) }] : []),
    { attr: color, width: 4, write: (r, at) => (color.array as Float32Array).set(r.colors, at * 4) },
  ], upload);
  // By a run's first index, its first vertex (by place in the batch: one drawable could stand twice).
  const firstVertex = new Map<number, number>();
  let v = 0;
  let k = 0;
  for (const r of meshes) {
    firstVertex.set(k, v);
    v += r.positions.length / 3;
    k += r.index.length;
  }
  const indices = index.array as Uint32Array;
  // Counted once, with the vertices above.
  const uncounted: BatchUpload = { rewritten: 0, allocated: 0, kept: 0, layersWritten: 0, layersKept: 0 };
  rewriteRanges(kept.runs, meshes, (r) => r.index.length, index.count, [
    {
      attr: index,
      width: 1,
      write: (r, at) => {
        const base = firstVertex.get(at)!;
        for (let i = 0; i < r.index.length; i++) indices[at + i] = r.index[i] + base;
      },
    },
  ], uncounted);
  geo.boundingBox = null;
  geo.boundingSphere = null;
}

function rewriteSegments(kept: KeptBatch, runs: Run[], upload: BatchUpload): void {
  const segs = runs as SegmentRun[];
  const line = kept.object as LineSegments2;
  const geo = line.geometry;
  const start = geo.getAttribute("instanceStart") as THREE.InterleavedBufferAttribute;
  const colorStart = geo.getAttribute("instanceColorStart") as THREE.InterleavedBufferAttribute;
  const picks = line.userData.segmentPicks as SegmentPicks;
  const widths = geo.getAttribute("instanceWidthStart") as THREE.InterleavedBufferAttribute | undefined;
  rewriteRanges(kept.runs, segs, (r) => r.instances.length, picks.instance.length, [
    { attr: start.data, width: 6, write: (r, at) => (start.data.array as Float32Array).set(r.positions, at * 6) },
    { attr: colorStart.data, width: 6, write: (r, at) => (colorStart.data.array as Float32Array).set(r.colors, at * 6) },
    ...(widths ? [{ attr: widths.data, width: 2, write: (r: SegmentRun, at: number) => (widths.data.array as Float32Array).set(r.widths!, at * 2) }] : []),
    { attr: { array: picks.instance, addUpdateRange: () => undefined, needsUpdate: false }, width: 1, write: (r, at) => picks.instance.set(r.instances, at) },
  ], upload);
  geo.boundingBox = null;
  geo.boundingSphere = null;
}

/** Write one entity's heads from head `at` on: matrices, UI-point flags, colours and whose they are. */
function writeHeads(mesh: THREE.InstancedMesh, r: HeadRun, at: number, entities: string[], instances: number[], colors: Rgba[]): void {
  const matrices = mesh.instanceMatrix.array as Float32Array;
  const pixels = mesh.geometry.getAttribute("headPixels").array as Float32Array;
  const rgb = mesh.instanceColor!.array as Float32Array;
  for (let i = 0; i < r.matrices.length; i++) {
    const k = at + i;
    r.matrices[i].toArray(matrices, k * 16);
    pixels[k] = r.pixels[i];
    const c = r.colors[i];
    rgb[k * 3] = c[0] / 255;
    rgb[k * 3 + 1] = c[1] / 255;
    rgb[k * 3 + 2] = c[2] / 255;
    entities[k] = r.entity;
    instances[k] = r.instances[i];
    colors[k] = c;
  }
}

/** The changed entities' heads written into a kept batch's instance buffers, in their ranges only. */
function rewriteHeads(kept: KeptBatch, runs: Run[], upload: BatchUpload): void {
  const heads = runs as HeadRun[];
  const mesh = kept.object as THREE.InstancedMesh;
  const ud = mesh.userData as { headEntities: string[]; headInstances: number[]; headColors: Rgba[] };
  const pixels = mesh.geometry.getAttribute("headPixels") as THREE.InstancedBufferAttribute;
  const once = { done: new Set<HeadRun>() };
  const write = (r: HeadRun, at: number) => {
    if (once.done.has(r)) return;
    once.done.add(r);
    writeHeads(mesh, r, at, ud.headEntities, ud.headInstances, ud.headColors);
  };
  // One pass writes every buffer of a head; the ranges are marked per buffer.
  rewriteRanges(kept.runs, heads, (r) => r.matrices.length, mesh.count, [
    { attr: mesh.instanceMatrix, width: 16, write },
    { attr: mesh.instanceColor!, width: 3, write },
    { attr: pixels, width: 1, write },
  ], upload);
}

/** Each segment's width scale at its two ends (see `lineMaterial`'s `endWidths`), as instance attributes of a line geometry. */
function setEndWidths(geo: LineSegmentsGeometry, widths: Float32Array): void {
  const buffer = new THREE.InstancedInterleavedBuffer(widths, 2, 1);
  geo.setAttribute("instanceWidthStart", new THREE.InterleavedBufferAttribute(buffer, 1, 0));
  geo.setAttribute("instanceWidthEnd", new THREE.InterleavedBufferAttribute(buffer, 1, 1));
}

/** Which entity and instance each segment of a line batch draws (see picking.ts). */
export interface SegmentPicks {
  entities: string[];
  /** Per segment: an index into `entities`, and its instance. */
  entity: Uint32Array;
  instance: Uint32Array;
  /** Per segment: 1 when its instance is a point (the edges between points), 0 a line-like one. */
  ofPoint: Uint8Array;
}

function segmentPicks(runs: SegmentRun[]): SegmentPicks {
  let n = 0;
  for (const r of runs) n += r.instances.length;
  const entity = new Uint32Array(n);
  const instance = new Uint32Array(n);
  const ofPoint = new Uint8Array(n);
  const entities: string[] = [];
  const index = new Map<string, number>();
  let k = 0;
  for (const r of runs) {
    let id = index.get(r.entity);
    if (id === undefined) index.set(r.entity, (id = entities.push(r.entity) - 1));
    entity.fill(id, k, k + r.instances.length);
    ofPoint.fill(r.of === "points" ? 1 : 0, k, k + r.instances.length);
    instance.set(r.instances, k);
    k += r.instances.length;
  }
  return { entities, entity, instance, ofPoint };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function concat(parts: Float32Array[]): Float32Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Float32Array(n);
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

/** A batch object: world-space already; in 2D ordered by its draw order, as `place` does. */
/** How far above translucent lines of the same draw order opaque ones are drawn (a fraction of one draw order step). */
const OPAQUE_LINES_ABOVE = 1e-3;

function placeBatch(obj: THREE.Object3D, group: THREE.Group, flat: boolean, drawOrder: number): void {
  obj.matrixAutoUpdate = false;
  obj.userData.batch = true;
  if (flat) paintersOrder(obj, drawOrder);
  group.add(obj);
}

// -- image plane distance -------------------------------------------------------------------------

/** Rerun's fallback image plane distance: 2% of the scene's size (its bounding box diagonal). */
const IMAGE_PLANE_SCENE_FRACTION = 0.02;
/** Rerun's image plane distance when the scene has no size (re_space_view_spatial cameras.rs). */
const IMAGE_PLANE_FALLBACK = 0.3;

/**
 * Cameras without a logged ImagePlaneDistance: move their frustum, and the 2D content the server
 * placed on their image plane, to Rerun's fallback distance (see IMAGE_PLANE_SCENE_FRACTION). The
 * scene's size counts the 3D content and the camera positions, not what depends on the distance.
 */
function placeImagePlanes(drawables: EntityDrawable[], array: ArrayOf): EntityDrawable[] {
  const cameras = drawables.filter((d): d is CameraDrawable => d.kind === "camera" && d.image_plane_distance_auto);
  if (!cameras.length) return drawables;
  const box = new THREE.Box3();
  const v = new THREE.Vector3();
  const addAll = (local: Float32Array, m: THREE.Matrix4, offset?: Float32Array) => {
    for (let i = 0; i + 2 < local.length; i += 3) {
      v.set(local[i], local[i + 1], local[i + 2]);
      if (offset) v.add(new THREE.Vector3(offset[i], offset[i + 1], offset[i + 2]));
      v.applyMatrix4(m);
      if (Number.isFinite(v.x) && Number.isFinite(v.y) && Number.isFinite(v.z)) box.expandByPoint(v);
    }
  };
  for (const d of drawables) {
    const m = new THREE.Matrix4().fromArray(d.world_from_entity);
    if (d.kind === "camera") box.expandByPoint(new THREE.Vector3().applyMatrix4(m));
    if (d.space !== "3d") continue;
    if (d.kind === "points" || d.kind === "lines") addAll(xyz(array(d.positions), d.dim), m);
    else if (d.kind === "mesh") addAll(xyz(array(d.positions), 3), m);
    else if (d.kind === "arrows") {
      const vectors = xyz(array(d.vectors), d.dim);
      const origins = d.origins ? xyz(array(d.origins), d.dim) : new Float32Array(vectors.length);
      if (origins.length === vectors.length) {
        addAll(origins, m);
        addAll(origins, m, vectors);
      }
    } else if (d.kind === "boxes") {
      const half = xyz(array(d.half_sizes), d.dim);
      const centers = d.centers ? xyz(array(d.centers), d.dim) : new Float32Array(half.length);
      if (centers.length === half.length) {
        addAll(centers, m, half);
        addAll(centers, m, half.map((x) => -x));
      }
    }
  }
  const size = box.isEmpty() ? 0 : box.getSize(new THREE.Vector3()).length();
  // A scene without extent (a lone camera): Rerun's fixed fallback distance.
  const distance = size > 0 && Number.isFinite(size) ? size * IMAGE_PLANE_SCENE_FRACTION : IMAGE_PLANE_FALLBACK;
  // Per camera: world <- (scale about the camera by distance / current distance) <- world.
  const moves = cameras.map((c) => {
    const k = distance / (c.image_plane_distance || 1);
    const w = new THREE.Matrix4().fromArray(c.world_from_entity);
    const t = w.clone().multiply(new THREE.Matrix4().makeScale(k, k, k)).multiply(w.clone().invert());
    return { camera: c, k, t, prefix: c.entity === "/" ? "/" : c.entity + "/" };
  });
  const moveFor = (entity: string) => {
    let best: (typeof moves)[number] | null = null;
    for (const mv of moves) if ((entity === mv.camera.entity || entity.startsWith(mv.prefix)) && (!best || mv.prefix.length > best.prefix.length)) best = mv;
    return best;
  };
  return drawables.map((d) => {
    if (d.kind === "camera" && d.image_plane_distance_auto) {
      const mv = moves.find((x) => x.camera === d)!;
      const frustum = d.frustum ? Array.from(d.frustum, (x, i) => (x - d.world_from_entity[12 + (i % 3)]) * mv.k + d.world_from_entity[12 + (i % 3)]) : null;
      return { ...d, frustum, image_plane_distance: distance };
    }
    if (d.space !== "pinhole_2d") return d;
    const mv = moveFor(d.entity);
    if (!mv) return d;
    return { ...d, world_from_entity: mv.t.clone().multiply(new THREE.Matrix4().fromArray(d.world_from_entity)).toArray() };
  });
}

interface Out {
  group: THREE.Group;
  labels: Label[];
  picks: PickSet[];
  pending: Promise<void>[];
  array: ArrayOf;
  matrix: THREE.Matrix4;
  flat: boolean;
  previous?: Map<string, THREE.DataTexture>;
  textures: Map<string, THREE.DataTexture>;
  /** Set for drawables drawn in batches: what they draw goes here instead of into `group`. */
  piece?: Piece;
  /** What is drawn now does not count for the scene's bounds (a camera's frustum). */
  outOfBounds?: boolean;
}

function place(obj: THREE.Object3D, entity: string, out: Out, drawOrder = 0): void {
  obj.matrixAutoUpdate = false;
  obj.matrix.copy(out.matrix);
  obj.userData.entity = entity;
  if (out.flat) paintersOrder(obj, drawOrder);
  out.group.add(obj);
}

/**
 * 2D: painter's order by draw order, no depth test. Every material is in three.js's transparent
 * list, the only one sorted by renderOrder across objects: an opaque overlay would otherwise be
 * drawn before (under) a translucent segmentation image of lower draw order.
 */
function paintersOrder(obj: THREE.Object3D, drawOrder: number): void {
  obj.renderOrder = drawOrder;
  obj.traverse((o) => {
    const mat = (o as THREE.Mesh).material as THREE.Material | undefined;
    if (mat) {
      mat.depthTest = false;
      mat.depthWrite = false;
      mat.transparent = true;
    }
    o.renderOrder = drawOrder;
  });
}

/** Positions as xyz triples (2D data gets z = 0). */
function xyz(arr: NdArray | undefined, dim: number): Float32Array {
  if (!arr) return new Float32Array(0);
  const src = numbers(arr);
  if (dim === 3) return src instanceof Float32Array ? src : Float32Array.from(src);
  const n = Math.floor(src.length / dim);
  const out = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    out[i * 3] = src[i * dim];
    out[i * 3 + 1] = dim > 1 ? src[i * dim + 1] : 0;
  }
  return out;
}

function colorAt(colors: NdArray | undefined, i: number, fallback: Rgba): Rgba {
  if (!colors) return fallback;
  const c = colors.data as Uint8Array;
  if (colors.shape[0] === 1) i = 0;
  if ((i + 1) * 4 > c.length) return fallback;
  return [c[i * 4], c[i * 4 + 1], c[i * 4 + 2], c[i * 4 + 3]];
}

function radiusAt(radii: NdArray | undefined, i: number, fallback: number): number {
  if (!radii) return fallback;
  const r = radii.data as Float32Array;
  if (!r.length) return fallback;
  return r[Math.min(i, r.length - 1)];
}

/** Whether the xyz triple `i` of `a` is finite. */
function finite3(a: ArrayLike<number>, i: number): boolean {
  return Number.isFinite(a[i * 3]) && Number.isFinite(a[i * 3 + 1]) && Number.isFinite(a[i * 3 + 2]);
}

function finiteAll(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

function css(c: Rgba): string {
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

function worldPositions(local: Float32Array, m: THREE.Matrix4): Float32Array {
  const out = new Float32Array(local.length);
  const v = new THREE.Vector3();
  for (let i = 0; i < local.length; i += 3) {
    v.set(local[i], local[i + 1], local[i + 2]).applyMatrix4(m);
    out[i] = v.x;
    out[i + 1] = v.y;
    out[i + 2] = v.z;
  }
  return out;
}

function addLabels(out: Out, entity: string, labels: string[] | null, anchors: Float32Array, colors: NdArray | undefined, fallback: Rgba): void {
  if (!labels || !labels.length) return;
  const n = anchors.length / 3;
  // One label for many instances labels the whole batch (at its centre).
  if (labels.length === 1 && n > 1) {
    const c = new THREE.Vector3();
    let k = 0;
    for (let i = 0; i < n; i++) {
      if (!finite3(anchors, i)) continue;
      c.add(new THREE.Vector3(anchors[i * 3], anchors[i * 3 + 1], anchors[i * 3 + 2]));
      k++;
    }
    if (!k) return;
    c.divideScalar(k).applyMatrix4(out.matrix);
    out.labels.push({ text: labels[0], position: c, color: css(colorAt(colors, 0, fallback)), entity });
    return;
  }
  for (let i = 0; i < Math.min(n, labels.length); i++) {
    if (!finite3(anchors, i)) continue;
    const p = new THREE.Vector3(anchors[i * 3], anchors[i * 3 + 1], anchors[i * 3 + 2]).applyMatrix4(out.matrix);
    out.labels.push({ text: labels[i], position: p, color: css(colorAt(colors, i, fallback)), entity });
  }
}

function addPoints(d: PointsDrawable, out: Out): void {
  const all = xyz(out.array(d.positions), d.dim);
  const n = all.length / 3;
  if (!n) return;
  const colors = out.array(d.colors);
  const radii = out.array(d.radii);
  // Seen through a pinhole (a projective matrix) into a batch: projected here, as the GPU would
  // (x / w, y / w; scene-unit radii / w, as the point shader divides them; behind the camera,
  // w <= 0, clipped), so the batch draws them with the affine points.
  const e = out.matrix.elements;
  const projective = out.piece !== undefined && !(e[3] === 0 && e[7] === 0 && e[11] === 0 && e[15] === 1);
  const wAt = (i: number) => e[3] * all[i * 3] + e[7] * all[i * 3 + 1] + e[11] * all[i * 3 + 2] + e[15];
  // Instances with a non-finite position or radius are skipped, as Rerun does: one NaN must not
  // blank the view (nor poison its bounds) and one infinite radius must not fill it.
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    if (finite3(all, i) && Number.isFinite(radiusAt(radii, i, d.default_radius)) && (!projective || wAt(i) > 0)) keep.push(i);
  }
  const skipped = keep.length < n;
  const positions = skipped ? new Float32Array(keep.length * 3) : all;
  const m = keep.length;
  const colorAttr = new Uint8Array(m * 4);
  const radiusAttr = new Float32Array(m);
  const instanceAttr = skipped ? new Float32Array(m) : null;
  let transparent = false;
  for (let j = 0; j < m; j++) {
    const i = keep[j];
    if (skipped) {
      positions[j * 3] = all[i * 3];
      positions[j * 3 + 1] = all[i * 3 + 1];
      positions[j * 3 + 2] = all[i * 3 + 2];
      instanceAttr![j] = i;
    }
    const c = colorAt(colors, i, d.default_color);
    colorAttr.set(c, j * 4);
    if (c[3] < 255) transparent = true;
    const r = radiusAt(radii, i, d.default_radius);
    radiusAttr[j] = projective && r > 0 ? r / wAt(i) : r;
  }
  const world = worldPositions(positions, out.matrix);
  if (m && out.piece) {
    const instances = instanceAttr ?? new Float32Array(m);
    if (!instanceAttr) for (let j = 0; j < m; j++) instances[j] = j;
    out.piece.points.push({ entity: d.entity, positions: world, colors: colorAttr, radii: radiusAttr, instances, transparent, drawOrder: d.draw_order });
  } else if (m) {
    const geo = new THREE.BufferGeometry();
    geo.setAttribute("position", new THREE.BufferAttribute(positions, 3));
    geo.setAttribute("color", new THREE.BufferAttribute(colorAttr, 4, true));
    geo.setAttribute("radius", new THREE.BufferAttribute(radiusAttr, 1));
    if (instanceAttr) geo.setAttribute("instance", new THREE.BufferAttribute(instanceAttr, 1));
    const points = new THREE.Points(geo, pointMaterial(transparent, instanceAttr !== null));
    points.frustumCulled = false;
    place(points, d.entity, out, d.draw_order);
  }
  out.picks.push({
    entity: d.entity,
    positions: world,
    radii: radiusAttr,
    instances: skipped ? Uint32Array.from(keep) : undefined,
    count: n,
  });
  addLabels(out, d.entity, d.labels, all, colors, d.default_color);
  const edges = out.array(d.edges);
  if (edges && edges.data.length) {
    const e = numbers(edges);
    const segs: number[] = [];
    const cols: number[] = [];
    const edgeOf: number[] = []; // an edge is picked as its first point
    for (let k = 0; k + 1 < e.length; k += 2) {
      const a = e[k];
      const b = e[k + 1];
      if (a >= n || b >= n || !finite3(all, a) || !finite3(all, b)) continue;
      segs.push(all[a * 3], all[a * 3 + 1], all[a * 3 + 2], all[b * 3], all[b * 3 + 1], all[b * 3 + 2]);
      edgeOf.push(a);
      const c = colorAt(colors, a, d.default_color);
      cols.push(c[0] / 255, c[1] / 255, c[2] / 255, c[0] / 255, c[1] / 255, c[2] / 255);
    }
    addSegments(out, d.entity, new Float32Array(segs), new Float32Array(cols), radiusAt(radii, 0, d.default_radius) * 0.5, d.draw_order - 0.5, 1, Uint32Array.from(edgeOf), "points");
  }
}

/** One thick-line object per distinct radius. */
function addSegments(out: Out, entity: string, positions: Float32Array, colors: Float32Array, radius: number, drawOrder: number, opacity: number, instances: Uint32Array, of: PickKind): void {
  if (!positions.length || !Number.isFinite(radius)) return;
  if (out.piece) {
    const e = out.matrix.elements;
    let widths: Float32Array | null = null;
    if (!(e[3] === 0 && e[7] === 0 && e[11] === 0 && e[15] === 1)) {
      [positions, colors, instances, widths] = projectSegments(positions, colors, instances, out.matrix);
      // A width in UI points does not depend on depth.
      if (radius < 0) widths = null;
    } else positions = worldPositions(positions, out.matrix);
    if (positions.length) out.piece.segments.push({ entity, positions, colors, widths, radius, opacity, drawOrder, instances, of, outOfBounds: out.outOfBounds === true });
    return;
  }
  const geo = new LineSegmentsGeometry();
  geo.setPositions(positions);
  geo.setColors(colors);
  const line = new LineSegments2(geo, lineMaterial(radius, opacity));
  line.computeLineDistances();
  line.frustumCulled = false;
  line.userData.segmentPicks = { entities: [entity], entity: new Uint32Array(instances.length), instance: instances, ofPoint: new Uint8Array(instances.length).fill(of === "points" ? 1 : 0) } satisfies SegmentPicks;
  place(line, entity, out, drawOrder);
}

/** Smallest w a projected segment end keeps (ends behind it are moved along the segment onto it). */
const MIN_PROJECTED_W = 1e-6;

/**
 * Segments seen through a pinhole (a projective `m`), projected on the CPU for a line batch: each
 * end divided by its w, and 1 / w kept per end (a scene-unit width's scale there); a segment
 * partly behind the camera (w <= 0 at one end) is cut where w reaches `MIN_PROJECTED_W` and keeps
 * its front end's width along its length (not one growing without bound towards the camera), one
 * wholly behind it is left out (the GPU clips both). Its colours and instances follow the
 * segments kept.
 */
function projectSegments(local: Float32Array, colors: Float32Array, instances: Uint32Array, m: THREE.Matrix4): [Float32Array, Float32Array, Uint32Array, Float32Array] {
  const n = local.length / 6;
  const pos: number[] = [];
  const col: number[] = [];
  const inst: number[] = [];
  const widths: number[] = [];
  const a = new THREE.Vector4();
  const b = new THREE.Vector4();
  for (let k = 0; k < n; k++) {
    a.set(local[k * 6], local[k * 6 + 1], local[k * 6 + 2], 1).applyMatrix4(m);
    b.set(local[k * 6 + 3], local[k * 6 + 4], local[k * 6 + 5], 1).applyMatrix4(m);
    if (a.w < MIN_PROJECTED_W && b.w < MIN_PROJECTED_W) continue;
    if (a.w < MIN_PROJECTED_W) {
      a.lerp(b, (MIN_PROJECTED_W - a.w) / (b.w - a.w));
      widths.push(1 / b.w, 1 / b.w);
    } else if (b.w < MIN_PROJECTED_W) {
      b.lerp(a, (MIN_PROJECTED_W - b.w) / (a.w - b.w));
      widths.push(1 / a.w, 1 / a.w);
    } else widths.push(1 / a.w, 1 / b.w);
    pos.push(a.x / a.w, a.y / a.w, a.z / a.w, b.x / b.w, b.y / b.w, b.z / b.w);
    for (let c = 0; c < 6; c++) col.push(colors[k * 6 + c]);
    inst.push(instances[k]);
  }
  return [Float32Array.from(pos), Float32Array.from(col), Uint32Array.from(inst), Float32Array.from(widths)];
}

class SegmentBuffer {
  /** Segments by drawn style: "radius|alpha" -> positions and rgb colors. */
  readonly byStyle = new Map<string, { radius: number; alpha: number; pos: number[]; col: number[]; inst: number[] }>();
  // Every segment with its instance, for picking and the selection rim.
  private readonly pickPos: number[] = [];
  private readonly pickInstance: number[] = [];
  private readonly pickRadius: number[] = [];
  /** Add a segment; one with a non-finite end or radius is skipped (as Rerun skips it). */
  add(radius: number, a: ArrayLike<number>, b: ArrayLike<number>, c: Rgba, instance = 0): void {
    if (!Number.isFinite(radius) || !finite3(a, 0) || !finite3(b, 0)) return;
    const alpha = c[3] ?? 255;
    const key = `${radius}|${alpha}`;
    let e = this.byStyle.get(key);
    if (!e) this.byStyle.set(key, (e = { radius, alpha, pos: [], col: [], inst: [] }));
    e.inst.push(instance);
    e.pos.push(a[0], a[1], a[2], b[0], b[1], b[2]);
    e.col.push(c[0] / 255, c[1] / 255, c[2] / 255, c[0] / 255, c[1] / 255, c[2] / 255);
    this.pickPos.push(a[0], a[1], a[2], b[0], b[1], b[2]);
    this.pickInstance.push(instance);
    this.pickRadius.push(radius);
  }
  flush(out: Out, entity: string, drawOrder: number): void {
    for (const e of this.byStyle.values()) addSegments(out, entity, new Float32Array(e.pos), new Float32Array(e.col), e.radius, drawOrder, e.alpha / 255, Uint32Array.from(e.inst), "segments");
  }
  /** The segments in world space, grouped by instance (`instances` of them). */
  pickSegments(out: Out, instances: number, drawOrder: number): PickSegments {
    return {
      positions: worldPositions(new Float32Array(this.pickPos), out.matrix),
      instance: Uint32Array.from(this.pickInstance),
      radius: Float32Array.from(this.pickRadius),
      instances,
      drawOrder,
    };
  }
}

function addBoxes(d: BoxesDrawable, out: Out): void {
  const half = xyz(out.array(d.half_sizes), d.dim);
  const n = half.length / 3;
  const centers = d.centers ? xyz(out.array(d.centers), d.dim) : new Float32Array(n * 3);
  const rotations = out.array(d.rotations);
  const rot = rotations ? numbers(rotations) : null;
  const colors = out.array(d.colors);
  const radii = out.array(d.radii);
  const segs = new SegmentBuffer();
  const anchor = new Float32Array(n * 3);
  const corners3d = [
    [-1, -1, -1], [1, -1, -1], [1, 1, -1], [-1, 1, -1],
    [-1, -1, 1], [1, -1, 1], [1, 1, 1], [-1, 1, 1],
  ];
  const edges3d = [[0, 1], [1, 2], [2, 3], [3, 0], [4, 5], [5, 6], [6, 7], [7, 4], [0, 4], [1, 5], [2, 6], [3, 7]];
  const edges2d = [[0, 1], [1, 2], [2, 3], [3, 0]];
  for (let i = 0; i < n; i++) {
    const ci = centers.length >= (i + 1) * 3 ? i : 0;
    const cx = centers[ci * 3], cy = centers[ci * 3 + 1], cz = centers[ci * 3 + 2];
    const hx = half[i * 3], hy = half[i * 3 + 1], hz = half[i * 3 + 2];
    const r = rot && rot.length >= 9 ? (rot.length >= (i + 1) * 9 ? i : 0) * 9 : -1;
    const corner = (k: number): number[] => {
      const [sx, sy, sz] = corners3d[k];
      const x = sx * hx, y = sy * hy, z = d.dim === 3 ? sz * hz : 0;
      if (r < 0) return [cx + x, cy + y, cz + z];
      return [
        cx + rot![r] * x + rot![r + 1] * y + rot![r + 2] * z,
        cy + rot![r + 3] * x + rot![r + 4] * y + rot![r + 5] * z,
        cz + rot![r + 6] * x + rot![r + 7] * y + rot![r + 8] * z,
      ];
    };
    const color = colorAt(colors, i, d.default_color);
    const radius = radiusAt(radii, i, d.default_radius);
    for (const [a, b] of d.dim === 3 ? edges3d : edges2d) segs.add(radius, corner(a), corner(b), color, i);
    anchor.set([cx, cy, cz], i * 3);
  }
  segs.flush(out, d.entity, d.draw_order);
  // Boxes are picked on their edges, as drawn.
  out.picks.push({ entity: d.entity, positions: new Float32Array(0), segments: segs.pickSegments(out, n, d.draw_order) });
  addLabels(out, d.entity, d.labels, anchor, colors, d.default_color);
}

function addArrows(d: ArrowsDrawable, out: Out): void {
  const vectors = xyz(out.array(d.vectors), d.dim);
  const n = vectors.length / 3;
  const origins = d.origins ? xyz(out.array(d.origins), d.dim) : new Float32Array(n * 3);
  const colors = out.array(d.colors);
  const radii = out.array(d.radii);
  const segs = new SegmentBuffer();
  const tips = new Float32Array(n * 3);
  const heads: { tip: THREE.Vector3; dir: THREE.Vector3; len: number; width: number; color: Rgba; instance: number; pixels: number }[] = [];
  for (let i = 0; i < n; i++) {
    const oi = origins.length >= (i + 1) * 3 ? i : 0;
    const o = new THREE.Vector3(origins[oi * 3], origins[oi * 3 + 1], origins[oi * 3 + 2]);
    const v = new THREE.Vector3(vectors[i * 3], vectors[i * 3 + 1], vectors[i * 3 + 2]);
    const len = v.length();
    const tip = o.clone().add(v);
    tips.set([tip.x, tip.y, tip.z], i * 3);
    const color = colorAt(colors, i, d.default_color);
    const radius = radiusAt(radii, i, d.default_radius);
    if (len === 0 || !Number.isFinite(len) || !Number.isFinite(radius) || !finite3(tips, i)) continue;
    const dir = v.clone().divideScalar(len);
    // Rerun 0.17's triangle cap: 4 radii long and 4 radii wide (re_renderer lines.rs cap factors,
    // lines.wgsl); in scene units at most 3/4 of the arrow, the width shrinking with it. UI-point
    // radii give heads in UI points, scaled on the GPU (see `headMaterial`), the shaft drawn to the tip.
    const pixels = radius < 0;
    const capScale = pixels ? 1 : Math.min(1, (len * 0.75) / (radius * 4));
    const headLen = Math.abs(radius) * 4 * capScale;
    const shaftEnd = pixels ? tip : tip.clone().addScaledVector(dir, -headLen * 0.9);
    segs.add(radius, o.toArray(), shaftEnd.toArray(), color, i);
    heads.push({ tip, dir, len: headLen, width: headLen, color, instance: i, pixels: pixels ? 1 : 0 });
  }
  segs.flush(out, d.entity, d.draw_order);
  if (heads.length && out.piece) {
    const up = new THREE.Vector3(0, 1, 0);
    out.piece.heads.push({
      entity: d.entity,
      matrices: heads.map((h) => out.matrix.clone().multiply(new THREE.Matrix4().compose(h.tip, new THREE.Quaternion().setFromUnitVectors(up, h.dir), new THREE.Vector3(h.width, h.len, h.width)))),
      colors: heads.map((h) => h.color),
      instances: heads.map((h) => h.instance),
      pixels: heads.map((h) => h.pixels),
      drawOrder: d.draw_order,
    });
  } else if (heads.length) {
    // Heads: cones in 3D, triangles in 2D; one instanced mesh.
    const geo = headGeometry(out.flat);
    geo.setAttribute("headPixels", new THREE.InstancedBufferAttribute(new Float32Array(heads.map((h) => h.pixels)), 1));
    const mesh = new THREE.InstancedMesh(geo, headMaterial(), heads.length);
    const up = new THREE.Vector3(0, 1, 0);
    heads.forEach((h, i) => {
      const q = new THREE.Quaternion().setFromUnitVectors(up, h.dir);
      const m = new THREE.Matrix4().compose(h.tip, q, new THREE.Vector3(h.width, h.len, h.width));
      mesh.setMatrixAt(i, m);
      mesh.setColorAt(i, new THREE.Color(h.color[0] / 255, h.color[1] / 255, h.color[2] / 255));
    });
    mesh.frustumCulled = false;
    mesh.userData.outOfBounds = true; // the shafts give the bounds; heads in UI points have no scene size
    // Which arrow each head is, and its color: selection and hover light heads up (see highlightHeads).
    mesh.userData.headInstances = heads.map((h) => h.instance);
    mesh.userData.headColors = heads.map((h) => h.color);
    place(mesh, d.entity, out, d.draw_order);
  }
  // Arrows are picked at their tips (the heads) and along their shafts.
  out.picks.push({ entity: d.entity, positions: worldPositions(tips, out.matrix), segments: segs.pickSegments(out, n, d.draw_order) });
  // Labels sit at the middle of each arrow, as in Rerun.
  const mids = new Float32Array(n * 3);
  for (let i = 0; i < n * 3; i++) mids[i] = tips[i] - vectors[i] / 2;
  addLabels(out, d.entity, d.labels, mids, colors, d.default_color);
}

/** An arrow head of length and width 1, its tip at the origin, pointing along +y: a cone in 3D, a triangle in 2D. */
function headGeometry(flat: boolean): THREE.BufferGeometry {
  return flat ? triangleGeometry() : new THREE.ConeGeometry(0.5, 1, 12).translate(0, -0.5, 0);
}

function triangleGeometry(): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry();
  g.setAttribute("position", new THREE.Float32BufferAttribute([0, 0, 0, -0.5, -1, 0, 0.5, -1, 0], 3));
  return g;
}

function addLines(d: LinesDrawable, out: Out): void {
  const positions = xyz(out.array(d.positions), d.dim);
  const offsets = numbers(out.array(d.offsets));
  const colors = out.array(d.colors);
  const radii = out.array(d.radii);
  const segs = new SegmentBuffer();
  const strips = Math.max(0, offsets.length - 1);
  const anchors = new Float32Array(strips * 3);
  for (let s = 0; s < strips; s++) {
    const start = offsets[s];
    const end = offsets[s + 1];
    const color = colorAt(colors, s, d.default_color);
    const radius = radiusAt(radii, s, d.default_radius);
    for (let k = start; k + 1 < end; k++) segs.add(radius, positions.subarray(k * 3, k * 3 + 3), positions.subarray(k * 3 + 3, k * 3 + 6), color, s);
    // Labels at the mean of the strip's vertices, as Rerun places them.
    for (let k = start; k < end; k++) for (let c = 0; c < 3; c++) anchors[s * 3 + c] += positions[k * 3 + c] / (end - start);
  }
  segs.flush(out, d.entity, d.draw_order);
  // Strips are picked along their segments, as drawn.
  out.picks.push({ entity: d.entity, positions: new Float32Array(0), segments: segs.pickSegments(out, strips, d.draw_order) });
  addLabels(out, d.entity, d.labels, anchors, colors, d.default_color);
}

function addMesh(d: MeshDrawable, out: Out): void {
  let positions = xyz(out.array(d.positions), 3);
  if (!positions.length) return;
  const indices = out.array(d.indices);
  let index: Uint32Array | null = indices ? new Uint32Array(numbers(indices)) : null;
  if (!finiteAll(positions)) [positions, index] = dropNonFiniteTriangles(positions, index);
  if (index && !index.length) return;
  const normals = out.array(d.normals);
  const vc = out.array(d.vertex_colors);
  if (out.piece) {
    addMeshRun(d, out, out.piece, positions, index, normals, vc);
    return;
  }
  const geo = new THREE.BufferGeometry();
  geo.setAttribute("position", new THREE.BufferAttribute(positions, 3));
  if (index) geo.setIndex(new THREE.BufferAttribute(index, 1));
  if (normals) geo.setAttribute("normal", new THREE.BufferAttribute(Float32Array.from(numbers(normals)), 3));
  const params: THREE.MeshStandardMaterialParameters = { side: THREE.DoubleSide, roughness: 0.8, metalness: 0.0 };
  // Shade in linear light and show the result in sRGB, as Rerun does: vertex colors blend the way
  // they do there (brighter between differently colored corners than a blend of sRGB values).
  if (vc) {
    const srgb = numbers(vc);
    const linear = new Float32Array(srgb.length);
    for (let i = 0; i < srgb.length; i++) linear[i] = i % 4 === 3 ? srgb[i] / 255 : srgbToLinear(srgb[i] / 255);
    geo.setAttribute("color", new THREE.BufferAttribute(linear, 4));
    params.vertexColors = true;
  } else {
    const [r, g, b] = d.default_color;
    params.color = new THREE.Color(srgbToLinear(r / 255), srgbToLinear(g / 255), srgbToLinear(b / 255));
  }
  const tex = out.array(d.albedo_texture);
  const uv = out.array(d.texcoords);
  if (tex && uv && tex.shape.length === 3) {
    geo.setAttribute("uv", new THREE.BufferAttribute(Float32Array.from(numbers(uv)), 2));
    const t = new THREE.DataTexture(new Uint8Array(numbers(tex)), tex.shape[1], tex.shape[0], THREE.RGBAFormat);
    t.needsUpdate = true;
    t.colorSpace = THREE.SRGBColorSpace; // sampled as linear values
    params.map = t;
    params.color = new THREE.Color(1, 1, 1);
  }
  // Without normals Rerun 0.17 does not shade a mesh at all (its albedo, flat); with them it is lit.
  const material = normals ? new THREE.MeshStandardMaterial(params) : new THREE.MeshBasicMaterial({ side: params.side, color: params.color, vertexColors: params.vertexColors, map: params.map });
  // `glow` lights up the selected mesh (see SpatialViewBase.applySelection).
  const glow = { value: 0 };
  material.userData.glow = glow;
  material.onBeforeCompile = (shader) => {
    shader.uniforms.glow = glow;
    shader.fragmentShader = "uniform float glow;\n" + shader.fragmentShader.replace("#include <colorspace_fragment>", "gl_FragColor.rgb += vec3(glow); gl_FragColor = sRGBTransferOETF(gl_FragColor);");
  };
  const mesh = new THREE.Mesh(geo, material);
  place(mesh, d.entity, out);
  geo.computeBoundingSphere();
  const c = geo.boundingSphere?.center ?? new THREE.Vector3();
  out.picks.push({ entity: d.entity, positions: worldPositions(new Float32Array([c.x, c.y, c.z]), out.matrix) });
}

/**
 * A mesh in its entity's frame as a run of a mesh batch: its vertices and normals in world space
 * (a mirroring transform reverses the triangles' winding, as three.js does for an object).
 */
function pushMeshRun(piece: Piece, entity: string, m: THREE.Matrix4, look: MeshLook, local: Float32Array, normals: ArrayLike<number> | null, colors: Float32Array, index: Uint32Array, texture: MeshRun["texture"]): void {
  const n = local.length / 3;
  let world: Float32Array | null = null;
  if (normals) {
    world = new Float32Array(n * 3);
    const nm = new THREE.Matrix3().getNormalMatrix(m);
    const v = new THREE.Vector3();
    for (let i = 0; i < n && i * 3 + 2 < normals.length; i++) {
      v.set(normals[i * 3], normals[i * 3 + 1], normals[i * 3 + 2]).applyMatrix3(nm).normalize();
      world[i * 3] = v.x;
      world[i * 3 + 1] = v.y;
      world[i * 3 + 2] = v.z;
    }
  }
  piece.meshes.push({ entity, look, positions: worldPositions(local, m), normals: world, colors, index: m.determinant() < 0 ? flipWinding(index) : index, texture });
}

/** An asset's meshes as runs of the mesh batches (see assets.ts), picked at its origin as when drawn on its own. */
function addAssetRuns(d: AssetDrawable, parts: AssetPart[], out: Out): void {
  for (const p of parts) pushMeshRun(out.piece!, d.entity, out.matrix, p.look, p.positions, p.normals, p.colors, p.index, null);
  const origin = new THREE.Vector3().applyMatrix4(out.matrix);
  out.picks.push({ entity: d.entity, positions: new Float32Array([origin.x, origin.y, origin.z]) });
}

/** An asset's parts when it is drawn in the batches (affine, parsed, of plain materials), a promise while it is parsed, else null. */
function batchedAsset(d: AssetDrawable, array: ArrayOf): AssetPart[] | Promise<void> | null {
  const blob = array(d.blob);
  if (!blob || !affine(d) || !(blob.data instanceof Uint8Array)) return null;
  return assetParts(blob.data, assetFormat(d.media_type));
}

/** A Mesh3D as a run of a mesh batch: world-space vertices and normals, linear colours per vertex. */
function addMeshRun(d: MeshDrawable, out: Out, piece: Piece, local: Float32Array, index: Uint32Array | null, normals: NdArray | undefined, vc: NdArray | undefined): void {
  const n = local.length / 3;
  // An albedo texture replaces the default colour (white under it, as addMesh draws it).
  const tex = out.array(d.albedo_texture);
  const uv = out.array(d.texcoords);
  let texture: MeshRun["texture"] = null;
  if (tex && uv && tex.shape.length === 3 && tex.shape[2] === 4) {
    const data = tex.data instanceof Uint8Array ? tex.data : new Uint8Array(numbers(tex));
    const coords = Float32Array.from(numbers(uv));
    if (data.length >= tex.shape[0] * tex.shape[1] * 4 && coords.length >= n * 2) texture = { width: tex.shape[1], height: tex.shape[0], data, uv: coords };
  }
  // Shade in linear light and show the result in sRGB, as Rerun does (see addMesh).
  const colors = new Float32Array(n * 4);
  const srgb = vc ? numbers(vc) : null;
  const [r, g, b] = d.default_color;
  const fallback = texture ? [1, 1, 1, 1] : [srgbToLinear(r / 255), srgbToLinear(g / 255), srgbToLinear(b / 255), 1];
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < 4; c++) {
      const x = srgb && (i + 1) * 4 <= srgb.length ? srgb[i * 4 + c] : -1;
      colors[i * 4 + c] = x < 0 ? fallback[c] : c === 3 ? x / 255 : srgbToLinear(x / 255);
    }
  }
  const tri = index ?? sequence(n - (n % 3));
  // Indices past the vertices would read another entity's vertices in the batch: dropped with their triangle.
  let valid = tri;
  for (let i = 0; i < tri.length; i++) {
    if (tri[i] >= n) {
      const kept: number[] = [];
      for (let t = 0; t + 2 < tri.length; t += 3) if (tri[t] < n && tri[t + 1] < n && tri[t + 2] < n) kept.push(tri[t], tri[t + 1], tri[t + 2]);
      valid = Uint32Array.from(kept);
      break;
    }
  }
  pushMeshRun(piece, d.entity, out.matrix, mesh3dLook(normals !== undefined), local, normals ? numbers(normals) : null, colors, valid, texture);
  let cx = 0, cy = 0, cz = 0;
  const box = new THREE.Box3();
  const p = new THREE.Vector3();
  for (let i = 0; i < n; i++) box.expandByPoint(p.set(local[i * 3], local[i * 3 + 1], local[i * 3 + 2]));
  if (!box.isEmpty()) ({ x: cx, y: cy, z: cz } = box.getCenter(p));
  out.picks.push({ entity: d.entity, positions: worldPositions(new Float32Array([cx, cy, cz]), out.matrix) });
}

/**
 * Triangles with a non-finite corner are skipped (as Rerun skips them). The vertices themselves
 * stay (normals, colors and texture coordinates are per vertex) but move onto a finite vertex,
 * so that they do not poison the mesh's bounds.
 */
function dropNonFiniteTriangles(positions: Float32Array, index: Uint32Array | null): [Float32Array, Uint32Array] {
  const n = positions.length / 3;
  const tri = index ?? sequence(n - (n % 3));
  const kept: number[] = [];
  for (let t = 0; t + 2 < tri.length; t += 3) {
    const a = tri[t], b = tri[t + 1], c = tri[t + 2];
    if (a < n && b < n && c < n && finite3(positions, a) && finite3(positions, b) && finite3(positions, c)) kept.push(a, b, c);
  }
  const out = positions.slice();
  let anchor = -1;
  for (let i = 0; i < n && anchor < 0; i++) if (finite3(positions, i)) anchor = i;
  for (let i = 0; i < n; i++) {
    if (finite3(out, i)) continue;
    for (let k = 0; k < 3; k++) out[i * 3 + k] = anchor >= 0 ? positions[anchor * 3 + k] : 0;
  }
  return [out, Uint32Array.from(kept)];
}

function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

/** One image of a texture array batch: its pixels (gray, RGB or RGBA bytes as sent) and where it is drawn. */
interface ImageRun {
  entity: string;
  width: number;
  height: number;
  channels: number;
  data: Uint8Array;
  /** Raw values per pixel (depth, class id), shown on hover. */
  values?: ArrayLike<number>;
  matrix: THREE.Matrix4;
  drawOrder: number;
  opacity: number;
  /** Blended (translucent, or a segmentation image, as `addImage` draws them). */
  transparent: boolean;
  /** In 3D on a camera's image plane: not counted for the scene's bounds. */
  outOfBounds: boolean;
}

/** At most this many images in one texture array (WebGL 2 guarantees 256 layers). */
const MAX_IMAGE_LAYERS = 256;
/**
 * And at most this many bytes: the array keeps its own copy of its images' pixels (to upload
 * a changed layer alone), so big images come in several smaller arrays.
 */
const MAX_IMAGE_ARRAY_BYTES = 64 * 1024 * 1024;

function imageRun(d: ImageDrawable, array: ArrayOf, matrix: THREE.Matrix4, flat: boolean): ImageRun | null {
  const pixels = array(d.pixels);
  if (!pixels || !d.width || !d.height) return null;
  const data = pixels.data instanceof Uint8Array ? pixels.data : new Uint8Array(numbers(pixels));
  const channels = pixels.shape.length === 3 ? pixels.shape[2] : 1;
  // A short buffer (a malformed image) is drawn on its own, as before.
  if (data.length < d.width * d.height * channels || ![1, 3, 4].includes(channels)) return null;
  const values = array(d.values);
  return { entity: d.entity, width: d.width, height: d.height, channels, data, values: values ? numbers(values) : undefined,
    matrix,
    drawOrder: d.draw_order,
    opacity: d.opacity,
    transparent: d.opacity < 1 || d.kind === "segmentation",
    outOfBounds: !flat && d.space === "pinhole_2d",
  };
}

/**
 * Images batched together: the same size and channels (one texture array), opacity and blending,
 * in 2D the same draw order (painter's order between batches stays as between entities), in 3D
 * whether they sit on a camera's image plane (not counted for the scene's bounds).
 */
function imageBatchKey(d: ImageDrawable, r: ImageRun, flat: boolean): string {
  return `${r.width}x${r.height}x${r.channels}|${r.opacity}|${r.transparent}|${flat ? d.draw_order : 0}|${r.outOfBounds}`;
}

/**
 * Images of many entities in one draw call: their pixels as the layers of one texture array, one
 * instance of a unit quad per image (its matrix: the entity's, scaled to the image's size in
 * pixels), the layer the instance's index. Drawn as `addImage` draws one image (nearest pixels
 * when magnified, gray maps shown gray, the opacity); picked per instance through the id buffer,
 * the hovered pixel found by a ray against that instance's quad (`userData.images`).
 */
function imageBatch(runs: ImageRun[]): THREE.InstancedMesh {
  const { width: w, height: h, channels } = runs[0];
  const layer = w * h * channels;
  const data = new Uint8Array(layer * runs.length);
  runs.forEach((r, k) => data.set(r.data.subarray(0, layer), k * layer));
  const format = channels === 1 ? THREE.RedFormat : channels === 3 ? THREE.RGBFormat : THREE.RGBAFormat;
  const tex = new THREE.DataArrayTexture(data, w, h, runs.length);
  tex.format = format;
  tex.type = THREE.UnsignedByteType;
  if (format === THREE.RGBFormat) tex.internalFormat = "RGB8";
  tex.unpackAlignment = 1;
  tex.magFilter = THREE.NearestFilter;
  tex.minFilter = THREE.LinearFilter;
  tex.generateMipmaps = false;
  tex.needsUpdate = true;
  const geo = new THREE.BufferGeometry();
  // Pixel (0, 0) is the top-left corner; texture row 0 sits at v = 0 (as in addImage).
  geo.setAttribute("position", new THREE.Float32BufferAttribute([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0], 3));
  geo.setAttribute("uv", new THREE.Float32BufferAttribute([0, 0, 1, 0, 1, 1, 0, 1], 2));
  geo.setIndex([0, 1, 2, 0, 2, 3]);
  const mesh = new THREE.InstancedMesh(geo, imageArrayMaterial(tex, channels === 1, runs[0].opacity, runs[0].transparent), runs.length);
  writeImageInstances(mesh, runs);
  mesh.frustumCulled = false;
  if (runs[0].outOfBounds) mesh.userData.outOfBounds = true;
  return mesh;
}

/** Each instance's matrix (the entity's, scaled to its image's size) and what picking reads per instance. */
function writeImageInstances(mesh: THREE.InstancedMesh, runs: ImageRun[]): void {
  const scale = new THREE.Matrix4();
  const m = new THREE.Matrix4();
  runs.forEach((r, k) => mesh.setMatrixAt(k, m.copy(r.matrix).multiply(scale.makeScale(r.width, r.height, 1))));
  mesh.instanceMatrix.needsUpdate = true;
  mesh.computeBoundingBox();
  mesh.computeBoundingSphere();
  mesh.userData.imageEntities = runs.map((r) => r.entity);
  mesh.userData.images = runs.map((r) => ({ width: r.width, height: r.height, values: r.values }));
}

/** A kept texture array: only the layers whose image changed are written and uploaded. */
function rewriteImages(kept: KeptBatch, runs: Run[], upload: BatchUpload): void {
  const images = runs as ImageRun[];
  const mesh = kept.object as THREE.InstancedMesh;
  const tex = (mesh.material as THREE.ShaderMaterial).uniforms.map.value as THREE.DataArrayTexture;
  const data = tex.image.data as Uint8Array;
  const { width: w, height: h, channels } = images[0];
  const layer = w * h * channels;
  images.forEach((r, k) => {
    // The page's arrays are immutable by key: the same pixel buffer is the same image.
    if ((kept.runs[k] as ImageRun).data === r.data) {
      upload.layersKept++;
      return;
    }
    data.set(r.data.subarray(0, layer), k * layer);
    tex.addLayerUpdate(k);
    upload.layersWritten++;
  });
  if (tex.layerUpdates.size) tex.needsUpdate = true;
  writeImageInstances(mesh, images);
}

/** Images sampled from layer `gl_InstanceID` of a texture array; otherwise what `addImage`'s MeshBasicMaterial computes. */
function imageArrayMaterial(tex: THREE.DataArrayTexture, gray: boolean, opacity: number, transparent: boolean): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms: { map: { value: tex }, opacity: { value: opacity } },
    vertexShader: /* glsl */ `
varying vec2 vUv;
flat varying int vLayer;
void main() {
  vUv = uv;
  vLayer = gl_InstanceID;
  gl_Position = projectionMatrix * modelViewMatrix * instanceMatrix * vec4(position, 1.0);
}`,
    fragmentShader: /* glsl */ `
uniform highp sampler2DArray map;
uniform float opacity;
varying vec2 vUv;
flat varying int vLayer;
void main() {
  vec4 c = texture(map, vec3(vUv, float(vLayer)));
  ${gray ? "c = c.rrra; // one channel shown gray, as grayMap does" : ""}
  gl_FragColor = vec4(c.rgb, c.a * opacity);
#ifdef OPAQUE
  gl_FragColor.a = 1.0;
#endif
}`,
    side: THREE.DoubleSide,
    transparent,
  });
}

function addImage(d: ImageDrawable, out: Out): void {
  const pixels = out.array(d.pixels);
  if (!pixels || !d.width || !d.height) return;
  const data = pixels.data instanceof Uint8Array ? pixels.data : new Uint8Array(numbers(pixels));
  // Gray, RGB or RGBA as sent: uploaded straight from the message's buffer (no conversion in the
  // page; a gray texture is shown gray by its material's shader).
  const channels = pixels.shape.length === 3 ? pixels.shape[2] : 1;
  const format = channels === 1 ? THREE.RedFormat : channels === 3 ? THREE.RGBFormat : THREE.RGBAFormat;
  const key = `${d.kind}:${d.entity}`;
  let tex = out.previous?.get(key);
  if (tex && !out.textures.has(key) && tex.image.width === d.width && tex.image.height === d.height && tex.format === format) {
    // The same image at the same size (the next frame of a stream): a new upload into the texture.
    if (tex.image.data !== data) {
      tex.image.data = data;
      tex.needsUpdate = true;
    }
  } else {
    tex = new THREE.DataTexture(data, d.width, d.height, format);
    // three.js has no sized format of its own for RGB bytes (WebGL 2 storage needs one).
    if (format === THREE.RGBFormat) tex.internalFormat = "RGB8";
    tex.unpackAlignment = 1; // gray and RGB rows are not 4-byte aligned for every width
    tex.magFilter = THREE.NearestFilter;
    tex.minFilter = THREE.LinearFilter;
    tex.generateMipmaps = false;
    tex.needsUpdate = true;
  }
  out.textures.set(key, tex);
  const geo = new THREE.BufferGeometry();
  const w = d.width;
  const h = d.height;
  // Pixel (0, 0) is the top-left corner; texture row 0 sits at v = 0.
  geo.setAttribute("position", new THREE.Float32BufferAttribute([0, 0, 0, w, 0, 0, w, h, 0, 0, h, 0], 3));
  geo.setAttribute("uv", new THREE.Float32BufferAttribute([0, 0, 1, 0, 1, 1, 0, 1], 2));
  geo.setIndex([0, 1, 2, 0, 2, 3]);
  const mat = new THREE.MeshBasicMaterial({ map: tex, side: THREE.DoubleSide, transparent: d.opacity < 1 || d.kind === "segmentation", opacity: d.opacity });
  if (format === THREE.RedFormat) grayMap(mat);
  const mesh = new THREE.Mesh(geo, mat);
  const values = out.array(d.values);
  mesh.userData.image = { width: w, height: h, values: values ? numbers(values) : undefined };
  // In 3D, images on a camera's image plane do not count for the scene's bounds (as in Rerun: the
  // plane's distance depends on the bounds).
  if (!out.flat && d.space === "pinhole_2d") mesh.userData.outOfBounds = true;
  place(mesh, d.entity, out, d.draw_order);
}

/** Sample the material's one-channel map as gray: (v, v, v, 1) instead of WebGL's (v, 0, 0, 1). */
function grayMap(mat: THREE.MeshBasicMaterial): void {
  mat.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace("#include <map_fragment>", "#ifdef USE_MAP\n\tdiffuseColor *= texture2D( map, vMapUv ).rrra;\n#endif");
  };
  mat.customProgramCacheKey = () => "gray-map";
}

function addCamera(d: CameraDrawable, out: Out): void {
  const segs = new SegmentBuffer();
  const origin = new THREE.Vector3().applyMatrix4(out.matrix);
  const c = d.default_color;
  if (d.frustum && d.frustum.length >= 12) {
    const corners = [0, 1, 2, 3].map((i) => new THREE.Vector3(d.frustum![i * 3], d.frustum![i * 3 + 1], d.frustum![i * 3 + 2]));
    for (let i = 0; i < 4; i++) {
      segs.add(-1, origin.toArray(), corners[i].toArray(), c);
      segs.add(-1, corners[i].toArray(), corners[(i + 1) % 4].toArray(), c);
    }
  }
  // Frustum corners are already in world space: place the lines without the entity transform.
  const saved = out.matrix;
  out.matrix = new THREE.Matrix4();
  const before = out.group.children.length;
  // A camera counts for the scene's bounds by its position only, as in Rerun, not by its frustum.
  out.outOfBounds = true;
  segs.flush(out, d.entity, 0);
  out.outOfBounds = false;
  for (const obj of out.group.children.slice(before)) obj.userData.outOfBounds = true;
  if (out.piece) out.piece.boundsPoints.push(origin.x, origin.y, origin.z);
  else {
    const marker = new THREE.Object3D();
    marker.position.copy(origin);
    marker.userData.boundsPoint = true;
    out.group.add(marker);
  }
  // Picked (and highlighted) at the camera and along its frustum.
  out.picks.push({ entity: d.entity, positions: new Float32Array([origin.x, origin.y, origin.z]), segments: segs.pickSegments(out, 1, 0) });
  out.matrix = saved;
}

function addAxes(d: AxesDrawable, out: Out): void {
  const segs = new SegmentBuffer();
  const L = d.length;
  segs.add(-1, [0, 0, 0], [L, 0, 0], [255, 25, 25, 255]);
  segs.add(-1, [0, 0, 0], [0, L, 0], [25, 255, 25, 255]);
  segs.add(-1, [0, 0, 0], [0, 0, L], [40, 80, 255, 255]);
  segs.flush(out, d.entity, 0);
  out.picks.push({ entity: d.entity, positions: new Float32Array(0), segments: segs.pickSegments(out, 1, 0) });
}

function addAsset(d: AssetDrawable, out: Out): void {
  const blob = out.array(d.blob);
  if (!blob) return;
  const bytes = blob.data as Uint8Array;
  const buffer = ownBuffer(bytes);
  const format = assetFormat(d.media_type);
  const matrix = out.matrix.clone();
  const wrap = (obj: THREE.Object3D) => {
    const holder = new THREE.Group();
    holder.add(obj);
    place(holder, d.entity, { ...out, matrix });
  };
  if (format === "stl") {
    const geo = new STLLoader().parse(buffer);
    wrap(new THREE.Mesh(geo, stlMaterial()));
  } else if (format === "obj") {
    wrap(new OBJLoader().parse(new TextDecoder().decode(bytes)));
  } else {
    out.pending.push(
      new Promise<void>((resolve) => {
        new GLTFLoader().parse(
          buffer,
          "",
          (gltf) => {
            wrap(gltf.scene);
            resolve();
          },
          (err) => {
            console.error(`cannot load asset of ${d.entity}`, err);
            resolve();
          },
        );
      }),
    );
  }
  const origin = new THREE.Vector3().applyMatrix4(matrix);
  out.picks.push({ entity: d.entity, positions: new Float32Array([origin.x, origin.y, origin.z]) });
}

/** Dispose GPU resources of a built scene, except the textures in `keep` (taken over by the next scene). */
export function disposeScene(group: THREE.Object3D, keep?: Map<string, THREE.DataTexture>): void {
  const kept = new Set<THREE.Texture>(keep?.values());
  group.traverse((obj) => {
    const mesh = obj as THREE.Mesh;
    mesh.geometry?.dispose();
    (obj.userData.pickMaterial as THREE.Material | undefined)?.dispose();
    const mats = Array.isArray(mesh.material) ? mesh.material : mesh.material ? [mesh.material] : [];
    for (const m of mats) {
      for (const v of Object.values(m)) if (v instanceof THREE.Texture && !kept.has(v)) v.dispose();
      // A texture array of images is a shader uniform; one of mesh textures is in userData.
      if (m instanceof THREE.ShaderMaterial) for (const u of Object.values(m.uniforms)) if (u.value instanceof THREE.Texture && !kept.has(u.value)) u.value.dispose();
      const batchMap = (m.userData.batchMap as { value: THREE.Texture | null } | undefined)?.value;
      if (batchMap && !kept.has(batchMap)) batchMap.dispose();
      m.dispose();
    }
  });
}

/**
 * Light up arrow heads: those of `instance` of `entity` (every one when null) mix `amount` of white
 * into their color; the rest get their own color back.
 */
export function highlightHeads(group: THREE.Object3D, marks: { entity: string; instance: number | null; amount: number }[]): void {
  const c = new THREE.Color();
  group.traverse((obj) => {
    const mesh = obj as THREE.InstancedMesh;
    const instances = mesh.userData.headInstances as number[] | undefined;
    const colors = mesh.userData.headColors as Rgba[] | undefined;
    if (!mesh.isInstancedMesh || !instances || !colors) return;
    let entity: THREE.Object3D | null = mesh;
    while (entity && !entity.userData.entity) entity = entity.parent;
    const entities = mesh.userData.headEntities as string[] | undefined;
    const single = entity?.userData.entity as string | undefined;
    instances.forEach((instance, k) => {
      const path = entities ? entities[k] : single;
      const [r, g, b] = colors[k];
      let amount = 0;
      for (const m of marks) if (m.entity === path && (m.instance === null || m.instance === instance)) amount = Math.max(amount, m.amount);
      c.setRGB(r / 255, g / 255, b / 255).lerp(new THREE.Color(1, 1, 1), amount);
      mesh.setColorAt(k, c);
    });
    if (mesh.instanceColor) {
      // Every head's colour is written: the whole buffer goes up (not only ranges a rewrite marked).
      mesh.instanceColor.clearUpdateRanges();
      mesh.instanceColor.needsUpdate = true;
    }
  });
}
