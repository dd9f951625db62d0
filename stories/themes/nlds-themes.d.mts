export declare const NLDS_THEMES: {
  id: string;
  title: string;
  package: string;
  css: string;
  className: string;
}[];
