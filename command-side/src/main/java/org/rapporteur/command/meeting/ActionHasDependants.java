package org.rapporteur.command.meeting;

import java.util.List;

/** A withdrawal or correction would leave standing actions without what they stand on. */
public class ActionHasDependants extends MeetingRuleViolated {

    private final List<String> dependants;

    public ActionHasDependants(String rule, String reason, List<String> dependants) {
        super(rule, reason);
        this.dependants = List.copyOf(dependants);
    }

    /** The event ids of the actions that depend on the target. */
    public List<String> dependants() {
        return dependants;
    }
}
