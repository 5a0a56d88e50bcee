package ir.shenava.shared;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.DecompositionType;
import com.ibm.icu.lang.UCharacter.JoiningType;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Turns Persian (and mixed Persian/Latin) text in logical order into a string of positional
 * presentation forms in visual, left-to-right order, ready to be drawn glyph by glyph by a PDF
 * library that does no shaping of its own (PDFBox): the on-site complaint form, the quarterly pack.
 *
 * <p>Why not ICU's {@code ArabicShaping}: it only knows the forms of Presentation Forms-B
 * (U+FE70–U+FEFF), the letters of Arabic, so the Persian letters پ چ ژ ک گ ی (whose forms live in
 * Presentation Forms-A, U+FB50–U+FDFF) stay isolated. Here the table of forms is derived from the
 * Unicode data itself: every presentation form carries a compatibility decomposition such as
 * {@code <initial> 06A9}, so the table covers every letter Unicode has forms for, Persian included.
 * Joining follows the Unicode joining types (Arabic shaping, chapter 9 of the standard):
 * transparent marks are skipped, ZWNJ (نیم‌فاصله) breaks the join and ZWJ forces it; lam + alef
 * becomes the obligatory ligature. Text stays text: the presentation forms decompose back (NFKC)
 * to the original letters, which is what PDF text extraction does.
 */
public final class PersianShaper {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;

    /** base letter → its four forms (0 where Unicode has no such form). */
    private static final Map<Integer, int[]> FORMS = new HashMap<>();
    /** alef variant → {isolated, final} lam-alef ligature. */
    private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();
    private static final int LAM = 0x0644;

    static {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        collect(nfkd, 0xFB50, 0xFDFF);
        collect(nfkd, 0xFE70, 0xFEFF);
    }

    private PersianShaper() {
    }

    private static void collect(Normalizer2 nfkd, int from, int to) {
        for (int cp = from; cp <= to; cp++) {
            String d = nfkd.getRawDecomposition(cp);
            if (d == null) {
                continue;
            }
            int form = switch (UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE)) {
                case DecompositionType.ISOLATED -> ISOLATED;
                case DecompositionType.FINAL -> FINAL;
                case DecompositionType.INITIAL -> INITIAL;
                case DecompositionType.MEDIAL -> MEDIAL;
                default -> -1;
            };
            if (form < 0) {
                continue;
            }
            int[] cps = d.codePoints().toArray();
            if (cps.length == 1) {
                // the first (lowest) code point wins: Forms-A lists some letters twice
                int[] f = FORMS.computeIfAbsent(cps[0], k -> new int[4]);
                if (f[form] == 0) {
                    f[form] = cp;
                }
            } else if (cps.length == 2 && cps[0] == LAM && (form == ISOLATED || form == FINAL)
                    && UCharacter.getIntPropertyValue(cps[1], UProperty.JOINING_TYPE) == JoiningType.RIGHT_JOINING) {
                int[] f = LAM_ALEF.computeIfAbsent(cps[1], k -> new int[2]);
                if (f[form] == 0) {
                    f[form] = cp;
                }
            }
        }
    }

    /**
     * Logical text → visual-order string of presentation forms (right-to-left paragraph).
     *
     * @param hasGlyph whether the font can draw a code point; forms it lacks fall back to the base
     *     letter
     */
    public static String visual(String logical, IntPredicate hasGlyph) {
        String shaped = shape(logical, hasGlyph);
        if (shaped.isEmpty()) {
            return shaped;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shaped, Bidi.RTL, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** Logical text → logical-order string of presentation forms; ZWNJ and ZWJ are consumed. */
    public static String shape(String text, IntPredicate hasGlyph) {
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        int[] type = new int[n];
        for (int i = 0; i < n; i++) {
            type[i] = UCharacter.getIntPropertyValue(cps[i], UProperty.JOINING_TYPE);
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int cp = cps[i];
            if (cp == 0x200C || cp == 0x200D) {
                continue; // only steer joining; drawn as nothing
            }
            int[] forms = FORMS.get(cp);
            if (forms == null || type[i] == JoiningType.TRANSPARENT) {
                out.appendCodePoint(cp);
                continue;
            }
            int prev = neighbour(type, i, -1);
            int next = neighbour(type, i, +1);
            boolean joinsPrev = joinsToPrevious(type[i]) && prev >= 0 && joinsToNext(type[prev]);
            boolean joinsNext = joinsToNext(type[i]) && next >= 0 && joinsToPrevious(type[next]);
            if (cp == LAM && next >= 0 && next == i + 1 && LAM_ALEF.containsKey(cps[next])) {
                int lig = LAM_ALEF.get(cps[next])[joinsPrev ? 1 : 0];
                if (lig != 0 && hasGlyph.test(lig)) {
                    out.appendCodePoint(lig);
                    i++; // alef consumed
                    continue;
                }
            }
            int form = joinsPrev ? (joinsNext ? MEDIAL : FINAL) : (joinsNext ? INITIAL : ISOLATED);
            int p = forms[form];
            if (p == 0 && form == MEDIAL) {
                p = forms[FINAL];
            } else if (p == 0 && form == INITIAL) {
                p = forms[ISOLATED];
            }
            out.appendCodePoint(p != 0 && hasGlyph.test(p) ? p : cp);
        }
        return out.toString();
    }

    /** Index of the nearest non-transparent character in direction {@code step}, or -1. */
    private static int neighbour(int[] type, int i, int step) {
        for (int j = i + step; j >= 0 && j < type.length; j += step) {
            if (type[j] != JoiningType.TRANSPARENT) {
                return j;
            }
        }
        return -1;
    }

    private static boolean joinsToNext(int t) {
        return t == JoiningType.DUAL_JOINING || t == JoiningType.LEFT_JOINING || t == JoiningType.JOIN_CAUSING;
    }

    private static boolean joinsToPrevious(int t) {
        return t == JoiningType.DUAL_JOINING || t == JoiningType.RIGHT_JOINING || t == JoiningType.JOIN_CAUSING;
    }
}
