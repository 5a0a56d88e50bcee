/**
 * Platform: the web shell every page shares — layout and navigation, Persian (default) and
 * English locales, Jalali formatting in templates, error pages, the {@link java.time.Clock}, and
 * the embedded PostgreSQL that lets the app run with nothing installed. Modules declare the
 * addresses anyone may open with {@link ir.shenava.platform.PublicEndpoints}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package ir.shenava.platform;
