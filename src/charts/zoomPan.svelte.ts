/**
 * Pan and zoom state for a chart: a transform in `$state`, changed by pointer drags on the background, Ctrl/⌘ +
 * wheel (and trackpad pinch, which Chromium reports as Ctrl + wheel) and the +/−/reset buttons. Plain wheel is
 * left to the page so scrolling past a chart never gets stuck in it. No d3-zoom: the math is in
 * layout/speakerNetworkLayout.ts (`zoomAt`).
 */
import { IDENTITY, zoomAt, type ViewTransform } from '../layout/speakerNetworkLayout.ts';

export class ZoomPan {
  t = $state<ViewTransform>(IDENTITY);
  dragging = $state(false);
  #start: { x: number; y: number; t: ViewTransform; id: number } | null = null;

  zoomBy(factor: number, cx: number, cy: number): void {
    this.t = zoomAt(this.t, factor, cx, cy);
  }
  reset(): void {
    this.t = IDENTITY;
  }
  /** Start panning when the press lands on the background itself (not on a node button). */
  down = (e: PointerEvent): void => {
    if (e.button !== 0 || e.target !== e.currentTarget) return;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    this.#start = { x: e.clientX, y: e.clientY, t: this.t, id: e.pointerId };
    this.dragging = true;
  };
  move = (e: PointerEvent): void => {
    const s = this.#start;
    if (!s || s.id !== e.pointerId) return;
    this.t = { k: s.t.k, x: s.t.x + e.clientX - s.x, y: s.t.y + e.clientY - s.y };
  };
  up = (): void => {
    this.#start = null;
    this.dragging = false;
  };
  wheel = (e: WheelEvent): void => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this.zoomBy(Math.exp(-e.deltaY * 0.002), e.clientX - r.left, e.clientY - r.top);
  };
}
