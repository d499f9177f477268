/**
 * One format for the code, chosen to match how it is already written, so the one-off
 * `npm run format` commit changes line breaks rather than style: single quotes, semicolons,
 * trailing commas, two-space indent, and lines up to 120 characters (most files already keep
 * under it; a wider limit would let long lines stay). `npm run format:check` fails on drift.
 * What is never formatted is listed in .prettierignore.
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 120,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  jsxSingleQuote: false,
  quoteProps: 'as-needed',
  trailingComma: 'all',
  bracketSpacing: true,
  bracketSameLine: false,
  arrowParens: 'always',
  endOfLine: 'lf',
};
