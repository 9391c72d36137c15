/** Entry point of the renderer: mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { LibraryGate } from './app/LibraryGate';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <LibraryGate>
        <App />
      </LibraryGate>
    </ErrorBoundary>
  </StrictMode>,
);
