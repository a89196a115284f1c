// The binary frame of every WebSocket message, in both directions (see VIEWER_CONTRACT.md):
//   [u32 LE json_len][json_len bytes UTF-8 JSON][zero padding to a multiple of 8][buffers]
// Bulk arrays never travel in JSON: a field holds {"buf": i, "dtype", "shape"} and the JSON has
// "buffers": [[offset, length], ...] relative to the start of the buffer area. Decoding replaces
// every such reference with an NdArray viewing the frame's bytes (no copies: buffers are 8-aligned).

import type { ArrayRef, DType } from "../protocol.gen";

export type { DType };

export type TypedArray =
  | Float32Array
  | Float64Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | Int8Array
  | Int16Array
  | Int32Array
  | BigInt64Array
  | BigUint64Array;

/** A typed array with its shape, as decoded from a buffer reference. */
export interface NdArray {
  readonly dtype: DType;
  readonly shape: number[];
  readonly data: TypedArray;
}

const CONSTRUCTORS: Record<DType, { new (b: ArrayBuffer, off: number, len: number): TypedArray; BYTES_PER_ELEMENT: number }> = {
  f32: Float32Array,
  f64: Float64Array,
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i8: Int8Array,
  i16: Int16Array,
  i32: Int32Array,
  i64: BigInt64Array,
  u64: BigUint64Array,
};

const DTYPE_OF = Object.entries(CONSTRUCTORS) as [DType, (typeof CONSTRUCTORS)[DType]][];

export function isNdArray(value: unknown): value is NdArray {
  return typeof value === "object" && value !== null && "data" in value && "shape" in value && "dtype" in value;
}

function isArrayRef(value: unknown): value is ArrayRef {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.buf === "number" && typeof v.dtype === "string" && Array.isArray(v.shape) && v.dtype in CONSTRUCTORS;
}

const align8 = (n: number): number => (n + 7) & ~7;
const textDecoder = new TextDecoder();
const textEncoder = new TextEncoder();

export class FrameError extends Error {}

/** Decode one frame into its message object, buffer references resolved to NdArrays. */
export function decodeFrame(frame: ArrayBuffer): Record<string, unknown> {
  if (frame.byteLength < 4) throw new FrameError("frame shorter than its header");
  const jsonLen = new DataView(frame).getUint32(0, true);
  if (4 + jsonLen > frame.byteLength) throw new FrameError("frame shorter than its JSON");
  const msg = JSON.parse(textDecoder.decode(new Uint8Array(frame, 4, jsonLen))) as Record<string, unknown>;
  const bufferArea = align8(4 + jsonLen);
  const spans = (msg.buffers ?? []) as [number, number][];
  delete msg.buffers;
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = resolve(value[i]);
      return value;
    }
    if (typeof value !== "object" || value === null) return value;
    if (isArrayRef(value)) return bufferToArray(frame, bufferArea, spans, value);
    const obj = value as Record<string, unknown>;
    for (const k of Object.keys(obj)) obj[k] = resolve(obj[k]);
    return obj;
  };
  return resolve(msg) as Record<string, unknown>;
}

function bufferToArray(frame: ArrayBuffer, area: number, spans: [number, number][], ref: ArrayRef): NdArray {
  const span = spans[ref.buf];
  if (!span) throw new FrameError(`buffer ${ref.buf} is not in the frame`);
  const [offset, length] = span;
  const ctor = CONSTRUCTORS[ref.dtype];
  const start = area + offset;
  if (start + length > frame.byteLength) throw new FrameError(`buffer ${ref.buf} runs past the frame`);
  let data: TypedArray;
  if (start % ctor.BYTES_PER_ELEMENT === 0) {
    data = new ctor(frame, start, Math.floor(length / ctor.BYTES_PER_ELEMENT));
  } else {
    // Never expected (the sender aligns), but copying beats a RangeError.
    const copy = frame.slice(start, start + length);
    data = new ctor(copy, 0, Math.floor(length / ctor.BYTES_PER_ELEMENT));
  }
  return { dtype: ref.dtype, shape: ref.shape, data };
}

/** Encode a message; NdArray/typed-array fields become buffer references. */
export function encodeFrame(msg: Record<string, unknown>): ArrayBuffer {
  const buffers: Uint8Array[] = [];
  const spans: [number, number][] = [];
  let cursor = 0;
  const replace = (value: unknown): unknown => {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      return replace({ data: value, shape: [(value as TypedArray).length], dtype: dtypeOf(value as TypedArray) });
    }
    if (isNdArray(value)) {
      const bytes = new Uint8Array(value.data.buffer, value.data.byteOffset, value.data.byteLength);
      spans.push([cursor, bytes.byteLength]);
      buffers.push(bytes);
      cursor = align8(cursor + bytes.byteLength);
      return { buf: spans.length - 1, dtype: value.dtype, shape: value.shape };
    }
    if (Array.isArray(value)) return value.map(replace);
    if (typeof value === "object" && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = replace(v);
      return out;
    }
    return value;
  };
  const body = replace(msg) as Record<string, unknown>;
  if (spans.length) body.buffers = spans;
  const json = textEncoder.encode(JSON.stringify(body));
  const area = align8(4 + json.byteLength);
  const out = new Uint8Array(area + cursor);
  new DataView(out.buffer).setUint32(0, json.byteLength, true);
  out.set(json, 4);
  buffers.forEach((b, i) => out.set(b, area + spans[i][0]));
  return out.buffer;
}

function dtypeOf(array: TypedArray): DType {
  for (const [dtype, ctor] of DTYPE_OF) if (array instanceof ctor) return dtype;
  throw new FrameError("unsupported typed array");
}
