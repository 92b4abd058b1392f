package org.rapporteur.standalone;

import org.rapporteur.command.scenario.Scenario;
import org.rapporteur.command.scenario.ScenarioException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and validates a whole scenario file into what recording it means. */
final class ScenarioPlans {

    private ScenarioPlans() {
    }

    static RecordPlan plan(Path file) {
        Scenario scenario;
        try {
            scenario = Scenario.read(file);
        } catch (ScenarioException e) {
            throw new Rapporteur.InvalidInput(e.getMessage());
        }
        List<Object> commands = scenario.commands();
        List<RecordPlan.Step> steps = new ArrayList<>(commands.size());
        // the convening comes from the header; every other command from one entry, in order
        steps.add(new RecordPlan.Step(1, scenario.commandId(0), commands.get(0)));
        for (int i = 1; i < commands.size(); i++) {
            Scenario.Entry entry = scenario.entries().get(i - 1);
            steps.add(new RecordPlan.Step(entry.line(), scenario.commandId(entry.position()), commands.get(i)));
        }
        return new RecordPlan(file, scenario.meetingId(), scenario.loggedBy(), steps);
    }
}
