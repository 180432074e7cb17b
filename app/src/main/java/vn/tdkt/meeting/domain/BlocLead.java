package vn.tdkt.meeting.domain;

/** A year a unit led its bloc (khối, cụm thi đua): the evidence a proposal for the Cờ thi đua rests on. */
public record BlocLead(long unitId, int year, String blocName) {
}
