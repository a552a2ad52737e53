import type { WheelProps } from './Wheel.types';
import { renderWheel } from './renderWheel';
import { useWheel } from './useWheel';
import { useWheelStyles } from './useWheelStyles.styles';

/**
 * The årshjul: twelve months around a circle, one ring per category, every deadline a
 * focusable mark at its day. Tab enters once; the arrow keys move in date order.
 */
export function Wheel(props: WheelProps) {
  const state = useWheel(props);
  const classes = useWheelStyles();
  return renderWheel(state, classes);
}
