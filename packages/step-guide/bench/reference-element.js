// The reference for the first-render budget: the least a Lit element can do with the same
// 7 steps. It reads the editor's <li> steps and renders each as a heading with a button, a
// "Stap n van 7" line, a one-path pictogram and the text, into its light DOM, without styles,
// content checks, storage, languages or lazy chunks. What it takes is what Lit itself costs.
import { LitElement, html, svg } from 'lit';

const pictogram = svg`<svg role="img" aria-label="" viewBox="0 0 10 10"><path d="M0 0h10v10z"/></svg>`;

export class ReferenceGuide extends LitElement {
  static properties = { steps: { state: true } };

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    this.steps = [...this.querySelectorAll('li')].map((li) => ({
      title: li.querySelector('h3')?.textContent ?? '',
      text: li.querySelector('p')?.textContent ?? '',
    }));
    this.textContent = '';
    super.connectedCallback();
  }

  render() {
    return html`<ol>
      ${this.steps.map(
        (step, i) =>
          html`<li class="wegwijs-step-guide__step">
            <h3><button aria-expanded=${i === 0}>${step.title}</button></h3>
            <span>Stap ${i + 1} van ${this.steps.length}</span>
            <span class="wegwijs-step-guide__pic">${pictogram}</span>
            <p>${step.text}</p>
          </li>`,
      )}
    </ol>`;
  }
}
