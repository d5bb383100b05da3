/** The bottom sheet's heights (panels/SheetHandle.tsx): a tap steps through them, a drag's end snaps to the nearest. */
import { expect, it } from 'vitest';
import { nearestSheetSize, nextSheetSize } from '../../src/app/panels/SheetHandle';

it('a tap on the handle steps peek → half → full → peek', () => {
  expect(nextSheetSize('peek')).toBe('half');
  expect(nextSheetSize('half')).toBe('full');
  expect(nextSheetSize('full')).toBe('peek');
});

it('a drag lets go at the nearest height (a 390×844 phone: 253, 464, 746 px)', () => {
  const heights = { peek: 253, half: 464, full: 746 };
  expect(nearestSheetSize(242, heights)).toBe('peek');
  expect(nearestSheetSize(380, heights)).toBe('half');
  expect(nearestSheetSize(620, heights)).toBe('full');
  expect(nearestSheetSize(900, heights)).toBe('full');
  expect(nearestSheetSize(0, heights)).toBe('peek');
});
