/** The API's minimum for a rejection's comment (RejectRequest, and bulk rejections). */
export const MIN_REJECT_COMMENT = 3;

/** What is wrong with a rejection's comment, or null when it will do. */
export function rejectCommentProblem(comment: string): string | null {
  const trimmed = comment.trim();
  if (trimmed === '') return 'A comment is required to reject: say why.';
  if (trimmed.length < MIN_REJECT_COMMENT)
    return `Say a little more: at least ${MIN_REJECT_COMMENT} characters.`;
  return null;
}
