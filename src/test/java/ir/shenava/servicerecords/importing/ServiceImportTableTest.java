package ir.shenava.servicerecords.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import ir.shenava.servicerecords.ServiceType;
import ir.shenava.servicerecords.internal.ExternalRecords;
import org.junit.jupiter.api.Test;

class ServiceImportTableTest {

    @Test
    void englishKeysOrPersianHeadersInAnyOrderWithCommas() {
        List<ServiceImportRow> rows = ServiceImportTable.read(
                "شماره سند,customer_code,نوع خدمت\nA-1,C-1,تعمیر\n\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.value("external_ref")).isEqualTo("A-1");
            assertThat(r.value("type")).isEqualTo("تعمیر");
        });
    }

    @Test
    void aMissingRequiredColumnOrNoRowsIsAFileError() {
        assertThatThrownBy(() -> ServiceImportTable.read("type;report\nREPAIR;x\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ServiceImportException.class).hasMessage("serviceImport.file.missingColumn");
        assertThatThrownBy(() -> ServiceImportTable.read("type;customer_code\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ServiceImportException.class).hasMessage("serviceImport.file.noRows");
        assertThatThrownBy(() -> ServiceImportTable.read(new byte[] {'a', 0, 'b'}))
                .isInstanceOf(ServiceImportException.class).hasMessage("serviceImport.file.unsupported");
        assertThatThrownBy(() -> ServiceImportTable.read(new byte[] {(byte) 0xC8, (byte) 0xE1}))
                .isInstanceOf(ServiceImportException.class).hasMessage("serviceImport.file.unsupported");
    }

    @Test
    void typesAndDatesInEveryWritingPeopleUse() {
        assertThat(ExternalRecords.type("راه اندازی")).contains(ServiceType.COMMISSIONING);
        assertThat(ExternalRecords.type("نصب و راه‌اندازی و آموزش")).contains(ServiceType.INSTALLATION_COMMISSIONING_TRAINING);
        assertThat(ExternalRecords.type("preventive maintenance")).contains(ServiceType.PREVENTIVE_MAINTENANCE);
        assertThat(ExternalRecords.type("نصب")).contains(ServiceType.INSTALLATION);
        assertThat(ExternalRecords.type("رنگ")).isEmpty();
        assertThat(ExternalRecords.parseDate("۱۴۰۵/۰۸/۱۴")).contains(java.time.LocalDate.of(2026, 11, 5));
        assertThat(ExternalRecords.parseDate("٢٠٢٦-١١-٠٥")).contains(java.time.LocalDate.of(2026, 11, 5));
        assertThat(ExternalRecords.parseDate("2026-02-30")).isEmpty();
        assertThat(ExternalRecords.parseDate("1404/12/30")).isEmpty();
    }
}
