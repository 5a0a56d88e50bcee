/**
 * Notifications: everything the system says to people outside a page. It listens to other modules'
 * events only — today {@link ir.shenava.intake.ComplaintRegistered}, answered with the Persian
 * acknowledgement mail that carries the tracking code (or a short SMS when only a phone is known).
 * Listeners run after the sender's transaction commits, through the event publication registry: a
 * mail server that is down never blocks or loses a complaint, the publication simply stays
 * incomplete and is resubmitted later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package ir.shenava.notifications;
