package ir.shenava.platform;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * The preview of an uploaded file, a page at a time with the rows that need attention first: a file of
 * 3,000 rows is not one page 100,000 pixels long, and its three bad rows are not on page 40.
 */
public final class PreviewPages {

    public static final int SIZE = 50;

    private PreviewPages() {
    }

    /** Rows failing {@code valid} first, each group in file order; page numbers past the end give the last page. */
    public static <T> Page<T> errorsFirst(List<T> rows, Predicate<T> valid, int page) {
        List<T> ordered = rows.stream().sorted(Comparator.comparing(valid::test)).toList();   // stable: false first
        int pages = Math.max(1, (ordered.size() + SIZE - 1) / SIZE);
        int number = Math.min(Math.max(page, 0), pages - 1);
        int from = number * SIZE;
        return new PageImpl<>(ordered.subList(from, Math.min(ordered.size(), from + SIZE)), PageRequest.of(number, SIZE),
                ordered.size());
    }
}
