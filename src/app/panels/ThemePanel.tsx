/**
 * The sidebar's last section: the page's theme, System (the system's light or dark setting, followed live), Light
 * or Dark, kept in this browser (theme-choice.ts); the map recolours in place (App.tsx `useThemeChoice`).
 */
import { useId } from 'react';
import { useAtlas } from '../store';
import type { ThemeChoice } from '../theme-choice';
import { Panel } from './Panel';
import { Segmented, type SegmentedOption } from './Segmented';

const THEME_OPTIONS: readonly SegmentedOption<ThemeChoice>[] = [
  { value: 'system', label: 'System', title: "Light or dark as this device's setting" },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The theme choice (System / Light / Dark) as a segmented switch in its own sidebar section. */
export function ThemePanel() {
  const choice = useAtlas((s) => s.themeChoice);
  const setThemeChoice = useAtlas((s) => s.setThemeChoice);
  const labelId = useId();
  return (
    <Panel title="Appearance" kicker="This browser" testId="theme-panel">
      <div className="field">
        <span id={labelId}>Theme</span>
        <Segmented className="theme-choice" labelledBy={labelId} options={THEME_OPTIONS} value={choice} onChange={setThemeChoice} />
      </div>
    </Panel>
  );
}
