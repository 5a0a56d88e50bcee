package ir.shenava.branding;

/**
 * What the administrator set: any text may be null (not set). The phone is kept in its canonical form
 * ({@link ir.shenava.shared.PhoneNumber#e164()}); {@code logoVersion} counts logo changes (0: never
 * set), so that the logo's address changes with it and browsers may keep each version for long.
 */
public record CompanyBrand(String nameFa, String nameEn, String phone, String addressFa, String addressEn,
                           int logoVersion, boolean hasLogo) {
}
