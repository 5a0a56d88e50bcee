package ir.shenava.customers.importing;

import java.util.List;

/** What an import file holds; each kind has its own columns, in the order of the template and export. */
public enum ImportKind {

    CUSTOMERS(List.of(
            new ImportColumn("code", "کد مشتری", false, 40),
            new ImportColumn("name", "نام سازمان", true, 200),
            new ImportColumn("kind", "نوع", false, 40),
            new ImportColumn("province", "استان", false, 80),
            new ImportColumn("city", "شهر", false, 80),
            new ImportColumn("address", "نشانی", false, 500),
            new ImportColumn("national_id", "شناسه ملی", false, 20),
            new ImportColumn("economic_code", "کد اقتصادی", false, 20))),

    CONTACTS(List.of(
            new ImportColumn("customer_code", "کد مشتری", true, 40),
            new ImportColumn("full_name", "نام و نام خانوادگی", true, 150),
            new ImportColumn("position", "سمت", false, 120),
            new ImportColumn("mobile", "تلفن همراه", false, 30),
            new ImportColumn("landline", "تلفن ثابت", false, 30),
            new ImportColumn("email", "ایمیل", false, 200))),

    EQUIPMENT(List.of(
            new ImportColumn("customer_code", "کد مشتری", true, 40),
            new ImportColumn("model", "مدل", true, 150),
            new ImportColumn("serial_number", "شماره سریال", true, 80),
            new ImportColumn("site_name", "نام سایت", false, 200),
            new ImportColumn("sold_by", "فروشنده", false, 60),
            new ImportColumn("installed_on", "تاریخ نصب", false, 20)));

    private final List<ImportColumn> columns;

    ImportKind(List<ImportColumn> columns) {
        this.columns = columns;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    public List<String> headers() {
        return columns.stream().map(ImportColumn::header).toList();
    }

    public String messageKey() {
        return "import.kind." + name();
    }
}
