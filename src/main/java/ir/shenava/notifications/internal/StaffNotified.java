package ir.shenava.notifications.internal;

/**
 * A notification row was written; its mail follows through the event publication registry, so a
 * mail server that is down delays the mail but never the in-app notification, and loses nothing.
 */
public record StaffNotified(long notificationId) {
}
