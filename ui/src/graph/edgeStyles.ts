import type { Attributes } from "graphology-types";
import { EdgeArrowHeadProgram, EdgeClampedProgram, EdgeRectangleProgram, createEdgeCompoundProgram } from "sigma/rendering";
import type { EdgeProgramType } from "sigma/rendering";
import type { LineStyle } from "./palette";

/**
 * Dashed and dotted variants of sigma's edge programs. Sigma has none, so the
 * shaders of its rectangle (mutual) and clamped (arrow body) programs get a
 * varying for the distance along the edge, and fragments in the gaps are
 * dropped. Picking (edge hover and click) keeps the whole line.
 */
const PATTERNS: Record<Exclude<LineStyle, "solid">, { period: string; on: string }> = {
  dashed: { period: "11.0", on: "7.0" },
  dotted: { period: "6.0", on: "2.6" },
};

function dashVertex(source: string): string {
  return source
    .replace("varying float v_feather;", "varying float v_feather;\nvarying float v_along;")
    .replace(
      /\}\s*$/,
      // Clip space spans two units across the canvas: ~400 px a unit on a common screen.
      "  v_along = a_positionCoef * length((u_matrix * vec3(a_positionEnd, 1)).xy - (u_matrix * vec3(a_positionStart, 1)).xy) * 400.0;\n}\n",
    );
}

function dashFragment(source: string, style: Exclude<LineStyle, "solid">): string {
  const { period, on } = PATTERNS[style];
  return source
    .replace("varying float v_feather;", "varying float v_feather;\nvarying float v_along;")
    .replace("void main(void) {", `void main(void) {\n  #ifndef PICKING_MODE\n  if (mod(v_along, ${period}) > ${on}) discard;\n  #endif`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ProgramClass = any;

function styled(Base: ProgramClass, style: Exclude<LineStyle, "solid">): ProgramClass {
  return class extends Base {
    getDefinition() {
      const definition = super.getDefinition();
      return {
        ...definition,
        VERTEX_SHADER_SOURCE: dashVertex(definition.VERTEX_SHADER_SOURCE),
        FRAGMENT_SHADER_SOURCE: dashFragment(definition.FRAGMENT_SHADER_SOURCE, style),
      };
    }
  };
}

export function styledEdgePrograms<N extends Attributes, E extends Attributes>(): Record<string, EdgeProgramType<N, E>> {
  return {
    "line-dashed": styled(EdgeRectangleProgram, "dashed"),
    "line-dotted": styled(EdgeRectangleProgram, "dotted"),
    "arrow-dashed": createEdgeCompoundProgram([styled(EdgeClampedProgram, "dashed"), EdgeArrowHeadProgram]),
    "arrow-dotted": createEdgeCompoundProgram([styled(EdgeClampedProgram, "dotted"), EdgeArrowHeadProgram]),
  };
}
