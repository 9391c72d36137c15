// Verdict badges get the text colour that reads better on their step colour, for presets and team colours alike.
import { describe, expect, it } from 'vitest';
import { presetScales } from '../../shared';
import { inkFor } from '../../renderer/features/scales/use-scale-styles';

const DARK = '#111418';

describe('the text colour of a verdict badge', () => {
  it.each([
    { color: '#1a7f37', ink: '#fff', why: 'dark green (True)' },
    { color: '#82071e', ink: '#fff', why: 'dark red (Pants on fire)' },
    { color: '#b08800', ink: DARK, why: 'ochre (Half true)' },
    { color: '#5a9e2f', ink: DARK, why: 'light green (Mostly true)' },
    { color: '#ffffff', ink: DARK, why: 'white chosen by a team' },
    { color: '#000000', ink: '#fff', why: 'black chosen by a team' },
    { color: 'tomato', ink: '#fff', why: 'a colour that is not #rrggbb' },
  ])('is $ink on $why', ({ color, ink }) => {
    expect(inkFor(color)).toBe(ink);
  });

  it('reaches a contrast of at least 4.5:1 on every preset step', () => {
    const luminance = (color: string) => {
      const [red, green, blue] = (
        color === '#fff' ? ['ff', 'ff', 'ff'] : (color.slice(1).match(/../g) as string[])
      ).map((hex) => {
        const channel = parseInt(hex, 16) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
    };
    for (const step of presetScales.flatMap((scale) => scale.steps)) {
      const [light, dark] = [luminance(step.color), luminance(inkFor(step.color))].sort((a, b) => b - a) as [
        number,
        number,
      ];
      expect((light + 0.05) / (dark + 0.05), step.label).toBeGreaterThanOrEqual(4.5);
    }
  });
});
