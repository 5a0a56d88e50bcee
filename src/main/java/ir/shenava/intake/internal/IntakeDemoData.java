package ir.shenava.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.EquipmentSummary;
import ir.shenava.intake.Channel;
import ir.shenava.intake.SatisfactionLevel;
import ir.shenava.shared.PhoneNumber;
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

/**
 * {@code --spring.profiles.active=demo}: a year of complaints across every channel, from the demo
 * customers' contacts about their units, so that the inbox and the tracking page have something to show.
 */
@Component
@Profile("demo")
@Order(40)
class IntakeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IntakeDemoData.class);
    private static final Channel[] CHANNELS = {Channel.WEB_FORM, Channel.WEB_FORM, Channel.PHONE, Channel.PHONE,
        Channel.EMAIL, Channel.ONSITE_FORM, Channel.CEO_PAGE};
    private static final String[][] TOPICS = {
        {"SALES", "تأخیر در تحویل دستگاه", "دستگاه سه هفته دیرتر از تاریخ قرارداد تحویل شد و برنامه بخش به هم ریخت."},
        {"INSTALLATION", "نصب ناقص", "کابل‌کشی دستگاه کامل نشده و دستگاه هنوز به شبکه بیمارستان وصل نیست."},
        {"TRAINING", "آموزش کافی نبود", "فقط یک نفر از پرستاران آموزش دید و بقیه کار با دستگاه را بلد نیستند."},
        {"AFTER_SALES", "پاسخ ندادن پشتیبانی", "دو بار با پشتیبانی تماس گرفتیم و هنوز کسی برای تعمیر نیامده است."},
        {"STAFF_BEHAVIOUR", "برخورد نامناسب کارشناس", "کارشناس اعزامی بدون هماهنگی محل را ترک کرد."},
        {"PRODUCT", "خطای مکرر دستگاه", "دستگاه روزی چند بار پیام خطای سنسور می‌دهد و آزمایش‌ها تکرار می‌شود."}};

    private final ComplaintRepository complaints;
    private final ComplaintIntake intake;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final Clock clock;

    IntakeDemoData(ComplaintRepository complaints, ComplaintIntake intake, CustomerDirectory customers, StaffDirectory staff,
                   Clock clock) {
        this.complaints = complaints;
        this.intake = intake;
        this.customers = customers;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (complaints.count() > 0) {
            return;
        }
        Random random = new Random(1403);
        List<EquipmentSummary> units = customers.allEquipment();
        List<StaffSummary> takers = staff.activeWithRole(Role.TECHNICAL_EXPERT);
        if (units.isEmpty() || takers.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (int i = 0; i < 150; i++) {
            EquipmentSummary unit = units.get(random.nextInt(units.size()));
            List<ContactSummary> contacts = customers.contactsOf(unit.customerId());
            ContactSummary who = contacts.isEmpty() ? null : contacts.get(random.nextInt(contacts.size()));
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
            Long taker = channel == Channel.PHONE || channel == Channel.ONSITE_FORM
                    ? takers.get(random.nextInt(takers.size())).id().value() : null;
            Submission submission = new Submission(who == null ? "مشتری" : who.fullName(), null,
                    who == null || who.mobile() == null ? null : PhoneNumber.parse(who.mobile()),
                    who == null ? null : who.email(), topic[0], unit.serialNumber(),
                    SatisfactionLevel.of(1 + random.nextInt(3)), topic[1], topic[2], "رسیدگی و پاسخ مکتوب", taker,
                    channel == Channel.ONSITE_FORM ? "OS-%06d".formatted(i + 1) : null, "demo:" + i);
            if (Routing.STAFF_BEHAVIOUR.equals(topic[0])) {   // about one of the experts who visited
                submission = submission.concerning(takers.get(random.nextInt(takers.size())).id().value());
            }
            // a steady stream: one in seven of the year's complaints came in the last ten days, so
            // "my work" shows fresh cases at each step rather than a year of stragglers (issue 15 §3)
            intake.registerAt(channel, submission, now.minus(Duration.ofHours(6 + random.nextInt(24 * (i % 7 == 0 ? 10 : 360)))));
        }
        // people nobody entered yet, writing for a hospital that is on record: each becomes an
        // unverified customer that staff verify or merge into the hospital
        String[][] strangers = {{"پرستار ثمین رستمی", "بخش آی‌سی‌یو بیمارستان امام رضا", "09301110001", null},
            {"مهندس کیان فرهادی", "واحد تجهیزات بیمارستان میلاد", "09301110002", "kian.farhadi@mail.example"},
            {"دکتر نیوشا بهمنی", null, null, "n.bahmani@clinic.example"}};
        for (int i = 0; i < strangers.length; i++) {
            String[] who = strangers[i];
            intake.registerAt(Channel.WEB_FORM, new Submission(who[0], who[1], who[2] == null ? null : PhoneNumber.parse(who[2]),
                    who[3], "AFTER_SALES", null, SatisfactionLevel.of(2), "پاسخ نگرفتن از پشتیبانی",
                    "چند بار تماس گرفتیم و کسی پاسخ نداد.\nلطفاً پیگیری کنید.", null, null, null, "demo:stranger:" + i),
                    now.minus(Duration.ofDays(2 + i)));
        }
        log.info("Demo: 153 complaints across every channel created, 3 of them from people not on record");
    }
}
