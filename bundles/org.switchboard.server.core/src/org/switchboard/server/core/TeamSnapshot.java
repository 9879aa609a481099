package org.switchboard.server.core;

import java.util.List;

/** Everything a supervisor's Team view shows: sent first on its stream, and after a gap. */
public record TeamSnapshot(String teamId, String teamName, List<TeamMemberView> members,
        List<HelpRequestView> helpRequests) {
}
