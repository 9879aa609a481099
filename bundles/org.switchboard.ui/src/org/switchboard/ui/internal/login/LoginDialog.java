package org.switchboard.ui.internal.login;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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
import org.switchboard.connector.CallControlProtocol;
import org.switchboard.connector.ServerRole;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.ServerChoice;
import org.switchboard.ui.session.UiEventRunner;

/**
 * Asks for the server (and optionally a secondary server to fail over to), how call control is
 * sent (REST, or SOAP to an endpoint derived from the server's address or entered), the agent ID
 * and the password, and logs in off the UI thread. A failure is explained in the dialog and every
 * value stays as typed, for correction. The servers and the call-control choice are kept in the
 * preferences for the next login.
 */
public final class LoginDialog extends Dialog {

    public static final String SHELL = "login.dialog";
    public static final String SERVER = "login.server";
    public static final String SECONDARY = "login.secondary";
    public static final String REST = "login.rest";
    public static final String SOAP = "login.soap";
    public static final String SOAP_ENDPOINT = "login.soapEndpoint";
    public static final String AGENT = "login.agent";
    public static final String PASSWORD = "login.password";
    public static final String MESSAGE = "login.message";
    public static final String SUBMIT = "login.submit";
    public static final String CANCEL = "login.cancel";

    private final AgentSession session;
    private final LoginValues initial;
    private final LoginPreferences preferences;
    private final LoginChoice kept;
    private final String initialMessage;
    private final Runnable afterLogin;
    private Text server;
    private Text secondary;
    private Button rest;
    private Button soap;
    private Text soapEndpoint;
    private Text agent;
    private Text password;
    private Label message;

    public LoginDialog(Shell parent, AgentSession session, LoginValues initial, String initialMessage,
            Runnable afterLogin) {
        this(parent, session, initial, initialMessage, afterLogin, LoginPreferences.instance());
    }

    LoginDialog(Shell parent, AgentSession session, LoginValues initial, String initialMessage,
            Runnable afterLogin, LoginPreferences preferences) {
        super(parent);
        this.session = session;
        this.initial = initial;
        this.preferences = preferences;
        this.kept = preferences.load(initial);
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
        server = field(area, Messages.loginServer, SERVER, SWT.NONE, kept.server());
        secondary = field(area, Messages.loginSecondary, SECONDARY, SWT.NONE, kept.secondary());
        secondary.setMessage(Messages.loginSecondaryHint);
        callControl(area);
        soapEndpoint = field(area, Messages.loginSoapEndpoint, SOAP_ENDPOINT, SWT.NONE, kept.soapEndpoint());
        server.addModifyListener(e -> showDerivedEndpoint());
        showDerivedEndpoint();
        lock(server, LoginPreferences.SERVER);
        lock(secondary, LoginPreferences.SECONDARY);
        lock(rest, LoginPreferences.CALL_CONTROL);
        lock(soap, LoginPreferences.CALL_CONTROL);
        lock(soapEndpoint, LoginPreferences.SOAP_ENDPOINT);
        soapEndpoint.setEnabled(soapEndpointEditable());
        agent = field(area, Messages.loginAgent, AGENT, SWT.NONE, initial.agent());
        password = field(area, Messages.loginPassword, PASSWORD, SWT.PASSWORD, initial.password());
        message = WidgetIds.tag(new Label(area, SWT.WRAP), MESSAGE);
        message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setText(initialMessage == null ? "" : initialMessage);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(message);
        (agent.getText().isEmpty() ? agent : password).setFocus();
        return area;
    }

    private void callControl(Composite area) {
        Label l = new Label(area, SWT.NONE);
        l.setText(Messages.loginCallControl + ":");
        Composite choice = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(choice);
        rest = Accessibility.tagged(new Button(choice, SWT.RADIO), REST, Messages.loginRest);
        rest.setText(Messages.loginRest);
        soap = Accessibility.tagged(new Button(choice, SWT.RADIO), SOAP, Messages.loginSoap);
        soap.setText(Messages.loginSoap);
        boolean soapChosen = kept.callControl() == CallControlProtocol.SOAP;
        soap.setSelection(soapChosen);
        rest.setSelection(!soapChosen);
        soap.addListener(SWT.Selection, e -> soapEndpoint.setEnabled(soapEndpointEditable()));
        rest.addListener(SWT.Selection, e -> soapEndpoint.setEnabled(soapEndpointEditable()));
    }

    /** A setting the administrator locked shows its value read-only, and says why. */
    private void lock(Control control, String key) {
        if (preferences.isLocked(key)) {
            control.setEnabled(false);
            control.setToolTipText(Messages.loginLocked);
        }
    }

    private boolean soapEndpointEditable() {
        return soap.getSelection() && !preferences.isLocked(LoginPreferences.SOAP_ENDPOINT);
    }

    /** An empty SOAP endpoint field shows the endpoint derived from the server's address. */
    private void showDerivedEndpoint() {
        soapEndpoint.setMessage(LoginChoice.derivedSoapEndpoint(server.getText())
                .map(u -> NLS.bind(Messages.loginSoapDerived, u)).orElse(""));
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
        LoginChoice choice = new LoginChoice(server.getText().strip(), secondary.getText().strip(),
                soap.getSelection() ? CallControlProtocol.SOAP : CallControlProtocol.REST,
                soapEndpoint.getText().strip());
        String address = choice.server();
        Optional<URI> primary = LoginChoice.httpUrl(address);
        if (primary.isEmpty()) {
            show(NLS.bind(Messages.loginBadServer, address));
            return;
        }
        Optional<URI> failover = Optional.empty();
        if (!choice.secondary().isEmpty()) {
            failover = LoginChoice.httpUrl(choice.secondary());
            if (failover.isEmpty()) {
                show(NLS.bind(Messages.loginBadSecondary, choice.secondary()));
                return;
            }
        }
        Map<ServerRole, URI> endpoints = new EnumMap<>(ServerRole.class);
        if (choice.callControl() == CallControlProtocol.SOAP) {
            Optional<URI> endpoint = choice.soapEndpoint().isEmpty() ? LoginChoice.derivedSoapEndpoint(address)
                    : LoginChoice.httpUrl(choice.soapEndpoint());
            if (endpoint.isEmpty()) {
                show(NLS.bind(Messages.loginBadSoapEndpoint, choice.soapEndpoint()));
                return;
            }
            endpoints.put(ServerRole.PRIMARY, endpoint.get());
            failover.flatMap(f -> LoginChoice.derivedSoapEndpoint(f.toString()))
                    .ifPresent(e -> endpoints.put(ServerRole.SECONDARY, e));
        }
        if (agent.getText().isBlank() || password.getText().isEmpty()) {
            show(Messages.loginMissingAgent);
            return;
        }
        ServerChoice servers = new ServerChoice(primary.get(), failover, choice.callControl(), endpoints);
        setBusy(true);
        show(Messages.loginBusy);
        UiEventRunner ui = new UiEventRunner(getShell().getDisplay());
        session.login(servers, agent.getText().strip(), password.getTextChars(), ui).whenComplete((s, failure) -> ui
                .execute(() -> {
                    if (failure == null) {
                        preferences.save(choice);
                    }
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
        for (Control c : new Control[] { agent, password, getButton(IDialogConstants.OK_ID) }) {
            c.setEnabled(!busy);
        }
        server.setEnabled(!busy && !preferences.isLocked(LoginPreferences.SERVER));
        secondary.setEnabled(!busy && !preferences.isLocked(LoginPreferences.SECONDARY));
        rest.setEnabled(!busy && !preferences.isLocked(LoginPreferences.CALL_CONTROL));
        soap.setEnabled(!busy && !preferences.isLocked(LoginPreferences.CALL_CONTROL));
        soapEndpoint.setEnabled(!busy && soapEndpointEditable());
    }

    private void show(String text) {
        message.setText(text);
        message.getParent().layout(true);
        getShell().pack();
    }
}
