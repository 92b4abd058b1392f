package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.decisions.VoteRecorded;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A recorded or roll-call vote lists the States in favour, against and abstaining, and each count equals its list;
 * no State votes twice; a secret ballot names no one.
 */
class RecordedVoteCountsEqualLists implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (!(action instanceof VoteRecorded vote)) {
            return Optional.empty();
        }
        boolean listed = vote.method() == VoteRecorded.Method.RECORDED || vote.method() == VoteRecorded.Method.ROLL_CALL;
        boolean anyList = vote.inFavour() != null || vote.against() != null || vote.abstaining() != null;
        if (vote.method() == VoteRecorded.Method.SECRET_BALLOT && anyList) {
            return Optional.of("a secret ballot names no one: give its counts only");
        }
        if (listed && !anyList) {
            return Optional.of("a " + vote.method().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + " vote lists the States in favour, against and abstaining");
        }
        if (!anyList) {
            return Optional.empty();
        }
        Optional<String> mismatch = count("inFavour", vote.inFavourCount(), vote.inFavour())
                .or(() -> count("against", vote.againstCount(), vote.against()))
                .or(() -> count("abstaining", vote.abstainingCount(), vote.abstaining()));
        if (mismatch.isPresent()) {
            return mismatch;
        }
        Set<StateCode> voted = new HashSet<>();
        for (List<StateCode> list : java.util.Arrays.asList(vote.inFavour(), vote.against(), vote.abstaining())) {
            for (StateCode state : list == null ? List.<StateCode>of() : list) {
                if (!voted.add(state)) {
                    return Optional.of(state + " is listed twice in the vote on " + vote.on());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> count(String list, int count, List<StateCode> states) {
        int listed = states == null ? 0 : states.size();
        return listed == count ? Optional.empty()
                : Optional.of(list + ": the count is " + count + " but " + listed + " States are listed");
    }
}
