package org.switchboard.desktop.services.internal;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;
import org.switchboard.content.ContentInspector;
import org.switchboard.desktop.services.ContentTypes;

/** Content types detected by Apache Tika, from the bytes alone. */
@Component(service = ContentTypes.class)
public final class TikaContentTypes implements ContentTypes {

    /** Made at the first detection, off the UI thread: building Tika's detector reads its type definitions. */
    private volatile ContentInspector inspector;

    @Override
    public String detect(byte[] content, String declaredName, String declaredType) throws IOException {
        return inspector().detect(content, declaredName, declaredType).detectedType();
    }

    private ContentInspector inspector() {
        ContentInspector i = inspector;
        if (i == null) {
            synchronized (this) {
                i = inspector;
                if (i == null) {
                    i = new ContentInspector();
                    inspector = i;
                }
            }
        }
        return i;
    }
}
