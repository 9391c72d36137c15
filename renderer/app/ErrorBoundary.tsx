/** Catches a rendering failure so the analyst sees what happened and can reload; stored data is not touched. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryState {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept on the page for a bug report; nothing is sent anywhere.
    this.setState({ error: Object.assign(error, { componentStack: info.componentStack }) });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>Your library is safe: every change was saved as you made it. Reload to continue.</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
