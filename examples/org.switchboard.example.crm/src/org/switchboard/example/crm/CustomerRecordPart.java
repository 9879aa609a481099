package org.switchboard.example.crm;

import java.util.Optional;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The record of the customer the agent is serving, as the example CRM has it. */
public class CustomerRecordPart {

    private CrmScreenPop screenPop;
    private Consumer<Optional<Customer>> view;

    @PostConstruct
    public void createControls(Composite parent, @Service CrmScreenPop screenPop, UISynchronize ui) {
        this.screenPop = screenPop;
        parent.setLayout(new GridLayout(1, false));
        Label record = new Label(parent, SWT.WRAP);
        view = customer -> ui.asyncExec(() -> {
            if (!record.isDisposed()) {
                record.setText(customer.map(c -> c.name() + "\n" + c.tier() + " customer\n" + c.note())
                        .orElse("No customer record for this caller."));
                parent.layout();
            }
        });
        screenPop.show(view);
    }

    @PreDestroy
    public void dispose() {
        screenPop.stopShowing(view);
    }
}
