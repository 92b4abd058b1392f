package org.rapporteur.standalone;

import java.nio.file.Path;

/** Scenario file to record plan. */
final class ScenarioPlans {

    private ScenarioPlans() {
    }

    // TODO(render): wire org.rapporteur.command.scenario.Scenario.read once branch report lands in main
    static RecordPlan plan(Path file) {
        throw new Rapporteur.InvalidInput(file + ": reading scenario files is not in this build yet");
    }
}
