package org.switchboard.voice.ui.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.osgi.util.NLS;
import org.switchboard.connector.InteractionInfo.CallVariable;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * A date-time call variable in a date and a time picker. The value stays ISO 8601; an offset the
 * server's value had is kept, so the agent edits the wall-clock time the value was given in.
 */
final class DateTimeCadField extends CadField {

    private final Composite box;
    private final DateTime date;
    private final DateTime time;
    private ZoneOffset offset;

    DateTimeCadField(Composite parent, String id, String name, CallVariable variable, Runnable changed) {
        super(variable, changed);
        box = WidgetIds.tag(new Composite(parent, SWT.NONE), id);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        date = Accessibility.tagged(new DateTime(box, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN), id + ".date",
                NLS.bind(Messages.cadDate, name));
        time = Accessibility.tagged(new DateTime(box, SWT.TIME | SWT.SHORT), id + ".time",
                NLS.bind(Messages.cadTime, name));
        revert();
        date.addListener(SWT.Selection, e -> edited());
        time.addListener(SWT.Selection, e -> edited());
    }

    @Override
    Control control() {
        return box;
    }

    @Override
    String draft() {
        LocalDateTime local = LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(),
                time.getMinutes());
        return offset == null ? local.toString() : local.atOffset(offset).toString();
    }

    @Override
    protected void show(String value) {
        LocalDateTime local = parse(value);
        date.setDate(local.getYear(), local.getMonthValue() - 1, local.getDayOfMonth());
        time.setTime(local.getHour(), local.getMinute(), 0);
    }

    private LocalDateTime parse(String value) {
        offset = null;
        try {
            OffsetDateTime withOffset = OffsetDateTime.parse(value);
            offset = withOffset.getOffset();
            return withOffset.toLocalDateTime();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(value);
            } catch (DateTimeParseException empty) {
                return LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            }
        }
    }
}
