// The English strings of the screen about an expected meeting without a note
// (src/dashboard/expected-screen.ts). Spread into en.ts; zh-expected.ts has the same keys.

export const enExpected = {
  'expected.title': 'Expected meeting, no note: {when}',
  'expected.missed': 'The series expected a meeting here, but no note in the folder has this date, and no meeting held nearby stands for it.',
  'expected.gap': 'The series expected meetings from {first} to {last}, but the notes stop at {notes}: none has a note.',
  'expected.coming': 'Still to come: its note is written at or after the meeting.',
  'expected.series': 'Series: {from} to {until}, every {every} weeks on {weekday} {start}-{end} (UTC{offset}), stated in {source}.',
  'expected.noSeries': 'No series covers it.',
  'expected.room': 'Room: {room}, as given in {source}.',
  'expected.noRoom': 'No room is known for it.',
  'expected.gone': 'This meeting is no longer on the Schedule.',
  'weekday.Mon': 'Mon',
  'weekday.Tue': 'Tue',
  'weekday.Wed': 'Wed',
  'weekday.Thu': 'Thu',
  'weekday.Fri': 'Fri',
  'weekday.Sat': 'Sat',
  'weekday.Sun': 'Sun',
} as const;
