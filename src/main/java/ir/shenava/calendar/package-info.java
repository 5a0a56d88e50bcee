/**
 * Calendar: the Iranian work week (from configuration) and the official holidays (edited by the
 * administrator) combined into the {@link ir.shenava.shared.WorkCalendar} that due dates and
 * survey scheduling use. Ask {@link ir.shenava.calendar.WorkCalendars#current()}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package ir.shenava.calendar;
