package ir.shenava.staff.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An editable list entry: sales, technical, after-sales, management, quality, … */
@Entity
@Table(name = "department")
@EntityListeners(StaffChanges.class)
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String nameFa;
    private String nameEn;
    private boolean active = true;

    protected Department() {
    }

    public Department(String code, String nameFa, String nameEn) {
        this.code = code;
        rename(nameFa, nameEn);
    }

    public void rename(String nameFa, String nameEn) {
        this.nameFa = nameFa;
        this.nameEn = nameEn;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameFa() {
        return nameFa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isActive() {
        return active;
    }

    /** The name in the user's language (Persian unless English was chosen). */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFa;
    }
}
