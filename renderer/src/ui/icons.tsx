import type { ReactNode } from 'react';

// Outline icons drawn on a 24-unit grid with the current text colour (Lucide-style strokes),
// inline so the strict Content-Security-Policy needs no extra sources.
const PATHS = {
  undo: (
    <>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </>
  ),
  redo: (
    <>
      <path d="m15 14 5-5-5-5" />
      <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
    </>
  ),
  save: (
    <>
      <path d="M5 3h11l5 5v11a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z" />
      <path d="M7 3v5h8V3M7 21v-7h10v7" />
    </>
  ),
  check: <path d="M20 6 9 17l-5-5" />,
  // A cloud with an upward arrow: the tenants flows are uploaded to.
  tenants: (
    <>
      <path d="M7 18a5 5 0 1 1 .9-9.9A6 6 0 0 1 19 10a4 4 0 0 1 0 8h-2" />
      <path d="m9 15 3-3 3 3M12 12v9" />
    </>
  ),
  problems: (
    <>
      <path d="M3 5h18M3 12h18M3 19h12" />
    </>
  ),
  template: (
    <>
      <rect x="3" y="3" width="7" height="7" rx="1" />
      <rect x="14" y="3" width="7" height="7" rx="1" />
      <rect x="3" y="14" width="7" height="7" rx="1" />
      <path d="M17.5 14v7M14 17.5h7" />
    </>
  ),
  folderOpen: <path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />,
  close: <path d="M18 6 6 18M6 6l12 12" />,
  // A route from a start to an end: what a flow file holds, and nothing like a checkbox (or a share icon).
  flow: (
    <>
      <circle cx="6" cy="19" r="3" />
      <path d="M9 19h8.5a3.5 3.5 0 0 0 0-7h-11a3.5 3.5 0 0 1 0-7H15" />
      <circle cx="18" cy="5" r="3" />
    </>
  ),
  // A play triangle: run the flow (the Simulate panel).
  play: <path d="M7 4v16l13-8z" />,
} satisfies Record<string, ReactNode>;

/** An outline icon by name; decorative (the button around it carries the accessible name). */
export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {PATHS[name]}
    </svg>
  );
}
