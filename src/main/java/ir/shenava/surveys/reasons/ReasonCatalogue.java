package ir.shenava.surveys.reasons;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ir.shenava.shared.PersianText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's and quality manager's edits of the dissatisfaction reason catalogue. Codes are
 * what the quarterly counts group by, so a code (and its area) is fixed once a survey or a case has
 * used it; a used reason is deactivated, never deleted. Names may always be corrected.
 */
@Service
@Transactional
public class ReasonCatalogue {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)*");
    private static final int CODE_MAX = 60;
    private static final int AREA_CODE_MAX = 40;
    private static final int NAME_MAX = 200;

    /** An area of the catalogue. */
    public record Area(String code, String nameFa, String nameEn) {
    }

    private final JdbcClient jdbc;

    ReasonCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Area> areas() {
        return jdbc.sql("select code, name_fa, name_en from dissatisfaction_area order by position, code")
                .query((rs, i) -> new Area(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** How many surveys and cases coded each reason, plus survey answers kept by this module; unused reasons absent. */
    @Transactional(readOnly = true)
    public Map<String, Long> uses() {
        return jdbc.sql("""
                select code, count(*) from (
                    select reason_code as code from dissatisfaction_reason_use
                    union all select unnest(reason_codes) from survey_result_answer) u group by code""")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Transactional(readOnly = true)
    public boolean used(String code) {
        return jdbc.sql("""
                select exists (select 1 from dissatisfaction_reason_use where reason_code = :c)
                    or exists (select 1 from survey_result_answer where :c = any (reason_codes))""")
                .param("c", code).query(Boolean.class).single();
    }

    public void addArea(String code, String nameFa, String nameEn) {
        String c = code(code, AREA_CODE_MAX);
        if (area(c).isPresent()) {
            throw new ReasonRuleException("reasons.error.codeTaken");
        }
        jdbc.sql("""
                insert into dissatisfaction_area (code, name_fa, name_en, position)
                values (?, ?, ?, (select coalesce(max(position), 0) + 1 from dissatisfaction_area))""")
                .params(c, name(nameFa), name(nameEn)).update();
    }

    public void renameArea(String code, String nameFa, String nameEn) {
        if (jdbc.sql("update dissatisfaction_area set name_fa = ?, name_en = ? where code = ?")
                .params(name(nameFa), name(nameEn), code).update() == 0) {
            throw new ReasonRuleException("reasons.error.noSuchArea");
        }
    }

    /** Returns the new reason's code as stored (upper case, Latin digits). */
    public String addReason(String areaCode, String code, String nameFa, String nameEn) {
        String c = code(code, CODE_MAX);
        if (area(areaCode).isEmpty()) {
            throw new ReasonRuleException("reasons.error.noSuchArea");
        }
        if (exists(c)) {
            throw new ReasonRuleException("reasons.error.codeTaken");
        }
        jdbc.sql("""
                insert into dissatisfaction_reason (code, area_code, name_fa, name_en, active, position)
                values (?, ?, ?, ?, true, (select coalesce(max(position), 0) + 1 from dissatisfaction_reason where area_code = ?))""")
                .params(c, areaCode, name(nameFa), name(nameEn), areaCode).update();
        return c;
    }

    /**
     * Corrects a reason: the names always; the code and the area only while no survey or case used
     * it. Returns the code as stored.
     */
    public String editReason(String code, String newCode, String areaCode, String nameFa, String nameEn) {
        String current = existing(code);
        String c = newCode == null || newCode.isBlank() ? current : code(newCode, CODE_MAX);
        String area = areaCode == null || areaCode.isBlank() ? currentArea(current) : areaCode;
        if (area(area).isEmpty()) {
            throw new ReasonRuleException("reasons.error.noSuchArea");
        }
        boolean moves = !c.equals(current) || !area.equals(currentArea(current));
        if (moves && used(current)) {
            throw new ReasonRuleException("reasons.error.codeUsed");
        }
        if (!c.equals(current) && exists(c)) {
            throw new ReasonRuleException("reasons.error.codeTaken");
        }
        jdbc.sql("update dissatisfaction_reason set code = ?, area_code = ?, name_fa = ?, name_en = ? where code = ?")
                .params(c, area, name(nameFa), name(nameEn), current).update();
        return c;
    }

    public void setActive(String code, boolean active) {
        jdbc.sql("update dissatisfaction_reason set active = ? where code = ?").params(active, existing(code)).update();
    }

    /** Deletes a reason no survey or case ever used; a used one is refused (deactivate it instead). */
    public void delete(String code) {
        String current = existing(code);
        if (used(current)) {
            throw new ReasonRuleException("reasons.error.deleteUsed");
        }
        jdbc.sql("delete from dissatisfaction_reason where code = ?").param(current).update();
    }

    private Optional<Area> area(String code) {
        return areas().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    private boolean exists(String code) {
        return jdbc.sql("select count(*) from dissatisfaction_reason where code = ?").param(code).query(Long.class).single() > 0;
    }

    private String existing(String code) {
        if (code == null || !exists(code)) {
            throw new ReasonRuleException("reasons.error.noSuchReason");
        }
        return code;
    }

    private String currentArea(String code) {
        return jdbc.sql("select area_code from dissatisfaction_reason where code = ?").param(code).query(String.class).single();
    }

    private static String code(String typed, int max) {
        String c = typed == null ? "" : PersianText.latinDigits(typed.strip()).toUpperCase(java.util.Locale.ROOT);
        if (c.isEmpty() || c.length() > max || !CODE.matcher(c).matches()) {
            throw new ReasonRuleException("reasons.error.code");
        }
        return c;
    }

    private static String name(String typed) {
        String n = PersianText.normalize(typed);
        if (n == null || n.isBlank()) {
            throw new ReasonRuleException("reasons.error.nameRequired");
        }
        if (n.length() > NAME_MAX) {
            throw new ReasonRuleException("reasons.error.nameTooLong");
        }
        return n.strip();
    }
}
