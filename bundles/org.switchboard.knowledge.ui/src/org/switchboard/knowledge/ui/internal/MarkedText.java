package org.switchboard.knowledge.ui.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage as the server marks it: HTML-escaped text with the matched words in {@code <mark>},
 * turned into plain text and the ranges to highlight. Nothing else of the text is read as markup.
 *
 * @param marks start and length of each marked run, in pairs
 */
record MarkedText(String text, int[] marks) {

    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    static MarkedText parse(String marked) {
        StringBuilder out = new StringBuilder(marked.length());
        List<Integer> ranges = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < marked.length()) {
            if (marked.startsWith(OPEN, i)) {
                start = out.length();
                i += OPEN.length();
            } else if (marked.startsWith(CLOSE, i)) {
                if (start >= 0 && out.length() > start) {
                    ranges.add(start);
                    ranges.add(out.length() - start);
                }
                start = -1;
                i += CLOSE.length();
            } else if (marked.charAt(i) == '&') {
                int end = marked.indexOf(';', i);
                String entity = end < 0 || end - i > 8 ? null : marked.substring(i, end + 1);
                String ch = entity == null ? null : entity(entity);
                out.append(ch == null ? "&" : ch);
                i = ch == null ? i + 1 : end + 1;
            } else {
                char c = marked.charAt(i);
                if (!Character.isWhitespace(c)) {
                    out.append(c);
                } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                i++;
            }
        }
        return new MarkedText(out.toString(), ranges.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String entity(String e) {
        return switch (e) {
            case "&amp;" -> "&";
            case "&lt;" -> "<";
            case "&gt;" -> ">";
            case "&quot;" -> "\"";
            case "&#39;", "&#x27;" -> "'";
            default -> e.startsWith("&#") ? numeric(e) : null;
        };
    }

    private static String numeric(String e) {
        try {
            String digits = e.substring(2, e.length() - 1);
            int cp = digits.startsWith("x") ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException bad) {
            return null;
        }
    }
}
