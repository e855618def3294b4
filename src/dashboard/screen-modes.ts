// The terminal's alternate screen, which the dashboard draws on: entered by
// components/alternate-screen.ts, or already by the first frame the command
// line writes itself (src/cli/first-frame.ts).

export const ALTERNATE_SCREEN_ON = '\u001b[?1049h';
export const ALTERNATE_SCREEN_OFF = '\u001b[?1049l';
/** The cursor to the top left corner, where a frame is drawn from. */
export const CURSOR_HOME = '\u001b[H';
