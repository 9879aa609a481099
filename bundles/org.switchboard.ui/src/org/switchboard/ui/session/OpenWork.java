package org.switchboard.ui.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.OutboxStatus;
import org.switchboard.connector.TelephonyService;
import org.switchboard.core.Channel;

/**
 * What the agent still has in hand: live interactions, wrap-ups owed and entries not yet sent. Asked
 * before logging out or closing the desktop, so nothing is left behind unnoticed.
 *
 * @param calls    live calls and call offers
 * @param chats    live chats and chat offers
 * @param wrapUps  interactions that ended and wait for the agent's wrap-up
 * @param unsent   outbox entries not yet accepted by the server
 */
public record OpenWork(int calls, int chats, int wrapUps, int unsent) {

    /** The open work of the session, none when logged out. */
    public static OpenWork of(AgentSession session) {
        Collection<InteractionInfo> all = session.adapt(TelephonyService.class)
                .map(TelephonyService::interactions).orElse(List.of());
        int calls = 0;
        int chats = 0;
        int wrapUps = 0;
        for (InteractionInfo i : all) {
            if (i.wrapUpOwed()) {
                wrapUps++;
            } else if (i.channel() == Channel.VOICE) {
                calls++;
            } else {
                chats++;
            }
        }
        int unsent = session.adapt(OutboxStatus.class).map(OutboxStatus::pendingCount).orElse(0);
        return new OpenWork(calls, chats, wrapUps, unsent);
    }

    public boolean isEmpty() {
        return calls == 0 && chats == 0 && wrapUps == 0 && unsent == 0;
    }

    /** Whether the agent is still serving a customer: a call, a chat or a wrap-up. */
    public boolean live() {
        return calls > 0 || chats > 0 || wrapUps > 0;
    }

    /** "1 call, 2 chats and 1 wrap-up", in plain words. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        count(parts, calls, Messages.openCall, Messages.openCalls);
        count(parts, chats, Messages.openChat, Messages.openChats);
        count(parts, wrapUps, Messages.openWrapUp, Messages.openWrapUps);
        count(parts, unsent, Messages.openUnsent, Messages.openUnsents);
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return NLS.bind(Messages.openLast, String.join(", ", parts.subList(0, parts.size() - 1)),
                parts.get(parts.size() - 1));
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n == 1) {
            parts.add(one);
        } else if (n > 1) {
            parts.add(NLS.bind(many, n));
        }
    }
}
