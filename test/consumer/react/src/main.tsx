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
      <section aria-labelledby="stappen-titel">
        <h2 id="stappen-titel">Zo krijgt u hulp</h2>
        <wegwijs-step-guide src="/content/step-guide.json"></wegwijs-step-guide>
      </section>
      <section aria-labelledby="video-titel">
        <h2 id="video-titel">Uitleg in een video</h2>
        <wegwijs-video-explainer src="/video/examples/oco-explainer.json"></wegwijs-video-explainer>
      </section>
      <section aria-labelledby="brief-titel">
        <h2 id="brief-titel">Een brief van de gemeente begrijpen</h2>
        <wegwijs-letter-explainer src="/content/letter.json"></wegwijs-letter-explainer>
      </section>
      <section aria-labelledby="contact-titel">
        <h2 id="contact-titel">Iemand die uw taal spreekt</h2>
        <wegwijs-contact-finder ref={finder} src="/content/contacts.json"></wegwijs-contact-finder>
      </section>
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
