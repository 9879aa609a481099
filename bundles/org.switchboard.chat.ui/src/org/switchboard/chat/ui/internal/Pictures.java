package org.switchboard.chat.ui.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.switchboard.connector.ChatDetails;
import org.switchboard.connector.ChatService;
import org.switchboard.desktop.services.ContentTypes;
import org.switchboard.ui.session.UiEventRunner;

/**
 * Fetches customers' pictures through the connector and checks and decodes them on a worker
 * thread; only the finished image data reaches the UI thread.
 */
final class Pictures implements AutoCloseable {

    /** What became of a picture: shown, or refused with a reason the agent reads. */
    sealed interface Outcome {
        record Shown(PictureCheck.Decoded picture) implements Outcome {
        }

        record Refused(String reason) implements Outcome {
        }
    }

    private final ExecutorService decoder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "switchboard-chat-pictures");
        t.setDaemon(true);
        return t;
    });
    private final PictureCheck check;

    Pictures(ContentTypes contentTypes) {
        this.check = new PictureCheck(contentTypes);
    }

    /** Loads {@code picture} of {@code chatId}; {@code done} runs on {@code ui}. */
    void load(ChatService chats, String chatId, ChatDetails.Picture picture, UiEventRunner ui, Consumer<Outcome> done) {
        chats.picture(chatId, picture.index(), PictureCheck.MAX_BYTES).toCompletableFuture()
                .thenApplyAsync(bytes -> decode(bytes, picture), decoder)
                .exceptionally(failure -> new Outcome.Refused(cause(failure).getMessage()))
                .thenAccept(outcome -> ui.execute(() -> done.accept(outcome)));
    }

    private Outcome decode(byte[] bytes, ChatDetails.Picture picture) {
        try {
            return new Outcome.Shown(check.check(bytes, picture.fileName(), picture.mediaType()));
        } catch (PictureCheck.Refused e) {
            return new Outcome.Refused(e.getMessage());
        }
    }

    private static Throwable cause(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    @Override
    public void close() {
        decoder.shutdownNow();
    }
}
