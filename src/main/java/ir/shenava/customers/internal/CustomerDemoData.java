package ir.shenava.customers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import ir.shenava.customers.CustomerKind;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code --spring.profiles.active=demo}: sixty Persian customers with sites, contacts and installed
 * equipment, drawn from a fixed seed so every demo looks the same. Runs only on an empty table.
 */
@Component
@Profile("demo")
@Order(20)
class CustomerDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CustomerDemoData.class);
    private static final String[][] CITIES = {{"تهران", "تهران"}, {"اصفهان", "اصفهان"}, {"خراسان رضوی", "مشهد"},
        {"فارس", "شیراز"}, {"آذربایجان شرقی", "تبریز"}, {"خوزستان", "اهواز"}, {"کرمان", "کرمان"}, {"گیلان", "رشت"},
        {"یزد", "یزد"}, {"البرز", "کرج"}, {"مازندران", "ساری"}, {"کرمانشاه", "کرمانشاه"}};
    private static final String[] HOSPITALS = {"بیمارستان امام رضا", "بیمارستان شهید بهشتی", "بیمارستان میلاد",
        "بیمارستان نمازی", "بیمارستان سینا", "بیمارستان فیروزگر", "بیمارستان کوثر", "بیمارستان رازی", "بیمارستان امید",
        "بیمارستان شفا", "بیمارستان پارس", "بیمارستان آتیه"};
    private static final String[] CLINICS = {"درمانگاه شبانه‌روزی مهر", "درمانگاه سلامت", "کلینیک تخصصی آفتاب", "درمانگاه نور"};
    private static final String[] LABS = {"آزمایشگاه پاتوبیولوژی دانش", "آزمایشگاه تشخیص طبی نیلو", "آزمایشگاه مرکزی", "آزمایشگاه پارسه"};
    private static final String[] FACTORIES = {"کارخانه داروسازی البرز", "صنایع غذایی سحر", "پتروشیمی پردیس", "فولاد کاوه"};
    private static final String[] FIRST = {"علی", "مریم", "حسین", "فاطمه", "رضا", "زهرا", "محمد", "سارا", "امیر", "نرگس",
        "مهدی", "الهام", "سعید", "لیلا", "جواد", "پریسا"};
    private static final String[] LAST = {"احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "صادقی",
        "نوروزی", "کاظمی", "مرادی", "اکبری", "قربانی", "طاهری"};
    private static final String[] POSITIONS = {"مدیر فنی", "مسئول تجهیزات پزشکی", "سرپرست آزمایشگاه", "مدیر خرید",
        "مسئول فنی", "کارشناس تجهیزات"};
    private static final String[] MODELS = {"آنالایزر بیوشیمی BA-400", "دستگاه سونوگرافی SonoPro 7", "مانیتور علائم حیاتی VM-12",
        "دستگاه الکتروکاردیوگراف ECG-300", "سانتریفیوژ رومیزی CF-16", "اتوکلاو AC-80", "دستگاه هماتولوژی HX-5"};

    private final CustomerRepository customers;
    private final CustomerRegistry registry;
    private final StaffDirectory staff;
    private final Clock clock;

    CustomerDemoData(CustomerRepository customers, CustomerRegistry registry, StaffDirectory staff, Clock clock) {
        this.customers = customers;
        this.registry = registry;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (customers.count() > 0) {
            return;
        }
        Random random = new Random(1405);
        List<StaffSummary> sellers = staff.activeWithRole(Role.SALES_EXPERT);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 60; i++) {
            CustomerKind kind = i < 30 ? CustomerKind.HOSPITAL : i < 40 ? CustomerKind.CLINIC : i < 52 ? CustomerKind.LABORATORY : CustomerKind.FACTORY;
            String[] names = switch (kind) {
                case HOSPITAL -> HOSPITALS;
                case CLINIC -> CLINICS;
                case LABORATORY -> LABS;
                default -> FACTORIES;
            };
            // each round of names moves one city on, so no two customers share name and city
            String[] place = CITIES[(i + i / CITIES.length) % CITIES.length];
            String name = names[i % names.length] + " " + place[1];
            Customer customer = registry.create(new CustomerRegistry.CustomerData(null, name, kind, place[0], place[1],
                    place[1] + "، خیابان " + LAST[random.nextInt(LAST.length)] + "، پلاک " + (10 + random.nextInt(190)),
                    String.valueOf(10100000000L + random.nextInt(899999999)), null));
            CustomerSite site = registry.saveSite(customer.getId(), null,
                    new CustomerRegistry.SiteData("ساختمان اصلی", place[0], place[1], null));
            for (int c = 0; c < 1 + random.nextInt(3); c++) {
                String person = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                registry.saveContact(customer.getId(), null, new CustomerRegistry.ContactData(person,
                        POSITIONS[random.nextInt(POSITIONS.length)], "0912" + (1000000 + random.nextInt(8999999)),
                        c == 0 ? "021" + (22000000 + random.nextInt(7999999)) : null,
                        c == 0 ? "contact" + i + "@example.ir" : null));
            }
            for (int e = 0; e < 1 + random.nextInt(3); e++) {
                Long seller = sellers.isEmpty() ? null : sellers.get(random.nextInt(sellers.size())).id().value();
                registry.saveEquipment(customer.getId(), null, new CustomerRegistry.EquipmentData(site.getId(),
                        MODELS[random.nextInt(MODELS.length)], "SN-%04d-%02d".formatted(i + 1, e + 1), seller,
                        today.minusDays(7 + random.nextInt(700))));
            }
        }
        log.info("Demo: 60 customers with sites, contacts and equipment created");
    }
}
