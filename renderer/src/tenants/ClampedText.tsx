import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A text cut to two lines, with a button to show it whole (and cut it again) when it is longer:
 * ten flows with long descriptions would otherwise span several screens.
 */
export function ClampedText({ text }: { text: string }) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [whole, setWhole] = useState(false);
  const [cut, setCut] = useState(false);

  // Whether the clamp hides anything is known only once the text is laid out at its width.
  useLayoutEffect(() => {
    const element = ref.current;
    if (element && !whole) setCut(element.scrollHeight > element.clientHeight + 1);
  }, [text, whole]);

  return (
    <>
      <div id={id} ref={ref} className={whole ? 'muted fp-clamped fp-clamped--whole' : 'muted fp-clamped'}>
        {text}
      </div>
      {(cut || whole) && (
        <button type="button" className="fp-clamped__toggle" aria-expanded={whole} aria-controls={id} onClick={() => setWhole(!whole)}>
          {t(whole ? 'remoteList.showLess' : 'remoteList.showWhole')}
        </button>
      )}
    </>
  );
}
