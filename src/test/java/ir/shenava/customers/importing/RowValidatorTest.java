package ir.shenava.customers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ir.shenava.customers.CustomerKind;
import org.junit.jupiter.api.Test;

class RowValidatorTest {

    private final ImportLookups lookups = new ImportLookups(
            Set.of("C-1", "C-2")::contains,
            serial -> serial.equals("SN-TAKEN") ? Optional.of("C-2") : Optional.empty(),
            Set.of("admin")::contains,
            LocalDate.of(2026, 11, 25));

    private List<ImportRow> check(ImportKind kind, String csv) {
        return RowValidator.validate(kind, TableReader.read(csv.getBytes(StandardCharsets.UTF_8), kind), lookups);
    }

    private static List<String> errorKeys(ImportRow row) {
        return row.errors().stream().map(RowError::key).toList();
    }

    @Test
    void customersAcceptAnyDigitsAndPersianKinds() {
        List<ImportRow> rows = check(ImportKind.CUSTOMERS, """
                code,name,kind,national_id,economic_code
                C-9,الف,بیمارستان,۱۲۳۴۵۶۷۸۹۰,٠١٢٣٤٥٦٧٨٩
                ,ب,UNIVERSITY,,
                C-٩,ج,خیاطی,123,12
                ,,,,
                ,,سایر,,
                """);
        assertThat(rows.get(0).errors()).isEmpty();
        assertThat(rows.get(1).errors()).isEmpty();
        assertThat(errorKeys(rows.get(2))).containsExactlyInAnyOrder("import.error.duplicateCode", "import.error.kind",
                "import.error.nationalId", "import.error.economicCode");
        assertThat(rows.get(3).number()).isEqualTo(6);
        assertThat(errorKeys(rows.get(3))).containsExactly("import.error.required");
        assertThat(CellValues.kind("دانشگاه و پژوهشگاه")).contains(CustomerKind.UNIVERSITY);
    }

    @Test
    void contactsNeedAKnownCustomerAndAMobileInTheMobileColumn() {
        List<ImportRow> rows = check(ImportKind.CONTACTS, """
                customer_code,full_name,mobile,landline,email
                c-1,علی,۰۹۱۲ ۱۲۳ ۴۵۶۷,021-88776655,a@b.ir
                C-404,رضا,02188776655,12,bad
                C-2,مینا,9121234567,,
                """);
        assertThat(rows.get(0).errors()).isEmpty();
        assertThat(errorKeys(rows.get(1))).containsExactlyInAnyOrder("import.error.customerUnknown",
                "import.error.notMobile", "import.error.phone", "import.error.email");
        assertThat(rows.get(2).errors()).isEmpty();
    }

    @Test
    void equipmentChecksSerialsStaffAndDates() {
        List<ImportRow> rows = check(ImportKind.EQUIPMENT, """
                کد مشتری,مدل,شماره سریال,فروشنده,تاریخ نصب
                C-1,X1,sn-۱,admin,۱۴۰۵/۰۹/۰۱
                C-1,X1,SN-1,nobody,1405/13/01
                C-1,X1,SN-TAKEN,,1405/12/01
                C-2,X1,SN-TAKEN,,
                """);
        assertThat(rows.get(0).errors()).isEmpty();
        assertThat(errorKeys(rows.get(1))).containsExactlyInAnyOrder("import.error.duplicateSerial",
                "import.error.staffUnknown", "import.error.date");
        assertThat(errorKeys(rows.get(2))).containsExactlyInAnyOrder("import.error.serialOther", "import.error.futureDate");
        // the same customer owning the serial is an update, so only the repetition inside the file is wrong
        assertThat(errorKeys(rows.get(3))).containsExactly("import.error.duplicateSerial");
    }
}
