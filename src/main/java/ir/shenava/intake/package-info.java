/**
 * Intake: every way a complaint arrives — the web complaint form to senior managers, the page to
 * the CEO, phone calls logged by staff, email, the on-site paper form — becomes one well-formed
 * complaint with a tracking code, matched to its customer and contact, owned at once by the person
 * the routing rules name, and announced with {@link ir.shenava.intake.ComplaintRegistered}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package ir.shenava.intake;
