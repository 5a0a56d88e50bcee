package ir.shenava.intake.internal;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the editable list of complaint subjects (glossary: موضوع شکایت). */
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

    public String getCode() { return code; }
    public String getNameFa() { return nameFa; }
    public String getNameEn() { return nameEn; }
    public boolean isActive() { return active; }
    public int getSort() { return sort; }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFa;
    }
}
