/** Longest problem text kept (a zod message can list every unknown key). */
const MAX_PROBLEM_CHARS = 500;

/** The first `max` problems, whole or cut to MAX_PROBLEM_CHARS; the rest only counted. */
export class ProblemList {
  readonly kept: string[] = [];
  omitted = 0;
  constructor(private readonly max: number) {}
  /** Whether further problems are only counted (so need not be put into words). */
  get full(): boolean {
    return this.kept.length >= this.max;
  }
  /** Counts n problems that are not listed. */
  skip(n: number): void {
    this.omitted += n;
  }
  add(problem: string): void {
    if (this.full) {
      this.omitted++;
      return;
    }
    if (problem.length <= MAX_PROBLEM_CHARS) this.kept.push(problem);
    else {
      // Never between the two halves of a surrogate pair.
      const last = problem.charCodeAt(MAX_PROBLEM_CHARS - 1);
      const cut = last >= 0xd800 && last <= 0xdbff ? MAX_PROBLEM_CHARS - 1 : MAX_PROBLEM_CHARS;
      this.kept.push(`${problem.slice(0, cut)}… (${problem.length - cut} more characters)`);
    }
  }
  get count(): number {
    return this.kept.length + this.omitted;
  }
}
