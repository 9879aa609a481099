package org.switchboard.callcontrol;

import java.net.URL;
import java.util.Objects;

/** Where the call-control WSDL lies: inside this bundle, the one copy the server and its clients bind to. */
public final class CallControlWsdl {

    /** The WSDL's path inside this bundle, for messages. */
    public static final String PATH = "/wsdl/CallControl.wsdl";

    private CallControlWsdl() {
    }

    /** The call-control WSDL, as a URL CXF can read while building a client or an endpoint. */
    public static URL location() {
        return Objects.requireNonNull(CallControlWsdl.class.getResource(PATH), PATH);
    }
}
