package org.switchboard.core.cad;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of secure call variables this runtime has seen lately, so that the logging layer can
 * mask them wherever they turn up in a log line (a request dumped by a library, a record's
 * {@code toString()}). Every secure {@link CadValue} and every secure variable a connector receives
 * is remembered here.
 *
 * <p>The set is process-wide on purpose: log lines are written by libraries and appenders that know
 * nothing of calls or services, so the masking layer cannot be handed the values through a service.
 * It keeps the most recent {@value #CAPACITY} values; values shorter than {@value #MIN_LENGTH}
 * characters are not remembered (masking every "1" or "ok" in the logs would hide everything).
 * Thread-safe.
 */
public final class SecureValues {

    static final int CAPACITY = 1024;
    static final int MIN_LENGTH = 3;

    private static final Map<String, Boolean> RECENT = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    private SecureValues() {
    }

    /** Remembers a secure variable's value for masking; blank and very short values are ignored. */
    public static void remember(String value) {
        if (value == null || value.strip().length() < MIN_LENGTH || value.equals(CadValue.MASK)) {
            return;
        }
        synchronized (RECENT) {
            RECENT.put(value.strip(), Boolean.TRUE);
        }
    }

    /** {@code text} with every remembered secure value replaced by {@link CadValue#MASK}. */
    public static String mask(String text) {
        if (text == null || text.length() < MIN_LENGTH) {
            return text;
        }
        List<String> values;
        synchronized (RECENT) {
            if (RECENT.isEmpty()) {
                return text;
            }
            values = new ArrayList<>(RECENT.keySet());
        }
        // longest first, so that a value containing another is masked whole
        values.sort((a, b) -> Integer.compare(b.length(), a.length()));
        String masked = text;
        for (Iterator<String> it = values.iterator(); it.hasNext();) {
            String value = it.next();
            if (masked.contains(value)) {
                masked = masked.replace(value, CadValue.MASK);
            }
        }
        return masked;
    }
}
