/**
 * Cases: the investigation of each complaint, from assignment to the customer's confirmed
 * satisfaction (ISO 10002 §7.5–7.9). A case opens when {@link ir.shenava.intake.ComplaintRegistered}
 * arrives; its owner assesses it, hands it down the reporting chain (CEO → middle manager → expert)
 * with follow-up dates, logs documents reviewed and conversations, records corrective actions,
 * communicates the decision and closes it when the customer confirms satisfaction. Working-time SLA
 * targets drive reminders and escalations; every change lands in an append-only audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package ir.shenava.cases;
