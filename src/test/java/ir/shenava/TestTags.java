package ir.shenava;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random tags that keep test data unique in the shared test database. Letters only, so no digit
 * normalisation blurs them, and always as long as asked (filtering a UUID down to its letters sometimes
 * left fewer than needed).
 */
public final class TestTags {

    private TestTags() {
    }

    /** {@code length} random lower-case Latin letters a–z. */
    public static String letters(int length) {
        StringBuilder tag = new StringBuilder(length);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return tag.toString();
    }
}
