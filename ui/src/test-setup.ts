// jsdom has no layout: a ResizeObserver that never reports is what the list's size binding needs.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
