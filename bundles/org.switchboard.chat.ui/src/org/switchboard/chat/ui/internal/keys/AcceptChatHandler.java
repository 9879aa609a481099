package org.switchboard.chat.ui.internal.keys;

import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.switchboard.connector.ChatService;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.TelephonyService;
import org.switchboard.core.Channel;
import org.switchboard.core.chat.ChatAction;
import org.switchboard.ui.session.AgentSession;

/** The key that accepts the earliest chat request, when the server allows it. */
public class AcceptChatHandler {

    @CanExecute
    public boolean canExecute(AgentSession session) {
        return earliestOffer(session).isPresent();
    }

    @Execute
    public void execute(AgentSession session) {
        Optional<ChatService> chats = session.adapt(ChatService.class);
        earliestOffer(session).ifPresent(offer -> chats.ifPresent(c -> c.accept(offer.id())));
    }

    private static Optional<InteractionInfo> earliestOffer(AgentSession session) {
        return session.adapt(TelephonyService.class).flatMap(t -> t.interactions().stream()
                .filter(i -> i.channel() == Channel.CHAT && i.allowedActions().contains(ChatAction.ACCEPT.name()))
                .findFirst());
    }
}
