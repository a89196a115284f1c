// Materials shared by the spatial views: round points sized per instance (scene units or UI
// points), and thick lines (three.js LineMaterial).
import * as THREE from "three";
import { LineMaterial } from "three/addons/lines/LineMaterial.js";

const POINT_VERTEX = /* glsl */ `
attribute float radius;
attribute vec4 color;
uniform float pixelsPerUnit;
uniform float pixelRatio;
uniform bool orthographic;
uniform float highlight;
varying vec4 vColor;
varying float vHighlight;
varying float vSize;
void main() {
  vHighlight = (highlight == -1.0 || float(gl_VertexID) == highlight) ? 1.0 : 0.0;
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mv;
  // Positive radii are scene units, negative ones UI points (as in Rerun).
  float px = radius >= 0.0
    ? (orthographic ? radius * pixelsPerUnit : radius * pixelsPerUnit / max(-mv.z, 1e-6))
    : -radius * pixelRatio;
  gl_PointSize = max(2.0 * px, 1.5) + vHighlight * 4.0 * pixelRatio;
  vSize = gl_PointSize;
  vColor = color;
}`;

const POINT_FRAGMENT = /* glsl */ `
varying vec4 vColor;
varying float vHighlight;
varying float vSize;
void main() {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float r2 = dot(c, c);
  if (r2 > 1.0) discard;
  // Selected instances get a white rim.
  if (vHighlight > 0.5 && sqrt(r2) > 1.0 - 5.0 / max(vSize, 6.0)) {
    gl_FragColor = vec4(1.0);
    return;
  }
  // Points look like softly lit spheres, as in Rerun.
  float shade = 0.75 + 0.35 * sqrt(1.0 - r2);
  gl_FragColor = vec4(min(vColor.rgb * shade, vec3(1.0)), vColor.a);
}`;

export function pointMaterial(transparent: boolean): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    vertexShader: POINT_VERTEX,
    fragmentShader: POINT_FRAGMENT,
    uniforms: {
      pixelsPerUnit: { value: 1 },
      pixelRatio: { value: window.devicePixelRatio || 1 },
      orthographic: { value: false },
      // -2: nothing selected, -1: every instance, >= 0: that instance.
      highlight: { value: -2 },
    },
    transparent,
  });
}

/** Thick lines; `radius` > 0 is in scene units, < 0 in UI points (updated by the view on zoom). */
export function lineMaterial(radius: number): LineMaterial {
  const m = new LineMaterial({ vertexColors: true, linewidth: 2, worldUnits: false, transparent: false });
  m.userData.radius = radius;
  return m;
}

/** Uniforms that depend on the camera and canvas size, updated before each render. */
export interface ScreenScale {
  width: number;
  height: number;
  pixelRatio: number;
  orthographic: boolean;
  /** Device pixels per scene unit: at distance 1 for perspective cameras, everywhere for orthographic. */
  pixelsPerUnit: number;
}

export function updateScreenScale(root: THREE.Object3D, s: ScreenScale): void {
  root.traverse((obj) => {
    const mat = (obj as THREE.Mesh).material as THREE.Material | undefined;
    if (!mat) return;
    if (mat instanceof LineMaterial) {
      mat.resolution.set(s.width * s.pixelRatio, s.height * s.pixelRatio);
      const r = mat.userData.radius as number;
      if (r >= 0 && !s.orthographic) {
        mat.worldUnits = true;
        mat.linewidth = 2 * r;
      } else {
        mat.worldUnits = false;
        mat.linewidth = Math.max(1, r >= 0 ? 2 * r * s.pixelsPerUnit : -2 * r * s.pixelRatio);
      }
    } else if (mat instanceof THREE.ShaderMaterial && "pixelsPerUnit" in mat.uniforms) {
      mat.uniforms.pixelsPerUnit.value = s.pixelsPerUnit;
      mat.uniforms.pixelRatio.value = s.pixelRatio;
      mat.uniforms.orthographic.value = s.orthographic;
    }
  });
}
