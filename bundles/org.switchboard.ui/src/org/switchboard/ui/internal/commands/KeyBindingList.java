package org.switchboard.ui.internal.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.osgi.util.NLS;

/** The desktop's key bindings as an agent reads them: "Answer call — Ctrl+Alt+A". */
final class KeyBindingList {

    record Row(String command, String keys) {
    }

    private KeyBindingList() {
    }

    /** @param translation the workbench's, for command names given as keys of their bundle's properties */
    static List<Row> of(MApplication application, TranslationService translation) {
        List<Row> rows = new ArrayList<>();
        for (MBindingTable table : application.getBindingTables()) {
            for (MKeyBinding binding : table.getBindings()) {
                if (binding.getCommand() == null || binding.getCommand().getElementId() == null
                        || !binding.getCommand().getElementId().startsWith("org.switchboard.")) {
                    continue;
                }
                rows.add(new Row(name(application, binding, translation), format(binding.getKeySequence())));
            }
        }
        rows.sort(Comparator.comparing(Row::command));
        return rows;
    }

    private static String name(MApplication application, MKeyBinding binding, TranslationService translation) {
        MCommand command = binding.getCommand();
        String name = translation.translate(command.getCommandName(), command.getContributorURI());
        for (MParameter p : binding.getParameters()) {
            if (ShowViewHandler.VIEW_ID.equals(p.getName())) {
                return NLS.bind(Messages.keysShowView, viewLabel(application, p.getValue()));
            }
        }
        return name;
    }

    private static String viewLabel(MApplication application, String viewId) {
        return application.getDescriptors().stream().filter(d -> viewId.equals(d.getElementId()))
                .map(MPartDescriptor::getLocalizedLabel).findFirst().orElse(viewId);
    }

    private static String format(String keySequence) {
        try {
            return KeySequence.getInstance(keySequence).format();
        } catch (ParseException e) {
            return keySequence;
        }
    }
}
