// The one jsdom API the tests use directly (a document at a URL); jsdom ships no types of its own.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string });
    readonly window: Window & typeof globalThis;
  }
}
