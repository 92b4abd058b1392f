package org.rapporteur.query.report.bench;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.agenda.AgendaItemConcluded;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.MeetingOpened;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.officers.ElectionMethod;
import org.rapporteur.events.officers.VicePresidentsElected;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic but plausible meetings of any size: convened and opened, participants registered, then plenary
 * sessions in which agenda items are taken up and concluded, documents submitted, officers elected, with a
 * correction every ~40 actions and a withdrawal every ~250, and the meeting closed at the end.
 */
public final class SyntheticMeetings {

    private static final String[] STATES = {"ALB", "AUS", "AUT", "BEL", "BOL", "BIH", "BWA", "BGR", "BFA", "CMR", "CAN",
            "TCD", "CHL", "COL", "CIV", "CUB", "CZE", "DOM", "ECU", "SLV", "FRA", "GMB", "DEU", "GHA", "GNB", "VAT", "HND",
            "HUN", "IRQ", "IRL", "ITA", "JPN", "LAO", "LBN", "LSO", "MDG", "MWI", "MLT", "MRT", "MEX", "MNE", "NAM", "NLD",
            "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "PAN", "PRY", "PER", "PHL", "PRT", "MDA", "STP", "SVK", "SVN", "ZAF",
            "SOM", "SSD", "ESP", "LKA", "PSE", "SWE", "CHE", "TGO", "TUN", "GBR", "ZMB"};
    private static final String[] ITEMS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"};
    private static final DocumentKind[] KINDS = {DocumentKind.WORKING_PAPER, DocumentKind.MISC, DocumentKind.INFO,
            DocumentKind.REPORT, DocumentKind.ANALYSIS};

    private SyntheticMeetings() {
    }

    public static MeetingHistory history(String meetingId, int size, long seed) {
        Random random = new Random(seed);
        LocalDate opening = LocalDate.of(2024, 9, 10);
        List<RecordedEvent> events = new ArrayList<>(size);
        List<String> documentIds = new ArrayList<>();
        List<DocumentSubmitted> documents = new ArrayList<>();
        Instant clock = Instant.parse("2024-09-10T07:30:00Z");
        int session = 0;
        int documentNumber = 0;
        int sessionLength = Math.max(20, size / 12);
        int sinceSessionOpened = 0;
        String item = null;
        MeetingConvened convened = new MeetingConvened(MeetingMoment.outsidePlenary(opening.minusYears(1)),
                new MeetingConvened.Convention("Convention on Cluster Munitions", "CCM", "11", "Lausanne Action Plan"),
                12, "Meeting of States Parties", new MeetingConvened.Venue("Geneva", "Switzerland"),
                opening, opening.plusDays(3), "CCM/MSP/2024", null, null, null);
        add(events, meetingId, convened, clock);
        add(events, meetingId, new MeetingOpened(MeetingMoment.inPlenary(1, opening), null), clock = clock.plusSeconds(60));
        while (events.size() < size - 1) {
            clock = clock.plus(Duration.ofSeconds(5 + random.nextInt(40)));
            LocalDate day = opening.plusDays(Math.min(3, session / 2));
            MeetingMoment now = new MeetingMoment(Math.max(1, session), day, LocalTime.of(10 + random.nextInt(8), random.nextInt(60)));
            MeetingEvent next;
            if (session == 0 || sinceSessionOpened >= sessionLength) {
                if (session > 0 && item != null) {
                    next = new AgendaItemConcluded(now, item, false);
                    item = null;
                } else if (session > 0 && sinceSessionOpened >= sessionLength && sinceSessionOpened != Integer.MAX_VALUE) {
                    next = new PlenarySessionClosed(now, session);
                    sinceSessionOpened = Integer.MAX_VALUE;
                } else {
                    session++;
                    next = new PlenarySessionOpened(new MeetingMoment(session, opening.plusDays(Math.min(3, (session - 1) / 2)), LocalTime.of(10, 0)), session);
                    sinceSessionOpened = 0;
                }
            } else if (events.size() < 8) {
                next = new ParticipantsRegistered(now, ParticipantCategory.values()[events.size() % 3],
                        List.of(STATES).subList(0, 10 + random.nextInt(STATES.length - 10)), List.of());
            } else if (events.size() == 8) {
                next = new ParticipantsRegistered(now, ParticipantCategory.OTHER_ORGANISATION, List.of(),
                        List.of(new Organisation("halo", "The HALO Trust", null), new Organisation("mag", "Mines Advisory Group", "MAG")));
            } else if (events.size() == 9) {
                next = new VicePresidentsElected(now, List.of("LKA", "CHE", "GBR", "IRQ"), ElectionMethod.ACCLAMATION, List.of());
            } else {
                int roll = random.nextInt(1000);
                if (roll < 25 && !documents.isEmpty()) {
                    int target = random.nextInt(documents.size());
                    DocumentSubmitted original = documents.get(target);
                    next = new ActionCorrected(now, documentIds.get(target), "title as issued",
                            new DocumentSubmitted(original.moment(), original.symbol(), original.title() + " (corrected)",
                                    original.submittedBy(), original.kind()));
                } else if (roll < 29 && !documents.isEmpty()) {
                    int target = random.nextInt(documents.size());
                    next = new ActionWithdrawn(now, documentIds.get(target), "logged twice");
                    documentIds.remove(target);
                    documents.remove(target);
                } else if (roll < 300 || item == null) {
                    if (item != null) {
                        next = new AgendaItemConcluded(now, item, random.nextInt(10) == 0);
                        item = null;
                    } else {
                        item = ITEMS[random.nextInt(ITEMS.length)];
                        next = new AgendaItemTakenUp(now, item);
                    }
                } else {
                    documentNumber++;
                    DocumentSubmitted document = new DocumentSubmitted(now, "CCM/MSP/2024/WP." + documentNumber,
                            "Working paper " + documentNumber + " on the implementation of the Lausanne Action Plan",
                            STATES[random.nextInt(STATES.length)], KINDS[random.nextInt(KINDS.length)]);
                    documents.add(document);
                    documentIds.add(meetingId + "-e" + events.size());
                    next = document;
                }
            }
            add(events, meetingId, next, clock);
            if (sinceSessionOpened != Integer.MAX_VALUE) {
                sinceSessionOpened++;
            }
        }
        add(events, meetingId, new MeetingClosed(MeetingMoment.inPlenary(Math.max(1, session), opening.plusDays(3))), clock.plusSeconds(60));
        return new MeetingHistory(meetingId, events);
    }

    private static void add(List<RecordedEvent> events, String meetingId, MeetingEvent event, Instant at) {
        int sequence = events.size();
        events.add(new RecordedEvent(meetingId + "-e" + sequence, sequence, at, "secretariat", event));
    }
}
