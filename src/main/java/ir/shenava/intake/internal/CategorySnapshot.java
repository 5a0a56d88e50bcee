package ir.shenava.intake.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ir.shenava.platform.Snapshot;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The list of complaint categories as the busy paths need it — the API checks a category on every
 * complaint, the inbox names one on every row — read once every few seconds instead of per request.
 * An administrator's edit (complaint subjects page) is seen at once on this node, within those
 * few seconds on the others.
 */
@Component
public class CategorySnapshot {

    private record Lists(List<ComplaintCategory> all, List<ComplaintCategory> active, Map<String, String> namesFa) {
    }

    private final Snapshot<Lists> lists;

    CategorySnapshot(ComplaintCategoryRepository categories) {
        this.lists = new Snapshot<>(Duration.ofSeconds(5), ComplaintCategory.CHANGES, () -> {
            List<ComplaintCategory> all = categories.findAll(Sort.by("sort", "code"));
            return new Lists(all, all.stream().filter(ComplaintCategory::isActive).toList(),
                    all.stream().collect(Collectors.toUnmodifiableMap(ComplaintCategory::getCode, ComplaintCategory::getNameFa)));
        });
    }

    /** Every category in its order, retired ones too (the inbox filters old complaints by them). */
    public List<ComplaintCategory> all() {
        return lists.get().all();
    }

    /** Active categories in their order, for the selects of forms and filters. */
    public List<ComplaintCategory> active() {
        return lists.get().active();
    }

    /** The Persian name of every category, inactive ones too (old complaints keep theirs). */
    public Map<String, String> namesFa() {
        return lists.get().namesFa();
    }

    public boolean isActive(String code) {
        return code != null && active().stream().anyMatch(c -> c.getCode().equals(code));
    }
}
