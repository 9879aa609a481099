package org.switchboard.ui.internal.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The agent's working area: the agent-state bar across the top, voice on the left, the text channels (chat, email) in the middle,
 * knowledge, calendar and the team on the right. The views are contributed by the channel bundles through
 * e4 model fragments; a channel whose bundle is absent leaves its place empty.
 */
public class AgentPerspective implements IPerspectiveFactory {

    public static final String ID = "org.switchboard.ui.perspective";

    public static final String AGENT_VIEW = "org.switchboard.ui.agent.view";
    public static final String VOICE_VIEW = "org.switchboard.voice.ui.view";
    public static final String CHAT_VIEW = "org.switchboard.chat.ui.view";
    public static final String EMAIL_VIEW = "org.switchboard.email.ui.view";
    public static final String KNOWLEDGE_VIEW = "org.switchboard.knowledge.ui.view";
    public static final String CALENDAR_VIEW = "org.switchboard.calendar.ui.view";
    public static final String TEAM_VIEW = "org.switchboard.team.ui.view";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(false);

        layout.addStandaloneView(AGENT_VIEW, false, IPageLayout.TOP, 0.08f, editorArea);
        layout.getViewLayout(AGENT_VIEW).setCloseable(false);
        layout.addView(VOICE_VIEW, IPageLayout.LEFT, 0.40f, editorArea);

        IFolderLayout text = layout.createFolder("org.switchboard.ui.folder.text", IPageLayout.RIGHT, 0.40f, VOICE_VIEW);
        text.addView(CHAT_VIEW);
        text.addView(EMAIL_VIEW);

        IFolderLayout reference = layout.createFolder("org.switchboard.ui.folder.reference", IPageLayout.RIGHT, 0.55f,
                "org.switchboard.ui.folder.text");
        reference.addView(KNOWLEDGE_VIEW);
        reference.addView(CALENDAR_VIEW);
        reference.addView(TEAM_VIEW);
    }
}
