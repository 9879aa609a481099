package org.switchboard.ui.internal.login;

import java.net.URI;
import java.net.URISyntaxException;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.UiEventRunner;

/**
 * Asks for the server, the agent ID and the password, and logs in off the UI thread. A failure is
 * explained in the dialog and every value stays as typed, for correction.
 */
public final class LoginDialog extends Dialog {

    public static final String SHELL = "login.dialog";
    public static final String SERVER = "login.server";
    public static final String AGENT = "login.agent";
    public static final String PASSWORD = "login.password";
    public static final String MESSAGE = "login.message";
    public static final String SUBMIT = "login.submit";
    public static final String CANCEL = "login.cancel";

    private final AgentSession session;
    private final LoginValues initial;
    private final String initialMessage;
    private final Runnable afterLogin;
    private Text server;
    private Text agent;
    private Text password;
    private Label message;

    public LoginDialog(Shell parent, AgentSession session, LoginValues initial, String initialMessage,
            Runnable afterLogin) {
        super(parent);
        this.session = session;
        this.initial = initial;
        this.initialMessage = initialMessage;
        this.afterLogin = afterLogin;
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.loginTitle);
        WidgetIds.tag(shell, SHELL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.loginIntro);
        GridDataFactory.fillDefaults().span(2, 1).hint(380, SWT.DEFAULT).applyTo(intro);
        server = field(area, Messages.loginServer, SERVER, SWT.NONE, initial.server());
        agent = field(area, Messages.loginAgent, AGENT, SWT.NONE, initial.agent());
        password = field(area, Messages.loginPassword, PASSWORD, SWT.PASSWORD, initial.password());
        message = WidgetIds.tag(new Label(area, SWT.WRAP), MESSAGE);
        message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setText(initialMessage == null ? "" : initialMessage);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(message);
        (agent.getText().isEmpty() ? agent : password).setFocus();
        return area;
    }

    private static Text field(Composite parent, String label, String id, int style, String value) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label + ":");
        Text text = Accessibility.tagged(new Text(parent, SWT.BORDER | SWT.SINGLE | style), id, label);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.loginSubmit, true);
        WidgetIds.tag(ok, SUBMIT);
        WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false), CANCEL);
    }

    @Override
    protected void okPressed() {
        String address = server.getText().strip();
        URI uri;
        try {
            uri = new URI(address);
            if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new URISyntaxException(address, "not an http URL");
            }
        } catch (URISyntaxException | NullPointerException e) {
            show(NLS.bind(Messages.loginBadServer, address));
            return;
        }
        if (agent.getText().isBlank() || password.getText().isEmpty()) {
            show(Messages.loginMissingAgent);
            return;
        }
        setBusy(true);
        show(Messages.loginBusy);
        UiEventRunner ui = new UiEventRunner(getShell().getDisplay());
        session.login(uri, agent.getText().strip(), password.getTextChars(), ui).whenComplete((s, failure) -> ui
                .execute(() -> {
                    if (getShell() == null || getShell().isDisposed()) {
                        return;
                    }
                    if (failure == null) {
                        close();
                        afterLogin.run();
                    } else {
                        setBusy(false);
                        show(LoginErrors.describe(failure, address));
                    }
                }));
    }

    private void setBusy(boolean busy) {
        for (Control c : new Control[] { server, agent, password, getButton(IDialogConstants.OK_ID) }) {
            c.setEnabled(!busy);
        }
    }

    private void show(String text) {
        message.setText(text);
        message.getParent().layout(true);
        getShell().pack();
    }
}
