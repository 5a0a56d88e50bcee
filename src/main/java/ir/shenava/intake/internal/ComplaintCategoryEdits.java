package ir.shenava.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's edits of the list of complaint subjects: add, rename, reorder, deactivate and
 * activate; delete only an entry nothing refers to. Forms show the active entries in this order.
 */
@Service
@Transactional
public class ComplaintCategoryEdits {

    private final ComplaintCategoryRepository categories;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    ComplaintCategoryEdits(ComplaintCategoryRepository categories, JdbcTemplate jdbc, AuditTrail audit) {
        this.categories = categories;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ComplaintCategory> all() {
        return inOrder();
    }

    /** A new entry at the end of the list; the code is kept in upper case. */
    public ComplaintCategory add(String code, String nameFa, String nameEn) {
        String canonical = code.strip().toUpperCase(Locale.ROOT);
        if (categories.existsById(canonical)) {
            throw new IntakeRuleException("category.code.taken");
        }
        int last = inOrder().stream().mapToInt(ComplaintCategory::getSort).max().orElse(0);
        ComplaintCategory added = categories.save(new ComplaintCategory(canonical, nameFa, nameEn, last + 1));
        audit.record(AuditKind.CATEGORY, AuditAction.CREATED, canonical, null, described(added));
        return added;
    }

    public void rename(String code, String nameFa, String nameEn) {
        ComplaintCategory category = find(code);
        var before = described(category);
        category.rename(nameFa, nameEn);
        audit.record(AuditKind.CATEGORY, AuditAction.CHANGED, category.getCode(), before, described(category));
    }

    public void setActive(String code, boolean active) {
        ComplaintCategory category = find(code);
        var before = described(category);
        if (active) {
            category.activate();
        } else {
            category.deactivate();
        }
        audit.record(AuditKind.CATEGORY, AuditAction.CHANGED, category.getCode(), before, described(category));
    }

    /** One place up (towards the top of the forms) or down; the list is renumbered 1…n. */
    public void move(String code, boolean up) {
        List<ComplaintCategory> list = new ArrayList<>(inOrder());
        ComplaintCategory moved = find(code);
        var before = described(moved);
        int at = list.indexOf(moved);
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < list.size()) {
            list.add(to, list.remove(at));
        }
        for (int i = 0; i < list.size(); i++) {
            list.get(i).placeAt(i + 1);
        }
        audit.record(AuditKind.CATEGORY, AuditAction.CHANGED, moved.getCode(), before, described(moved));
    }

    /** Only an entry no complaint and no routing rule names; anything else is deactivated instead. */
    public void delete(String code) {
        ComplaintCategory category = find(code);
        if (inUse(category.getCode())) {
            throw new IntakeRuleException("category.inUse");
        }
        audit.record(AuditKind.CATEGORY, AuditAction.DELETED, category.getCode(), described(category), null);
        categories.delete(category);
    }

    private boolean inUse(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists(select 1 from complaint where category_code = ?)
                    or exists(select 1 from routing_rule where category_code = ?)""", Boolean.class, code, code));
    }

    private ComplaintCategory find(String code) {
        return categories.findById(code).orElseThrow(() -> new IntakeRuleException("category.notFound"));
    }

    private List<ComplaintCategory> inOrder() {
        return categories.findAllByOrderBySortAscCodeAsc();
    }

    private static java.util.Map<String, Object> described(ComplaintCategory c) {
        return java.util.Map.of("nameFa", c.getNameFa(), "nameEn", c.getNameEn(), "active", c.isActive(), "sort", c.getSort());
    }
}
