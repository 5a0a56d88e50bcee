package ir.shenava.branding;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.platform.DataVersion;
import ir.shenava.platform.SharedChanges;
import ir.shenava.shared.PhoneNumber;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's name, phone, address and logo. Every public page, mail and PDF asks for them, so they
 * are kept in memory (the logo too: at most 512 KB) and read again only after a change — on the
 * writing node at once, on the other nodes within seconds ({@link SharedChanges}).
 */
@Service
public class Branding {

    static final String CHANGES = "branding";

    private record Loaded(CompanyBrand brand, Logo logo, long version) {
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final SharedChanges changes;
    private final DataVersion version = new DataVersion();
    private volatile Loaded loaded;

    Branding(JdbcClient jdbc, MessageSource messages, AuditTrail audit, SharedChanges changes) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
        this.changes = changes;
        changes.onChange(CHANGES, version::changed);
    }

    public CompanyBrand current() {
        return load().brand();
    }

    public Optional<Logo> logo() {
        return Optional.ofNullable(load().logo());
    }

    /**
     * The company in one language. An English page without an English name or address shows the
     * Persian ones rather than nothing; with no name at all, the bundles' neutral name.
     */
    public BrandView view(Locale locale) {
        CompanyBrand b = current();
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String name = english ? first(b.nameEn(), b.nameFa()) : first(b.nameFa(), b.nameEn());
        if (name == null) {
            name = messages.getMessage("brand.defaultName", null, english ? Locale.ENGLISH : Locale.forLanguageTag("fa"));
        }
        String address = english ? first(b.addressEn(), b.addressFa()) : first(b.addressFa(), b.addressEn());
        PhoneNumber phone = b.phone() == null ? null : new PhoneNumber(b.phone());
        return new BrandView(name, phone == null ? null : english ? phone.national() : phone.display(),
                phone == null ? null : "tel:" + phone.e164(), address,
                b.hasLogo() ? "/brand/logo?v=" + b.logoVersion() : null);
    }

    /** Saves the texts (blank ones become "not set"); a change is audited and reaches every node. */
    @Transactional
    public void save(String nameFa, String nameEn, PhoneNumber phone, String addressFa, String addressEn) {
        CompanyBrand before = read().brand();
        CompanyBrand after = new CompanyBrand(blankToNull(nameFa), blankToNull(nameEn), phone == null ? null : phone.e164(),
                blankToNull(addressFa), blankToNull(addressEn), before.logoVersion(), before.hasLogo());
        if (after.equals(before)) {
            return;
        }
        jdbc.sql("update company_brand set name_fa = ?, name_en = ?, phone = ?, address_fa = ?, address_en = ? where id = 1")
                .params(after.nameFa(), after.nameEn(), after.phone(), after.addressFa(), after.addressEn()).update();
        audit.record(AuditKind.BRANDING, AuditAction.CHANGED, "company", described(before), described(after));
        changed();
    }

    /** A new logo, checked by {@link Logo#check}; refused files leave the old logo in place. */
    @Transactional
    public void saveLogo(byte[] content) {
        String type = Logo.check(content);
        jdbc.sql("update company_brand set logo = ?, logo_type = ?, logo_version = logo_version + 1 where id = 1")
                .params(content, type).update();
        audit.record(AuditKind.BRANDING, AuditAction.CHANGED, "logo", null, Map.of("type", type, "bytes", content.length));
        changed();
    }

    @Transactional
    public void removeLogo() {
        if (jdbc.sql("update company_brand set logo = null, logo_type = null where id = 1 and logo is not null").update() > 0) {
            audit.record(AuditKind.BRANDING, AuditAction.DELETED, "logo", null, null);
            changed();
        }
    }

    private void changed() {
        version.changed();
        changes.changed(CHANGES);
    }

    private Loaded load() {
        Loaded l = loaded;
        long expected = version.current();
        if (l == null || l.version() != expected) {
            // the version is read before loading: a change during the load moves it, and the next call loads again
            l = read();
            l = new Loaded(l.brand(), l.logo(), expected);
            loaded = l;
        }
        return l;
    }

    private Loaded read() {
        return jdbc.sql("select name_fa, name_en, phone, address_fa, address_en, logo_version, logo, logo_type from company_brand where id = 1")
                .query((rs, i) -> {
                    byte[] logo = rs.getBytes("logo");
                    int v = rs.getInt("logo_version");
                    CompanyBrand brand = new CompanyBrand(rs.getString("name_fa"), rs.getString("name_en"), rs.getString("phone"),
                            rs.getString("address_fa"), rs.getString("address_en"), v, logo != null);
                    return new Loaded(brand, logo == null ? null : new Logo(logo, rs.getString("logo_type"), v), -1);
                }).optional()
                .orElseGet(() -> new Loaded(new CompanyBrand(null, null, null, null, null, 0, false), null, -1));
    }

    private static Map<String, Object> described(CompanyBrand b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nameFa", b.nameFa());
        m.put("nameEn", b.nameEn());
        m.put("phone", b.phone());
        m.put("addressFa", b.addressFa());
        m.put("addressEn", b.addressEn());
        return m;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
