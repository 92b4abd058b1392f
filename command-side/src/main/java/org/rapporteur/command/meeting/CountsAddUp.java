package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.finance.BudgetApproved;
import org.rapporteur.events.membership.AttendanceRecorded;
import org.rapporteur.events.meeting.NextSessionDecided;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Figures agree with each other: members present and absent are no more than the members; a budget's lines are in
 * its currency and add up to its total; a next session is decided with dates (in order), a venue or a delegation.
 */
class CountsAddUp implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (action instanceof AttendanceRecorded attendance && attendance.members() != null) {
            int absent = attendance.absent() == null ? 0 : attendance.absent().size();
            if (attendance.present() + absent > attendance.members()) {
                return Optional.of(attendance.present() + " present and " + absent + " absent are more than the "
                        + attendance.members() + " members");
            }
        }
        if (action instanceof BudgetApproved budget && budget.lines() != null && !budget.lines().isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (BudgetApproved.Line line : budget.lines()) {
                if (!line.amount().currency().equals(budget.total().currency())) {
                    return Optional.of("the line " + line.item() + " is in " + line.amount().currency()
                            + ", the total in " + budget.total().currency());
                }
                sum = sum.add(line.amount().amount());
            }
            if (sum.compareTo(budget.total().amount()) != 0) {
                return Optional.of("the lines add up to " + sum.toPlainString() + " " + budget.total().currency()
                        + ", not the total of " + budget.total().amount().toPlainString());
            }
        }
        if (action instanceof NextSessionDecided next) {
            if (BodyParts.given(next.startsOn(), next.weekOf(), next.venue(), next.delegatedTo()) == 0) {
                return Optional.of("the next session is decided with its dates, its venue, or whom they are left to (delegatedTo)");
            }
            if (next.weekOf() != null && (next.startsOn() != null || next.endsOn() != null)) {
                return Optional.of("the next session is held from startsOn to endsOn or during the week of a date (weekOf), not both");
            }
            if (next.endsOn() != null && (next.startsOn() == null || next.endsOn().isBefore(next.startsOn()))) {
                return Optional.of("the next session ends on " + next.endsOn() + " and must start on or before that (startsOn)");
            }
        }
        return Optional.empty();
    }
}
