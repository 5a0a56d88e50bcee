package ir.shenava.notifications.web;

import java.util.Set;

import ir.shenava.notifications.internal.NotificationKind;

/** The mail settings page: the kinds of notification the person wants by mail (unticked: none). */
record MailSettingsForm(Set<NotificationKind> mailed) {

    Set<NotificationKind> mailedOrNone() {
        return mailed == null ? Set.of() : mailed;
    }
}
