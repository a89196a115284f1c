// THE list of view kinds the app can draw: one module per kind (mirrors
// src/rerun/_viewer/views/__init__.py on the server).
import { barChartView } from "./bar_chart";
import { spatial2dView } from "./spatial2d";
import { spatial3dView } from "./spatial3d";
import { tensorView } from "./tensor";
import { textDocumentView } from "./text_document";
import { textLogView } from "./text_log";
import { timeSeriesView } from "./time_series";
import type { ViewModule } from "./types";

export const VIEW_MODULES: readonly ViewModule[] = [
  spatial3dView,
  spatial2dView,
  timeSeriesView,
  barChartView,
  tensorView,
  textDocumentView,
  textLogView,
];

const BY_KIND = new Map(VIEW_MODULES.map((m) => [m.kind, m]));

export function viewModule(kind: string): ViewModule | undefined {
  return BY_KIND.get(kind);
}
