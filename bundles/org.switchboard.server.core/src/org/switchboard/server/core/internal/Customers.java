package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;
import org.switchboard.core.cad.CadSet;
import org.switchboard.core.chat.Attachment;
import org.switchboard.core.chat.ChatState;
import org.switchboard.core.chat.Location;
import org.switchboard.core.chat.MobileContext;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.voice.Call;
import org.switchboard.server.core.AttachmentView;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ChatLine;
import org.switchboard.server.core.CustomerSimulator;
import org.switchboard.server.core.CustomerTyping;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.LocationView;
import org.switchboard.server.core.MobileView;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.StoredInteraction;

/**
 * The customers' side of the simulated switch: calls, chats and callbacks arrive, customers write,
 * send pictures, answer and hang up. Each runs on the event loop, then routing and publishing run.
 */
final class Customers implements CustomerSimulator {

    private final EventLoop loop;
    private final CenterState state;
    private final VoiceHandler voice;
    private final ChatHandler chat;
    private final CallbackHandler callbacks;
    private final Consumer<Instant> afterChange;

    Customers(EventLoop loop, CenterState state, VoiceHandler voice, ChatHandler chat, CallbackHandler callbacks,
            Consumer<Instant> afterChange) {
        this.loop = loop;
        this.state = state;
        this.voice = voice;
        this.chat = chat;
        this.callbacks = callbacks;
        this.afterChange = afterChange;
    }

    /** Runs {@code change} on the loop at the clock's instant, then routes and publishes. */
    private <T> T change(java.util.function.Function<Instant, T> change) {
        return loop.call(() -> {
            Instant now = state.clock.instant();
            T result = change.apply(now);
            afterChange.accept(now);
            return result;
        });
    }

    @Override
    public String injectCall(String queueId, Caller caller, Map<String, String> cad) {
        return inject(queueId, Channel.VOICE, caller, cad, MobileContext.none());
    }

    @Override
    public String injectChat(String queueId, Caller caller, Map<String, String> cad) {
        return inject(queueId, Channel.CHAT, caller, cad, MobileContext.none());
    }

    @Override
    public String injectMobileChat(String queueId, Caller caller, Map<String, String> cad, MobileView mobile) {
        return inject(queueId, Channel.CHAT, caller, cad, mobileContext(mobile));
    }

    private String inject(String queueId, Channel channel, Caller caller, Map<String, String> cad,
            MobileContext mobile) {
        return change(now -> {
            QueueConfig queue = state.config.queueFor(queueId)
                    .orElseThrow(() -> new ServerRefusal(Reason.NOT_FOUND, "no queue or entry point " + queueId));
            if (queue.channel() != channel) {
                throw new ServerRefusal(Reason.INVALID, "queue " + queue.id() + " does not take " + channel);
            }
            CadSet variables = state.cadSet(cad == null ? Map.of() : cad);
            Caller who = caller == null ? new Caller(null, null) : caller;
            long n = state.takeNumber();
            String id = "i-" + n;
            String customer = "c-" + n;
            Interaction i;
            if (channel == Channel.VOICE) {
                i = new VoiceInteraction(Call.queued(id, customer, queueId, state.config.callPolicy()), who, variables,
                        now);
            } else {
                ChatInteraction c = new ChatInteraction(id, customer, queueId, who, variables, now);
                c.mobile = mobile;
                i = c;
            }
            state.interactions.put(id, i);
            state.store.interactionArrived(new StoredInteraction(n, id, channel.name(), queueId, customer, who.name(),
                    who.number(), now, CenterState.storedCad(variables)));
            state.storeState(i, now);
            return id;
        });
    }

    private static MobileContext mobileContext(MobileView m) {
        if (m == null) {
            return MobileContext.none();
        }
        try {
            LocationView l = m.location();
            return new MobileContext(Optional.ofNullable(m.phoneNumber()).map(DialString::parse),
                    Optional.ofNullable(l).map(x -> new Location(x.latitude(), x.longitude(), x.accuracyMeters(),
                            Objects.requireNonNullElseGet(x.at(), Instant::now))));
        } catch (ActionRefusedException e) {
            throw new ServerRefusal(Reason.INVALID, e.rule(), e.getMessage());
        }
    }

    @Override
    public String injectCallback(String queueId, String type, String customerName, String customerNumber,
            String dnis) {
        return change(now -> callbacks.arrive(queueId, type, customerName, customerNumber, dnis, now));
    }

    @Override
    public void callbackAnswered(String interactionId) {
        customerOfCallback(interactionId, "CALLBACK_ANSWERED", (v, now) -> callbacks.answered(v));
    }

    @Override
    public void callbackMissed(String interactionId) {
        customerOfCallback(interactionId, "CALLBACK_MISSED", callbacks::missed);
    }

    /** The callback's customer answers or not; audited under the customer's id. */
    private void customerOfCallback(String interactionId, String action, BiConsumer<VoiceInteraction, Instant> change) {
        change(now -> {
            if (!(state.interactions.get(interactionId) instanceof VoiceInteraction v) || v.callback == null) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no callback " + interactionId);
            }
            try {
                change.accept(v, now);
            } catch (ActionRefusedException e) {
                state.audit(v.customerId, action, interactionId, null, AuditEntry.REFUSED, e.rule().name());
                throw new ServerRefusal(Reason.CONFLICT, e.rule(), "the callback is " + v.callback.state()
                        + ", not ringing its customer");
            }
            state.audit(v.customerId, action, interactionId, null, AuditEntry.COMPLETED, null);
            return null;
        });
    }

    @Override
    public void outboundAnswered(String interactionId) {
        change(now -> {
            if (!(state.interactions.get(interactionId) instanceof VoiceInteraction v) || !v.isDialing()) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no outbound call ringing its customer: " + interactionId);
            }
            v.dialledAt = null;
            state.audit(v.customerId, "OUTBOUND_ANSWERED", interactionId, null, AuditEntry.COMPLETED, null);
            return null;
        });
    }

    @Override
    public void hangUp(String interactionId) {
        change(now -> {
            Interaction i = state.interactions.get(interactionId);
            if (i == null) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no interaction " + interactionId);
            }
            try {
                switch (i) {
                    case VoiceInteraction v -> voice.customerHangsUp(v, now);
                    case ChatInteraction c -> chat.customerLeaves(c, now);
                    case EmailItem e -> throw new ServerRefusal(Reason.INVALID, "an email has no line to hang up");
                }
            } catch (ActionRefusedException e) {
                throw new ServerRefusal(Reason.CONFLICT, e.rule(), e.getMessage());
            }
            return null;
        });
    }

    private ChatInteraction openChat(String interactionId) {
        if (!(state.interactions.get(interactionId) instanceof ChatInteraction c) || c.customerLeft) {
            throw new ServerRefusal(Reason.NOT_FOUND, "no open chat " + interactionId);
        }
        return c;
    }

    @Override
    public void sendChat(String interactionId, String text) {
        if (text == null || text.isBlank() || text.length() > CommandParser.MAX_CHAT_TEXT) {
            throw new ServerRefusal(Reason.INVALID, "text: 1 to " + CommandParser.MAX_CHAT_TEXT + " characters");
        }
        change(now -> {
            ChatInteraction c = openChat(interactionId);
            if (c.session == null || c.session.state() == ChatState.OFFERED) {
                c.waitingLines.add(new ChatLine(c.customerId, now, text));
            } else {
                try {
                    c.session.receive(text, now);
                } catch (ActionRefusedException e) {
                    throw new ServerRefusal(Reason.CONFLICT, e.rule(), e.getMessage());
                }
            }
            return null;
        });
    }

    @Override
    public void customerTyping(String interactionId, boolean typing) {
        loop.call(() -> {
            ChatInteraction c = openChat(interactionId);
            if (c.session != null && c.session.state() == ChatState.ACTIVE) {
                state.seats.get(c.session.agentId()).emit(EventTypes.CUSTOMER_TYPING, null,
                        new CustomerTyping(c.id, typing, state.clock.instant()));
            }
            return null;
        });
    }

    @Override
    public void sendPicture(String interactionId, String fileName, String declaredType, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "picture" : fileName.strip();
        if (name.length() > 128 || content == null || content.length == 0 || declaredType == null) {
            throw new ServerRefusal(Reason.INVALID, Rule.MISSING_VALUE,
                    "a picture needs content, a content type and a file name of at most 128 characters");
        }
        // Checked here, off the event loop: nothing is decoded, only the header is read.
        ActionRefusedException problem = null;
        PictureInspector.Picture picture = null;
        try {
            if (content.length > ChatHandler.ATTACHMENTS.maxBytes()) {
                throw new ActionRefusedException(Rule.ATTACHMENT_TOO_LARGE,
                        content.length + " > " + ChatHandler.ATTACHMENTS.maxBytes() + " bytes");
            }
            picture = PictureInspector.inspect(content);
            String declared = declaredType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
            if (!declared.equals(picture.mediaType()) && !(declared.equals("image/jpg")
                    && picture.mediaType().equals("image/jpeg"))) {
                throw new ActionRefusedException(Rule.ATTACHMENT_MISLABELLED,
                        "sent as " + declared + ", content is " + picture.mediaType());
            }
        } catch (ActionRefusedException e) {
            problem = e;
        }
        ActionRefusedException refused = problem;
        PictureInspector.Picture checked = picture;
        change(now -> {
            ChatInteraction c = openChat(interactionId);
            if (c.session == null || c.session.state() != ChatState.ACTIVE) {
                throw new ServerRefusal(Reason.CONFLICT, Rule.NOT_ALLOWED_IN_STATE, "the chat is not active");
            }
            Attachment a = null;
            ActionRefusedException e = refused;
            if (e == null) {
                try {
                    a = new Attachment(name, checked.mediaType(), content.length);
                    c.session.receivePicture(a, now);
                } catch (ActionRefusedException coreRefusal) {
                    e = coreRefusal;
                }
            }
            if (e != null) {
                state.seats.get(c.session.agentId()).emit(EventTypes.NOTICE, null,
                        new Notice(c.id, e.rule().name(), "A picture from the customer was refused: "
                                + e.rule().message()));
                throw new ServerRefusal(Reason.INVALID, e.rule(), e.getMessage());
            }
            c.pictures.add(new ChatInteraction.Picture(a, new AttachmentView(c.pictures.size(), name,
                    checked.mediaType(), content.length, checked.width(), checked.height(), c.customerId, now),
                    content.clone()));
            return null;
        });
    }
}
