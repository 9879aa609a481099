package org.switchboard.core.chat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;

/** A prepared chat answer; {@code {name}} marks a placeholder filled in when it is used. */
public record CannedResponse(String title, String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)}");

    public CannedResponse {
        Require.text(title, "title");
        Require.text(text, "text");
    }

    /** The placeholder names, in order of first appearance. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The text with every placeholder replaced; refused if a value is missing. */
    public String fill(Map<String, String> values) {
        Require.present(values, "placeholder values");
        for (String name : placeholders()) {
            if (values.get(name) == null) {
                throw new ActionRefusedException(Rule.CANNED_RESPONSE_PLACEHOLDER_MISSING, name);
            }
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
