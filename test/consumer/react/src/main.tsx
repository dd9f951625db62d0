// React 19 renders the four widgets; the define entries register their tags.
import '@wegwijs/step-guide/define';
import '@wegwijs/video-explainer/define';
import '@wegwijs/letter-explainer/define';
import '@wegwijs/contact-finder/define';
import type { WegwijsContactFinder } from '@wegwijs/contact-finder';
import { StrictMode, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const finder = useRef<WegwijsContactFinder>(null);
  useEffect(() => {
    // Signals the browser test that React mounted the tree with a live element.
    if (finder.current) document.documentElement.dataset.app = finder.current.localName;
  }, []);
  return (
    <main>
      <h1>Wegwijs in een React-app</h1>
      <wegwijs-step-guide src="/content/step-guide.json"></wegwijs-step-guide>
      <wegwijs-video-explainer src="/video/examples/oco-explainer.json"></wegwijs-video-explainer>
      <wegwijs-letter-explainer src="/content/letter.json"></wegwijs-letter-explainer>
      <wegwijs-contact-finder ref={finder} src="/content/contacts.json"></wegwijs-contact-finder>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
