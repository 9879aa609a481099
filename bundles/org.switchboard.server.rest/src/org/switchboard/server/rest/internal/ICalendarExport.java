package org.switchboard.server.rest.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.switchboard.server.core.FollowUpView;

/**
 * An agent's follow-ups as an iCalendar document (RFC 5545): one VEVENT each, starting at its due
 * instant (in UTC, so no time zone definitions are needed), with a display alarm at its reminder
 * unless it is done. The wall time and zone the agent chose travel as X-SWITCHBOARD-* properties.
 */
final class ICalendarExport {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final Duration LENGTH = Duration.ofMinutes(15);

    private ICalendarExport() {
    }

    static String of(List<FollowUpView> followUps) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Switchboard//Follow-ups//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (FollowUpView f : followUps) {
            calendar.add(event(f));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String summary(FollowUpView f) {
        String who = f.contactName() != null ? f.contactName() : f.contactNumber();
        String what = "CALL_BACK".equals(f.kind()) ? "Call back" : "Follow up";
        return who == null ? what : what + " " + who;
    }

    private static VEvent event(FollowUpView f) {
        VEvent e = new VEvent(f.due(), LENGTH, summary(f));
        e.add(new Uid(f.id() + "@switchboard"));
        e.add(new Categories(f.kind()));
        if (!f.notes().isEmpty()) {
            e.add(new Description(f.notes()));
        }
        e.add(new XProperty("X-SWITCHBOARD-STATE", f.state()));
        e.add(new XProperty("X-SWITCHBOARD-LOCAL-DUE", f.localDue().toString()));
        e.add(new XProperty("X-SWITCHBOARD-ZONE", f.zone()));
        if (f.contactNumber() != null) {
            e.add(new XProperty("X-SWITCHBOARD-CONTACT-NUMBER", f.contactNumber()));
        }
        if (f.interactionId() != null) {
            e.add(new XProperty("X-SWITCHBOARD-INTERACTION", f.interactionId()));
        }
        if (!"DONE".equals(f.state())) {
            VAlarm alarm = new VAlarm(Duration.ofMinutes(-f.reminderMinutes()));
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(summary(f)));
            e.add(alarm);
        }
        return e;
    }
}
