package ir.shenava.customers.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ir.shenava.customers.internal.Contact;
import ir.shenava.customers.internal.ContactRepository;
import ir.shenava.customers.internal.Customer;
import ir.shenava.customers.internal.CustomerRepository;
import ir.shenava.customers.internal.CustomerSiteRepository;
import ir.shenava.customers.internal.Equipment;
import ir.shenava.customers.internal.EquipmentRepository;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The export workbook and the empty import templates. Both use the import's Persian headers and
 * text cells (codes, phones, Jalali dates), so an exported file can be imported back unchanged.
 */
@Component
@Transactional(readOnly = true)
public class CustomerWorkbook {

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final EquipmentRepository equipment;
    private final CustomerSiteRepository sites;
    private final StaffDirectory staff;

    CustomerWorkbook(CustomerRepository customers, ContactRepository contacts, EquipmentRepository equipment,
                     CustomerSiteRepository sites, StaffDirectory staff) {
        this.customers = customers;
        this.contacts = contacts;
        this.equipment = equipment;
        this.sites = sites;
        this.staff = staff;
    }

    /** An .xlsx with only the header row of the kind. */
    public byte[] template(ImportKind kind) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            sheet(workbook, kind);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Customers, contacts and equipment on three sheets, in that order. */
    public byte[] export() {
        List<Customer> all = customers.findAll(Sort.by("code"));
        Map<Long, String> codes = new HashMap<>();
        all.forEach(c -> codes.put(c.getId(), c.getCode()));
        Map<Long, String> siteNames = new HashMap<>();
        sites.findAll().forEach(s -> siteNames.put(s.getId(), s.getName()));
        Map<Long, String> usernames = new HashMap<>();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = sheet(workbook, ImportKind.CUSTOMERS);
            for (Customer c : all) {
                fill(sheet, c.getCode(), c.getName(), CellValues.kindName(c.getKind()), c.getProvince(), c.getCity(),
                        c.getAddress(), c.getNationalId(), c.getEconomicCode());
            }
            sheet = sheet(workbook, ImportKind.CONTACTS);
            for (Contact c : contacts.findAll(Sort.by("customerId", "id"))) {
                fill(sheet, codes.get(c.getCustomerId()), c.getFullName(), c.getPosition(), national(c.getMobile()),
                        national(c.getLandline()), c.getEmail());
            }
            sheet = sheet(workbook, ImportKind.EQUIPMENT);
            for (Equipment e : equipment.findAll(Sort.by("customerId", "serialNumber"))) {
                fill(sheet, codes.get(e.getCustomerId()), e.getModel(), e.getSerialNumber(), siteNames.get(e.getSiteId()),
                        username(e.getSoldBy(), usernames), jalali(e.getInstalledOn()));
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sheet sheet(SXSSFWorkbook workbook, ImportKind kind) {
        Sheet sheet = workbook.createSheet(kind.name().toLowerCase(java.util.Locale.ROOT));
        sheet.setRightToLeft(true);
        fill(sheet, kind.headers().toArray(String[]::new));
        return sheet;
    }

    private static void fill(Sheet sheet, String... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            // text cells everywhere: a number cell would drop the leading zero of 0912… and of codes
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
        }
    }

    private String username(Long staffId, Map<Long, String> cache) {
        return staffId == null ? null : cache.computeIfAbsent(staffId,
                id -> staff.find(new StaffId(id)).map(StaffSummary::username).orElse(null));
    }

    private static String national(String e164) {
        return e164 == null ? null : new PhoneNumber(e164).national();
    }

    private static String jalali(LocalDate date) {
        return date == null ? null : JalaliDate.fromGregorian(date).toNumericString();
    }

    private static byte[] bytes(SXSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }
}
