import type { ChooserChange, Lang, MatrixChange } from './types.js';

export * from './engine.js';

/** The custom elements this entry defines on import. */
export declare const TAGS: readonly ['ec2-fargate-chooser', 'ecs-eks-matrix'];

/**
 * Loads the widgets' wasm once; resolves when it is ready. The elements call it themselves;
 * call it early to start the download sooner, or with your own source (a URL, a Request
 * carrying an integrity hash, a Response, or the bytes). The engine functions load a wasm of
 * their own (`loadEngine`).
 */
export declare function loadWasm(
  source?: string | URL | Request | Response | BufferSource,
): Promise<unknown>;

/** Attributes common to every element. */
export interface CompassElementAttributes {
  /** 'ko' or 'en'; default: the nearest `lang` attribute, then the browser, then 'en'. */
  lang?: Lang;
  /** Default 'auto' (follows prefers-color-scheme). */
  theme?: 'light' | 'dark' | 'auto';
  /** 'lazy' (default): load when the reader comes within two screens; 'eager': at once. */
  loading?: 'lazy' | 'eager';
}

export interface CompassElementEventMap {
  /** The widget mounted and rendered in full (the chooser renders in parts; this waits for the last). */
  ready: CustomEvent<Record<string, never>>;
  /** The reader changed an answer or a weight. */
  change: CustomEvent<ChooserChange | MatrixChange>;
  /** The widget could not start; its fallback content stays in view. */
  error: CustomEvent<{ message: string }>;
}

export interface CompassElement extends HTMLElement {
  /**
   * Why the widget could not start or stopped, or null. The `error` event fires once; a script
   * that adds its listener later reads this instead.
   */
  readonly error: string | null;
  addEventListener<K extends keyof CompassElementEventMap>(
    type: K,
    listener: (this: CompassElement, event: CompassElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'ec2-fargate-chooser': CompassElement;
    'ecs-eks-matrix': CompassElement;
  }
}
