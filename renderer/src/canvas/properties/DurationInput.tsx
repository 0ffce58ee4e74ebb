import { useTranslation } from 'react-i18next';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Splits seconds into days, hours, minutes and the seconds left over (kept, though not shown). */
export function splitDuration(seconds: number): { days: number; hours: number; minutes: number; rest: number } {
  const total = Math.max(0, Math.floor(seconds));
  return { days: Math.floor(total / DAY), hours: Math.floor((total % DAY) / HOUR), minutes: Math.floor((total % HOUR) / MINUTE), rest: total % MINUTE };
}

/** A duration in seconds, edited as days, hours and minutes. */
export function DurationInput({ id, value, onChange, onBlur }: { id: string; value: number | undefined; onChange: (seconds: number) => void; onBlur: () => void }) {
  const { t } = useTranslation();
  const parts = splitDuration(value ?? 0);
  const set = (part: 'days' | 'hours' | 'minutes', text: string) => {
    const next = { ...parts, [part]: Math.max(0, Math.floor(Number(text) || 0)) };
    onChange(next.days * DAY + next.hours * HOUR + next.minutes * MINUTE + next.rest);
  };
  const units = [
    ['days', t('canvas.days'), 366],
    ['hours', t('canvas.hours'), 23],
    ['minutes', t('canvas.minutes'), 59],
  ] as const;
  return (
    <div className="fp-duration">
      {units.map(([part, label, max]) => (
        <label key={part} className="fp-duration__part">
          <input id={part === 'days' ? id : `${id}-${part}`} type="number" min={0} max={max} value={parts[part]} onChange={(event) => set(part, event.target.value)} onBlur={onBlur} />
          <span>{label}</span>
        </label>
      ))}
    </div>
  );
}
