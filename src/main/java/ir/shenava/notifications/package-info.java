/**
 * Notifications: everything the system says to people outside a page, and the staff's in-app list.
 * It listens to other modules' events only and nobody calls it. Complainants get, in the language
 * they used (Persian, or English; links open the pages in it), the acknowledgement with the tracking code on {@link ir.shenava.intake.ComplaintRegistered}, our
 * response on {@link ir.shenava.cases.ResponseCommunicated} (with the link to confirm satisfaction)
 * and the closing mail with one-click ratings on {@link ir.shenava.cases.CaseClosed} — by mail, or a
 * short SMS when only a phone is known. Staff are told of new cases, assignments, returned tasks,
 * reminders, escalations and dissatisfied customers: a row in their notification list (with the
 * unread count in the navigation bar) and a mail unless they turned that kind off (escalations
 * cannot be). Listeners run after the sender's transaction commits, through the event publication
 * registry: a mail server that is down never blocks or loses anything, the publication simply stays
 * incomplete and is resubmitted later.
 *
 * <p>SMS ({@code sms/}) go the same durable way: {@link ir.shenava.notifications.SmsSender} stores
 * each message under an idempotency key and hands it to the gateway the administrator chose on the
 * SMS settings page (Kavenegar, SMS.ir, or the log), retried with growing delays, never sent twice
 * (see {@code SmsDispatch}); delivery reports are fetched by a job and shown on the complaint page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package ir.shenava.notifications;
