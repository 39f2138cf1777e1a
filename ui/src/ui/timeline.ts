import type { DiploGraph } from "../graph/model";
import type { ViewState } from "../state/viewState";
import { h } from "./dom";

/** How long the play button shows each year. */
const STEP_MS = 900;

/**
 * The timeline strip under the graph: a histogram of the drawn relations by
 * the year they began (or ended, when only that is said), a brush of two
 * year sliders that narrows the graph to what held in the window, a play
 * button that steps the window through the years, and a switch for the
 * undated relations. It hides itself when no drawn relation is dated.
 */
export class TimelineStrip {
  readonly element: HTMLElement;
  private readonly bars: HTMLElement;
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;
  private readonly label: HTMLOutputElement;
  private readonly undatedBox: HTMLInputElement;
  private readonly playButton: HTMLButtonElement;
  private min = 0;
  private max = 0;
  private timer = 0;

  constructor(private readonly onChange: (patch: Partial<ViewState>) => void) {
    this.fromInput = h("input", { type: "range", name: "yearFrom", "aria-label": "First year", onInput: () => this.brushed("from") });
    this.toInput = h("input", { type: "range", name: "yearTo", "aria-label": "Last year", onInput: () => this.brushed("to") });
    this.label = h("output", { class: "timeline-label", name: "years" });
    this.undatedBox = h("input", {
      type: "checkbox",
      name: "undated",
      checked: true,
      onChange: () => this.onChange({ undated: this.undatedBox.checked }),
    });
    this.playButton = h("button", { type: "button", class: "timeline-play", name: "play", onClick: () => this.togglePlay() }, "▶ Play");
    this.bars = h("div", { class: "timeline-bars", "aria-hidden": "true" });
    this.element = h(
      "section",
      { class: "timeline", "aria-label": "Timeline", hidden: true },
      h("div", { class: "timeline-brush" }, this.bars, this.fromInput, this.toInput),
      h(
        "div",
        { class: "timeline-controls" },
        this.playButton,
        this.label,
        h("button", { type: "button", class: "timeline-all", name: "allYears", onClick: () => this.show(null) }, "All years"),
        h("label", { class: "timeline-undated" }, this.undatedBox, " undated"),
      ),
    );
  }

  /** Draws the histogram of graph's dated relations and syncs the brush to state. */
  setData(graph: DiploGraph | null, state: ViewState): void {
    const counts = new Map<number, number>();
    graph?.forEachEdge((_e, a) => {
      const y = a.fromYear ?? a.untilYear;
      if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
    });
    this.element.hidden = counts.size === 0;
    if (counts.size === 0) return;
    this.min = Math.min(...counts.keys());
    this.max = Math.max(...counts.keys());
    const highest = Math.max(...counts.values());
    const bars: HTMLElement[] = [];
    for (let y = this.min; y <= this.max; y++) {
      const n = counts.get(y) ?? 0;
      bars.push(h("span", { class: "timeline-bar", title: `${y}: ${n}`, "data-year": y, style: { height: `${n ? 12 + (88 * n) / highest : 0}%` } }));
    }
    this.bars.replaceChildren(...bars);
    for (const input of [this.fromInput, this.toInput]) {
      input.min = String(this.min);
      input.max = String(this.max);
    }
    this.sync(state);
  }

  sync(state: ViewState): void {
    const [from, to] = state.years ?? [this.min, this.max];
    this.fromInput.value = String(from);
    this.toInput.value = String(to);
    this.undatedBox.checked = state.undated;
    this.label.value = state.years ? (from === to ? String(from) : `${from}–${to}`) : "All years";
    this.bars.querySelectorAll<HTMLElement>(".timeline-bar").forEach((bar) => {
      const y = Number(bar.dataset.year);
      bar.classList.toggle("out", !!state.years && (y < from || y > to));
    });
  }

  private brushed(moved: "from" | "to"): void {
    let from = Number(this.fromInput.value);
    let to = Number(this.toInput.value);
    if (from > to) {
      if (moved === "from") to = from;
      else from = to;
    }
    this.show([from, to]);
  }

  private show(years: [number, number] | null): void {
    const whole = years && years[0] <= this.min && years[1] >= this.max;
    this.onChange({ years: whole ? null : years });
  }

  /** Steps a one-year window from the first year to the last, then stops there. */
  private togglePlay(): void {
    if (this.timer) {
      this.stop();
      return;
    }
    let year = this.min;
    this.playButton.textContent = "■ Stop";
    this.onChange({ years: [year, year] });
    this.timer = window.setInterval(() => {
      year++;
      if (year > this.max) {
        this.stop();
        return;
      }
      this.onChange({ years: [year, year] });
    }, STEP_MS);
  }

  private stop(): void {
    window.clearInterval(this.timer);
    this.timer = 0;
    this.playButton.textContent = "▶ Play";
  }
}
