import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import { App } from './app/App';
import './ui/tokens.css';
import './app/theme.css';
import './ui/ui.css';

const container = document.getElementById('root');
if (container === null) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <ApiProvider>
      <App />
    </ApiProvider>
  </StrictMode>,
);
