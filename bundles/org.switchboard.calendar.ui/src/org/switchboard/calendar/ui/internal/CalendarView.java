package org.switchboard.calendar.ui.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.switchboard.connector.CalendarService;
import org.switchboard.connector.CalendarService.FollowUp;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.Failures;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.UiEventRunner;

/**
 * The agent's calendar of follow-ups: the agenda, a day or a week, moved back and forth, with New
 * follow-up, and for the follow-up selected Call back, Open (what it belongs to), Done and Remove. The
 * follow-ups are read from the server off the UI thread: again after every change, reminder and
 * reconnection, and every half minute; an answer to an earlier read than the last is dropped.
 */
public class CalendarView {

    static final String NOTICE = "calendar.notice";
    static final String RANGE = "calendar.range";
    static final String AGENDA = "calendar.agenda";
    static final String DAY = "calendar.day";
    static final String WEEK = "calendar.week";
    static final String PREVIOUS = "calendar.previous";
    static final String TODAY = "calendar.today";
    static final String NEXT = "calendar.next";
    static final String NEW = "calendar.new";
    static final String CALL_BACK = "calendar.callback";
    static final String OPEN = "calendar.open";
    static final String DONE = "calendar.done";
    static final String REMOVE = "calendar.remove";
    static final int REFRESH_MILLIS = 30_000;

    private final ConnectorListener listener = this::onEvent;
    private final Runnable refreshTimer = this::refreshRepeatedly;
    private final ZoneId zone = ZoneId.systemDefault();
    private AgentSession session;
    private UiEventRunner ui;
    private Composite parent;
    private Label notice;
    private Label rangeLabel;
    private FollowUpTable table;
    private Button callBack;
    private Button open;
    private Button done;
    private Button remove;
    private CalendarRange range;
    private long reads;

    @PostConstruct
    public void createControls(Composite parent, AgentSession session) {
        this.parent = parent;
        this.session = session;
        this.ui = new UiEventRunner(parent.getDisplay());
        this.range = new CalendarRange(CalendarRange.Mode.AGENDA, LocalDate.now(zone), zone);
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(parent);
        Label title = new Label(parent, SWT.NONE);
        title.setText(Messages.title);
        title.setFont(JFaceResources.getHeaderFont());
        notice = Accessibility.tagged(new Label(parent, SWT.WRAP), NOTICE, Messages.title);
        notice.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(notice);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        mode(bar, AGENDA, Messages.agenda, CalendarRange.Mode.AGENDA).setSelection(true);
        mode(bar, DAY, Messages.day, CalendarRange.Mode.DAY);
        mode(bar, WEEK, Messages.week, CalendarRange.Mode.WEEK);
        button(bar, PREVIOUS, Messages.previous, () -> move(range.step(-1)));
        button(bar, TODAY, Messages.today, () -> move(new CalendarRange(range.mode(), LocalDate.now(zone), zone)));
        button(bar, NEXT, Messages.next, () -> move(range.step(1)));
        rangeLabel = WidgetIds.tag(new Label(bar, SWT.NONE), RANGE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rangeLabel);
        button(bar, NEW, Messages.newFollowUp, this::schedule);
        table = new FollowUpTable(parent, zone, this::enableActions, this::openSelected);
        Composite actions = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(actions);
        callBack = button(actions, CALL_BACK, Messages.callBack, () -> selected().ifPresent(this::callBack));
        open = button(actions, OPEN, Messages.open, this::openSelected);
        done = button(actions, DONE, Messages.done, () -> selected().ifPresent(
                f -> act(Messages.doneAction, c -> c.complete(f.id()))));
        remove = button(actions, REMOVE, Messages.remove, () -> selected().ifPresent(
                f -> act(Messages.removeAction, c -> c.cancel(f.id()))));
        session.addListener(listener);
        move(range);
        parent.getDisplay().timerExec(REFRESH_MILLIS, refreshTimer);
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
        Display display = parent.getDisplay();
        if (!display.isDisposed()) {
            display.timerExec(-1, refreshTimer);
        }
    }

    private Button mode(Composite bar, String id, String label, CalendarRange.Mode mode) {
        Button b = Accessibility.tagged(new Button(bar, SWT.RADIO), id, label.replace("&", ""));
        b.setText(label);
        b.addListener(SWT.Selection, e -> {
            if (b.getSelection()) {
                move(range.in(mode));
            }
        });
        return b;
    }

    private static Button button(Composite bar, String id, String label, Runnable action) {
        Button b = Accessibility.tagged(new Button(bar, SWT.PUSH), id, label.replace("&", ""));
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void onEvent(ConnectorEvent event) {
        switch (event) {
            case ConnectorEvent.Reminder r -> refresh();
            case ConnectorEvent.ConnectionChanged c -> refresh();
            case ConnectorEvent.StateReconciled r -> refresh();
            default -> {
                // other channels' events
            }
        }
    }

    private void refreshRepeatedly() {
        if (!parent.isDisposed()) {
            refresh();
            parent.getDisplay().timerExec(REFRESH_MILLIS, refreshTimer);
        }
    }

    private void move(CalendarRange to) {
        range = to;
        rangeLabel.setText(range.label());
        rangeLabel.getParent().layout(true);
        refresh();
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Optional<CalendarService> calendar = session.adapt(CalendarService.class);
        if (calendar.isEmpty()) {
            table.show(List.of(), true);
            enableActions();
            return;
        }
        long read = ++reads;
        CalendarRange asked = range;
        calendar.get().followUps(asked.from(), asked.to()).whenComplete((found, failure) -> ui.execute(() -> {
            if (parent.isDisposed() || read != reads) {
                return;
            }
            if (failure != null) {
                say(Failures.notDone(Messages.readAction, failure));
                return;
            }
            say("");
            table.show(found, asked.mode() != CalendarRange.Mode.DAY);
            enableActions();
        }));
    }

    private Optional<FollowUp> selected() {
        return table.selected();
    }

    private void enableActions() {
        Optional<FollowUp> f = selected();
        callBack.setEnabled(f.map(FollowUp::canCallBack).orElse(false));
        open.setEnabled(f.isPresent());
        done.setEnabled(f.map(x -> x.state() != CalendarService.State.DONE).orElse(false));
        remove.setEnabled(f.isPresent());
    }

    private void say(String text) {
        notice.setText(text);
        notice.getParent().layout(true);
    }

    private void act(String what, java.util.function.Function<CalendarService, CompletionStage<?>> action) {
        session.adapt(CalendarService.class).ifPresent(c -> action.apply(c).whenComplete((x, failure) -> ui.execute(() -> {
            if (!parent.isDisposed()) {
                if (failure != null) {
                    say(Failures.notDone(what, failure));
                }
                refresh();
            }
        })));
    }

    private void callBack(FollowUp f) {
        act(Messages.callBackAction, c -> c.callBack(f.id()));
    }

    private void openSelected() {
        selected().ifPresent(f -> MessageDialog.openInformation(parent.getShell(), FollowUpTexts.title(f),
                FollowUpTexts.details(f, zone)));
    }

    private void schedule() {
        Optional<CalendarService> calendar = session.adapt(CalendarService.class);
        if (calendar.isEmpty()) {
            say(Messages.notLoggedIn);
            return;
        }
        ScheduleDialog[] dialog = new ScheduleDialog[1];
        dialog[0] = new ScheduleDialog(parent.getShell(), request -> calendar.get().schedule(request)
                .whenComplete((f, failure) -> ui.execute(() -> {
                    if (failure != null) {
                        dialog[0].refused(Failures.notDone(Messages.scheduleAction, failure));
                        return;
                    }
                    dialog[0].scheduled();
                    refresh();
                })));
        dialog[0].open();
    }
}
