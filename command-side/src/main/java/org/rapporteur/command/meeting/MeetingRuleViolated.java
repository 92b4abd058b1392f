package org.rapporteur.command.meeting;

/** The meeting's rules reject the action; nothing was recorded. */
public class MeetingRuleViolated extends RuntimeException {

    private final String rule;

    public MeetingRuleViolated(String rule, String reason) {
        super(reason);
        this.rule = rule;
    }

    /** The rule's name, such as {@code SessionNumbersGoUp}. */
    public String rule() {
        return rule;
    }
}
