package org.rapporteur.events;

/** The meeting adopted its final report: it does so at most once, unless that adoption is withdrawn. */
public interface FinalReportAdoption {
}
