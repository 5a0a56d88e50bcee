/**
 * Shared kernel: small, framework-free value types that every Shenava module may use.
 *
 * <p>Complaints arrive in Persian, typed on phones and keyboards with Arabic or Persian layouts,
 * with Persian, Arabic-Indic or Latin digits. This module gives the whole application one answer
 * to the recurring questions of an Iranian business: how to normalise and compare Persian text
 * ({@link ir.shenava.shared.PersianText}), what a valid Iranian phone number is
 * ({@link ir.shenava.shared.PhoneNumber}), how to show and parse dates in the Jalali (Solar Hijri)
 * calendar and group them into quarters ({@link ir.shenava.shared.JalaliDate},
 * {@link ir.shenava.shared.JalaliQuarter}), and how to count working time across the Iranian week,
 * Thursday half-days, Friday and official holidays ({@link ir.shenava.shared.WorkCalendar}).
 * Everything here is plain, immutable Java with no Spring dependency, so that rules stay unit
 * testable and identical in every module. The official holidays themselves are data, seeded by
 * the Flyway migrations in {@code db/migration/calendar}.
 */
package ir.shenava.shared;
