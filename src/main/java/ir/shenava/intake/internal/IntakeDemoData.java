package ir.shenava.intake.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.EquipmentSummary;
import ir.shenava.intake.Channel;
import ir.shenava.intake.SatisfactionLevel;
import ir.shenava.platform.DemoClock;
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
 * {@code --spring.profiles.active=demo}: two years of complaints across every channel, from the demo
 * customers' contacts about their units, so that the inbox, the tracking page and the analytics'
 * eight quarters have something to show. More come in summer (cooling and power faults) and before
 * the Persian new year (deliveries rushed before Nowruz), fewer on Fridays. Each is registered at its
 * moment in the story ({@link DemoClock}): received then, and its case opened and acknowledged then.
 */
@Component
@Profile("demo")
@Order(35)   // before the surveys (40, 45), whose dissatisfied answers register complaints too: "empty" means no complaint yet
class IntakeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IntakeDemoData.class);
    static final int DAYS = 820;   // the eight quarters of the trend before the current one, whatever the day
    static final int COMPLAINTS = 320;
    private static final Channel[] CHANNELS = {Channel.WEB_FORM, Channel.WEB_FORM, Channel.PHONE, Channel.PHONE,
        Channel.EMAIL, Channel.ONSITE_FORM, Channel.CEO_PAGE};
    private static final String[][] TOPICS = {
        {"SALES", "تأخیر در تحویل دستگاه", "دستگاه سه هفته دیرتر از تاریخ قرارداد تحویل شد و برنامه بخش به هم ریخت."},
        {"INSTALLATION", "نصب ناقص", "کابل‌کشی دستگاه کامل نشده و دستگاه هنوز به شبکه بیمارستان وصل نیست."},
        {"TRAINING", "آموزش کافی نبود", "فقط یک نفر از پرستاران آموزش دید و بقیه کار با دستگاه را بلد نیستند."},
        {"AFTER_SALES", "پاسخ ندادن پشتیبانی", "دو بار با پشتیبانی تماس گرفتیم و هنوز کسی برای تعمیر نیامده است."},
        {"STAFF_BEHAVIOUR", "برخورد نامناسب کارشناس", "کارشناس اعزامی بدون هماهنگی محل را ترک کرد."},
        {"PRODUCT", "خطای مکرر دستگاه", "دستگاه روزی چند بار پیام خطای سنسور می‌دهد و آزمایش‌ها تکرار می‌شود."}};

    /** One complaint of the story, before it is registered. */
    private record Planned(Instant at, Channel channel, String[] topic) {
    }

    private final ComplaintRepository complaints;
    private final ComplaintIntake intake;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final DemoClock clock;

    IntakeDemoData(ComplaintRepository complaints, ComplaintIntake intake, CustomerDirectory customers, StaffDirectory staff,
                   DemoClock clock) {
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
        List<Planned> story = plan(random, now, clock.getZone());
        for (int i = 0; i < story.size(); i++) {
            Planned p = story.get(i);
            EquipmentSummary unit = units.get(random.nextInt(units.size()));
            List<ContactSummary> contacts = customers.contactsOf(unit.customerId());
            ContactSummary who = contacts.isEmpty() ? null : contacts.get(random.nextInt(contacts.size()));
            String[] topic = p.topic();
            Channel channel = p.channel();
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
            Submission s = submission;
            clock.at(p.at(), () -> intake.registerAt(channel, s, p.at()));
        }
        // people nobody entered yet, writing for a hospital that is on record: each becomes an
        // unverified customer that staff verify or merge into the hospital
        String[][] strangers = {{"پرستار ثمین رستمی", "بخش آی‌سی‌یو بیمارستان امام رضا", "09301110001", null},
            {"مهندس کیان فرهادی", "واحد تجهیزات بیمارستان میلاد", "09301110002", "kian.farhadi@mail.example"},
            {"دکتر نیوشا بهمنی", null, null, "n.bahmani@clinic.example"}};
        for (int i = 0; i < strangers.length; i++) {
            String[] who = strangers[i];
            Submission s = new Submission(who[0], who[1], who[2] == null ? null : PhoneNumber.parse(who[2]),
                    who[3], "AFTER_SALES", null, SatisfactionLevel.of(2), "پاسخ نگرفتن از پشتیبانی",
                    "چند بار تماس گرفتیم و کسی پاسخ نداد.\nلطفاً پیگیری کنید.", null, null, null, "demo:stranger:" + i);
            Instant at = now.minus(Duration.ofDays(2 + i));
            clock.at(at, () -> intake.registerAt(Channel.WEB_FORM, s, at));
        }
        log.info("Demo: {} complaints of two years across every channel created, 3 of them from people not on record",
                story.size() + strangers.length);
    }

    /**
     * When each complaint came, through which channel, about what — oldest first, so that case
     * numbers grow with time. One in fourteen came in the last ten days, about one every ten hours, so
     * "my work" shows fresh cases at each step; the rest are spread over two years by the season's weight.
     */
    static List<Planned> plan(Random random, Instant now, ZoneId zone) {
        List<Planned> story = new ArrayList<>();
        while (story.size() < COMPLAINTS) {
            boolean recent = story.size() % 14 == 0;   // every ten hours or so, the newest five hours ago
            Instant at = recent ? now.minus(Duration.ofHours(5 + 10L * (story.size() / 14)).plusMinutes(random.nextInt(60)))
                    : now.minus(Duration.ofDays(10 + random.nextInt(DAYS - 10)));
            LocalDate day = at.atZone(zone).toLocalDate();
            if (!recent && random.nextDouble() * 1.7 > season(day)) {
                continue;
            }
            Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
            boolean inPerson = channel == Channel.PHONE || channel == Channel.ONSITE_FORM;
            if (day.getDayOfWeek() == DayOfWeek.FRIDAY && (inPerson || random.nextInt(3) > 0)) {
                if (!recent) {
                    continue;   // the office is closed; a few still write on the web or by mail
                }
                channel = Channel.WEB_FORM;
                inPerson = false;
            }
            if (!recent) {   // within the day: office hours in person, any waking hour in writing
                int hour = inPerson ? 8 + random.nextInt(7) : 7 + random.nextInt(16);
                at = day.atTime(hour, random.nextInt(60)).atZone(zone).toInstant();
            }
            story.add(new Planned(at, channel, topic(random, day)));
        }
        story.sort(java.util.Comparator.comparing(Planned::at));
        return story;
    }

    /** 0.6 … 1.6: a summer peak of faults, a smaller one in the weeks before Nowruz, a quiet winter. */
    static double season(LocalDate day) {
        double summer = Math.sin(2 * Math.PI * (day.getDayOfYear() - 105) / 365.0);
        boolean beforeNowruz = day.getMonthValue() == 3 && day.getDayOfMonth() < 20 || day.getMonthValue() == 2 && day.getDayOfMonth() > 20;
        return 1.0 + 0.45 * summer + (beforeNowruz ? 0.5 : 0);
    }

    /** In summer after-sales and product faults take a larger share; before Nowruz sales and installation. */
    private static String[] topic(Random random, LocalDate day) {
        int month = day.getMonthValue();
        if (month >= 6 && month <= 9 && random.nextInt(100) < 30) {
            return TOPICS[random.nextBoolean() ? 3 : 5];
        }
        if ((month == 2 || month == 3) && random.nextInt(100) < 30) {
            return TOPICS[random.nextBoolean() ? 0 : 1];
        }
        return TOPICS[random.nextInt(TOPICS.length)];
    }
}
