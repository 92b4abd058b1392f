package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.officers.Ballot;
import org.rapporteur.events.officers.ElectionMode;
import org.rapporteur.events.officers.OfficersElected;

import java.util.List;
import java.util.Optional;

/**
 * An election by vote or secret ballot gives its ballots, one by acclamation gives none; in each ballot the
 * candidates' votes, invalid ballots and abstentions add up to the ballots cast, and the elected received the most.
 */
class BallotsMatchTheElection implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (!(action instanceof OfficersElected election)) {
            return Optional.empty();
        }
        List<Ballot> ballots = election.ballots() == null ? List.of() : election.ballots();
        boolean voted = election.mode() == ElectionMode.VOTE || election.mode() == ElectionMode.SECRET_BALLOT;
        if (voted && ballots.isEmpty()) {
            return Optional.of("an election by " + mode(election) + " gives its ballots (the votes each candidate received)");
        }
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
        return Optional.empty();
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }

    private static String mode(OfficersElected election) {
        return election.mode().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
