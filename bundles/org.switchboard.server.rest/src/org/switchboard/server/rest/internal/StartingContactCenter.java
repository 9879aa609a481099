package org.switchboard.server.rest.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.switchboard.server.core.ContactCenter;

/**
 * The contact center the API serves, which may not be there yet: while the server starts (its store
 * opening) every request is answered 503 with a JSON error, and once it is there requests go to it.
 * The API is not restarted when it arrives, so nothing it answers comes from a contact center that
 * is then replaced.
 */
public final class StartingContactCenter {

    private volatile ContactCenter current;
    private final ContactCenter proxy = (ContactCenter) Proxy.newProxyInstance(ContactCenter.class.getClassLoader(),
            new Class<?>[] { ContactCenter.class }, (self, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return switch (method.getName()) {
                        case "equals" -> self == args[0];
                        case "hashCode" -> System.identityHashCode(self);
                        default -> "the contact center the API serves";
                    };
                }
                ContactCenter center = current;
                if (center == null) {
                    throw new ApiException(503, "starting", "The contact center is starting; try again shortly.");
                }
                try {
                    return method.invoke(center, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });

    /** What the API's resources call: the contact center once there, 503 before. */
    public ContactCenter contactCenter() {
        return proxy;
    }

    public void arrived(ContactCenter center) {
        current = center;
    }

    public void gone(ContactCenter center) {
        if (current == center) {
            current = null;
        }
    }
}
