// Materials shared by the spatial views: round points sized per instance (scene units or UI
// points), and thick lines (three.js LineMaterial).
import * as THREE from "three";
import { LineMaterial } from "three/addons/lines/LineMaterial.js";

const POINT_VERTEX = /* glsl */ `
attribute float radius;
attribute vec4 color;
#ifdef INSTANCE_ATTRIBUTE
attribute float instance;
#endif
#ifdef BATCHED
// Points of many entities in one buffer: each vertex names its entity (an index into the batch's
// entity list); the selection and hover name an entity index too (-1: none of this batch).
attribute float entity;
uniform float highlightEntity;
uniform float hoveredEntity;
#endif
uniform float pixelsPerUnit;
uniform float pixelRatio;
uniform bool orthographic;
uniform float highlight;
uniform float hovered;
varying vec4 vColor;
varying float vHighlight;
varying float vHover;
varying float vSize;
varying float vRim;
void main() {
#ifdef INSTANCE_ATTRIBUTE
  float id = instance;
#else
  float id = float(gl_VertexID);
#endif
#ifdef BATCHED
  vHighlight = (entity == highlightEntity && (highlight == -1.0 || id == highlight)) ? 1.0 : 0.0;
  vHover = (entity == hoveredEntity && (hovered == -1.0 || id == hovered)) ? 1.0 : 0.0;
#else
  vHighlight = (highlight == -1.0 || id == highlight) ? 1.0 : 0.0;
  vHover = (hovered == -1.0 || id == hovered) ? 1.0 : 0.0;
#endif
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mv;
  // Positive radii are scene units, negative ones UI points (as in Rerun). Orthographic views
  // divide by w too: 3D content projected through a pinhole into a 2D view has w = depth / focal
  // length, so its scene-unit radii shrink with distance as the camera sees them.
  float px = radius >= 0.0
    ? (orthographic ? radius * pixelsPerUnit / max(mv.w, 1e-6) : radius * pixelsPerUnit / max(-mv.z, 1e-6))
    : -radius * pixelRatio;
  float size = 2.0 * px;
  // One pixel more than the disc: room for its antialiased rim (see POINT_FRAGMENT). Points of
  // the smallest size get none: Rerun draws a sub-pixel point as about one pixel, not a blur.
  vSize = max(size, MIN_POINT_PX) + max(vHighlight, vHover) * 4.0 * pixelRatio;
  vRim = vSize > 2.0 ? 1.0 : 0.0;
  gl_PointSize = vSize + vRim;
  vColor = color;
  // Points thinner than a pixel are drawn at the smallest size with Rerun's coverage at their
  // centre (re_renderer point_cloud.wgsl: a smoothstep one pixel wide around the radius), so they
  // fade only once their radius is well under half a pixel, as in Rerun 0.17.
  float t = clamp(px + 0.5, 0.0, 1.0);
  vColor.a *= t * t * (3.0 - 2.0 * t);
}`;

const POINT_FRAGMENT = /* glsl */ `
varying vec4 vColor;
varying float vHighlight;
varying float vHover;
varying float vSize;
varying float vRim;
void main() {
  // In units of the disc's radius (vSize / 2 pixels); the sprite may be a pixel larger (the rim).
  vec2 c = (gl_PointCoord * 2.0 - 1.0) * (vSize + vRim) / vSize;
  float r2 = dot(c, c);
  // Antialiased edge: the share of the pixel inside the disc.
  float cover = vRim > 0.5 ? clamp((1.0 - sqrt(r2)) * vSize * 0.5 + 0.5, 0.0, 1.0) : step(r2, 1.0);
  if (cover <= 0.0) discard;
  // Selected instances get a white rim, hovered ones a gray one.
  if (max(vHighlight, vHover) > 0.5 && sqrt(r2) > 1.0 - 5.0 / max(vSize, 6.0)) {
    gl_FragColor = vec4(vHighlight > 0.5 ? vec3(1.0) : HOVER_RIM, LINEAR_ALPHA(cover));
    return;
  }
  // Points look like softly lit spheres, as in Rerun.
  float shade = 0.75 + 0.35 * sqrt(max(1.0 - r2, 0.0));
  gl_FragColor = vec4(min(vColor.rgb * shade, vec3(1.0)), LINEAR_ALPHA(vColor.a * cover));
}`;

/**
 * Round points sized per instance. `instanceAttribute`: the geometry has an `instance` attribute
 * naming each vertex's instance (some instances were skipped), used to highlight the selected one.
 * `batched`: the points of many entities, with an `entity` attribute (see `SpatialViewBase.applySelection`).
 */
export function pointMaterial(transparent: boolean, instanceAttribute = false, batched = false): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    vertexShader: POINT_VERTEX,
    fragmentShader: POINT_FRAGMENT,
    defines: {
      MIN_POINT_PX: "1.5",
      "LINEAR_ALPHA(a)": LINEAR_ALPHA,
      HOVER_RIM: "vec3(0.6)",
      ...(instanceAttribute || batched ? { INSTANCE_ATTRIBUTE: "1" } : {}),
      ...(batched ? { BATCHED: "1" } : {}),
    },
    uniforms: {
      highlightEntity: { value: -1 },
      hoveredEntity: { value: -1 },
      pixelsPerUnit: { value: 1 },
      pixelRatio: { value: window.devicePixelRatio || 1 },
      orthographic: { value: false },
      // -2: nothing selected, -1: every instance, >= 0: that instance.
      highlight: { value: -2 },
      hovered: { value: -2 },
    },
    // Tiny points fade by coverage, so blending is always on.
    transparent: true,
    depthWrite: !transparent,
  });
}

/**
 * Alpha (a colour's, or a pixel's coverage) as Rerun 0.17 shows it: it blends in linear light and
 * encodes the result in sRGB, we blend the sRGB values, so over a dark background the same look
 * needs alpha^(1/2.2) (alpha 128: 188 of 255 as in Rerun, not 128). Over a bright background
 * (an image under a translucent line) ours is then somewhat more opaque than Rerun's.
 */
const LINEAR_ALPHA = "pow(clamp(a, 0.0, 1.0), 1.0 / 2.2)";

/** The least coverage a line thinner than a pixel is drawn with (see `lineMaterial`). */
export const THIN_LINE_COVERAGE = 0.5;

/**
 * Thick lines; `radius` > 0 is in scene units, < 0 in UI points (updated by the view on zoom);
 * `opacity` is the color's alpha (0..1).
 */
export function lineMaterial(radius: number, opacity = 1, endWidths = false): LineMaterial {
  // Always blended: lines thinner than a pixel fade by their coverage (see updateScreenScale).
  const m = new LineMaterial({ vertexColors: true, linewidth: 2, worldUnits: false, transparent: true, opacity });
  m.userData.radius = radius;
  m.userData.opacity = opacity;
  // Screen-space lines (2D views, UI-point radii): the width is `linewidth` pixels, divided by the
  // depth (w) when `depthScaled` (3D content projected through a pinhole into a 2D view, whose w is
  // depth / focal length); lines thinner than a pixel are drawn a pixel wide with their coverage as
  // alpha, as anti-aliasing would show them: a thin translucent line stays thin and translucent.
  // Rerun 0.17 draws such a line with 4x multisampling and no fragment alpha (re_renderer
  // lines.wgsl), so where it passes it lights one or two of a pixel's four samples: it shows at
  // 25-50% of its colour however thin it is. Ours never fades below the upper end of that
  // (`THIN_LINE_COVERAGE`), times the colour's alpha, which Rerun 0.17 ignores and we honour.
  // `endWidths`: a batch of such lines projected on the CPU (their w is 1 here) carries each
  // end's 1 / w as the attributes instanceWidthStart/End, which scale a depth-scaled width as
  // that end's w did (see `projectSegments`).
  m.uniforms.depthScaled = { value: 0 };
  const endScale = endWidths ? "(( position.y < 0.5 ) ? instanceWidthStart : instanceWidthEnd)" : "1.0";
  const header = endWidths ? "attribute float instanceWidthStart;\nattribute float instanceWidthEnd;\n" : "";
  m.vertexShader = `${header}varying float vCoverage;\nuniform float depthScaled;\n#define THIN_LINE_COVERAGE ${THIN_LINE_COVERAGE.toFixed(2)}\n` + patch(m.vertexShader, [
    ["void main() {", "void main() {\n\tvCoverage = 1.0;"],
    [
      "offset *= linewidth;",
      `float lw = linewidth * mix(1.0, ${endScale} / max(( position.y < 0.5 ) ? clipStart.w : clipEnd.w, 1e-6), depthScaled);\n\t\t\t\tvCoverage = clamp(max(lw, THIN_LINE_COVERAGE), 0.0, 1.0);\n\t\t\t\toffset *= max(lw, 1.0);`,
    ],
  ]);
  if (endWidths) m.userData.endWidths = true;
  m.fragmentShader = `varying float vCoverage;\n#define LINEAR_ALPHA(a) ${LINEAR_ALPHA}\n` + patch(m.fragmentShader, [["float alpha = opacity;", "float alpha = LINEAR_ALPHA(opacity * vCoverage);"]]);
  return m;
}

/**
 * Arrow heads (instanced cones, or triangles in 2D). A head whose `headPixels` attribute is 1 has
 * its instance scale in UI points, not scene units: Rerun sizes the heads of arrows without
 * radii (1.5 UI points) in pixels, 4 radii long and wide. Such a head is scaled by the scene size
 * of a pixel at its tip and pushed half its length beyond the tip, so that the shaft, drawn to the
 * tip in pixels, ends inside it.
 */
export function headMaterial(): THREE.MeshBasicMaterial {
  const m = new THREE.MeshBasicMaterial({ side: THREE.DoubleSide });
  const screen = { pixelsPerUnit: { value: 1 }, pixelRatio: { value: 1 }, orthographic: { value: false } };
  m.userData.screen = screen;
  m.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, screen);
    shader.vertexShader =
      "attribute float headPixels;\nuniform float pixelsPerUnit;\nuniform float pixelRatio;\nuniform bool orthographic;\n" +
      patch(shader.vertexShader, [
        [
          "#include <begin_vertex>",
          `#include <begin_vertex>
  if (headPixels > 0.5) {
    vec4 tipView = modelViewMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
    float depth = orthographic ? 1.0 : max(-tipView.z, 1e-6);
    transformed.y += 0.5;
    transformed *= pixelRatio * depth / pixelsPerUnit;
  }`,
        ],
      ]);
  };
  return m;
}

/** `source` with each [from, to] replaced once; throws when `from` is missing (three.js changed). */
function patch(source: string, replacements: [string, string][]): string {
  for (const [from, to] of replacements) {
    if (!source.includes(from)) throw new Error(`line shader: cannot find ${from}`);
    source = source.replace(from, to);
  }
  return source;
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
      mat.opacity = (mat.userData.opacity as number | undefined) ?? 1;
      if (r >= 0 && !s.orthographic) {
        mat.worldUnits = true;
        mat.linewidth = 2 * r;
      } else {
        // In pixels (see lineMaterial for thin lines and depth).
        mat.worldUnits = false;
        mat.linewidth = Math.max(0, r >= 0 ? 2 * r * s.pixelsPerUnit : -2 * r * s.pixelRatio);
        mat.uniforms.depthScaled.value = r >= 0 ? 1 : 0;
      }
    } else if (mat instanceof THREE.ShaderMaterial && "pixelsPerUnit" in mat.uniforms) {
      mat.uniforms.pixelsPerUnit.value = s.pixelsPerUnit;
      mat.uniforms.pixelRatio.value = s.pixelRatio;
      mat.uniforms.orthographic.value = s.orthographic;
    } else if (mat.userData.screen) {
      const u = mat.userData.screen as { pixelsPerUnit: { value: number }; pixelRatio: { value: number }; orthographic: { value: boolean } };
      u.pixelsPerUnit.value = s.pixelsPerUnit;
      u.pixelRatio.value = s.pixelRatio;
      u.orthographic.value = s.orthographic;
    }
  });
}
