/**
 * Analytics: policy 5 — survey results as charts and the quarterly evaluation of the reasons for
 * dissatisfaction (ISO 10002 §8.2/§8.6, ISO 10004 §7.4–7.5). It learns only from other modules'
 * events ({@code SurveyCompleted}, {@code FollowUpCallEnded}, {@code ComplaintRegistered}, the case
 * events, {@code HandlingRated}) and their public queries, and keeps its own projections per Jalali
 * quarter: the dashboard with comparisons against the previous quarter and a year earlier, the
 * Pareto of reasons, the lists behind every bar, the management review record with its frozen
 * snapshot and actions, and the PDF and Excel pack.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package ir.shenava.analytics;
