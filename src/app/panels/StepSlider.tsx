/**
 * A range input over an ordered list of `count` values that are not evenly spaced (link-strength thresholds; the
 * year slider has a scale of its own, spaced by papers: features/time/year-scale.ts): its position is the value's index, read out to screen readers as
 * `valueText`; `onStep` gets the index chosen; `describedBy`: the id of a text that explains the values. The caller keeps the values and turns the index back into one.
 */
export function StepSlider({ id, count, step, valueText, onStep, describedBy }: { id: string; count: number; step: number; valueText: string; onStep: (step: number) => void; describedBy?: string }) {
  return <input id={id} type="range" min={0} max={count - 1} step={1} value={step} aria-valuetext={valueText} aria-describedby={describedBy} onChange={(e) => onStep(Number(e.target.value))} />;
}
