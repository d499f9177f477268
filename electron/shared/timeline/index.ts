/** The swimlane timeline: pure layout, SVG drawing and text alternatives. */
export * from './types';
export * from './days';
export * from './axis';
export * from './shapes';
export * from './layout';
export * from './svg';
export * from './text-alternative';
export * from './figure';
export * from './labels';
