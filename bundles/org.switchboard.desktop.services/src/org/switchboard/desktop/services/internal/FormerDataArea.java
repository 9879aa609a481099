package org.switchboard.desktop.services.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Where a store of this bundle lies, taken over from the view bundle that kept it in its own data
 * area before these services existed, so that an updated desktop keeps the agent's lists.
 */
final class FormerDataArea {

    private static final System.Logger LOG = System.getLogger(FormerDataArea.class.getName());

    private FormerDataArea() {
    }

    /**
     * This bundle's data folder {@code name}; when it does not exist yet and {@code formerOwner}'s
     * does, that one is moved here first.
     */
    static Path adopt(BundleContext context, String formerOwner, String name) {
        Path ours = context.getDataFile(name).toPath();
        if (Files.exists(ours)) {
            return ours;
        }
        for (Bundle bundle : context.getBundles()) {
            if (formerOwner.equals(bundle.getSymbolicName())) {
                File theirs = bundle.getDataFile(name);
                if (theirs != null && theirs.isDirectory()) {
                    try {
                        Files.createDirectories(ours.getParent());
                        Files.move(theirs.toPath(), ours);
                    } catch (IOException e) {
                        LOG.log(System.Logger.Level.WARNING, "the " + name + " kept by " + formerOwner
                                + " could not be taken over; starting empty: " + e.getMessage());
                    }
                }
            }
        }
        return ours;
    }
}
