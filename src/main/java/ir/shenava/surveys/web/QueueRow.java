package ir.shenava.surveys.web;

/**
 * A row of the callers' queue with everything it shows already in words (Jalali dates with Persian
 * digits, the number to dial and as people read it, the status and the counts in the page's language),
 * built once per row in Java ({@link QueueRows}) and written as HTML by {@link QueueTables}: Thymeleaf
 * evaluating a dozen expressions and message look-ups per row made the rows most of the page's cost
 * (bench/README.md, calls.sh).
 *
 * @param phoneHref the {@code tel:} link, null without a number
 * @param claimedBy "taken by …" while another claim runs, else null
 * @param claimable pending: the row offers the claim button
 * @param held held for the quality manager (do not call, no phone): the row offers a recheck and an end
 */
public record QueueRow(long id, boolean callBack, String when, String customer, String contact, String phoneHref,
                       String phoneDisplay, String equipment, String installedOn, String status, String attempts,
                       String claimedBy, boolean claimable, boolean held, String claimLabel) {
}
