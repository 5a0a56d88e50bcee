package ir.shenava.branding;

/**
 * The company as one language shows it: the name (never empty: the bundles' neutral name when none is
 * set), and the phone, its {@code tel:} link, the address and the logo's address when set (else null).
 */
public record BrandView(String name, String phone, String phoneLink, String address, String logoUrl) {

    public boolean hasLogo() {
        return logoUrl != null;
    }
}
