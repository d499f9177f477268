/** A member of a review panel, as the panel table of the overview report lists them. */
export interface PanelMember {
  readonly id: number;
  /** 1-based place in the panel table. */
  readonly position: number;
  readonly name: string;
  readonly role: string;
  readonly agency: string;
  /** How this member's independence from the case was assured; empty when the chair's statement covers it. */
  readonly independenceNote: string;
}
