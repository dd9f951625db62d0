import { fixture, type html } from '@open-wc/testing';
import type { WegwijsContactFinder } from '../../src/contact-finder.js';

export const JSON_SRC = '/packages/contact-finder/examples/voorbeeldstad-contacts.json';
export const CSV_SRC = '/packages/contact-finder/examples/voorbeeldstad-contacts.csv';
export const tuesdayMorning = new Date('2026-03-03T09:30:00Z'); // 10:30 in Voorbeeldstad

export async function finder(template: ReturnType<typeof html>) {
  const el = (await fixture(template)) as WegwijsContactFinder;
  await el.whenReady();
  return el;
}
export const shadow = (el: Element) => el.shadowRoot!;
export const cards = (el: Element) => [...el.querySelectorAll('.wegwijs-contact-finder__contact')];
export const count = (el: Element) =>
  el.querySelector('.wegwijs-contact-finder__count')!.textContent!.trim();
export const field = <T extends Element>(el: Element, name: string) =>
  shadow(el).querySelector<T & Element>(`[name=${name}]`)!;

export async function type(el: WegwijsContactFinder, name: string, value: string) {
  const input = field<HTMLInputElement>(el, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
