/** One contact, rendered into the light DOM (readable by read-aloud and translation tools). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@wegwijs/core/locale/msg';
import {
  directionOf,
  resolveText,
  safeMediaUrl,
  safeUrl,
  telHref,
  type LocalizedText,
} from '@wegwijs/core';
import { endonym } from '@wegwijs/core/language-switch';
import { mapHref, whatsappNumber } from '../channels.js';
import {
  formatTime,
  formatWeekday,
  hoursStatus,
  nextOpening,
  type Clock,
  type WeeklyHours,
} from '../hours.js';
import { DUTCH_KIND, kindLabel, topicLabel } from '../labels.js';
import { listFormat } from '../formatters.js';
import { formatList } from '../list-format.js';
import { chatIcon, globeIcon, mailIcon, phoneIcon, routeIcon } from './channel-icons.js';
import type { Contact } from '../types.js';

export function heading(level: number, id: string, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id} tabindex="-1">${content}</h2>`;
    case 4:
      return html`<h4 id=${id} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} tabindex="-1">${content}</h5>`;
    default:
      return html`<h3 id=${id} tabindex="-1">${content}</h3>`;
  }
}

/**
 * The role without the kind it repeats: "Sleutelpersoon Marokkaanse gemeenschap" next to the
 * kind "Sleutelpersoon" reads "Sleutelpersoon · Sleutelpersoon Marokkaanse gemeenschap" (#26).
 */
export function roleWithoutKind(
  role: LocalizedText | undefined,
  kind: Contact['kind'],
): LocalizedText | undefined {
  const dutch = DUTCH_KIND[kind];
  const strip = (text: string) => {
    const rest = text.trim();
    if (rest.toLowerCase() === dutch.toLowerCase()) return '';
    return rest.toLowerCase().startsWith(`${dutch.toLowerCase()} `)
      ? rest.slice(dutch.length + 1).trim()
      : rest;
  };
  if (typeof role === 'string') return strip(role) || undefined;
  if (role && typeof role === 'object' && typeof role['nl'] === 'string') {
    const nl = strip(role['nl']);
    const rest = { ...role } as Record<string, string>;
    if (nl) rest['nl'] = nl;
    else delete rest['nl'];
    return Object.keys(rest).length ? rest : undefined;
  }
  return role;
}

/**
 * Read aloud for a contact (#26: the contact finder had none): who, what they are, the
 * languages they speak and what they help with, in the interface language. Core's element,
 * registered lazily by the finder; without a voice it says so (see core's read-aloud).
 */
function readAloud(c: Contact, ui: string): TemplateResult {
  const and = listFormat(ui, { type: 'conjunction' });
  const languages = and.format(c.languages.map((code) => endonym(code)));
  const topics = and.format(c.topics.map(topicLabel));
  const items = [
    { text: `${c.name}. ${kindLabel(c.kind)}.`, lang: ui },
    { text: `${msg('Spreekt:')} ${languages}.`, lang: ui },
    ...(c.topics.length ? [{ text: `${msg('Helpt met:')} ${topics}.`, lang: ui }] : []),
  ];
  return html`<wegwijs-read-aloud
    class="wegwijs-contact-finder__read"
    .items=${items}
  ></wegwijs-read-aloud>`;
}

function localized(text: LocalizedText | undefined, locale: string) {
  const t = resolveText(text, locale);
  return t ? html`<span lang=${t.lang} dir=${t.dir}>${t.text}</span>` : nothing;
}

function status(hours: WeeklyHours, clock: Clock, ui: string) {
  const s = hoursStatus(hours, clock);
  const text =
    s.state === 'open'
      ? msg(str`Nu open, tot ${formatTime(s.until, ui)}`)
      : s.state === 'opens'
        ? msg(str`Gaat vandaag open om ${formatTime(s.at, ui)}`)
        : s.holiday
          ? msg('Vandaag gesloten (feestdag)')
          : msg('Vandaag gesloten');
  return html`<p class="wegwijs-contact-finder__status" data-state=${s.state}>
    ${text} ${s.state === 'closed' ? opensNext(hours, clock, ui) : nothing}
  </p>`;
}

/** "Gaat maandag open om 10:00" (#26): when closed for today, when to come or call instead. */
function opensNext(hours: WeeklyHours, clock: Clock, ui: string) {
  const next = nextOpening(hours, clock);
  if (!next) return nothing;
  const time = html`<bdi>${formatTime(next.at, ui)}</bdi>`;
  return html`<span class="wegwijs-contact-finder__next"
    >${
      next.tomorrow
        ? msg(html`Gaat morgen open om ${time}`)
        : msg(html`Gaat ${formatWeekday(next.weekday, ui)} open om ${time}`)
    }</span
  >`;
}

function week(hours: WeeklyHours, ui: string) {
  const order = [1, 2, 3, 4, 5, 6, 0];
  return html`<details>
    <summary>${msg('Openingstijden')}</summary>
    <ul>
      ${order.map((day) => {
        const spans = hours.week[day]!;
        return html`<li>
          <span>${formatWeekday(day, ui)}</span>:
          ${
            spans.length
              ? spans.map(
                  ([a, b], i) =>
                    html`${i ? ', ' : ''}<bdi dir="ltr"
                        >${formatTime(a, ui)}–${formatTime(b % 1440, ui)}</bdi
                      >`,
                )
              : msg('gesloten')
          }
        </li>`;
      })}
    </ul>
  </details>`;
}

export interface ContactView {
  contact: Contact;
  hours?: WeeklyHours;
  id: string;
  level: number;
  locale: string;
  ui: string;
  clock: Clock;
  onCard(contact: Contact): void;
  /** The share button for this contact (not for the general helpline). */
  share?(key: string): unknown;
}

// Each call-to-action keeps its label and value in ONE inline span: the link is an inline-flex
// box, and a bare space between two flex items is dropped ("Bel020 123 45 67").
export function renderContact(v: ContactView): TemplateResult {
  const { contact: c, locale, ui } = v;
  const role = roleWithoutKind(c.role, c.kind);
  const photo = safeMediaUrl(c.photo?.url);
  const alt = resolveText(c.photo?.alt, locale);
  const website = safeUrl(c.url);
  const email = c.email && safeUrl(`mailto:${c.email}`);
  const promises = [
    c.free && msg('Gratis'),
    c.independent && msg('Onafhankelijk: werkt niet voor de gemeente'),
    c.confidential && msg('Vertrouwelijk: vertelt niets door zonder uw toestemming'),
    (c.access === 'walk-in' || c.access === 'both') && msg('U kunt zonder afspraak langskomen'),
    (c.access === 'appointment' || c.access === 'both') && msg('U kunt een afspraak maken'),
  ].filter(Boolean);
  const l = c.location;
  const map = l && mapHref(l);
  return html`<article class="wegwijs-contact-finder__contact" aria-labelledby=${v.id}>
    ${
      photo
        ? html`<img
            src=${photo}
            alt=${alt?.text ?? ''}
            lang=${alt?.lang ?? nothing}
            width="72"
            height="72"
            loading="lazy"
          />`
        : nothing
    }
    ${heading(v.level, v.id, c.name)} ${readAloud(c, ui)}
    <p class="wegwijs-contact-finder__role">
      <span class="wegwijs-contact-finder__kind">${kindLabel(c.kind)}</span>
      ${role ? html` · ${localized(role, locale)}` : nothing}
      ${c.organization ? html` · <span lang="nl">${c.organization.name}</span>` : nothing}
    </p>
    <p>
      ${msg('Spreekt:')}
      ${formatList(
        c.languages.map(
          (code) => html`<span lang=${code} dir=${directionOf(code)}>${endonym(code)}</span>`,
        ),
        ui,
      )}
    </p>
    ${c.topics.length ? html`<p>${msg('Helpt met:')} ${formatList(c.topics.map(topicLabel), ui)}</p>` : nothing}
    ${c.description ? html`<p>${localized(c.description, locale)}</p>` : nothing}
    ${
      promises.length
        ? html`<ul class="wegwijs-contact-finder__promises">
            ${promises.map((p) => html`<li>${p}</li>`)}
          </ul>`
        : nothing
    }
    <ul class="wegwijs-contact-finder__channels">
      ${(c.phones ?? []).map((p) => {
        const tel = telHref(p.number);
        const langs = p.languages?.length ? p.languages : undefined;
        return tel
          ? html`<li>
              <a href=${tel}
                >${phoneIcon}<span>${msg('Bel')} <bdi dir="ltr">${p.number}</bdi></span></a
              >
              ${
                langs
                  ? html`(${formatList(
                      langs.map((code) => html`<span lang=${code}>${endonym(code)}</span>`),
                      ui,
                    )})`
                  : nothing
              }
              ${p.description ? html` ${localized(p.description, locale)}` : nothing}
            </li>`
          : nothing;
      })}
      ${
        c.whatsapp
          ? html`<li>
              <a href=${`https://wa.me/${whatsappNumber(c.whatsapp)}`}
                >${chatIcon}<span>WhatsApp <bdi dir="ltr">${c.whatsapp}</bdi></span></a
              >
            </li>`
          : nothing
      }
      ${
        email
          ? html`<li>
              <a href=${email}
                >${mailIcon}<span>${msg('E-mail')} <bdi dir="ltr">${c.email}</bdi></span></a
              >
            </li>`
          : nothing
      }
      ${
        website
          ? html`<li>
              <a href=${website}
                >${globeIcon}<span
                  >${msg('Website')} <bdi dir="ltr">${new URL(website).host}</bdi></span
                ></a
              >
            </li>`
          : nothing
      }
    </ul>
    ${v.hours ? html`${status(v.hours, v.clock, ui)}${week(v.hours, ui)}` : nothing}
    ${
      l
        ? html`<p>
            <span lang="nl"
              >${[l.address_1, [l.postal_code, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</span
            >
            ${map ? html`<br /><a href=${map}>${routeIcon}<span>${msg('Bekijk op de kaart (OpenStreetMap)')}</span></a>` : nothing}
          </p>`
        : nothing
    }
    <button type="button" class="wegwijs-contact-finder__card" @click=${() => v.onCard(c)}>
      ${msg('Bewaar als contact in uw telefoon')}
    </button>
    ${v.share ? v.share(v.id) : nothing}
  </article>`;
}
