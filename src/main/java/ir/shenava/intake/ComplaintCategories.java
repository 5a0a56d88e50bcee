package ir.shenava.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ir.shenava.intake.internal.ComplaintCategory;
import ir.shenava.intake.internal.ComplaintCategoryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The list of complaint categories, for other modules: the case's assessment re-confirms one. */
@Service
@Transactional(readOnly = true)
public class ComplaintCategories {

    /** One category with its name in the asked language. */
    public record Category(String code, String name) {
    }

    private final ComplaintCategoryRepository categories;

    ComplaintCategories(ComplaintCategoryRepository categories) {
        this.categories = categories;
    }

    /** Active categories in their order, for choosing. */
    public List<Category> active(Locale locale) {
        return categories.findByActiveTrueOrderBySort().stream().map(c -> new Category(c.getCode(), c.name(locale))).toList();
    }

    /** Every category's name by code, retired ones too: old complaints still show theirs. */
    public Map<String, String> names(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        categories.findAll().forEach(c -> names.put(c.getCode(), c.name(locale)));
        return names;
    }

    public boolean isActive(String code) {
        return code != null && categories.existsByCodeAndActiveTrue(code);
    }
}
