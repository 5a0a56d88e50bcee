package ir.shenava.branding.web;

import ir.shenava.branding.CompanyBrand;
import ir.shenava.shared.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The administrator's form: the texts of the company's brand (the logo has its own form: a file). */
record BrandForm(@NotBlank @Size(max = 200) String nameFa, @Size(max = 200) String nameEn, @Size(max = 40) String phone,
                 @Size(max = 500) String addressFa, @Size(max = 500) String addressEn) {

    static BrandForm of(CompanyBrand b) {
        return new BrandForm(b.nameFa(), b.nameEn(), b.phone() == null ? null : new PhoneNumber(b.phone()).display(),
                b.addressFa(), b.addressEn());
    }
}
