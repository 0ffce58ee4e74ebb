import { Component } from 'react';
import type { ReactNode } from 'react';

interface FailureBoundaryProps {
  children: ReactNode;
  /** Told once when the part failed; it then draws nothing. */
  onFailure(error: unknown): void;
}

/**
 * Keeps a failing part of the UI from taking the whole editor down: a dialog or a panel whose
 * code could not be loaded (a chunk gone after an update, a read error) or that threw while
 * drawing is dropped and reported, and open documents stay as they are.
 */
export class FailureBoundary extends Component<FailureBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onFailure(error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
