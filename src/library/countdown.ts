// "in 2 d 5 h" / "2 天 5 小时后": the time until a meeting, in minutes rounded
// up, in the interface language. schedule.ts's formatCountdown is the English
// original; this gives the same English text and a Chinese one.

import type { Translate } from '../i18n/i18n.js';
import { EN } from '../i18n/i18n.js';

/** null once the meeting has started ("now"); otherwise the countdown text. */
export function countdownText(now: Date, start: Date, t: Translate = EN): string | null {
  const ms = +start - +now;
  if (ms <= 0) return null;
  // Round minutes up so the last seconds before the start read "in 1 min", never "in 0 min".
  const minutes = Math.ceil(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? t('countdown.daysHours', { days, hours }) : t('countdown.days', { days });
  if (hours > 0) return rest > 0 ? t('countdown.hoursMinutes', { hours, minutes: rest }) : t('countdown.hours', { hours });
  return t('countdown.minutes', { minutes: rest });
}
