/**
 * Branding: how the company presents itself to its customers — its name (Persian and English), logo,
 * phone and address, set once by the administrator and shown on the public pages (the {@code #brand}
 * template object), in the mails and in the PDFs. Ask {@link ir.shenava.branding.Branding}; until the
 * administrator sets a name, a neutral one comes from the message bundles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Branding")
package ir.shenava.branding;
