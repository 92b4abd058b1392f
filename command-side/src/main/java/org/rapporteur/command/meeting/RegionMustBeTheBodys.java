package org.rapporteur.command.meeting;

import org.rapporteur.events.Holder;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.officers.RotationUnderstandingRecorded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A region named for a holder or a rotation is one of the body's regional groups (a member of an expert body elected
 * by region names it; one elected otherwise, as a State to a standing committee, need not); a rotation goes to a
 * region or a State.
 */
class RegionMustBeTheBodys implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        List<Map.Entry<String, String>> regions = new ArrayList<>();
        for (Map.Entry<String, Holder> holder : BodyParts.holders(action)) {
            String region = holder.getValue().region();
            if (region != null) {
                regions.add(Map.entry(holder.getKey() + ".region", region));
            }
        }
        if (action instanceof RotationUnderstandingRecorded rotation) {
            if (BodyParts.given(rotation.region(), rotation.state()) != 1) {
                return Optional.of("a rotation goes to a region or to a State: give exactly one of region and state");
            }
            if (rotation.region() != null) {
                regions.add(Map.entry("region", rotation.region()));
            }
        }
        if (regions.isEmpty()) {
            return Optional.empty();
        }
        BodyFacts body = meeting.body();
        if (body == null) {
            return Optional.of("the body profile " + meeting.profile() + " is not known, so its regional groups cannot be checked");
        }
        return regions.stream().filter(r -> !body.regionalGroups().contains(r.getValue())).findFirst()
                .map(r -> r.getKey() + ": " + BodyParts.unknown("a regional group of " + body.profile(), r.getValue(),
                        body.regionalGroups()));
    }
}
