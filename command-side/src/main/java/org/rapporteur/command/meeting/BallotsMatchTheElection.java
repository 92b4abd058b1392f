package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.officers.Ballot;
import org.rapporteur.events.officers.ElectionMode;
import org.rapporteur.events.officers.OfficersElected;

import java.util.List;
import java.util.Optional;

/**
 * An election by acclamation or selection has no ballots; in each ballot of a vote or secret ballot the candidates'
 * votes, invalid ballots and abstentions add up to the ballots cast, and each elected candidate was on the last
 * ballot. (A vote's figures may be unannounced, so a vote without its ballots is recorded.)
 */
class BallotsMatchTheElection implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (!(action instanceof OfficersElected election)) {
            return Optional.empty();
        }
        List<Ballot> ballots = election.ballots() == null ? List.of() : election.ballots();
        boolean voted = election.mode() == ElectionMode.VOTE || election.mode() == ElectionMode.SECRET_BALLOT;
        if (!voted && !ballots.isEmpty()) {
            return Optional.of("an election by " + mode(election) + " has no ballots: was it by vote or secret ballot?");
        }
        for (Ballot ballot : ballots) {
            if (ballot.ballotsCast() == null) {
                continue;
            }
            int counted = ballot.candidates().stream().mapToInt(Ballot.Candidate::votes).sum()
                    + zero(ballot.invalid()) + zero(ballot.abstentions());
            if (counted != ballot.ballotsCast()) {
                return Optional.of("ballot " + ballot.round() + ": " + ballot.ballotsCast() + " ballots cast but the votes,"
                        + " invalid ballots and abstentions add up to " + counted);
            }
        }
        if (!ballots.isEmpty()) {
            List<String> last = ballots.get(ballots.size() - 1).candidates().stream()
                    .map(c -> name(c.candidate())).toList();
            for (var officer : election.elected()) {
                if (!last.contains(name(officer.holder()))) {
                    return Optional.of("the elected " + name(officer.holder()) + " is not a candidate on the last ballot");
                }
            }
        }
        return Optional.empty();
    }

    private static String name(org.rapporteur.events.Holder holder) {
        return holder.person() != null ? holder.person().name() : org.rapporteur.events.Text.text(holder.state());
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }

    private static String mode(OfficersElected election) {
        return election.mode().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
