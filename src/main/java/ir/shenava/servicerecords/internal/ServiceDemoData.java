package ir.shenava.servicerecords.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import ir.shenava.customers.EquipmentSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.servicerecords.ServiceType;
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
 * {@code --spring.profiles.active=demo}: a year of services for the demo units — sale, then
 * installation with commissioning and training, then repairs and maintenance — each done service
 * with a confirmation form, a few of them missing or unsigned so the CEO's review finds something.
 */
@Component
@Profile("demo")
@Order(30)
class ServiceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ServiceDemoData.class);

    private final ServiceRecordRepository records;
    private final ServiceRecords services;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final Clock clock;

    ServiceDemoData(ServiceRecordRepository records, ServiceRecords services, CustomerDirectory customers,
                    StaffDirectory staff, Clock clock) {
        this.records = records;
        this.services = services;
        this.customers = customers;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (records.count() > 0) {
            return;
        }
        Random random = new Random(1404);
        List<StaffSummary> technicians = staff.activeWithRole(Role.TECHNICAL_EXPERT);
        List<StaffSummary> sellers = staff.activeWithRole(Role.SALES_EXPERT);
        if (technicians.isEmpty() || sellers.isEmpty()) {
            return;
        }
        byte[] signedForm = drawForm(true);
        byte[] unsignedForm = drawForm(false);
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (EquipmentSummary unit : customers.allEquipment()) {
            LocalDate installed = unit.installedOn() != null && unit.installedOn().isAfter(today.minusYears(1))
                    ? unit.installedOn() : today.minusDays(20 + random.nextInt(340));
            long seller = unit.soldBy() != null ? unit.soldBy() : sellers.get(random.nextInt(sellers.size())).id().value();
            long technician = technicians.get(random.nextInt(technicians.size())).id().value();
            count += done(unit, ServiceType.SALE, installed.minusDays(30), seller, "فروش و عقد قرارداد", null, null, random);
            count += done(unit, ServiceType.INSTALLATION_COMMISSIONING_TRAINING, installed, technician,
                    "نصب، راه‌اندازی و آموزش دو نفر از کارکنان بخش", signedForm, unsignedForm, random);
            LocalDate visit = installed.plusDays(60 + random.nextInt(120));
            if (visit.isBefore(today)) {
                ServiceType kind = random.nextBoolean() ? ServiceType.PREVENTIVE_MAINTENANCE : ServiceType.REPAIR;
                count += done(unit, kind, visit, technicians.get(random.nextInt(technicians.size())).id().value(),
                        kind == ServiceType.REPAIR ? "تعویض برد تغذیه و آزمون عملکرد" : "سرویس دوره‌ای و کالیبراسیون",
                        signedForm, unsignedForm, random);
            }
        }
        log.info("Demo: {} service records with confirmation forms created", count);
    }

    private int done(EquipmentSummary unit, ServiceType type, LocalDate day, long expert, String report,
                     byte[] signed, byte[] unsigned, Random random) {
        ServiceRecord record = services.record(new ServiceRecords.Details(type, unit.customerId().value(), null, unit.id(),
                day, Set.of(expert), report, null), "demo");
        services.complete(record.getId(), day);
        if (signed != null) {
            int dice = random.nextInt(10);
            if (dice < 8) {
                services.confirm(record.getId(), UploadedFile.check("confirmation.png", signed), true, true, true, true, "demo");
            } else if (dice == 8) {
                services.confirm(record.getId(), UploadedFile.check("confirmation.png", unsigned), true, true, false, true, "demo");
            }
        }
        return 1;
    }

    /** A small picture of a confirmation form: lines of text, and the customer's stamp and signature when signed. */
    static byte[] drawForm(boolean signed) {
        BufferedImage image = new BufferedImage(420, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 420, 560);
        g.setColor(new Color(40, 40, 40));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("Service confirmation form", 90, 50);
        g.setStroke(new BasicStroke(1f));
        for (int y = 100; y < 400; y += 28) {
            g.drawLine(40, y, 380, y);
        }
        if (signed) {
            g.setColor(new Color(30, 70, 160));
            g.setStroke(new BasicStroke(3f));
            g.drawOval(250, 420, 110, 110);
            g.drawOval(262, 432, 86, 86);
            g.setStroke(new BasicStroke(2f));
            g.drawPolyline(new int[] {50, 80, 95, 120, 140, 170, 200}, new int[] {480, 450, 490, 440, 485, 455, 470}, 7);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
