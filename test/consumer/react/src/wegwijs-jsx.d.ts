// What a React app declares to use custom elements in TSX: the tags and their attributes.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type WegwijsProps = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  src?: string;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'wegwijs-step-guide': WegwijsProps;
      'wegwijs-video-explainer': WegwijsProps;
      'wegwijs-letter-explainer': WegwijsProps;
      'wegwijs-contact-finder': WegwijsProps;
    }
  }
}
