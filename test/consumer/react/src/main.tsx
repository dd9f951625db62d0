// React 19 renders the five widgets and core's two elements with the JSX types the packages generate from their
// manifests (`<package>/react`): typed props, and typed `on<event-name>` props that React 19
// attaches with addEventListener. No cast anywhere: a wrong prop or event type fails `tsc`.
import '@wegwijs/step-guide/define';
import '@wegwijs/video-explainer/define';
import '@wegwijs/letter-explainer/define';
import '@wegwijs/contact-finder/define';
import '@wegwijs/question-helper/define';
import type {} from '@wegwijs/step-guide/react';
import type {} from '@wegwijs/video-explainer/react';
import type {} from '@wegwijs/letter-explainer/react';
import type {} from '@wegwijs/contact-finder/react';
import type {} from '@wegwijs/question-helper/react';
import type {} from '@wegwijs/core/react';
import type { WegwijsContactFinder, WegwijsContactFilterEvent } from '@wegwijs/contact-finder';
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const finder = useRef<WegwijsContactFinder>(null);
  const [step, setStep] = useState(0);
  useEffect(() => {
    // Signals the browser test that React mounted the tree with a live element.
    if (finder.current) document.documentElement.dataset.app = finder.current.localName;
  }, []);
  // A typed handler: `total` and `filters` without a cast (the browser test reads the result).
  const onFilter = (event: WegwijsContactFilterEvent) => {
    document.documentElement.dataset.contactTotal = String(event.total);
  };
  return (
    <main>
      <h1>Wegwijs in een React-app</h1>
      <section aria-labelledby="taal-titel">
        <h2 id="taal-titel">Taal en voorlezen</h2>
        <wegwijs-language-switch variant="buttons" languages={['nl', 'ar', 'tr']} />
        <wegwijs-read-aloud
          text="U kunt gratis hulp krijgen."
          text-lang="nl"
          audio="/content/gratis-hulp.mp3"
          show-speed={false}
        />
      </section>
      <section aria-labelledby="stappen-titel">
        <h2 id="stappen-titel">Zo krijgt u hulp</h2>
        <p>Stap {step + 1}</p>
        <wegwijs-step-guide
          src="/content/step-guide.json"
          heading-level={3}
          view="all"
          onwegwijs-step-change={(event) => setStep(event.index)}
          onwegwijs-step-check={(event) => console.info(event.detail.id, event.checked)}
        ></wegwijs-step-guide>
      </section>
      <section aria-labelledby="video-titel">
        <h2 id="video-titel">Uitleg in een video</h2>
        <wegwijs-video-explainer
          src="/video/examples/oco-explainer.json"
          heading-level={3}
          onwegwijs-video-version-change={(event) => console.info(event.lang)}
          onwegwijs-video-consent={(event) => console.info(event.service)}
        ></wegwijs-video-explainer>
      </section>
      <section aria-labelledby="brief-titel">
        <h2 id="brief-titel">Een brief van de gemeente begrijpen</h2>
        <wegwijs-letter-explainer
          src="/content/letter.json"
          heading-level={3}
          onwegwijs-explanation-toggle={(event) => console.info(event.explanation, event.open)}
        ></wegwijs-letter-explainer>
      </section>
      <section aria-labelledby="vraag-titel">
        <h2 id="vraag-titel">Uw vraag op een kaart</h2>
        <wegwijs-question-helper
          src="/content/question-helper.json"
          finder="contacten"
          heading-level={3}
          onwegwijs-question-handover={(event) => console.info(event.detail.topics)}
        ></wegwijs-question-helper>
      </section>
      <section aria-labelledby="contact-titel">
        <h2 id="contact-titel">Iemand die uw taal spreekt</h2>
        <wegwijs-contact-finder
          id="contacten"
          ref={finder}
          src="/content/contacts.json"
          heading-level={3}
          onwegwijs-contact-filter={onFilter}
        ></wegwijs-contact-finder>
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
