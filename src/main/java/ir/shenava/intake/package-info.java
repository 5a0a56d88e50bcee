/**
 * Intake: every way a complaint arrives — the web complaint form to senior managers, the page to
 * the CEO, phone calls logged by staff, email, the on-site paper form — becomes one well-formed
 * complaint with a tracking code, matched to its customer and contact, owned at once by the person
 * the routing rules name, and announced with {@link ir.shenava.intake.ComplaintRegistered}.
 * Intake also keeps the complainant's side of the handling: the tracking page's timeline (statuses and
 * published responses the cases module reports through {@link ir.shenava.intake.ComplaintFollowUp}),
 * the confirmation of satisfaction and the rating of the handling, taken on the tracking page or
 * through the signed links of {@link ir.shenava.intake.ComplaintLinks} and announced as events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package ir.shenava.intake;
