/**
 * Our token surface: each `--wegwijs-*` property falls back through the host's
 * NL Design System tokens (basis → nl/utrecht → ams), then our accessible default.
 * Read at runtime; no municipality's values are bundled. Every host token named here is one
 * that a published NL Design System token package defines (voorbeeld, Utrecht, Amsterdam,
 * Den Haag, Rotterdam): packages/tools/test/token-chains.test.mjs.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_font: var(
      --wegwijs-font-family,
      var(
        --basis-text-font-family-default,
        var(
          --utrecht-document-font-family,
          var(--ams-typography-font-family, system-ui, sans-serif)
        )
      )
    );
    --_color: var(
      --wegwijs-color,
      var(
        --basis-color-default-color-document,
        var(--utrecht-document-color, var(--ams-color-text, #1a1a1a))
      )
    );
    --_background: var(
      --wegwijs-background,
      var(--basis-color-default-bg-document, var(--utrecht-document-background-color, #ffffff))
    );
    --_muted: var(--wegwijs-muted-color, #4a4a4a);
    --_link: var(
      --wegwijs-link-color,
      var(
        --basis-color-action-2-color-default,
        var(--nl-link-color, var(--utrecht-link-color, var(--ams-color-interactive, #0b57a4)))
      )
    );
    --_primary: var(
      --wegwijs-primary-background,
      var(
        --basis-color-action-1-inverse-bg-default,
        var(
          --nl-button-primary-background-color,
          var(
            --utrecht-button-primary-action-background-color,
            var(--ams-button-primary-background-color, #0b57a4)
          )
        )
      )
    );
    --_on-primary: var(
      --wegwijs-primary-color,
      var(
        --nl-button-primary-color,
        var(--utrecht-button-primary-action-color, var(--ams-button-primary-color, #ffffff))
      )
    );
    --_surface: var(--wegwijs-surface, #f3f5f8);
    --_border: var(--wegwijs-border-color, #6b7280);
    --_focus-color: var(
      --wegwijs-focus-color,
      var(--basis-focus-outline-color, var(--utrecht-focus-outline-color, #000000))
    );
    --_focus-width: var(
      --wegwijs-focus-width,
      var(--basis-focus-outline-width, var(--utrecht-focus-outline-width, 3px))
    );
    --_focus-style: var(
      --wegwijs-focus-style,
      var(--basis-focus-outline-style, var(--utrecht-focus-outline-style, solid))
    );
    --_focus-offset: var(
      --wegwijs-focus-offset,
      var(
        --basis-focus-outline-offset,
        var(--utrecht-focus-outline-offset, var(--ams-focus-outline-offset, 2px))
      )
    );
    --_focus-halo: var(--wegwijs-focus-halo, #ffdd00);
    --_radius: var(
      --wegwijs-radius,
      var(
        --basis-border-radius-md,
        var(--utrecht-button-border-radius, var(--ams-border-radius, 6px))
      )
    );
    --_space: var(
      --wegwijs-space,
      var(--basis-space-block-md, var(--utrecht-space-block-md, var(--ams-space-m, 1rem)))
    );
    --_warning: var(--wegwijs-warning-color, #8a3c00);
    --_success: var(--wegwijs-success-color, #1d6b35);
    --_target: 44px;
  }
`;
