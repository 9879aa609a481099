package org.switchboard.example.crm;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.switchboard.extension.InteractionEvent;
import org.switchboard.extension.InteractionListener;

/** When the agent accepts an interaction, looks its customer up and tells the record view. */
@Component(service = { InteractionListener.class, CrmScreenPop.class })
public final class CrmScreenPop implements InteractionListener {

    private final CustomerDirectory directory = new CustomerDirectory();
    private final List<Consumer<Optional<Customer>>> views = new CopyOnWriteArrayList<>();
    private volatile Optional<Customer> current = Optional.empty();

    @Override
    public void interactionChanged(InteractionEvent event) {
        if (event.kind() == InteractionEvent.Kind.ACCEPTED) {
            current = directory.find(event.interaction().callerNumber());
            views.forEach(v -> v.accept(current));
        }
    }

    /** Shows the current customer in {@code view} now and after each accepted interaction. */
    public void show(Consumer<Optional<Customer>> view) {
        views.add(view);
        view.accept(current);
    }

    public void stopShowing(Consumer<Optional<Customer>> view) {
        views.remove(view);
    }
}
