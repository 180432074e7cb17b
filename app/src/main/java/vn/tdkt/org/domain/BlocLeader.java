package vn.tdkt.org.domain;

/** The unit leading a bloc (trưởng khối) in a year. */
public record BlocLeader(long blocId, int year, long unitId) {
}
