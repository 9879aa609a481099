package org.switchboard.chat.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.chat.CannedResponse;

/**
 * Fills a canned response's placeholders for one chat: {@code {customerName}}, {@code {agentName}}
 * (the agent's display name, as the server knows it) and the chat's call variables by name (secure
 * ones never).
 */
final class Placeholders {

    static final String CUSTOMER_NAME = "customerName";
    static final String AGENT_NAME = "agentName";

    private Placeholders() {
    }

    static Map<String, String> values(InteractionInfo chat, String agentName) {
        Map<String, String> values = new HashMap<>();
        for (InteractionInfo.CallVariable v : chat.callData()) {
            if (!v.secure() && v.value() != null) {
                values.put(v.name(), v.value());
            }
        }
        values.put(CUSTOMER_NAME, ChatTexts.customer(chat));
        values.put(AGENT_NAME, agentName);
        return values;
    }

    /** The filled text, or null with {@code missing[0]} set to the first placeholder without a value. */
    static String fill(String text, Map<String, String> values, String[] missing) {
        CannedResponse response = new CannedResponse("canned", text);
        for (String name : response.placeholders()) {
            if (values.get(name) == null) {
                missing[0] = name;
                return null;
            }
        }
        return response.fill(values);
    }

    /** Inserts the filled response into the tab's message box; answers why not, or null. */
    static String insert(ChatTab tab, String text, String agentName) {
        String[] missing = new String[1];
        String filled = fill(text, values(tab.chat(), agentName), missing);
        if (filled == null) {
            return NLS.bind(Messages.cannedPlaceholderMissing, "{" + missing[0] + "}");
        }
        tab.insert(filled);
        return null;
    }
}
