/** The `edtf` package ships no types; the tests use only its parser to validate our EDTF. */
declare module 'edtf' {
  interface EdtfValue {
    readonly type: string;
    readonly edtf: string;
    /** Milliseconds since the epoch of the first and last instant the value covers. */
    readonly min: number;
    readonly max: number;
  }
  export default function edtf(text: string): EdtfValue;
}
