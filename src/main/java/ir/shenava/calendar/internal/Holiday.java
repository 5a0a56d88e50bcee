package ir.shenava.calendar.internal;

import java.time.LocalDate;

import ir.shenava.shared.PersianText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An official day off. Stored as a Gregorian date; shown in Jalali. */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate day;
    private String nameFa;
    private String nameEn;

    protected Holiday() {
    }

    public Holiday(LocalDate day, String nameFa, String nameEn) {
        this.day = day;
        this.nameFa = PersianText.normalize(nameFa);
        this.nameEn = nameEn == null ? "" : nameEn.trim();
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getNameFa() {
        return nameFa;
    }

    public String getNameEn() {
        return nameEn;
    }
}
