package ir.shenava.intake.internal;

import java.util.Locale;

import ir.shenava.shared.PersianText;
import jakarta.persistence.Entity;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry of the editable list of complaint subjects (glossary: موضوع شکایت). Its code never
 * changes, since complaints and routing rules refer to it; an entry in use is deactivated, not
 * deleted, so old complaints keep their subject's name.
 */
@Entity
@Table(name = "complaint_category")
public class ComplaintCategory {

    @Id
    private String code;
    private String nameFa;
    private String nameEn;
    private boolean active = true;
    private int sort;

    protected ComplaintCategory() {
    }

    ComplaintCategory(String code, String nameFa, String nameEn, int sort) {
        this.code = code;
        this.sort = sort;
        rename(nameFa, nameEn);
    }

    void rename(String nameFa, String nameEn) {
        this.nameFa = PersianText.normalize(nameFa);
        this.nameEn = nameEn.strip();
    }

    void activate() {
        this.active = true;
    }

    void deactivate() {
        this.active = false;
    }

    void placeAt(int sort) {
        this.sort = sort;
    }

    /** The category snapshot of the busy paths is read again after any edit. */
    static final ir.shenava.platform.DataVersion CHANGES = new ir.shenava.platform.DataVersion();

    @PostPersist
    @PostUpdate
    @PostRemove
    private void changed() {
        CHANGES.changed();
    }

    public String getCode() { return code; }
    public String getNameFa() { return nameFa; }
    public String getNameEn() { return nameEn; }
    public boolean isActive() { return active; }
    public int getSort() { return sort; }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFa;
    }
}
