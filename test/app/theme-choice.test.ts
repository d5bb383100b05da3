import { describe, expect, it } from 'vitest';
import { parseThemeChoice, resolveTheme } from '../../src/app/theme-choice';

describe('the theme choice', () => {
  it('reads a kept choice, anything unknown or missing as System', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice(null)).toBe('system');
    expect(parseThemeChoice('Dark')).toBe('system');
    expect(parseThemeChoice('<img onerror=x>')).toBe('system');
  });
  it('Light and Dark hold whatever the system says; System follows it', () => {
    expect(resolveTheme('dark', false)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });
});
